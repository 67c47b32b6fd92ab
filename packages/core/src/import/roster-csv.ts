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
import { checkOption, infinityOr, OPTION_RANGES } from '../options.js';
import type { AttributeCoding, DecisionMakerRule, FileReport, Roster, RosterFileKind, RosterGraph } from '../types.js';
import { findRuleColumn, resolveColumns } from './columns.js';
import { type CsvTable, readCsvTable } from './csv-table.js';
import {
  applyDecisionMakerRules,
  checkDecisionMakerRules,
  DEFAULT_DECISION_MAKER_RULE,
  resolveDecisionMakerRules,
  ruleKey,
} from './decision-makers.js';
import { decodeCsvBytes } from './decode.js';
import { type ImportIssue, IssueSink, sortIssues } from './issues.js';
import {
  type ColumnCoding,
  type LoadedTable,
  MappingCounter,
  readAttendance,
  readEvents,
  readPeople,
  readTies,
} from './roster-rows.js';
import { normaliseHeader, parseTrack, ROSTER_COLUMNS } from './roster-schema.js';

/** One CSV file: its name (for positions) and its content as text or bytes. */
export interface CsvSource {
  name: string;
  text?: string;
  bytes?: Uint8Array;
}

/** The CSV texts of a roster: the people file, and the ties, events and attendance files if any. */
export interface RosterSources {
  people: CsvSource;
  ties?: CsvSource;
  events?: CsvSource;
  attendance?: CsvSource;
}

/** Options of {@link parseRoster}: column mappings, track labels, the decision-maker rule and size limits. */
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
   * Who the decision-makers are: one rule, a rule as text (`attendance.role~minister`), or a list
   * of them combined with OR (see `parseDecisionMakerRule`). A rule given here that matches
   * nobody is a `CSV_RULE_NO_MATCH` warning.
   * @defaultValue `{ column: 'track', values: ['1'] }`
   */
  decisionMakers?: DecisionMakerRule | string | readonly (DecisionMakerRule | string)[];
  /**
   * Recoding and missing-value codes per people column (canonical name, alias or header as
   * written, or an extra column): `{ gender: { recode: { '1': 'male', '2': 'female' }, missing:
   * ['9999998'] } }`. Missing codes are read as empty (no measure counts them); recoded values are
   * read as the value meant. Each mapping made is counted in `roster.mappings`.
   * @defaultValue `{}`
   */
  attributes?: Record<string, AttributeCoding>;
  /**
   * Events with more attendees than this are not turned into co-attendance links (a warning
   * says so; the attendance is kept). @defaultValue `500`
   */
  maxEventSize?: number;
  /**
   * The work budget: most links the import will build, counting the co-attendance pairs
   * (Σ n(n − 1)/2 over the projected events) and the tie rows (each at most one link); beyond it
   * the import stops at once with `CSV_TOO_LARGE` instead of running out of memory. `Infinity`:
   * no limit. @defaultValue `5_000_000`
   */
  maxProjectedPairs?: number;
  /**
   * `'collect'`: warnings skip rows and are returned. `'throw'`: any issue stops the import.
   * @defaultValue `'collect'`
   */
  onInvalidRow?: 'collect' | 'throw';
}

/**
 * Defaults of {@link ParseRosterOptions}: decision-makers are Track 1, events above 500 people do not link
 * their attendees.
 */
export const DEFAULT_PARSE_ROSTER_OPTIONS: Readonly<Required<ParseRosterOptions>> = Object.freeze({
  columns: {},
  tracks: {},
  decisionMakers: DEFAULT_DECISION_MAKER_RULE,
  attributes: {},
  maxEventSize: 500,
  maxProjectedPairs: 5_000_000,
  onInvalidRow: 'collect',
});

/** What {@link parseRoster} returns: the roster, its person graph, and every import issue. */
export interface ParseRosterResult {
  roster: Roster;
  graph: RosterGraph;
  /** Warnings (and, never, errors: those throw), sorted by file and line. */
  issues: ImportIssue[];
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
  resolveParseRosterOptions(options); // bad options fail before any file is read
  const read: Partial<Record<RosterFileKind, ReadCsvFile>> = {};
  for (const kind of ['people', 'ties', 'events', 'attendance'] as const) {
    const src = sources[kind];
    if (src) read[kind] = readCsvSource(src);
  }
  return parseRosterTables(read as RosterTables, options);
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
  const sink = new IssueSink();
  const files: FileReport[] = [];

  const tables: Partial<Record<RosterFileKind, LoadedTable>> = {};
  for (const kind of ['people', 'ties', 'events', 'attendance'] as const) {
    const file = read[kind];
    if (!file) continue;
    const loaded = loadTable(kind, file, opts, sink);
    files.push(loaded.report);
    tables[kind] = loaded;
  }
  if (sink.hasErrors()) throw new RosterImportError(sortIssues(sink.issues));
  // Each rule's column, found before any row is read: a rule naming no column is an option error.
  const ruleTable = (t: LoadedTable | undefined) =>
    t && { source: t.table.source, cols: t.cols, header: t.table.header.map((h) => h.name) };
  const rules = resolveDecisionMakerRules(opts.rules, {
    people: ruleTable(tables.people) as NonNullable<ReturnType<typeof ruleTable>>,
    ...(tables.events ? { events: ruleTable(tables.events) } : {}),
    ...(tables.attendance ? { attendance: ruleTable(tables.attendance) } : {}),
  });

  const mappings = new MappingCounter();
  for (const loaded of Object.values(tables)) headerMappings(loaded, opts.columns[loaded.report.kind] ?? {}, mappings);
  const codings = tables.people ? resolveCodings(tables.people, opts.attributes) : new Map();
  const people = readPeople(tables.people, { tracks: opts.tracks, codings, mappings });
  const personIds = new Set(people.map((p) => p.id));
  const events = tables.events ? readEvents(tables.events) : [];
  const eventIds = new Set(events.map((e) => e.id));
  const ties = tables.ties ? readTies(tables.ties, personIds) : [];
  const attendance = tables.attendance
    ? readAttendance(tables.attendance, personIds, eventIds, Boolean(tables.events))
    : [];
  const decisionMakers = applyDecisionMakerRules(rules, { people, events, attendance }, sink, opts.rulesGiven);
  // The rows are read: let their memory go before the projection (10^6 rows hold about 200 MB).
  for (const loaded of Object.values(tables)) loaded.table.rows = [];

  // Very large events: attendance kept, no co-attendance links (n(n − 1)/2 of them).
  const sizes = new Map<string, number>();
  for (const a of attendance) sizes.set(a.event, (sizes.get(a.event) ?? 0) + 1);
  const eventFile = sink.file(tables.events?.table.source ?? tables.attendance?.table.source ?? '');
  for (const [event, size] of sizes) {
    if (size <= opts.maxEventSize) continue;
    const line = events.find((e) => e.id === event)?.line;
    eventFile.note(
      'CSV_LARGE_EVENT',
      `event "${event}" has ${size} attendees: not turned into co-attendance links (it would add ${((size * (size - 1)) / 2).toLocaleString('en')}); attendance kept`,
      {
        ...(line !== undefined ? { line } : {}),
        hint: 'record the ties that matter in ties.csv, or raise maxEventSize (--max-event-size)',
      },
    );
  }
  // The work budget counts every link the graph could get: co-attendance pairs and tie rows.
  let pairs = 0;
  for (const size of sizes.values()) if (size <= opts.maxEventSize) pairs += (size * (size - 1)) / 2;
  if (pairs + ties.length > opts.maxProjectedPairs) {
    const limit = opts.maxProjectedPairs.toLocaleString('en');
    if (ties.length === 0) {
      sink
        .file(tables.attendance?.table.source ?? '')
        .stop(
          'CSV_TOO_LARGE',
          `co-attendance would create ${pairs.toLocaleString('en')} pairs of people (limit ${limit}); stopped before running out of memory`,
          {
            hint: 'lower --max-event-size so large events are not projected, or raise the limit with --max-pairs if the machine has the memory (about 1 KB per pair)',
          },
        );
    } else {
      const largest = ties.length >= pairs ? tables.ties : tables.attendance;
      sink
        .file(largest?.table.source ?? '')
        .stop(
          'CSV_TOO_LARGE',
          `the roster would create ${(pairs + ties.length).toLocaleString('en')} links (${pairs.toLocaleString('en')} co-attendance pairs and ${ties.length.toLocaleString('en')} ties; limit ${limit}); stopped before running out of memory`,
          {
            hint: 'lower --max-event-size so large events are not projected, or raise the limit with --max-pairs if the machine has the memory (about 1 KB per link)',
          },
        );
    }
  }
  const sorted = sortIssues(sink.issues);
  if (sorted.some((i) => i.level === 'error') || (opts.onInvalidRow === 'throw' && sorted.length > 0)) {
    throw new RosterImportError(sorted);
  }
  const roster: Roster = {
    people,
    ties,
    events,
    attendance,
    files,
    decisionMakers,
    mappings: mappings.list(files),
    maxEventSize: opts.maxEventSize,
  };
  return { roster, graph: buildPersonGraph(roster), issues: sorted };
}

/** The options resolved, with the decision-maker rules as a list and whether the user gave them. */
type ResolvedParseRosterOptions = Required<ParseRosterOptions> & { rules: DecisionMakerRule[]; rulesGiven: boolean };

function resolveParseRosterOptions(options: ParseRosterOptions): ResolvedParseRosterOptions {
  const resolved = { ...DEFAULT_PARSE_ROSTER_OPTIONS, ...stripUndefined(options) };
  checkOption('maxProjectedPairs', resolved.maxProjectedPairs, infinityOr(OPTION_RANGES.maxProjectedPairs));
  checkOption('maxEventSize', resolved.maxEventSize, infinityOr(OPTION_RANGES.maxEventSize));
  if (resolved.onInvalidRow !== 'collect' && resolved.onInvalidRow !== 'throw') {
    throw new InvalidOptionError('onInvalidRow', "'collect' or 'throw'", resolved.onInvalidRow);
  }
  const rules = checkDecisionMakerRules(resolved.decisionMakers);
  for (const [kind, mapping] of Object.entries(resolved.columns)) {
    const specs = ROSTER_COLUMNS[kind as RosterFileKind];
    if (!specs) throw new InvalidOptionError('columns', 'keys people, ties, events or attendance', kind);
    for (const key of Object.keys(mapping ?? {})) {
      if (!specs.some((s) => s.key === key)) {
        throw new InvalidOptionError(`columns.${kind}.${key}`, `one of ${specs.map((s) => s.key).join(', ')}`, key);
      }
    }
  }
  for (const [name, coding] of Object.entries(resolved.attributes ?? {})) {
    const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
    const ok =
      coding !== null &&
      typeof coding === 'object' &&
      (coding.missing === undefined || strings(coding.missing)) &&
      (coding.recode === undefined ||
        (typeof coding.recode === 'object' &&
          coding.recode !== null &&
          Object.values(coding.recode).every((v) => typeof v === 'string')));
    if (!ok)
      throw new InvalidOptionError(
        `attributes.${name}`,
        '{ recode?: { "value": "meant" }, missing?: ["code", ...] }',
        coding,
      );
  }
  for (const [label, track] of Object.entries(resolved.tracks)) {
    if (parseTrack(track) === undefined) {
      throw new InvalidOptionError(`tracks["${label}"]`, 'one of 1, 1.5, 2, 3', track);
    }
  }
  return { ...resolved, rules, rulesGiven: options.decisionMakers !== undefined };
}

/**
 * The people columns with a coding (the `attributes` option), by column index.
 * @throws {@link InvalidOptionError} for a name that is no column of the people file, or `id`.
 */
function resolveCodings(loaded: LoadedTable, attributes: Record<string, AttributeCoding>): Map<number, ColumnCoding> {
  const out = new Map<number, ColumnCoding>();
  for (const [name, coding] of Object.entries(attributes)) {
    const found = findRuleColumn(loaded.cols, name, 'people');
    const key = found === undefined ? undefined : found.kind === 'track' ? 'track' : found.key;
    const index =
      found === undefined
        ? undefined
        : found.kind === 'extra'
          ? [...loaded.cols.extra].find(([, attr]) => attr === found.key)?.[0]
          : loaded.cols.index.get(key as string);
    if (key === undefined || index === undefined || key === 'id') {
      throw new InvalidOptionError(
        `attributes.${name}`,
        `a column of ${loaded.table.source} other than id (${loaded.table.header.map((h) => h.name).join(', ')})`,
        name,
      );
    }
    out.set(index, {
      column: key,
      recode: new Map(Object.entries(coding.recode ?? {}).map(([from, to]) => [ruleKey(from), to])),
      missing: new Set((coding.missing ?? []).map(ruleKey)),
    });
  }
  return out;
}

/** Headers matched by an alias (not by the user's mapping), with the rows holding a value. */
function headerMappings(loaded: LoadedTable, userMapping: Record<string, string>, mappings: MappingCounter): void {
  for (const [key, header] of Object.entries(loaded.cols.report)) {
    if (Object.hasOwn(userMapping, key) || normaliseHeader(header) === key) continue;
    const i = loaded.cols.index.get(key) as number;
    let rows = 0;
    for (const row of loaded.table.rows) if ((row.cells[i] ?? '').trim() !== '') rows++;
    mappings.add(loaded.report.kind, 'header', key, header, key, rows);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function loadTable(
  kind: RosterFileKind,
  file: ReadCsvFile,
  opts: ResolvedParseRosterOptions,
  sink: IssueSink,
): LoadedTable {
  const { table, encoding } = file;
  sink.add(...file.issues, ...table.issues);
  const report: FileReport = {
    kind,
    source: table.source,
    delimiter: table.delimiter,
    encoding,
    rowsRead: table.rowsRead,
    rowsUsed: 0,
    rowsSkipped: table.rowsSkipped,
    blankLines: table.blankLines,
    extraColumns: [],
    columns: {},
  };
  const issues = sink.file(table.source, () => report.rowsSkipped++);
  const cols = resolveColumns(kind, table, opts.columns[kind] ?? {}, issues);
  report.extraColumns = [...cols.extra.values()];
  report.columns = cols.report;
  // Every row ragged: the header or the delimiter is wrong, not every row. Without this, a file
  // whose rows all miss one field imported as 0 people and exit code 0.
  const ragged = table.rows.length === 0 ? table.issues.filter((i) => i.code === 'CSV_RAGGED_ROW').length : 0;
  if (ragged > 0) {
    issues.stop(
      'CSV_RAGGED_FILE',
      `every row (${ragged}) has a different number of fields than the header (${table.header.length}): nothing could be read`,
      {
        line: 1,
        hint: 'check the header line (a column name missing or too many) and the delimiter (, ; or tab) of the rows',
      },
    );
  }
  if (table.header.length > 0 && table.rowsRead === 0 && !table.issues.some((i) => i.level === 'error')) {
    issues.note('CSV_EMPTY_FILE', 'the file has a header but no rows', { line: 1 });
  }
  return { table, cols, report, issues };
}
