/** `compare.csv`: one row per person, what changed between two snapshots (see analysis/compare.ts). */

import { COMPARED_MEASURES, type Comparison } from '../analysis/compare.js';
import { toCsv } from './csv.js';

/** compare.csv: one row per person with presence, access and distance change and every compared measure. */
export function compareCsv(comparison: Comparison): string {
  const columns = [
    'id',
    'name',
    'side',
    'status',
    'access',
    'distance',
    ...COMPARED_MEASURES.flatMap((m) => [`${m}_before`, `${m}_after`, `${m}_delta`]),
    'neighbours_gained',
    'neighbours_lost',
  ];
  const rows = comparison.people.map((p) => {
    const row: Record<string, unknown> = {
      id: p.id,
      name: p.name,
      side: p.side,
      status: p.status,
      access: p.access,
      distance: p.distance,
      neighbours_gained: p.neighboursGained,
      neighbours_lost: p.neighboursLost,
    };
    for (const m of COMPARED_MEASURES) {
      row[`${m}_before`] = p.measures[m].before;
      row[`${m}_after`] = p.measures[m].after;
      row[`${m}_delta`] = p.measures[m].delta;
    }
    return row;
  });
  return toCsv(rows, columns);
}
