/**
 * `people-metrics.csv`: one row per person — `id`, `name`, `track`, then every measure under
 * its documented column name (docs/measures.md), then the person's other attributes.
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

export function peopleMetricsCsv(graph: RosterGraph, people: readonly PersonMetrics[]): string {
  return [...peopleMetricsCsvChunks(graph, people)].join('');
}

/** `peopleMetricsCsv` in pieces (a thousand people each), for writing to a file: joined, the same text. */
export function peopleMetricsCsvChunks(graph: RosterGraph, people: readonly PersonMetrics[]): Generator<string> {
  function* rows() {
    for (const p of people) {
      const attrs = graph.getNodeAttributes(p.id);
      const row: Record<string, unknown> = { ...p, is_decision_maker: attrs.isDecisionMaker };
      for (const c of ATTRIBUTE_COLUMNS) row[c] = attrs[c];
      row.events = attrs.events;
      yield row;
    }
  }
  const columns = [
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
  return toCsvChunks(rows(), columns);
}
