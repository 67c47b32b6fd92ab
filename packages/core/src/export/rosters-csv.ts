/**
 * `rosters.csv`: one row per roster (`all`, each event, `round:<round>`, `initiative:<name>`) with
 * its composition (see diversity/composition.ts for the definitions and conventions).
 *
 * Columns, in order:
 * - `roster`, `kind` (`all` | `event` | `round` | `initiative`), `label`, `size`;
 * - for each attribute a of track, side, sector, country, gender, school: `blau_<a>` (not
 *   normalised), `shannon_<a>` (normalised by ln K, in [0, 1]), `tvd_<a>` (total variation
 *   distance from the reference) and `missing_<a>` (the **share** of the roster with no value,
 *   in [0, 1]);
 * - `ideology_n`, `ideology_mean`, `ideology_sd` (sample), `ideology_min`, `ideology_max`,
 *   `ideology_range`, `ideology_coverage` (share of the bins occupied), `tvd_ideology` (on the bins);
 * - `share_<a>_<category>`: the share of each category among the people with a known value, for
 *   every category of the reference (and any category a roster has that the reference lacks, so
 *   no share is dropped), attributes in the order above, categories sorted.
 *
 * A category becomes part of a column name lower-cased, with accents removed and each run of
 * characters other than a–z and 0–9 replaced by `_` (leading and trailing `_` dropped; an empty
 * result becomes `category`). If two categories give the same name, the later ones (in sorted
 * order) get `_2`, `_3`, ... . Undefined values (`null`) are empty cells; a roster with nobody
 * of known value on an attribute has empty share cells for it.
 */

import {
  CATEGORICAL_ATTRIBUTES,
  type CategoricalAttribute,
  type RosterCompositionRow,
} from '../diversity/composition.js';
import { toCsv } from './csv.js';

const IDEOLOGY_COLUMNS = [
  'ideology_n',
  'ideology_mean',
  'ideology_sd',
  'ideology_min',
  'ideology_max',
  'ideology_range',
  'ideology_coverage',
  'tvd_ideology',
] as const;

/** The columns that do not depend on the categories: roster, indices, ideology. */
export const ROSTERS_CSV_FIXED_COLUMNS: readonly string[] = [
  'roster',
  'kind',
  'label',
  'size',
  ...CATEGORICAL_ATTRIBUTES.flatMap((a) => [`blau_${a}`, `shannon_${a}`, `tvd_${a}`, `missing_${a}`]),
  ...IDEOLOGY_COLUMNS,
];

/** A category as part of a column name: `Civil society` → `civil_society`, `1.5` → `1_5`. */
export function sanitizeCategory(category: string): string {
  const name = category
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return name === '' ? 'category' : name;
}

interface ShareColumn {
  attribute: CategoricalAttribute;
  category: string;
  column: string;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** For each attribute, category → `share_<a>_<category>` column, in column order. */
function shareColumns(rows: readonly RosterCompositionRow[]): ShareColumn[] {
  const out: ShareColumn[] = [];
  for (const a of CATEGORICAL_ATTRIBUTES) {
    const categories = new Set<string>();
    for (const row of rows) for (const c of Object.keys(row.composition.attributes[a].counts)) categories.add(c);
    const used = new Set<string>();
    for (const category of [...categories].sort(byCodeUnit)) {
      const base = `share_${a}_${sanitizeCategory(category)}`;
      let column = base;
      for (let i = 2; used.has(column); i++) column = `${base}_${i}`;
      used.add(column);
      out.push({ attribute: a, category, column });
    }
  }
  return out;
}

/**
 * Writes `rosters.csv` from the rows of `rosterCompositions`.
 *
 * @param rows - one per roster, as returned by `rosterCompositions`.
 * @returns CSV text, header first, `\n` line ends; `null` values as empty cells.
 * @example
 * ```ts
 * const csv = rostersCsv(rosterCompositions(roster));
 * ```
 */
export function rostersCsv(rows: readonly RosterCompositionRow[]): string {
  const shares = shareColumns(rows);
  const records = rows.map((row) => {
    const { size, attributes, ideology } = row.composition;
    const record: Record<string, unknown> = { roster: row.roster, kind: row.kind, label: row.label, size };
    for (const a of CATEGORICAL_ATTRIBUTES) {
      const c = attributes[a];
      record[`blau_${a}`] = c.blau;
      record[`shannon_${a}`] = c.shannon;
      record[`tvd_${a}`] = c.tvd;
      record[`missing_${a}`] = c.missingShare;
    }
    record.ideology_n = ideology.n;
    record.ideology_mean = ideology.mean;
    record.ideology_sd = ideology.sd;
    record.ideology_min = ideology.min;
    record.ideology_max = ideology.max;
    record.ideology_range = ideology.range;
    record.ideology_coverage = ideology.coverage;
    record.tvd_ideology = ideology.tvd;
    for (const { attribute, category, column } of shares) {
      // a category only other rosters have is a share of 0 here, unless nobody here has a value
      const own = attributes[attribute].shares;
      record[column] = own[category] ?? (Object.keys(own).length > 0 ? 0 : null);
    }
    return record;
  });
  return toCsv(records, [...ROSTERS_CSV_FIXED_COLUMNS, ...shares.map((s) => s.column)]);
}
