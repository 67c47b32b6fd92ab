/**
 * `paths.csv` and `paths.json`: the ranked shortest routes from each participant to the nearest
 * decision-makers, step by step with what links each pair (tie types with direction, evidence,
 * shared events), for reading in a spreadsheet and for the viewer to highlight.
 */

import type { Route, RouteStep } from '../paths/routes.js';
import type { RosterGraph } from '../types.js';
import { toCsvChunks } from './csv.js';
import { jsonChunks } from './json-chunks.js';

const ARROW = { with: '→', against: '←', undirected: '–' } as const;

/** One step as text: `advises → (interview); friend – ; 2 shared events (rsd-01, rsd-02)`. */
export function describeStep(step: RouteStep): string {
  const parts = step.ties.map((t) => `${t.type} ${ARROW[t.direction]}${t.evidence ? ` (${t.evidence})` : ''}`);
  if (step.sharedEvents > 0) {
    parts.push(`${step.sharedEvents} shared event${step.sharedEvents === 1 ? '' : 's'} (${step.events.join(', ')})`);
  }
  return parts.join('; ');
}

/** paths.csv: one row per route step, with the people, ties and shared events. */
export function pathsCsv(graph: RosterGraph, routes: readonly Route[]): string {
  return [...pathsCsvChunks(graph, routes)].join('');
}

/** `pathsCsv` in pieces (a thousand routes each), for writing to a file: joined, the same text. */
export function pathsCsvChunks(graph: RosterGraph, routes: readonly Route[]): Generator<string> {
  const name = (id: string) => graph.getNodeAttribute(id, 'name');
  return toCsvChunks(
    map(routes, (r) => ({
      person: r.source,
      person_name: name(r.source),
      rank: r.rank,
      target: r.target,
      target_name: name(r.target),
      hops: r.hops,
      route: r.nodes.map(name).join(' → '),
      route_ids: r.nodes.join(' > '),
      links: r.steps.map(describeStep).join(' | '),
    })),
    ['person', 'person_name', 'rank', 'target', 'target_name', 'hops', 'route', 'route_ids', 'links'],
  );
}

/** paths.json: the routes as given. */
export function pathsJson(routes: readonly Route[]): string {
  return `${JSON.stringify({ routes }, null, 1)}\n`;
}

/** `pathsJson` in pieces (one per route), for writing to a file: joined, the same text. */
export function* pathsJsonChunks(routes: readonly Route[]): Generator<string> {
  yield* jsonChunks({ routes }, 2);
  yield '\n';
}

/** `items.map(f)`, lazily. */
function* map<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
