/**
 * CSV output
 * ==========
 *
 * Serialises rows to CSV text (csv-stringify, browser ESM build, so the core stays
 * isomorphic). Two guarantees:
 *
 * - **No formula injection** (OWASP "CSV Injection"): a text cell that begins with `=`, `+`,
 *   `-`, `@`, tab or carriage return is prefixed with a single quote `'`, so a spreadsheet shows
 *   it as text instead of running it. Numbers are never prefixed (`-0.5` stays a number).
 * - **Lossless numbers**: a number is written with JavaScript's shortest round-trip form
 *   (`String(x)`), so reading it back gives the same double. `null`, `undefined` and
 *   non-finite numbers are written as empty cells. Arrays are joined with `;`.
 *
 * References: OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection
 */

import { stringify } from 'csv-stringify/browser/esm/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes one cell safe for spreadsheets. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = Array.isArray(value) ? value.map((v) => String(v)).join(';') : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Writes rows as CSV with the given columns (header first). Line ends are `\n`; fields are
 * quoted when they contain the delimiter, a quote or a line break.
 */
export function toCsv<T extends Record<string, unknown>>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
): string {
  const records = rows.map((row) => columns.map((c) => csvCell(row[c])));
  return stringify([columns.map((c) => csvCell(c)), ...records], { eof: true, record_delimiter: 'unix' });
}
