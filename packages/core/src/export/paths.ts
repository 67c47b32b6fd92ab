/**
 * `paths.csv` and `paths.json`: the ranked routes from each participant to the nearest
 * decision-makers, shortest first, step by step with what links each pair (tie types with
 * direction, evidence, shared events by name), for reading in a spreadsheet and for the viewer to
 * highlight. `kind` says whether a route is a shortest one (as many steps as the person's distance)
 * or a longer alternative.
 */

import type { Route, RouteStep } from '../paths/routes.js';
import type { RosterGraph } from '../types.js';
import { toCsvChunks } from './csv.js';
import { jsonChunks } from './json-chunks.js';

const ARROW = { with: '→', against: '←', undirected: '–' } as const;

/** Event id → event name, for showing events by name (from the roster's events file). */
export type EventNames = ReadonlyMap<string, string>;

/** An event as `name (id)`, or its id alone when it has no name (or the name is the id). */
function eventLabel(id: string, names: EventNames | undefined): string {
  const name = names?.get(id);
  return name === undefined || name === '' || name === id ? id : `"${name}" (${id})`;
}

/**
 * One step as text: `advises → (interview); friend – ; 2 shared events ("Round 1" (rsd-01), "Round 2" (rsd-02))`.
 *
 * @param eventNames - event id → name; events are shown by name with the id in parentheses.
 */
export function describeStep(step: RouteStep, eventNames?: EventNames): string {
  const parts = step.ties.map((t) => `${t.type} ${ARROW[t.direction]}${t.evidence ? ` (${t.evidence})` : ''}`);
  if (step.sharedEvents > 0) {
    const events = step.events.map((e) => eventLabel(e, eventNames)).join(', ');
    parts.push(`${step.sharedEvents} shared event${step.sharedEvents === 1 ? '' : 's'} (${events})`);
  }
  return parts.join('; ');
}

/** Options of {@link pathsCsv}. */
export interface PathsCsvOptions {
  /** Event id → name, to show events by name with the id in parentheses. @defaultValue ids only */
  eventNames?: EventNames;
}

/** paths.csv: one row per route step, with the people, ties and shared events. */
export function pathsCsv(graph: RosterGraph, routes: readonly Route[], options: PathsCsvOptions = {}): string {
  return [...pathsCsvChunks(graph, routes, options)].join('');
}

/** `pathsCsv` in pieces (a thousand routes each), for writing to a file: joined, the same text. */
export function pathsCsvChunks(
  graph: RosterGraph,
  routes: readonly Route[],
  options: PathsCsvOptions = {},
): Generator<string> {
  const name = (id: string) => graph.getNodeAttribute(id, 'name');
  return toCsvChunks(
    map(routes, (r) => ({
      person: r.source,
      person_name: name(r.source),
      rank: r.rank,
      kind: r.kind,
      target: r.target,
      target_name: name(r.target),
      hops: r.hops,
      route: r.nodes.map(name).join(' → '),
      route_ids: r.nodes.join(' > '),
      links: r.steps.map((step) => describeStep(step, options.eventNames)).join(' | '),
    })),
    ['person', 'person_name', 'rank', 'kind', 'target', 'target_name', 'hops', 'route', 'route_ids', 'links'],
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
