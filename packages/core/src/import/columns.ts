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

import { formatPosition, TrackmapError } from '../errors.js';
import { RESERVED_PERSON_ATTRIBUTES, type Roster, type RosterFileKind } from '../types.js';
import type { CsvTable } from './csv-table.js';
import type { FileIssues } from './issues.js';
import { hasXmlIllegalChars, normaliseHeader, ROSTER_COLUMNS, XML_ILLEGAL_CHARS } from './roster-schema.js';

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

  // A mapping to a header the file does not have would leave the canonical column unmapped and
  // turn the real one (say `name`) into an extra column: no name anywhere. Stop and say which.
  const unknownMappings = new Set<string>();
  if (table.header.length > 0) {
    const headers = new Set(table.header.map((h) => normaliseHeader(h.name)));
    for (const [key, header] of Object.entries(mapping)) {
      if (headers.has(normaliseHeader(header))) continue;
      unknownMappings.add(key);
      const nearest = nearestHeader(
        header,
        table.header.map((h) => h.name),
      );
      issues.stop(
        'CSV_UNKNOWN_COLUMN',
        `the column mapping ${kind}.${key}="${header}" names no header of this file${nearest !== undefined ? `; did you mean "${nearest}"?` : ''}`,
        {
          line: 1,
          column: header,
          hint: `correct --column ${kind}.${key}=HEADER (or "columns" in the config file) to one of: ${listHeaders(table.header.map((h) => h.name))}`,
        },
      );
    }
  }

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
      if (hasXmlIllegalChars(attr)) {
        attr = attr.replace(XML_ILLEGAL_CHARS, '') || `column_${cell.index + 1}`;
        issues.rename(
          'CSV_CONTROL_CHARACTER',
          `header ${JSON.stringify(cell.name)} holds a character XML 1.0 cannot carry; kept as "${attr}"`,
          at,
        );
      }
      const reserved =
        RESERVED_IDS.has(cell.name) ||
        (kind === 'people' && RESERVED_PERSON_ATTRIBUTES.some((r) => r.toLowerCase() === norm));
      if (reserved) {
        // `_input`, then `_input_2` ... until it clashes with no header of the file
        const headers = new Set(table.header.map((h) => normaliseHeader(h.name)));
        const base = attr;
        attr = `${base}_input`;
        for (let n = 2; headers.has(normaliseHeader(attr)) || extraNames.has(attr); n++) attr = `${base}_input_${n}`;
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
    if (spec.required && !index.has(spec.key) && table.header.length > 0 && !unknownMappings.has(spec.key)) {
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
 * Finds the column a decision-maker rule names in a table of `kind` (default the people file): a
 * canonical column, an alias or mapped header of one, or an extra column, matched like headers.
 * Returns `undefined` when it names no column of the table (the caller decides what that means).
 */
export function findRuleColumn(
  cols: ColumnMap,
  column: string,
  kind: 'people' | 'events' | 'attendance' = 'people',
): RuleColumn | undefined {
  const norm = normaliseHeader(column);
  const known = ROSTER_COLUMNS[kind].find((s) => s.key === norm || s.aliases.includes(norm))?.key;
  const byHeader = Object.entries(cols.report).find(([, header]) => normaliseHeader(header) === norm)?.[0];
  const key = byHeader ?? known;
  if (key === 'track' && kind === 'people') return { kind: 'track' };
  if (key !== undefined && cols.index.has(key)) return { kind: 'known', key };
  const extra = [...cols.extra.values()].find((n) => normaliseHeader(n) === norm);
  if (extra !== undefined) return { kind: 'extra', key: extra };
  return undefined;
}

/**
 * Edit distance between two strings (insertions, deletions, substitutions and transpositions of
 * two neighbours each cost 1: the optimal string alignment distance), on UTF-16 code units.
 */
export function editDistance(a: string, b: string): number {
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[n] as number;
}

/**
 * The header nearest to a name the user gave (compared after `normaliseHeader`), when it is near
 * enough to be a likely typo: at most 2 edits, or a third of the name's length for long names.
 * Shared by every option that names a column (`--column`, `--drop-column`, `--keep-column`).
 *
 * @returns the header as written, or `undefined` when none is near.
 */
export function nearestHeader(name: string, headers: readonly string[]): string | undefined {
  const wanted = normaliseHeader(name);
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const header of headers) {
    // A length difference beyond the limit cannot be within it: skip (a file may have 100,000 columns).
    if (Math.abs(normaliseHeader(header).length - wanted.length) > limit) continue;
    const d = editDistance(wanted, normaliseHeader(header));
    if (d < bestDistance) {
      best = header;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Headers for a message: quoted, comma-separated, the first 20 and a count of the rest. */
function listHeaders(headers: readonly string[]): string {
  const shown = headers.slice(0, 20).map((h) => `"${h}"`);
  return headers.length > 20 ? `${shown.join(', ')} and ${headers.length - 20} more` : shown.join(', ');
}

/**
 * Resolves people columns named by the user (`--drop-column`, `--keep-column`, the
 * pseudonymisation's `dropColumns` and `keepColumns`) to what the roster holds: the canonical
 * key (`gender`) for a known column, named by its header as written (`Sex`), its canonical name
 * or an alias, and the attribute name for an extra column. Names compare like headers.
 *
 * A privacy control must not fail open: a name that matches no column of the people file (a
 * typo such as `contry`) throws instead of being ignored.
 *
 * @param roster - the imported roster (its people file report says which columns it has).
 * @param names - the names given.
 * @param option - the option's name, for the message (`--drop-column`).
 * @returns one resolved name per name given, in order.
 * @throws {@link TrackmapError} `INVALID_OPTION` (exit code 2 on the command line), positioned
 *   at the people file's header, with the nearest header when there is one.
 */
export function resolvePeopleColumns(roster: Roster, names: readonly string[], option: string): string[] {
  const file = roster.files.find((f) => f.kind === 'people');
  const specs = ROSTER_COLUMNS.people;
  const present = (key: string) =>
    file !== undefined
      ? Object.hasOwn(file.columns, key)
      : key === 'id' ||
        key === 'name' ||
        roster.people.some((p) => (p as unknown as Record<string, unknown>)[key] !== undefined);
  const extras =
    file !== undefined ? file.extraColumns : [...new Set(roster.people.flatMap((p) => Object.keys(p.extra)))];
  return names.map((name) => {
    const norm = normaliseHeader(name);
    const byHeader = file && Object.entries(file.columns).find(([, header]) => normaliseHeader(header) === norm)?.[0];
    if (byHeader !== undefined) return byHeader;
    const known = specs.find((s) => s.key === norm || s.aliases.includes(norm))?.key;
    if (known !== undefined && present(known)) return known;
    const extra = extras.find((e) => normaliseHeader(e) === norm);
    if (extra !== undefined) return extra;
    const headers = [...specs.filter((s) => present(s.key)).map((s) => file?.columns[s.key] ?? s.key), ...extras];
    const nearest = nearestHeader(name, headers);
    const source = file?.source ?? 'people';
    throw new TrackmapError(
      'INVALID_OPTION',
      `${formatPosition({ source, line: 1, column: name })}: ${option} "${name}" names no column of ${source}${nearest !== undefined ? `; did you mean "${nearest}"?` : ''}\n  → name one of its columns: ${listHeaders(headers)}`,
    );
  });
}
