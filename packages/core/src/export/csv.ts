/**
 * CSV output
 * ==========
 *
 * Serialises rows to CSV text (csv-stringify, browser ESM build, so the core stays
 * isomorphic). Three guarantees:
 *
 * - **No formula injection** (OWASP "CSV Injection"): a text cell that begins with `=`, `+`,
 *   `-`, `@`, tab or carriage return is prefixed with a single quote `'`, so a spreadsheet shows
 *   it as text instead of running it. Numbers are never prefixed (`-0.5` stays a number).
 * - **Semicolon locales**: Excel in a locale whose list separator is `;` (much of Europe) opens
 *   a `.csv` by splitting every line at `;`, and honours a quote only at the start of a field.
 *   So a cell containing `;` is always quoted, and a formula character right after a `;` inside a
 *   cell is prefixed with `'` too: a list cell (an array, joined with `;`) `['e1', '=e2']` is
 *   written `"e1;'=e2"`, and the name `x;=1+1` is written `"x;'=1+1"`. Whichever way the line is
 *   split, no piece starts a formula. Commas, quotes and line breaks are quoted as usual.
 * - **Lossless numbers**: a number is written with JavaScript's shortest round-trip form
 *   (`String(x)`), so reading it back gives the same double. `null`, `undefined` and
 *   non-finite numbers are written as empty cells.
 *
 * References: OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection
 */

import { stringify } from 'csv-stringify/browser/esm/sync';

/** A formula character at the start of the text or right after a `;`. */
const FORMULA_START = /(^|;)([=+\-@\t\r])/g;

/** Rows per csv-stringify call when writing in chunks (see `toCsvChunks`). */
const ROWS_PER_CHUNK = 1000;

const STRINGIFY_OPTIONS = { eof: true, record_delimiter: 'unix', quoted_match: /;/ } as const;

/** Text that cannot start a formula: `'` before `= + - @`, tab or CR at the start or after a `;`. */
function guardText(text: string): string {
  return text.replace(FORMULA_START, "$1'$2");
}

/** Makes one cell safe for spreadsheets. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return guardText(Array.isArray(value) ? value.map((v) => String(v)).join(';') : String(value));
}

/**
 * Writes rows as CSV with the given columns (header first). Line ends are `\n`; fields are
 * quoted when they contain the delimiter, `;`, a quote or a line break.
 */
export function toCsv<T extends Record<string, unknown>>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
): string {
  return [...toCsvChunks(rows, columns)].join('');
}

/**
 * `toCsv` in pieces, for writing a large table to a file without building one string: the
 * header, then the rows a thousand at a time. The pieces joined are exactly `toCsv`'s text.
 * Rows are read lazily, so `rows` can be a generator.
 */
export function* toCsvChunks<T extends Record<string, unknown>>(
  rows: Iterable<T>,
  columns: readonly (keyof T & string)[],
): Generator<string> {
  yield stringify([columns.map((c) => csvCell(c))], STRINGIFY_OPTIONS);
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(columns.map((c) => csvCell(row[c])));
    if (batch.length === ROWS_PER_CHUNK) {
      yield stringify(batch, STRINGIFY_OPTIONS);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, STRINGIFY_OPTIONS);
}
