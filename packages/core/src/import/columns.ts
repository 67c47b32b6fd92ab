/**
 * Column resolution
 * =================
 *
 * Which header of a table is which canonical column (`id`, `name`, `source` ...), before any row
 * is read: the user's mapping (`--column`, `"columns"` in the config) first, then the canonical
 * name, then its aliases, all compared after `normaliseHeader`. A header that is none of them is
 * an extra column, kept as an attribute under its own name (renamed `<name>_input` when trackmap
 * computes or JavaScript reserves that name). See docs/roster-format.md, "Columns".
 */

import { RESERVED_PERSON_ATTRIBUTES, type RosterFileKind } from '../types.js';
import type { CsvTable } from './csv-table.js';
import type { FileIssues } from './issues.js';
import { normaliseHeader, ROSTER_COLUMNS } from './roster-schema.js';

/** Ids that are properties of every JavaScript object (`__proto__`, `constructor`, `toString` ...). */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Resolved columns of one table. */
export interface ColumnMap {
  /** canonical key → column index */
  index: Map<string, number>;
  /** extra columns: index → attribute name */
  extra: Map<number, string>;
  /** canonical key → header as written */
  report: Record<string, string>;
}

/**
 * Resolves the columns of one table.
 *
 * @param kind - which roster file the table is.
 * @param table - the table read (its header and its own issues).
 * @param mapping - canonical key → header as written, from the user.
 * @param issues - where duplicate, reserved and missing columns are reported.
 */
export function resolveColumns(
  kind: RosterFileKind,
  table: CsvTable,
  mapping: Record<string, string>,
  issues: FileIssues,
): ColumnMap {
  const specs = ROSTER_COLUMNS[kind];
  const index = new Map<string, number>();
  const extra = new Map<number, string>();
  const report: Record<string, string> = {};
  const mapped = new Map<string, string>(); // normalised header → canonical key (user mapping)
  for (const [key, header] of Object.entries(mapping)) mapped.set(normaliseHeader(header), key);
  if (table.issues.some((i) => i.code === 'CSV_SYNTAX')) return { index, extra, report };

  // Sets, not scans: a file may have very many columns.
  const extraHeaders = new Set<string>();
  const extraNames = new Set<string>();
  for (const cell of table.header) {
    const at = { line: 1, column: cell.name, columnIndex: cell.index };
    const norm = normaliseHeader(cell.name);
    const key =
      mapped.get(norm) ??
      specs.find((s) => s.key === norm && !Object.hasOwn(mapping, s.key))?.key ??
      specs.find((s) => s.aliases.includes(norm) && !Object.hasOwn(mapping, s.key))?.key;
    if (key === undefined) {
      if (extraHeaders.has(norm)) {
        issues.stop('CSV_DUPLICATE_COLUMN', `two columns are named "${cell.name}"`, {
          ...at,
          hint: 'rename one of them: both would be kept under the same name',
        });
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
        issues.rename(
          'CSV_RESERVED_COLUMN',
          `column "${cell.name}" is a name trackmap computes or JavaScript reserves; kept as "${attr}"`,
          at,
        );
      }
      extra.set(cell.index, attr);
      extraHeaders.add(norm);
      extraNames.add(attr);
      continue;
    }
    if (index.has(key)) {
      issues.stop('CSV_DUPLICATE_COLUMN', `two columns mean "${key}": "${report[key]}" and "${cell.name}"`, {
        ...at,
        hint: 'rename or delete one of them, or map one explicitly with --column',
      });
      continue;
    }
    index.set(key, cell.index);
    report[key] = cell.name;
  }
  for (const spec of specs) {
    if (spec.required && !index.has(spec.key) && table.header.length > 0) {
      const wanted = mapping[spec.key] ?? spec.key;
      issues.stop(
        'CSV_MISSING_COLUMN',
        `required column "${wanted}" not found (header: ${table.header.map((h) => h.name).join(', ')})`,
        {
          line: 1,
          column: wanted,
          hint: `add a "${spec.key}" column, or say which column it is with --column ${kind}.${spec.key}=NAME`,
        },
      );
    }
  }
  if (table.header.length === 0 && !table.issues.some((i) => i.level === 'error')) {
    issues.stop('CSV_MISSING_COLUMN', 'the file is empty (no header line)', { line: 1 });
  }
  return { index, extra, report };
}

/** The column a decision-maker rule reads. */
export type RuleColumn = { kind: 'track' } | { kind: 'known'; key: string } | { kind: 'extra'; key: string };

/**
 * Finds the column a decision-maker rule names: a canonical column, an alias or mapped header
 * of one, or an extra column, matched like headers. Returns `undefined` when it names no column
 * of the table (the caller decides what that means).
 */
export function findRuleColumn(cols: ColumnMap, column: string): RuleColumn | undefined {
  const norm = normaliseHeader(column);
  const known = ROSTER_COLUMNS.people.find((s) => s.key === norm || s.aliases.includes(norm))?.key;
  const byHeader = Object.entries(cols.report).find(([, header]) => normaliseHeader(header) === norm)?.[0];
  const key = byHeader ?? known;
  if (key === 'track') return { kind: 'track' };
  if (key !== undefined && cols.index.has(key)) return { kind: 'known', key };
  const extra = [...cols.extra.values()].find((n) => normaliseHeader(n) === norm);
  if (extra !== undefined) return { kind: 'extra', key: extra };
  return undefined;
}
