/**
 * `people-metrics.csv`: one row per person — `id`, `name`, `track`, then every measure under
 * its documented column name (docs/measures.md), then the person's other attributes, then the
 * people file's extra columns (as the import kept them: `notes`, `Top200`, a reserved name as
 * `degree_input`). Every cell goes through `toCsv`, which neutralises formulas.
 */

import type { PersonMetrics } from '../analysis/analyze.js';
import { PERSON_MEASURES } from '../measure-registry.js';
import { BROKERAGE_COLUMNS, EI_COLUMNS, type RosterGraph } from '../types.js';
import { toCsvChunks } from './csv.js';

const ATTRIBUTE_COLUMNS = [
  'side',
  'sector',
  'organisation',
  'country',
  'ideology',
  'school',
  'seniority',
  'gender',
] as const;

/**
 * people-metrics.csv: one row per person, every measure of the registry, then the people file's extra columns.
 *
 * @param extraColumns - the people file's extra columns to write after the measures (the
 *   `extraColumns` of its file report); a name that is already a column is left out.
 */
export function peopleMetricsCsv(
  graph: RosterGraph,
  people: readonly PersonMetrics[],
  extraColumns: readonly string[] = [],
): string {
  return [...peopleMetricsCsvChunks(graph, people, extraColumns)].join('');
}

/** `peopleMetricsCsv` in pieces (a thousand people each), for writing to a file: joined, the same text. */
export function peopleMetricsCsvChunks(
  graph: RosterGraph,
  people: readonly PersonMetrics[],
  extraColumns: readonly string[] = [],
): Generator<string> {
  const base = [
    'id',
    'name',
    'track',
    ...PERSON_MEASURES,
    ...BROKERAGE_COLUMNS,
    ...EI_COLUMNS,
    'is_decision_maker',
    ...ATTRIBUTE_COLUMNS,
    'events',
  ];
  const taken = new Set<string>(base);
  const extras = extraColumns.filter((c) => !taken.has(c));
  function* rows() {
    for (const p of people) {
      const attrs = graph.getNodeAttributes(p.id);
      const row: Record<string, unknown> = { ...p, is_decision_maker: attrs.isDecisionMaker };
      for (const c of ATTRIBUTE_COLUMNS) row[c] = attrs[c];
      row.events = attrs.events;
      for (const c of extras) row[c] = attrs[c];
      yield row;
    }
  }
  return toCsvChunks(rows(), [...base, ...extras]);
}
