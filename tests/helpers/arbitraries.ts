/**
 * Generators and oracles for the property-based tests of the importer
 * (tests/import/properties.test.ts, described in docs/fuzzing.md).
 *
 * - `fuzz`: runs and seed, bounded for CI, raised with `TRACKMAP_FUZZ_RUNS` / `TRACKMAP_FUZZ_SEED`.
 * - `DOCUMENTED_CODES`: the issue codes listed in docs/roster-format.md, read from the file itself,
 *   so a code that the importer emits but the documentation does not list fails the properties.
 * - `expectTypedOutcome`: the contract every import must keep, whatever the input: it returns with
 *   consistent accounting, or throws a typed error whose issues are documented and positioned.
 * - `csvFile`: a CSV file as a spreadsheet could write it (header of known columns under any alias,
 *   case and spacing, extra columns, any delimiter, line end, BOM, blank lines, trailing empty
 *   columns, cells with delimiters, quotes, line breaks and Unicode), together with what an import
 *   must find in it (rows, their lines, ids, extra values).
 * - `mutation`: small edits of a CSV text (delete/insert a character, duplicate/swap/delete lines,
 *   truncate, change an id).
 */

import { readFileSync } from 'node:fs';
import {
  type CsvDelimiter,
  type ImportIssue,
  type ParseRosterResult,
  RESERVED_PERSON_ATTRIBUTES,
  ROSTER_COLUMNS,
  type RosterFileKind,
  RosterImportError,
  TrackmapError,
} from '@trackmap/core';
import fc from 'fast-check';
import { expect } from 'vitest';
import { decodeCsvBytes } from '../../packages/core/src/import/decode.js';
import { normaliseHeader } from '../../packages/core/src/import/roster-schema.js';
import { repo } from './paths.js';

// ---------------------------------------------------------------------------------------------
// Runs and seed
// ---------------------------------------------------------------------------------------------

const envRuns = Number.parseInt(process.env.TRACKMAP_FUZZ_RUNS ?? '', 10);
const envSeed = Number.parseInt(process.env.TRACKMAP_FUZZ_SEED ?? '', 10);

export const fuzz = {
  /** True when a campaign was asked for with TRACKMAP_FUZZ_RUNS. */
  campaign: Number.isInteger(envRuns) && envRuns > 0,
  /** Base seed; property k uses `seed + k` so the properties do not share a random stream. */
  seed: Number.isInteger(envSeed) ? envSeed : 20261122,
  /** Runs of one property: the CI default, or TRACKMAP_FUZZ_RUNS for a campaign. */
  runs(ciDefault: number): number {
    return this.campaign ? envRuns : ciDefault;
  },
  /** Vitest timeout for a property: generous for campaigns, the project default otherwise. */
  timeout(ciDefault: number, msPerRun: number): number {
    return Math.max(60_000, this.runs(ciDefault) * msPerRun * 4);
  },
};

// ---------------------------------------------------------------------------------------------
// The documented contract
// ---------------------------------------------------------------------------------------------

/** Issue codes of the table "Problems: errors and warnings" in docs/roster-format.md. */
export const DOCUMENTED_CODES: ReadonlySet<string> = new Set(
  [...readFileSync(repo('docs/roster-format.md'), 'utf8').matchAll(/^\|\s*`(CSV_[A-Z0-9_]+)`\s*\|/gm)].map(
    (m) => m[1] as string,
  ),
);

/** Object.prototype's own property names: `__proto__`, `constructor`, `toString` ... */
export const OBJECT_PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

/** Physical lines of a text as an editor counts them (CRLF, CR and LF each end one line). */
export function physicalLines(text: string): number {
  return (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

export interface FileUnderTest {
  name: string;
  text?: string;
  bytes?: Uint8Array;
}

function textOf(file: FileUnderTest): string {
  return file.text ?? decodeCsvBytes(file.bytes ?? new Uint8Array()).text;
}

function expectIssueWellFormed(issue: ImportIssue, files: readonly FileUnderTest[]): void {
  expect(DOCUMENTED_CODES.has(issue.code), `undocumented code ${issue.code}`).toBe(true);
  expect(['error', 'warning']).toContain(issue.level);
  if (issue.line !== undefined) {
    expect(Number.isInteger(issue.line) && issue.line >= 1, `line ${issue.line} of ${issue.code}`).toBe(true);
    const file = files.find((f) => f.name === issue.source);
    if (file) {
      const lines = physicalLines(textOf(file));
      expect(issue.line, `${issue.code} at line ${issue.line} of a ${lines}-line file`).toBeLessThanOrEqual(lines);
    }
  }
  if (issue.source !== undefined) expect(files.map((f) => f.name)).toContain(issue.source);
}

export type Outcome = { ok: true; result: ParseRosterResult } | { ok: false; error: TrackmapError };

/**
 * Runs an import and checks the contract that holds for any input:
 *
 * - it returns, or throws a `TrackmapError` (a `RosterImportError` for bad data), never a
 *   TypeError or RangeError;
 * - every issue has a documented code and, when it has a line, a line of the file (1-based);
 * - a thrown `RosterImportError` holds at least one error;
 * - on success: only warnings; for every file `rowsRead = rowsUsed + rowsSkipped`, `rowsUsed` is
 *   the number of rows in the roster, `rowsSkipped` the number of `row-skipped` warnings of that
 *   file (no row disappears without an issue); every person is a node of the graph under its id.
 */
export function expectTypedOutcome(run: () => ParseRosterResult, files: readonly FileUnderTest[]): Outcome {
  let result: ParseRosterResult;
  try {
    result = run();
  } catch (error) {
    if (!(error instanceof TrackmapError)) throw error; // fast-check reports it with the shrunk input
    if (error instanceof RosterImportError) {
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.issues.some((i) => i.level === 'error')).toBe(true);
      for (const issue of error.issues) expectIssueWellFormed(issue, files);
    }
    return { ok: false, error };
  }
  const { roster, graph, issues } = result;
  for (const issue of issues) {
    expectIssueWellFormed(issue, files);
    expect(issue.level).toBe('warning');
  }
  const used: Record<RosterFileKind, number> = {
    people: roster.people.length,
    ties: roster.ties.length,
    events: roster.events.length,
    attendance: roster.attendance.length,
  };
  for (const f of roster.files) {
    expect(f.rowsRead, `${f.source}: read = used + skipped`).toBe(f.rowsUsed + f.rowsSkipped);
    expect(f.rowsUsed, `${f.source}: used = rows in the roster`).toBe(used[f.kind]);
    const skippedIssues = issues.filter((i) => i.source === f.source && i.action === 'row-skipped').length;
    expect(f.rowsSkipped, `${f.source}: skipped = row-skipped warnings`).toBe(skippedIssues);
  }
  expect(new Set(roster.people.map((p) => p.id)).size).toBe(roster.people.length);
  expect(graph.order).toBe(roster.people.length);
  for (const p of roster.people) expect(graph.hasNode(p.id), `person ${JSON.stringify(p.id)} in graph`).toBe(true);
  for (const t of roster.ties) expect(graph.hasEdge(t.source, t.target)).toBe(true);
  return { ok: true, result };
}

// ---------------------------------------------------------------------------------------------
// Bytes
// ---------------------------------------------------------------------------------------------

/** Bytes that matter to a CSV reader: delimiters, quotes, line ends, BOMs, UTF-8 lead bytes. */
const CSV_BYTES = [
  0x2c, 0x3b, 0x09, 0x22, 0x0d, 0x0a, 0x20, 0x61, 0x62, 0x31, 0x2e, 0x2d, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xc3, 0xa9,
  0x80, 0x00,
];

/**
 * Any bytes: uniform bytes; bytes made mostly of CSV-significant ones; or a valid header line
 * followed by such bytes (so that random content gets past the header into the rows).
 */
export const anyBytes = (maxLength: number, header?: string) => {
  const csvish = fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CSV_BYTES) }, fc.integer({ min: 0, max: 255 })), {
      maxLength,
    })
    .map((a) => Uint8Array.from(a));
  if (header === undefined) return fc.oneof(fc.uint8Array({ maxLength }), csvish);
  const head = new TextEncoder().encode(header);
  return fc.oneof(
    fc.uint8Array({ maxLength }),
    csvish,
    fc.oneof(fc.uint8Array({ maxLength }), csvish).map((tail) => Uint8Array.from([...head, ...tail])),
  );
};

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

const TRICKY_CHARS = [
  ',',
  ';',
  '\t',
  '"',
  '\n',
  '\r\n',
  '\r',
  ' ',
  "'",
  'a',
  'Z',
  '0',
  'é',
  '€',
  '😀',
  '\u202e',
  '\u00a0',
];

/** Text with delimiters, quotes, line breaks, Unicode; possibly empty or blank. */
export const textCell = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...TRICKY_CHARS), maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.constantFrom('2023-04-17', '2023', '03/04/2021', 'true', 'no', '  padded  ', '=1+1') },
);

const numberCell = fc.oneof(
  fc.double({ min: -1, max: 1, noNaN: true }).map(String),
  fc.integer({ min: -5, max: 10 }).map(String),
  fc.constantFrom('', '0,5', '-0,25', '1e-3', '.5', 'three', '1.2.3', '12 %', 'NaN', 'Infinity', '1,000'),
);

const trackCell = fc.constantFrom(
  '',
  '1',
  'I',
  'Track II',
  'track 1.5',
  '1,5',
  'one and a half',
  'grassroots',
  'III',
  'Official',
  'Track 4',
  'xx',
);

const booleanCell = fc.constantFrom('', 'true', 'FALSE', 'yes', 'n', '1', '0', 'directed', 'maybe');
const dateCell = fc.constantFrom('', '2023', '2023-04', '2023-04-17', '2023-02-30', '03/04/2021', '2023-04-17T10:00');
const weightCell = fc.constantFrom('', '1', '2.5', '0', '-1', '1e3', '0,5', 'abc', '  3  ');

/** An id: any text that is not empty once trimmed (Object.prototype names are property 5's business). */
export const idText = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 10 }),
    fc.string({ unit: fc.constantFrom(...TRICKY_CHARS), minLength: 1, maxLength: 6 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    fc.integer({ min: 0, max: 999 }).map((n) => `p-${n}`),
  )
  .filter((s) => s.trim() !== '' && !OBJECT_PROTOTYPE_NAMES.includes(normaliseEol(s).trim()));

// ---------------------------------------------------------------------------------------------
// A CSV file and what an import must find in it
// ---------------------------------------------------------------------------------------------

export interface ColumnPlan {
  /** Header cell as written (may have case changes, spaces, hyphens). */
  header: string;
  /** Canonical key for a known column. */
  key?: string;
  /** Extra column: the attribute name it must be kept under. */
  attribute?: string;
}

export interface RowPlan {
  /** Cells as generated (before quoting), possibly more or fewer than the header. */
  cells: string[];
  /** 1-based line where the row starts in the written file. */
  line: number;
}

export interface CsvFile {
  text: string;
  delimiter: CsvDelimiter;
  eol: string;
  bom: boolean;
  columns: ColumnPlan[];
  rows: RowPlan[];
}

export function normaliseEol(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

/** A cell's value as the importer keeps it: line ends normalised, surrounding spaces trimmed. */
export function cellValue(raw: string | undefined): string {
  return normaliseEol(raw ?? '').trim();
}

/** Quotes a cell when needed (or when `always`), doubling quotes. */
export function quoteCell(cell: string, always: boolean): string {
  return always || /[,;\t"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Header spellings: `Full Name`, `FULL-NAME`, ` full_name `. */
function styledHeader(name: string) {
  return fc
    .record({
      sep: fc.constantFrom('_', ' ', '-', ' - ', '__'),
      casing: fc.constantFrom('lower', 'upper', 'title', 'as-is'),
      pad: fc.constantFrom('', ' ', '  '),
    })
    .map(({ sep, casing, pad }) => {
      let s = name.replace(/_/g, sep);
      if (casing === 'upper') s = s.toUpperCase();
      else if (casing === 'lower') s = s.toLowerCase();
      else if (casing === 'title')
        s = s.replace(/(^|[\s_-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
      return pad + s + pad;
    });
}

/** Extra column names a roster could have; names of computed measures are renamed `<name>_input`. */
export const EXTRA_NAMES = [
  'notes',
  'Email',
  'Région',
  '名前',
  'a,b',
  'say "hi"',
  'two\nlines',
  'degree',
  'PageRank',
  'community',
  'color',
  'then',
  'length',
  'prototype',
];

/**
 * Extra column names that currently lose data (see docs/fuzzing.md): an extra column named like an
 * Object.prototype property, and a column `degree_input` next to a `degree` column (renamed to the
 * same attribute). Left out of property 2 and exercised by their own (failing) property.
 */
export const KNOWN_BAD_EXTRA_NAMES = ['__proto__', 'degree_input'];

function isKnownHeader(kind: RosterFileKind, name: string): boolean {
  const norm = normaliseHeader(name);
  return ROSTER_COLUMNS[kind].some((s) => s.key === norm || s.aliases.includes(norm));
}

/** The attribute an extra column is kept under (docs: CSV_RESERVED_COLUMN). */
export function extraAttribute(kind: RosterFileKind, header: string): string {
  const name = cellValue(header);
  const norm = normaliseHeader(name);
  return kind === 'people' && RESERVED_PERSON_ATTRIBUTES.some((r) => r.toLowerCase() === norm) ? `${name}_input` : name;
}

export interface CsvFileOptions {
  kind: RosterFileKind;
  /** Extra column names to draw from (random names are added). */
  extraNames?: readonly string[];
  /** Cell generator for a known column (default: text). */
  cellFor?: (key: string) => fc.Arbitrary<string>;
  /** At most this many data rows. */
  maxRows?: number;
  /** Required columns are left out with this probability (1 in n). */
  dropRequiredOneIn?: number;
}

/** Cells of the known people and ties columns. */
export function defaultCellFor(key: string, idPool?: readonly string[]): fc.Arbitrary<string> {
  switch (key) {
    case 'ideology':
    case 'seniority':
      return numberCell;
    case 'track':
      return trackCell;
    case 'weight':
      return weightCell;
    case 'directed':
      return booleanCell;
    case 'date':
    case 'start':
    case 'end':
      return dateCell;
    case 'source':
    case 'target':
      return idPool
        ? fc.oneof(
            { weight: 8, arbitrary: fc.constantFrom(...idPool) },
            { weight: 1, arbitrary: fc.constantFrom('', ' ', 'nobody') },
            { weight: 1, arbitrary: fc.constantFrom(...idPool).map((id) => ` ${id} `) },
          )
        : textCell;
    default:
      return textCell;
  }
}

/**
 * A CSV file of one kind, serialised with proper quoting, with the plan it was written from.
 * Rows may be ragged (more non-empty cells, or fewer cells) or all empty; ids may repeat.
 */
export function csvFile(options: CsvFileOptions): fc.Arbitrary<CsvFile> {
  const { kind, maxRows = 8, dropRequiredOneIn = 15 } = options;
  const specs = ROSTER_COLUMNS[kind];
  const cellFor = options.cellFor ?? ((key: string) => defaultCellFor(key));
  const pool = [...(options.extraNames ?? EXTRA_NAMES)];

  const knownColumns = fc
    .tuple(
      fc.shuffledSubarray([...specs]),
      fc.array(fc.nat({ max: 99 }), { minLength: specs.length, maxLength: specs.length }),
    )
    .chain(([chosen, dropRoll]) => {
      const required = specs.filter(
        (s, i) => s.required && !chosen.includes(s) && (dropRoll[i] as number) % dropRequiredOneIn !== 0,
      );
      const all = [...required, ...chosen];
      return fc.tuple(
        ...all.map((s) =>
          fc
            .constantFrom(s.key, ...s.aliases)
            .chain(styledHeader)
            .map((header): ColumnPlan => ({ header, key: s.key })),
        ),
      );
    })
    .chain((cols) => fc.shuffledSubarray(cols, { minLength: cols.length }));

  const extraName = fc.oneof(
    fc.constantFrom(...pool),
    fc.string({ minLength: 1, maxLength: 10 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
  );
  const extraColumns = fc.uniqueArray(extraName, { maxLength: 3, selector: (n) => normaliseHeader(n) }).map((names) =>
    names
      .filter((n) => n.trim() !== '' && !isKnownHeader(kind, n) && !/^column_\d+$/.test(normaliseHeader(n)))
      .filter(
        (n) => !KNOWN_BAD_EXTRA_NAMES.some((bad) => normaliseHeader(bad) === normaliseHeader(n)) || pool.includes(n),
      )
      .map((n): ColumnPlan => ({ header: n, attribute: extraAttribute(kind, n) })),
  );

  // Sometimes a column twice (documented error CSV_DUPLICATE_COLUMN).
  const columns = fc
    .tuple(knownColumns, extraColumns)
    .chain(([known, extra]) => {
      const all = [...known, ...extra];
      return fc.tuple(fc.shuffledSubarray(all, { minLength: all.length }), fc.nat({ max: 29 }), fc.nat());
    })
    .map(([cols, dupRoll, from]) => {
      if (dupRoll === 0 && cols.length > 0) {
        const twin = cols[from % cols.length] as ColumnPlan;
        return [...cols, { ...twin, header: twin.header.toUpperCase() }];
      }
      return cols;
    })
    .filter((cols) => cols.length > 0);

  return columns.chain((cols) => {
    const width = cols.length;
    const cell = (c: ColumnPlan) => (c.key ? cellFor(c.key) : textCell);
    const normalRow = fc.tuple(...cols.map(cell));
    const row = fc.oneof(
      { weight: 12, arbitrary: normalRow },
      // ragged: one more non-empty cell
      {
        weight: 1,
        arbitrary: fc.tuple(normalRow, fc.string({ minLength: 1, maxLength: 3 })).map(([r, x]) => [...r, `x${x}`]),
      },
      // ragged: fewer cells (or blank, when what is left is empty)
      { weight: 1, arbitrary: fc.tuple(normalRow, fc.nat()).map(([r, n]) => r.slice(0, n % Math.max(1, width))) },
      // all empty: a blank line for the importer
      { weight: 1, arbitrary: fc.constant(cols.map(() => '')) },
    );
    return fc
      .record({
        rows: fc.array(row, { maxLength: maxRows }),
        // ids repeated on purpose sometimes: the id column copies an earlier row's id
        repeatId: fc.oneof(
          { weight: 10, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.nat()) },
        ),
        delimiter: fc.constantFrom<CsvDelimiter>(',', ';', '\t'),
        eol: fc.constantFrom('\n', '\r\n', '\r'),
        bom: fc.boolean(),
        finalEol: fc.boolean(),
        alwaysQuote: fc.boolean(),
        trailingEmpty: fc.nat({ max: 3 }),
        blankBefore: fc.array(fc.nat({ max: 99 }), { maxLength: 4 }),
        blankKind: fc.constantFrom('empty', 'spaces', 'delimiters'),
      })
      .map((r): CsvFile => {
        // A header of one cell shows no delimiter: the importer then reads commas (documented
        // detection), so a one-column file is written with commas.
        const delimiter: CsvDelimiter = width + r.trailingEmpty > 1 ? r.delimiter : ',';
        // Excel's trailing empty columns are part of what is written, header included
        const pad = Array.from({ length: r.trailingEmpty }, () => '');
        const rows = r.rows.map((cells) => [...cells, ...pad]);
        const idCol = cols.findIndex((c) => c.key === 'id');
        if (r.repeatId && idCol >= 0 && rows.length >= 2) {
          const [a, b] = r.repeatId;
          const from = rows[a % rows.length] as string[];
          const to = rows[b % rows.length] as string[];
          if (from !== to && from.length > idCol && to.length > idCol) to[idCol] = from[idCol] as string;
        }
        const blank = r.blankKind === 'empty' ? '' : r.blankKind === 'spaces' ? '  ' : delimiter.repeat(width);
        const record = (cells: string[]) => cells.map((c) => quoteCell(c, r.alwaysQuote)).join(delimiter);
        // records: header, then rows; blank lines inserted before the records that drew them
        const parts: string[] = [];
        const rowLines: number[] = [];
        let line = 1;
        const push = (s: string) => {
          parts.push(s);
          line += physicalLines(s); // the text plus its line end
        };
        const blanksBefore = (index: number) => r.blankBefore.filter((b) => b % (rows.length + 1) === index).length;
        for (let i = 0; i < blanksBefore(0); i++) push(blank);
        push(record([...cols.map((c) => c.header), ...pad]));
        rows.forEach((cells, i) => {
          for (let k = 0; k < blanksBefore(i + 1); k++) push(blank);
          rowLines.push(line);
          push(record(cells));
        });
        let text = parts.join(r.eol);
        if (r.finalEol) text += r.eol;
        return {
          text: (r.bom ? '\uFEFF' : '') + text,
          delimiter,
          eol: r.eol,
          bom: r.bom,
          columns: cols,
          rows: rows.map((cells, i) => ({ cells, line: rowLines[i] as number })),
        };
      });
  });
}

export interface ExpectedRow {
  line: number;
  /** The row's trimmed cells by header position. */
  values: string[];
}

export interface ExpectedTable {
  /** Data rows read (rows with at least one non-empty cell). */
  read: ExpectedRow[];
  /** Rows of the header's shape (not ragged). */
  shaped: ExpectedRow[];
  /** Documented errors the file must raise (before cross-row checks). */
  columnErrors: Set<string>;
}

/** What readCsvTable and the column mapping must make of a generated file (docs/roster-format.md). */
export function expectedTable(kind: RosterFileKind, file: CsvFile): ExpectedTable {
  const width = file.columns.length;
  const read: ExpectedRow[] = [];
  const shaped: ExpectedRow[] = [];
  for (const row of file.rows) {
    const values = row.cells.map(cellValue);
    if (values.every((v) => v === '')) continue; // blank line
    read.push({ line: row.line, values });
    let last = values.length;
    while (last > width && values[last - 1] === '') last--;
    if (last === width) shaped.push({ line: row.line, values: values.slice(0, width) });
  }
  const columnErrors = new Set<string>();
  const seen = new Set<string>();
  for (const c of file.columns) {
    const id = c.key ?? `extra:${normaliseHeader(c.header)}`;
    if (seen.has(id)) columnErrors.add('CSV_DUPLICATE_COLUMN');
    seen.add(id);
  }
  for (const spec of ROSTER_COLUMNS[kind]) {
    if (spec.required && !file.columns.some((c) => c.key === spec.key)) columnErrors.add('CSV_MISSING_COLUMN');
  }
  // Rows, but none of the header's shape: the header (or the delimiter) is wrong.
  if (read.length > 0 && shaped.length === 0) columnErrors.add('CSV_RAGGED_FILE');
  return { read, shaped, columnErrors };
}

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

export type Mutation =
  | { op: 'delete-char'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'duplicate-line'; line: number }
  | { op: 'swap-lines'; a: number; b: number }
  | { op: 'delete-line'; line: number }
  | { op: 'truncate'; at: number }
  | { op: 'change-id'; line: number; field: number; id: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete-char' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('"', ',', ';', '\t', '\n', '\r\n', '\r', '""', ' ', 'x', 'é', '\uFEFF', '\u0000', '"a,b"'),
  }),
  fc.record({ op: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('delete-line' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('change-id' as const),
    line: fc.nat(),
    field: fc.nat({ max: 3 }),
    id: fc.oneof(fc.constantFrom('', ' ', 'nobody', '"q"', 'ald-01', 'ald-001', 'fac-01'), fc.string({ maxLength: 6 })),
  }),
);

/** Applies a mutation; positions are taken modulo the text's length (or its number of lines). */
export function applyMutation(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const n = lines.length;
  switch (m.op) {
    case 'delete-char': {
      if (text.length === 0) return text;
      const at = m.at % text.length;
      return text.slice(0, at) + text.slice(at + 1);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'duplicate-line': {
      const i = m.line % n;
      lines.splice(i, 0, lines[i] as string);
      return lines.join('\n');
    }
    case 'swap-lines': {
      const a = m.a % n;
      const b = m.b % n;
      [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
      return lines.join('\n');
    }
    case 'delete-line':
      lines.splice(m.line % n, 1);
      return lines.join('\n');
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'change-id': {
      // replaces one field of a line (split naively on its delimiter), quoted if needed
      const i = m.line % n;
      const line = lines[i] as string;
      const delimiter = [';', '\t', ','].find((d) => line.includes(d)) ?? ',';
      const fields = line.split(delimiter);
      fields[m.field % fields.length] = quoteCell(m.id, false);
      lines[i] = fields.join(delimiter);
      return lines.join('\n');
    }
  }
}
