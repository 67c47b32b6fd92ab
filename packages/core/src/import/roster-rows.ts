/**
 * Reading the rows of a roster's tables
 * =====================================
 *
 * Once each table's columns are resolved (`columns.ts`), these readers turn its rows into typed
 * people, events, ties and attendance, in file order. Each row is either used (counted in
 * `rowsUsed`) or skipped with a warning (counted in `rowsSkipped` by the issue sink), so
 * `rowsRead = rowsUsed + rowsSkipped` holds for every file. Values that cannot be read are dropped
 * with a warning; problems that make the roster ambiguous (a repeated id) are errors.
 */

import type { CsvIssueCode } from '../errors.js';
import type {
  Attendance,
  ExtraAttributes,
  FileReport,
  ImportMapping,
  Person,
  RosterEvent,
  RosterFileKind,
  Tie,
} from '../types.js';
import { type ColumnMap, RESERVED_IDS } from './columns.js';
import type { CsvRow, CsvTable } from './csv-table.js';
import type { FileIssues, IssueAt } from './issues.js';
import {
  hasXmlIllegalChars,
  parseBoolean,
  parseDate,
  parseNumber,
  parseTrack,
  XML_ILLEGAL_CHARS,
} from './roster-schema.js';

/** One table ready to read: its rows, resolved columns, report and issues. */
export interface LoadedTable {
  table: CsvTable;
  cols: ColumnMap;
  report: FileReport;
  issues: FileIssues;
}

/** Access to one row's cells by canonical key, with the issue verbs positioned at a cell. */
class RowReader {
  constructor(
    private readonly loaded: LoadedTable,
    readonly row: CsvRow,
  ) {}

  get(key: string): string {
    const i = this.loaded.cols.index.get(key);
    return i === undefined ? '' : (this.row.cells[i] ?? '');
  }

  /** The position of `key`'s cell in this row, with the value and hint when given. */
  at(key: string, value?: string, hint?: string): IssueAt {
    const i = this.loaded.cols.index.get(key);
    return {
      line: this.row.line,
      ...(i !== undefined ? { column: this.loaded.cols.report[key] as string, columnIndex: i } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(hint !== undefined ? { hint } : {}),
    };
  }

  /** Skips this row with a warning at `key`'s cell. */
  skip(code: CsvIssueCode, key: string, detail: string, value?: string, hint?: string): void {
    this.loaded.issues.skip(code, detail, this.at(key, value, hint));
  }

  /** Drops `key`'s value with a warning. */
  drop(code: CsvIssueCode, key: string, detail: string, value?: string, hint?: string): void {
    this.loaded.issues.drop(code, detail, this.at(key, value, hint));
  }

  /** Keeps `key`'s value as written, with a warning. */
  keep(code: CsvIssueCode, key: string, detail: string, value?: string, hint?: string): void {
    this.loaded.issues.keep(code, detail, this.at(key, value, hint));
  }

  /** An error at `key`'s cell: the import stops. */
  stop(code: CsvIssueCode, key: string, detail: string, value?: string, hint?: string): void {
    this.loaded.issues.stop(code, detail, this.at(key, value, hint));
  }

  /** Counts this row as used. */
  use(): void {
    this.loaded.report.rowsUsed++;
  }

  extra(): ExtraAttributes {
    const out: ExtraAttributes = {};
    for (const [i, name] of this.loaded.cols.extra) {
      const v = this.row.cells[i] ?? '';
      if (v !== '') out[name] = v;
    }
    return out;
  }

  delimiter() {
    return this.loaded.table.delimiter;
  }
}

/**
 * The largest magnitude a number cell (and the sum of all tie weights) may have. The measures add
 * numbers up and multiply the sums (modularity multiplies two people's total weights, assortativity
 * two seniorities): within 1e100 every such product stays finite. Beyond it (1e400 included, which
 * is Infinity as a double) the import stops: the results would be Infinity, NaN or, worse,
 * plausible but wrong (at 1e160, Louvain puts the two people of the heaviest tie apart).
 */
export const MAX_NUMBER = 1e100;

const TOO_LARGE_HINT =
  'write the numbers on a smaller scale (a tie of weight 1 counts as much as one shared event; seniority as a rank such as 1 to 10)';

/** The columns of each file that hold ids (of people or events). */
const ID_COLUMNS: Readonly<Record<RosterFileKind, readonly string[]>> = {
  people: ['id'],
  events: ['id'],
  ties: ['source', 'target'],
  attendance: ['person', 'event'],
};

/** Printable ASCII only: nothing to normalise or remove (the common case, tested first). */
const PLAIN = /^[\u0020-\u007e]*$/;

/** `U+000B`, for naming an invisible character in a message. */
function codePoints(text: string): string {
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(XML_ILLEGAL_CHARS.source, 'g'))) {
    found.add(`U+${(m[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...found].join(', ');
}

/**
 * The rows of a table, each cell made safe to carry in every output first:
 *
 * - an id (person or event, in any file) is normalised to Unicode NFC, so that the composed and
 *   decomposed forms of `José` (as macOS and Windows may write them) are one id; a
 *   `CSV_UNICODE_FORM` warning says where it changed;
 * - an id holding a character XML 1.0 cannot carry (a control character other than tab, line
 *   feed and carriage return, U+FFFE, U+FFFF, a lone surrogate) stops the import with
 *   `CSV_INVALID_ID`: GEXF and GraphML could not hold it, and removing it could merge two ids;
 * - any other cell loses such characters, with a `CSV_CONTROL_CHARACTER` warning, so that
 *   graph.json, GEXF and GraphML say the same.
 *
 * A row with an invalid id is not yielded (the import stops anyway).
 */
function* rows(loaded: LoadedTable) {
  const ids = new Map<number, string>();
  for (const key of ID_COLUMNS[loaded.report.kind] as readonly string[]) {
    const i = loaded.cols.index.get(key);
    if (i !== undefined) ids.set(i, key);
  }
  const header = loaded.table.header;
  nextRow: for (const row of loaded.table.rows) {
    const cells = row.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as string;
      if (PLAIN.test(cell)) continue;
      const at = { line: row.line, column: header[i]?.name ?? `field ${i + 1}`, columnIndex: i, value: cell };
      const id = ids.get(i);
      if (id !== undefined) {
        if (hasXmlIllegalChars(cell)) {
          loaded.issues.stop(
            'CSV_INVALID_ID',
            `${id} ${JSON.stringify(cell)} holds ${codePoints(cell)}, which XML 1.0 cannot carry: graph.gexf and graph.graphml could not hold this id`,
            { ...at, hint: 'remove the invisible character from this id, here and wherever the id is used' },
          );
          continue nextRow;
        }
        const nfc = cell.normalize('NFC');
        if (nfc !== cell) {
          cells[i] = nfc;
          loaded.issues.change(
            'CSV_UNICODE_FORM',
            `${id} ${JSON.stringify(cell)} is written in decomposed Unicode (NFD); read as its composed form (NFC), so both forms are one id`,
            at,
          );
        }
      } else if (hasXmlIllegalChars(cell)) {
        cells[i] = cell.replace(XML_ILLEGAL_CHARS, '');
        loaded.issues.change(
          'CSV_CONTROL_CHARACTER',
          `${JSON.stringify(cell)} holds ${codePoints(cell)}, which XML 1.0 cannot carry; removed, giving ${JSON.stringify(cells[i])}`,
          { ...at, hint: 'remove the invisible character in the spreadsheet to silence this warning' },
        );
      }
    }
    yield new RowReader(loaded, row);
  }
}

/** A people column's recoding and missing codes (keys trimmed, NFC, lower case). */
export interface ColumnCoding {
  column: string;
  recode: Map<string, string>;
  missing: Set<string>;
}

/** Counts the import's automatic mappings, for `roster.mappings`. */
export class MappingCounter {
  private readonly counts = new Map<string, ImportMapping>();

  add(file: RosterFileKind, kind: ImportMapping['kind'], column: string, from: string, to: string, rows = 1): void {
    const key = [file, kind, column, from.trim().normalize('NFC').toLowerCase(), to].join('\u0000');
    const known = this.counts.get(key);
    if (known) known.rows += rows;
    else this.counts.set(key, { file, kind, column, from: from.trim(), to, rows });
  }

  /** The mappings in file order (as `files` lists them), then by kind, column and value. */
  list(files: readonly FileReport[]): ImportMapping[] {
    const order = files.map((f) => f.kind);
    const kinds = ['header', 'track', 'recode', 'missing'];
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.counts.values()].sort(
      (a, b) =>
        order.indexOf(a.file) - order.indexOf(b.file) ||
        kinds.indexOf(a.kind) - kinds.indexOf(b.kind) ||
        cmp(a.column, b.column) ||
        cmp(a.from, b.from) ||
        cmp(a.to, b.to),
    );
  }
}

export function readPeople(
  loaded: LoadedTable | undefined,
  opts: { tracks: Record<string, string>; codings?: ReadonlyMap<number, ColumnCoding>; mappings?: MappingCounter },
): Person[] {
  if (!loaded) return [];
  const people: Person[] = [];
  const seen = new Map<string, number>();
  const codings = opts.codings ?? new Map<number, ColumnCoding>();
  for (const r of rows(loaded)) {
    // Missing codes read as empty, recoded values as the value meant, before anything reads them.
    for (const [i, coding] of codings) {
      const cell = r.row.cells[i] ?? '';
      if (cell.trim() === '') continue;
      const key = cell.trim().normalize('NFC').toLowerCase();
      const recoded = coding.recode.get(key);
      if (coding.missing.has(key) || (recoded !== undefined && coding.missing.has(recoded.trim().toLowerCase()))) {
        r.row.cells[i] = '';
        opts.mappings?.add('people', 'missing', coding.column, cell, '');
      } else if (recoded !== undefined) {
        r.row.cells[i] = recoded;
        opts.mappings?.add('people', 'recode', coding.column, cell, recoded);
      }
    }
    const id = r.get('id');
    if (id === '') {
      r.skip('CSV_MISSING_ID', 'id', 'person without an id');
      continue;
    }
    if (RESERVED_IDS.has(id)) {
      // graphology (like any object-keyed index) cannot hold these keys safely.
      r.stop(
        'CSV_RESERVED_ID',
        'id',
        `person id "${id}" is a name JavaScript reserves for objects`,
        id,
        'rename this id (e.g. add a prefix) here and in the other files',
      );
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      r.stop(
        'CSV_DUPLICATE_ID',
        'id',
        `person id "${id}" already used on line ${first}`,
        id,
        'give each person one row with a unique id',
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
        r.keep(
          'CSV_UNKNOWN_TRACK',
          'track',
          `unknown track "${rawTrack}"; kept as written, not counted as a decision-maker`,
          rawTrack,
          'use 1, 1.5, 2 or 3 (or I, II, Track II ...), or map the label in the config ("tracks")',
        );
      } else {
        track = canonical;
        if (rawTrack.trim() !== canonical) opts.mappings?.add('people', 'track', 'track', rawTrack, canonical);
      }
    }
    const person: Person = {
      id,
      name: r.get('name') || id,
      track,
      // Set once every file is read, by the decision-maker rules (decision-makers.ts).
      isDecisionMaker: false,
      extra: r.extra(),
      source: loaded.table.source,
      line: r.row.line,
    };
    for (const key of ['sector', 'organisation', 'country', 'side', 'school', 'gender'] as const) {
      const v = r.get(key);
      if (v !== '') person[key] = v;
    }
    const ideology = readNumber(r, 'ideology', { min: -1, max: 1 });
    if (ideology !== undefined) person.ideology = ideology;
    const seniority = readNumber(r, 'seniority', {});
    if (seniority !== undefined) person.seniority = seniority;

    people.push(person);
    r.use();
  }
  return people;
}

function readNumber(r: RowReader, key: string, range: { min?: number; max?: number }): number | undefined {
  const text = r.get(key);
  if (text === '') return undefined;
  const value = parseNumber(text, r.delimiter());
  if (value === undefined) {
    r.drop('CSV_BAD_NUMBER', key, `expected a number, got "${text}"; value dropped`, text);
    return undefined;
  }
  if (!(Math.abs(value) <= MAX_NUMBER)) {
    r.stop('CSV_NUMBER_TOO_LARGE', key, `${key} ${text} is beyond ±1e100`, text, TOO_LARGE_HINT);
    return undefined;
  }
  if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
    r.drop('CSV_OUT_OF_RANGE', key, `${key} must be in [${range.min}, ${range.max}], got ${text}; value dropped`, text);
    return undefined;
  }
  return value;
}

function readDate(r: RowReader, key: string): string | undefined {
  const text = r.get(key);
  if (text === '') return undefined;
  const d = parseDate(text);
  if (d === undefined) {
    r.drop(
      'CSV_BAD_DATE',
      key,
      `expected an ISO date (YYYY-MM-DD), got "${text}"; value dropped`,
      text,
      'write dates as 2023-04-17; 04/05/2023 is ambiguous',
    );
  }
  return d;
}

export function readEvents(loaded: LoadedTable): RosterEvent[] {
  const events: RosterEvent[] = [];
  const seen = new Map<string, number>();
  for (const r of rows(loaded)) {
    const id = r.get('id');
    if (id === '') {
      r.skip('CSV_MISSING_ID', 'id', 'event without an id');
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      r.stop('CSV_DUPLICATE_ID', 'id', `event id "${id}" already used on line ${first}`, id);
      continue;
    }
    seen.set(id, r.row.line);
    const event: RosterEvent = { id, name: r.get('name') || id, extra: r.extra(), line: r.row.line };
    const date = readDate(r, 'date');
    if (date !== undefined) event.date = date;
    for (const key of ['initiative', 'round', 'format', 'location'] as const) {
      const v = r.get(key);
      if (v !== '') event[key] = v;
    }
    events.push(event);
    r.use();
  }
  return events;
}

export function readTies(loaded: LoadedTable, personIds: Set<string>): Tie[] {
  const ties: Tie[] = [];
  const seen = new Map<string, number>();
  let totalWeight = 0;
  let totalReported = false;
  for (const r of rows(loaded)) {
    const source = r.get('source');
    const target = r.get('target');
    if (source === '' || target === '') {
      const key = source === '' ? 'source' : 'target';
      r.skip('CSV_MISSING_ID', key, `tie without a ${key}`);
      continue;
    }
    const unknown = !personIds.has(source) ? 'source' : !personIds.has(target) ? 'target' : undefined;
    if (unknown) {
      const id = r.get(unknown);
      r.skip(
        'CSV_UNKNOWN_NODE',
        unknown,
        `tie names person "${id}", who is not in the people file; tie skipped`,
        id,
        'add the person to the people file or correct the id',
      );
      continue;
    }
    if (source === target) {
      r.skip('CSV_SELF_TIE', 'target', `tie from "${source}" to themself; tie skipped`, target);
      continue;
    }
    let weight = 1;
    const weightText = r.get('weight');
    if (weightText !== '') {
      const w = parseNumber(weightText, r.delimiter());
      if (w === undefined) {
        r.skip('CSV_BAD_NUMBER', 'weight', `expected a number, got "${weightText}"; tie skipped`, weightText);
        continue;
      }
      if (!(w <= MAX_NUMBER)) {
        r.stop('CSV_NUMBER_TOO_LARGE', 'weight', `weight ${weightText} is beyond 1e100`, weightText, TOO_LARGE_HINT);
        continue;
      }
      if (!(w > 0)) {
        r.skip(
          'CSV_OUT_OF_RANGE',
          'weight',
          `weight must be greater than 0, got ${weightText}; tie skipped`,
          weightText,
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
        r.drop(
          'CSV_BAD_BOOLEAN',
          'directed',
          `expected true or false, got "${directedText}"; tie read as undirected`,
          directedText,
        );
      } else directed = d;
    }
    const type = r.get('type') || 'tie';
    const key = directed
      ? `${source}\u0000${target}\u0000${type}\u0000d`
      : `${[source, target].sort().join('\u0000')}\u0000${type}\u0000u`;
    const first = seen.get(key);
    if (first !== undefined) {
      r.skip('CSV_DUPLICATE_TIE', 'target', `same ${type} tie as on line ${first}; duplicate skipped`, target);
      continue;
    }
    seen.set(key, r.row.line);
    // The person graph adds the weights of the ties between two people into one link, and the
    // measures add and multiply the links' weights: the total stays within MAX_NUMBER (one error).
    totalWeight += weight;
    if (!(totalWeight <= MAX_NUMBER) && !totalReported) {
      totalReported = true;
      r.stop(
        'CSV_NUMBER_TOO_LARGE',
        'weight',
        `the tie weights up to this row add up to ${totalWeight}, beyond 1e100`,
        weightText,
        TOO_LARGE_HINT,
      );
      continue;
    }
    const tie: Tie = { source, target, type, weight, directed, extra: r.extra(), line: r.row.line };
    for (const k of ['date', 'start', 'end'] as const) {
      const d = readDate(r, k);
      if (d !== undefined) tie[k] = d;
    }
    const evidence = r.get('evidence');
    if (evidence !== '') tie.evidence = evidence;
    ties.push(tie);
    r.use();
  }
  return ties;
}

export function readAttendance(
  loaded: LoadedTable,
  personIds: Set<string>,
  eventIds: Set<string>,
  haveEvents: boolean,
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
      r.skip('CSV_MISSING_ID', key, `attendance without a ${key}`);
      continue;
    }
    if (!personIds.has(person)) {
      r.skip(
        'CSV_UNKNOWN_NODE',
        'person',
        `attendance names person "${person}", who is not in the people file; row skipped`,
        person,
      );
      continue;
    }
    // Without an events file, any event id is accepted (events are known only by their ids).
    if (haveEvents && !eventIds.has(event)) {
      r.skip(
        'CSV_UNKNOWN_NODE',
        'event',
        `attendance names event "${event}", which is not in the events file; row skipped`,
        event,
      );
      continue;
    }
    const p = number(personNo, person);
    const e = number(eventNo, event);
    // Exact below 2^26 distinct people and events (key < 2^53); beyond, a string key.
    const key = p < 2 ** 26 && e < 2 ** 26 ? p * 2 ** 26 + e : `${person}\u0000${event}`;
    const first = seen.get(key);
    if (first !== undefined) {
      r.skip(
        'CSV_DUPLICATE_TIE',
        'event',
        `"${person}" at "${event}" already listed on line ${first}; duplicate skipped`,
        event,
      );
      continue;
    }
    seen.set(key, r.row.line);
    const a: Attendance = { person, event, extra: r.extra(), line: r.row.line };
    const role = r.get('role');
    if (role !== '') a.role = role;
    out.push(a);
    r.use();
  }
  return out;
}
