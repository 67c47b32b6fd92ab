/**
 * Roster import
 * =============
 *
 * `parseRoster(sources, options)` turns the CSV files of a roster (as text or bytes) into a
 * `Roster` (typed tables, every row traceable to its line) and the person graph. It is a pure
 * function: reading files is the Node layer's job (`@trackmap/core/node`) or the browser's.
 *
 * Every problem becomes an `ImportIssue` with a stable code and a `file:line:column` position.
 * Errors make `parseRoster` throw a `RosterImportError` carrying every issue found, so the user
 * sees all of them at once; warnings skip the row (or drop the value) and are returned. With
 * `onInvalidRow: 'throw'` warnings throw too. Rows are never dropped without an issue, and for
 * each file `rowsRead = rowsUsed + rowsSkipped`.
 *
 * The conventions (aliases, number/date/boolean/track spellings, which problems are errors)
 * are documented in docs/roster-format.md.
 */

import { InvalidOptionError, RosterImportError } from '../errors.js';
import { buildPersonGraph } from '../graph/build-person-graph.js';
import {
  type Attendance,
  type DecisionMakerRule,
  type ExtraAttributes,
  type FileReport,
  type Person,
  RESERVED_PERSON_ATTRIBUTES,
  type Roster,
  type RosterEvent,
  type RosterFileKind,
  type RosterGraph,
  type Tie,
} from '../types.js';
import { type CsvRow, type CsvTable, readCsvTable } from './csv-table.js';
import { decodeCsvBytes } from './decode.js';
import { type ImportIssue, makeIssue, sortIssues } from './issues.js';
import { normaliseHeader, parseBoolean, parseDate, parseNumber, parseTrack, ROSTER_COLUMNS } from './roster-schema.js';

/** One CSV file: its name (for positions) and its content as text or bytes. */
export interface CsvSource {
  name: string;
  text?: string;
  bytes?: Uint8Array;
}

export interface RosterSources {
  people: CsvSource;
  ties?: CsvSource;
  events?: CsvSource;
  attendance?: CsvSource;
}

export interface ParseRosterOptions {
  /**
   * Header names for canonical columns, per file: `{ people: { name: 'Nom complet' } }`.
   * @defaultValue `{}` (canonical names and built-in aliases only)
   */
  columns?: Partial<Record<RosterFileKind, Record<string, string>>>;
  /**
   * Extra track labels and the canonical track each means: `{ 'Track 4': '2' }`.
   * @defaultValue `{}`
   */
  tracks?: Record<string, string>;
  /**
   * Who the decision-makers are.
   * @defaultValue `{ column: 'track', values: ['1'] }`
   */
  decisionMakers?: DecisionMakerRule;
  /**
   * Events with more attendees than this are not turned into co-attendance links (a warning
   * says so; the attendance is kept). @defaultValue `500`
   */
  maxEventSize?: number;
  /**
   * Most co-attendance pairs (Σ n(n − 1)/2 over the projected events) the import will build;
   * beyond it the import stops at once with `CSV_TOO_LARGE` instead of running out of memory.
   * @defaultValue `5_000_000`
   */
  maxProjectedPairs?: number;
  /**
   * `'collect'`: warnings skip rows and are returned. `'throw'`: any issue stops the import.
   * @defaultValue `'collect'`
   */
  onInvalidRow?: 'collect' | 'throw';
}

export const DEFAULT_PARSE_ROSTER_OPTIONS: Readonly<Required<ParseRosterOptions>> = Object.freeze({
  columns: {},
  tracks: {},
  decisionMakers: { column: 'track', values: ['1'] },
  maxEventSize: 500,
  maxProjectedPairs: 5_000_000,
  onInvalidRow: 'collect',
});

export interface ParseRosterResult {
  roster: Roster;
  graph: RosterGraph;
  /** Warnings (and, never, errors: those throw), sorted by file and line. */
  issues: ImportIssue[];
}

/** Ids that are properties of every JavaScript object (`__proto__`, `constructor`, `toString` ...). */
const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Resolved columns of one table. */
interface ColumnMap {
  /** canonical key → column index */
  index: Map<string, number>;
  /** extra columns: index → attribute name */
  extra: Map<number, string>;
  report: Record<string, string>;
}

/**
 * Imports a roster.
 *
 * @param sources - the roster's CSV files; only `people` is required.
 * @param options - column mapping, track labels, decision-maker rule, strictness.
 * @returns the typed roster, the person graph and the warnings.
 * @throws {@link RosterImportError} when any error is found (or any issue, with `onInvalidRow: 'throw'`);
 *   its `issues` hold every problem, each with `code`, `source`, `line`, `column`.
 * @throws {@link InvalidOptionError} for a bad option value.
 *
 * @example
 * ```ts
 * const { graph, issues } = parseRoster({ people: { name: 'people.csv', text } });
 * ```
 */
export function parseRoster(sources: RosterSources, options: ParseRosterOptions = {}): ParseRosterResult {
  const opts = resolveParseRosterOptions(options);
  const read: Partial<Record<RosterFileKind, ReadCsvFile>> = {};
  for (const kind of ['people', 'ties', 'events', 'attendance'] as const) {
    const src = sources[kind];
    if (src) read[kind] = readCsvSource(src);
  }
  return parseRosterTables(read as RosterTables, opts);
}

/** One CSV file read into a table: what `parseRosterTables` takes. */
export interface ReadCsvFile {
  table: CsvTable;
  /** The encoding detected (`utf-8`, `utf-8-bom`, `windows-1252` ...). */
  encoding: string;
  /** Decoding issues (`CSV_ENCODING`), before the table's own. */
  issues: ImportIssue[];
}

export type RosterTables = { people: ReadCsvFile } & Partial<Record<Exclude<RosterFileKind, 'people'>, ReadCsvFile>>;

/** Decodes (when given bytes) and parses one source into a table. */
export function readCsvSource(src: CsvSource): ReadCsvFile {
  let text = src.text;
  let encoding = 'utf-8';
  const issues: ImportIssue[] = [];
  if (text === undefined) {
    const decoded = decodeCsvBytes(src.bytes ?? new Uint8Array(), src.name);
    text = decoded.text;
    encoding = decoded.encoding;
    issues.push(...decoded.issues);
  }
  return { table: readCsvTable(text, { source: src.name }), encoding, issues };
}

/**
 * Imports a roster whose files are already read into tables: the second half of `parseRoster`,
 * used as is by the Node layer's streaming reader (`readRoster`), which builds the tables from
 * file streams without holding the files' text. Same rules, issues and positions as `parseRoster`.
 *
 * @param read - the tables, by file kind (see `readCsvSource`). Their `rows` are consumed: emptied
 *   once read, so that their memory can be reclaimed during the projection.
 * @param options - as for `parseRoster`.
 */
export function parseRosterTables(read: RosterTables, options: ParseRosterOptions = {}): ParseRosterResult {
  const opts = resolveParseRosterOptions(options);
  const issues: ImportIssue[] = [];
  const files: FileReport[] = [];

  const tables: Partial<Record<RosterFileKind, { table: CsvTable; cols: ColumnMap; report: FileReport }>> = {};
  for (const kind of ['people', 'ties', 'events', 'attendance'] as const) {
    const file = read[kind];
    if (!file) continue;
    const loaded = loadTable(kind, file, opts, issues);
    files.push(loaded.report);
    tables[kind] = loaded;
  }
  if (issues.some((i) => i.level === 'error')) throw new RosterImportError(sortIssues(issues));

  const people = readPeople(tables.people, opts, issues);
  const personIds = new Set(people.map((p) => p.id));
  const events = tables.events ? readEvents(tables.events, issues) : [];
  const eventIds = new Set(events.map((e) => e.id));
  const ties = tables.ties ? readTies(tables.ties, personIds, issues) : [];
  const attendance = tables.attendance
    ? readAttendance(tables.attendance, personIds, eventIds, Boolean(tables.events), issues)
    : [];
  // The rows are read: let their memory go before the projection (10^6 rows hold about 200 MB).
  for (const loaded of Object.values(tables)) loaded.table.rows = [];

  // Very large events: attendance kept, no co-attendance links (n(n − 1)/2 of them).
  const sizes = new Map<string, number>();
  for (const a of attendance) sizes.set(a.event, (sizes.get(a.event) ?? 0) + 1);
  for (const [event, size] of sizes) {
    if (size <= opts.maxEventSize) continue;
    const line = events.find((e) => e.id === event)?.line;
    issues.push(
      makeIssue(
        'CSV_LARGE_EVENT',
        'warning',
        'none',
        `event "${event}" has ${size} attendees: not turned into co-attendance links (it would add ${((size * (size - 1)) / 2).toLocaleString('en')}); attendance kept`,
        {
          source: tables.events?.table.source ?? tables.attendance?.table.source ?? '',
          ...(line !== undefined ? { line } : {}),
          hint: 'record the ties that matter in ties.csv, or raise maxEventSize (--max-event-size)',
        },
      ),
    );
  }
  let pairs = 0;
  for (const size of sizes.values()) if (size <= opts.maxEventSize) pairs += (size * (size - 1)) / 2;
  if (pairs > opts.maxProjectedPairs) {
    issues.push(
      makeIssue(
        'CSV_TOO_LARGE',
        'error',
        'import-stopped',
        `co-attendance would create ${pairs.toLocaleString('en')} pairs of people (limit ${opts.maxProjectedPairs.toLocaleString('en')}); stopped before running out of memory`,
        {
          source: tables.attendance?.table.source ?? '',
          hint: 'lower --max-event-size so large events are not projected, or raise the limit with --max-pairs if the machine has the memory (about 1 KB per pair)',
        },
      ),
    );
  }
  const sorted = sortIssues(issues);
  if (sorted.some((i) => i.level === 'error') || (opts.onInvalidRow === 'throw' && sorted.length > 0)) {
    throw new RosterImportError(sorted);
  }
  const roster: Roster = {
    people,
    ties,
    events,
    attendance,
    files,
    decisionMakers: opts.decisionMakers,
    maxEventSize: opts.maxEventSize,
  };
  return { roster, graph: buildPersonGraph(roster), issues: sorted };
}

function resolveParseRosterOptions(options: ParseRosterOptions): Required<ParseRosterOptions> {
  const resolved = { ...DEFAULT_PARSE_ROSTER_OPTIONS, ...stripUndefined(options) };
  if (!(typeof resolved.maxProjectedPairs === 'number' && resolved.maxProjectedPairs >= 0)) {
    throw new InvalidOptionError('maxProjectedPairs', 'a number ≥ 0', resolved.maxProjectedPairs);
  }
  if (!(typeof resolved.maxEventSize === 'number' && resolved.maxEventSize >= 2)) {
    throw new InvalidOptionError('maxEventSize', 'a number ≥ 2', resolved.maxEventSize);
  }
  if (resolved.onInvalidRow !== 'collect' && resolved.onInvalidRow !== 'throw') {
    throw new InvalidOptionError('onInvalidRow', "'collect' or 'throw'", resolved.onInvalidRow);
  }
  const dm = resolved.decisionMakers;
  if (!dm || typeof dm.column !== 'string' || !Array.isArray(dm.values) || dm.values.length === 0) {
    throw new InvalidOptionError('decisionMakers', '{ column: string, values: string[] } with at least one value', dm);
  }
  for (const [kind, mapping] of Object.entries(resolved.columns)) {
    const specs = ROSTER_COLUMNS[kind as RosterFileKind];
    if (!specs) throw new InvalidOptionError('columns', 'keys people, ties, events or attendance', kind);
    for (const key of Object.keys(mapping ?? {})) {
      if (!specs.some((s) => s.key === key)) {
        throw new InvalidOptionError(`columns.${kind}.${key}`, `one of ${specs.map((s) => s.key).join(', ')}`, key);
      }
    }
  }
  for (const [label, track] of Object.entries(resolved.tracks)) {
    if (parseTrack(track) === undefined) {
      throw new InvalidOptionError(`tracks["${label}"]`, 'one of 1, 1.5, 2, 3', track);
    }
  }
  return resolved;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function loadTable(
  kind: RosterFileKind,
  file: ReadCsvFile,
  opts: Required<ParseRosterOptions>,
  issues: ImportIssue[],
): { table: CsvTable; cols: ColumnMap; report: FileReport } {
  const { table, encoding } = file;
  const src = { name: table.source };
  issues.push(...file.issues);
  issues.push(...table.issues);
  const cols = mapColumns(kind, table, opts.columns[kind] ?? {}, issues);
  const report: FileReport = {
    kind,
    source: src.name,
    delimiter: table.delimiter,
    encoding,
    rowsRead: table.rowsRead,
    rowsUsed: 0,
    rowsSkipped: table.rowsSkipped,
    blankLines: table.blankLines,
    extraColumns: [...cols.extra.values()],
    columns: cols.report,
  };
  if (table.header.length > 0 && table.rowsRead === 0 && !table.issues.some((i) => i.level === 'error')) {
    issues.push(
      makeIssue('CSV_EMPTY_FILE', 'warning', 'none', 'the file has a header but no rows', {
        source: src.name,
        line: 1,
      }),
    );
  }
  return { table, cols, report };
}

function mapColumns(
  kind: RosterFileKind,
  table: CsvTable,
  mapping: Record<string, string>,
  issues: ImportIssue[],
): ColumnMap {
  const specs = ROSTER_COLUMNS[kind];
  const index = new Map<string, number>();
  const extra = new Map<number, string>();
  const report: Record<string, string> = {};
  const mapped = new Map<string, string>(); // normalised header → canonical key (user mapping)
  for (const [key, header] of Object.entries(mapping)) mapped.set(normaliseHeader(header), key);
  const source = table.source;
  if (table.issues.some((i) => i.code === 'CSV_SYNTAX')) return { index, extra, report };

  // Sets, not scans: a file may have very many columns.
  const extraHeaders = new Set<string>();
  const extraNames = new Set<string>();
  for (const cell of table.header) {
    const norm = normaliseHeader(cell.name);
    const key =
      mapped.get(norm) ??
      specs.find((s) => s.key === norm && !Object.hasOwn(mapping, s.key))?.key ??
      specs.find((s) => s.aliases.includes(norm) && !Object.hasOwn(mapping, s.key))?.key;
    if (key === undefined) {
      if (extraHeaders.has(norm)) {
        issues.push(
          makeIssue('CSV_DUPLICATE_COLUMN', 'error', 'import-stopped', `two columns are named "${cell.name}"`, {
            source,
            line: 1,
            column: cell.name,
            columnIndex: cell.index,
            hint: 'rename one of them: both would be kept under the same name',
          }),
        );
        continue;
      }
      let attr = cell.name;
      const reserved =
        RESERVED_IDS.has(cell.name) ||
        (kind === 'people' && RESERVED_PERSON_ATTRIBUTES.some((r) => r.toLowerCase() === norm));
      if (reserved) {
        // `_input`, then `_input_2` ... until it clashes with no header of the file
        const headers = new Set(table.header.map((h) => normaliseHeader(h.name)));
        attr = `${cell.name}_input`;
        for (let n = 2; headers.has(normaliseHeader(attr)) || extraNames.has(attr); n++)
          attr = `${cell.name}_input_${n}`;
        issues.push(
          makeIssue(
            'CSV_RESERVED_COLUMN',
            'warning',
            'column-renamed',
            `column "${cell.name}" is a name trackmap computes or JavaScript reserves; kept as "${attr}"`,
            {
              source,
              line: 1,
              column: cell.name,
              columnIndex: cell.index,
            },
          ),
        );
      }
      extra.set(cell.index, attr);
      extraHeaders.add(norm);
      extraNames.add(attr);
      continue;
    }
    if (index.has(key)) {
      issues.push(
        makeIssue(
          'CSV_DUPLICATE_COLUMN',
          'error',
          'import-stopped',
          `two columns mean "${key}": "${report[key]}" and "${cell.name}"`,
          {
            source,
            line: 1,
            column: cell.name,
            columnIndex: cell.index,
            hint: 'rename or delete one of them, or map one explicitly with --column',
          },
        ),
      );
      continue;
    }
    index.set(key, cell.index);
    report[key] = cell.name;
  }
  for (const spec of specs) {
    if (spec.required && !index.has(spec.key) && table.header.length > 0) {
      const wanted = mapping[spec.key] ?? spec.key;
      issues.push(
        makeIssue(
          'CSV_MISSING_COLUMN',
          'error',
          'import-stopped',
          `required column "${wanted}" not found (header: ${table.header.map((h) => h.name).join(', ')})`,
          {
            source,
            line: 1,
            column: wanted,
            hint: `add a "${spec.key}" column, or say which column it is with --column ${kind}.${spec.key}=NAME`,
          },
        ),
      );
    }
  }
  if (table.header.length === 0 && !table.issues.some((i) => i.level === 'error')) {
    issues.push(
      makeIssue('CSV_MISSING_COLUMN', 'error', 'import-stopped', 'the file is empty (no header line)', {
        source,
        line: 1,
      }),
    );
  }
  return { index, extra, report };
}

/** Access to one row's cells by canonical key, with positions for issues. */
class RowReader {
  constructor(
    private readonly table: CsvTable,
    private readonly cols: ColumnMap,
    readonly row: CsvRow,
  ) {}

  get(key: string): string {
    const i = this.cols.index.get(key);
    return i === undefined ? '' : (this.row.cells[i] ?? '');
  }

  pos(key: string, value?: string) {
    const i = this.cols.index.get(key);
    return {
      source: this.table.source,
      line: this.row.line,
      ...(i !== undefined ? { column: this.cols.report[key] as string, columnIndex: i } : {}),
      ...(value !== undefined ? { value } : {}),
    };
  }

  extra(): ExtraAttributes {
    const out: ExtraAttributes = {};
    for (const [i, name] of this.cols.extra) {
      const v = this.row.cells[i] ?? '';
      if (v !== '') out[name] = v;
    }
    return out;
  }

  delimiter() {
    return this.table.delimiter;
  }
}

function* rows(loaded: { table: CsvTable; cols: ColumnMap }) {
  for (const row of loaded.table.rows) yield new RowReader(loaded.table, loaded.cols, row);
}

type Loaded = { table: CsvTable; cols: ColumnMap; report: FileReport };

function readPeople(loaded: Loaded | undefined, opts: Required<ParseRosterOptions>, issues: ImportIssue[]): Person[] {
  if (!loaded) return [];
  const people: Person[] = [];
  const seen = new Map<string, number>();
  const dmValues = new Set(opts.decisionMakers.values.map((v) => v.trim().toLowerCase()));
  const dmColumn = resolveRuleColumn(loaded, opts.decisionMakers.column);
  for (const r of rows(loaded)) {
    const id = r.get('id');
    if (id === '') {
      skip(loaded, issues, makeIssue('CSV_MISSING_ID', 'warning', 'row-skipped', 'person without an id', r.pos('id')));
      continue;
    }
    if (RESERVED_IDS.has(id)) {
      // graphology (like any object-keyed index) cannot hold these keys safely.
      issues.push(
        makeIssue(
          'CSV_RESERVED_ID',
          'error',
          'import-stopped',
          `person id "${id}" is a name JavaScript reserves for objects`,
          {
            ...r.pos('id', id),
            hint: 'rename this id (e.g. add a prefix) here and in the other files',
          },
        ),
      );
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push(
        makeIssue('CSV_DUPLICATE_ID', 'error', 'import-stopped', `person id "${id}" already used on line ${first}`, {
          ...r.pos('id', id),
          hint: 'give each person one row with a unique id',
        }),
      );
      continue;
    }
    seen.set(id, r.row.line);
    const rawTrack = r.get('track');
    let track = '';
    if (rawTrack !== '') {
      const canonical = parseTrack(rawTrack, opts.tracks);
      if (canonical === undefined) {
        track = rawTrack;
        issues.push(
          makeIssue(
            'CSV_UNKNOWN_TRACK',
            'warning',
            'value-kept',
            `unknown track "${rawTrack}"; kept as written, not counted as a decision-maker`,
            {
              ...r.pos('track', rawTrack),
              hint: 'use 1, 1.5, 2 or 3 (or I, II, Track II ...), or map the label in the config ("tracks")',
            },
          ),
        );
      } else track = canonical;
    }
    const person: Person = {
      id,
      name: r.get('name') || id,
      track,
      isDecisionMaker: false,
      extra: r.extra(),
      source: loaded.table.source,
      line: r.row.line,
    };
    for (const key of ['sector', 'organisation', 'country', 'side', 'school', 'gender'] as const) {
      const v = r.get(key);
      if (v !== '') person[key] = v;
    }
    const ideology = readNumber(r, 'ideology', issues, { min: -1, max: 1 });
    if (ideology !== undefined) person.ideology = ideology;
    const seniority = readNumber(r, 'seniority', issues, {});
    if (seniority !== undefined) person.seniority = seniority;

    const dmValue =
      dmColumn.kind === 'track'
        ? person.track
        : dmColumn.kind === 'known'
          ? r.get(dmColumn.key)
          : (person.extra[dmColumn.key] ?? '');
    person.isDecisionMaker = dmValue !== '' && dmValues.has(dmValue.trim().toLowerCase());
    people.push(person);
    loaded.report.rowsUsed++;
  }
  return people;
}

/**
 * Finds the column a decision-maker rule names: a canonical column, an alias or mapped header
 * of one, or an extra column, matched like headers. Naming no column is an option error:
 * silently finding no decision-maker would make every access measure empty.
 */
function resolveRuleColumn(
  loaded: Loaded,
  column: string,
): { kind: 'track' } | { kind: 'known'; key: string } | { kind: 'extra'; key: string } {
  const norm = normaliseHeader(column);
  const known = ROSTER_COLUMNS.people.find((s) => s.key === norm || s.aliases.includes(norm))?.key;
  const byHeader = Object.entries(loaded.cols.report).find(([, header]) => normaliseHeader(header) === norm)?.[0];
  const key = byHeader ?? known;
  if (key === 'track') return { kind: 'track' };
  if (key !== undefined && loaded.cols.index.has(key)) return { kind: 'known', key };
  const extra = [...loaded.cols.extra.values()].find((n) => normaliseHeader(n) === norm);
  if (extra !== undefined) return { kind: 'extra', key: extra };
  throw new InvalidOptionError(
    'decisionMakers.column',
    `a column of ${loaded.table.source} (${loaded.table.header.map((h) => h.name).join(', ')})`,
    column,
  );
}

function readNumber(
  r: RowReader,
  key: string,
  issues: ImportIssue[],
  range: { min?: number; max?: number },
): number | undefined {
  const text = r.get(key);
  if (text === '') return undefined;
  const value = parseNumber(text, r.delimiter());
  if (value === undefined) {
    issues.push(
      makeIssue(
        'CSV_BAD_NUMBER',
        'warning',
        'value-dropped',
        `expected a number, got "${text}"; value dropped`,
        r.pos(key, text),
      ),
    );
    return undefined;
  }
  if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
    issues.push(
      makeIssue(
        'CSV_OUT_OF_RANGE',
        'warning',
        'value-dropped',
        `${key} must be in [${range.min}, ${range.max}], got ${text}; value dropped`,
        r.pos(key, text),
      ),
    );
    return undefined;
  }
  return value;
}

function readDate(r: RowReader, key: string, issues: ImportIssue[]): string | undefined {
  const text = r.get(key);
  if (text === '') return undefined;
  const d = parseDate(text);
  if (d === undefined) {
    issues.push(
      makeIssue(
        'CSV_BAD_DATE',
        'warning',
        'value-dropped',
        `expected an ISO date (YYYY-MM-DD), got "${text}"; value dropped`,
        {
          ...r.pos(key, text),
          hint: 'write dates as 2023-04-17; 04/05/2023 is ambiguous',
        },
      ),
    );
  }
  return d;
}

function skip(loaded: Loaded, issues: ImportIssue[], issue: ImportIssue): void {
  loaded.report.rowsSkipped++;
  issues.push(issue);
}

function readEvents(loaded: Loaded, issues: ImportIssue[]): RosterEvent[] {
  const events: RosterEvent[] = [];
  const seen = new Map<string, number>();
  for (const r of rows(loaded)) {
    const id = r.get('id');
    if (id === '') {
      skip(loaded, issues, makeIssue('CSV_MISSING_ID', 'warning', 'row-skipped', 'event without an id', r.pos('id')));
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push(
        makeIssue(
          'CSV_DUPLICATE_ID',
          'error',
          'import-stopped',
          `event id "${id}" already used on line ${first}`,
          r.pos('id', id),
        ),
      );
      continue;
    }
    seen.set(id, r.row.line);
    const event: RosterEvent = { id, name: r.get('name') || id, extra: r.extra(), line: r.row.line };
    const date = readDate(r, 'date', issues);
    if (date !== undefined) event.date = date;
    for (const key of ['initiative', 'round', 'format', 'location'] as const) {
      const v = r.get(key);
      if (v !== '') event[key] = v;
    }
    events.push(event);
    loaded.report.rowsUsed++;
  }
  return events;
}

function readTies(loaded: Loaded, personIds: Set<string>, issues: ImportIssue[]): Tie[] {
  const ties: Tie[] = [];
  const seen = new Map<string, number>();
  for (const r of rows(loaded)) {
    const source = r.get('source');
    const target = r.get('target');
    if (source === '' || target === '') {
      const key = source === '' ? 'source' : 'target';
      skip(loaded, issues, makeIssue('CSV_MISSING_ID', 'warning', 'row-skipped', `tie without a ${key}`, r.pos(key)));
      continue;
    }
    const unknown = !personIds.has(source) ? 'source' : !personIds.has(target) ? 'target' : undefined;
    if (unknown) {
      const id = r.get(unknown);
      skip(
        loaded,
        issues,
        makeIssue(
          'CSV_UNKNOWN_NODE',
          'warning',
          'row-skipped',
          `tie names person "${id}", who is not in the people file; tie skipped`,
          {
            ...r.pos(unknown, id),
            hint: 'add the person to the people file or correct the id',
          },
        ),
      );
      continue;
    }
    if (source === target) {
      skip(
        loaded,
        issues,
        makeIssue(
          'CSV_SELF_TIE',
          'warning',
          'row-skipped',
          `tie from "${source}" to themself; tie skipped`,
          r.pos('target', target),
        ),
      );
      continue;
    }
    let weight = 1;
    const weightText = r.get('weight');
    if (weightText !== '') {
      const w = parseNumber(weightText, r.delimiter());
      if (w === undefined) {
        skip(
          loaded,
          issues,
          makeIssue(
            'CSV_BAD_NUMBER',
            'warning',
            'row-skipped',
            `expected a number, got "${weightText}"; tie skipped`,
            r.pos('weight', weightText),
          ),
        );
        continue;
      }
      if (!(w > 0)) {
        skip(
          loaded,
          issues,
          makeIssue(
            'CSV_OUT_OF_RANGE',
            'warning',
            'row-skipped',
            `weight must be greater than 0, got ${weightText}; tie skipped`,
            r.pos('weight', weightText),
          ),
        );
        continue;
      }
      weight = w;
    }
    let directed = false;
    const directedText = r.get('directed');
    if (directedText !== '') {
      const d = parseBoolean(directedText);
      if (d === undefined) {
        issues.push(
          makeIssue(
            'CSV_BAD_BOOLEAN',
            'warning',
            'value-dropped',
            `expected true or false, got "${directedText}"; tie read as undirected`,
            r.pos('directed', directedText),
          ),
        );
      } else directed = d;
    }
    const type = r.get('type') || 'tie';
    const key = directed
      ? `${source}\u0000${target}\u0000${type}\u0000d`
      : `${[source, target].sort().join('\u0000')}\u0000${type}\u0000u`;
    const first = seen.get(key);
    if (first !== undefined) {
      skip(
        loaded,
        issues,
        makeIssue(
          'CSV_DUPLICATE_TIE',
          'warning',
          'row-skipped',
          `same ${type} tie as on line ${first}; duplicate skipped`,
          r.pos('target', target),
        ),
      );
      continue;
    }
    seen.set(key, r.row.line);
    const tie: Tie = { source, target, type, weight, directed, extra: r.extra(), line: r.row.line };
    for (const k of ['date', 'start', 'end'] as const) {
      const d = readDate(r, k, issues);
      if (d !== undefined) tie[k] = d;
    }
    const evidence = r.get('evidence');
    if (evidence !== '') tie.evidence = evidence;
    ties.push(tie);
    loaded.report.rowsUsed++;
  }
  return ties;
}

function readAttendance(
  loaded: Loaded,
  personIds: Set<string>,
  eventIds: Set<string>,
  haveEvents: boolean,
  issues: ImportIssue[],
): Attendance[] {
  const out: Attendance[] = [];
  // (person, event) pairs seen, keyed by number: a million string keys cost seconds.
  const seen = new Map<number | string, number>();
  const personNo = new Map<string, number>();
  const eventNo = new Map<string, number>();
  const number = (map: Map<string, number>, id: string) => {
    const known = map.get(id);
    if (known !== undefined) return known;
    map.set(id, map.size);
    return map.size - 1;
  };
  for (const r of rows(loaded)) {
    const person = r.get('person');
    const event = r.get('event');
    if (person === '' || event === '') {
      const key = person === '' ? 'person' : 'event';
      skip(
        loaded,
        issues,
        makeIssue('CSV_MISSING_ID', 'warning', 'row-skipped', `attendance without a ${key}`, r.pos(key)),
      );
      continue;
    }
    if (!personIds.has(person)) {
      skip(
        loaded,
        issues,
        makeIssue(
          'CSV_UNKNOWN_NODE',
          'warning',
          'row-skipped',
          `attendance names person "${person}", who is not in the people file; row skipped`,
          r.pos('person', person),
        ),
      );
      continue;
    }
    // Without an events file, any event id is accepted (events are known only by their ids).
    if (haveEvents && !eventIds.has(event)) {
      skip(
        loaded,
        issues,
        makeIssue(
          'CSV_UNKNOWN_NODE',
          'warning',
          'row-skipped',
          `attendance names event "${event}", which is not in the events file; row skipped`,
          r.pos('event', event),
        ),
      );
      continue;
    }
    const p = number(personNo, person);
    const e = number(eventNo, event);
    // Exact below 2^26 distinct people and events (key < 2^53); beyond, a string key.
    const key = p < 2 ** 26 && e < 2 ** 26 ? p * 2 ** 26 + e : `${person}\u0000${event}`;
    const first = seen.get(key);
    if (first !== undefined) {
      skip(
        loaded,
        issues,
        makeIssue(
          'CSV_DUPLICATE_TIE',
          'warning',
          'row-skipped',
          `"${person}" at "${event}" already listed on line ${first}; duplicate skipped`,
          r.pos('event', event),
        ),
      );
      continue;
    }
    seen.set(key, r.row.line);
    const a: Attendance = { person, event, extra: r.extra(), line: r.row.line };
    const role = r.get('role');
    if (role !== '') a.role = role;
    out.push(a);
    loaded.report.rowsUsed++;
  }
  return out;
}
