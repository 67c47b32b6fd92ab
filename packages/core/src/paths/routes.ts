/**
 * Routes to decision-makers
 * =========================
 *
 * For a person, the k shortest routes (in steps, Yen's algorithm, see k-shortest-paths.ts) to
 * decision-makers, each step with what links the two people: the ties (type, direction relative
 * to the route, weight, date, evidence) and the events both attended. Three modes:
 *
 * - `to: 'nearest'` — the k shortest routes to any decision-maker; a route ends at the first
 *   decision-maker it meets (the per-participant routes of `analyze`, `paths.csv`);
 * - `to: 'each'` — for every decision-maker, the k shortest routes to them (other decision-makers
 *   may be intermediaries: one official can brief another);
 * - `to: <person id>` — the k shortest routes to that person.
 *
 * A route is an opportunity for an idea to travel, with the evidence for each link; it is not a
 * record that anything travelled.
 *
 * References:
 *   [1] Yen, J. Y. (1971). Finding the k shortest loopless paths in a network. Management
 *       Science 17(11), 712-716. doi:10.1287/mnsc.17.11.712
 */

import { TrackmapError } from '../errors.js';
import { buildAdjacencyIndex } from '../graph/index.js';
import { checkOption, inRange, OPTION_RANGES } from '../options.js';
import type { LinkTie, RosterGraph } from '../types.js';
import { kShortestPaths } from './k-shortest-paths.js';

/** A tie along a route step, with its direction relative to the route. */
export interface RouteTie extends LinkTie {
  /** `with` the route (from → to along it), `against` it, or `undirected`. */
  direction: 'with' | 'against' | 'undirected';
}

/** One step of a route: the two people, and the ties and shared events that link them. */
export interface RouteStep {
  from: string;
  to: string;
  types: string[];
  ties: RouteTie[];
  sharedEvents: number;
  events: string[];
  weight: number;
}

/** One route from a participant to a decision-maker: its rank, length and steps. */
export interface Route {
  source: string;
  target: string;
  /** 1 = shortest, per (source, target) in `each` and id modes, per source in `nearest` mode. */
  rank: number;
  /**
   * `shortest` when no route of its group (same as `rank`) is shorter: the route has as few steps
   * as the person's distance to that target (to any decision-maker in `nearest` mode);
   * `alternative` when it is longer, a detour kept because `k` asks for more routes.
   */
  kind: 'shortest' | 'alternative';
  hops: number;
  nodes: string[];
  steps: RouteStep[];
}

/** Options of {@link routesFrom} and {@link participantRoutes}: the targets and routes per target. */
export interface RoutesOptions {
  /** `'nearest'`, `'each'` or a person id. @defaultValue `'nearest'` */
  to?: string;
  /** Routes per target (per person in `nearest` mode), at most {@link MAX_ROUTES}. @defaultValue 3 */
  k?: number;
}

/** The defaults of {@link RoutesOptions}. */
export const DEFAULT_ROUTES_OPTIONS: Readonly<Required<RoutesOptions>> = Object.freeze({ to: 'nearest', k: 3 });

/** Describes each step of a path; `shortestHops` is the length of the shortest route of its group. */
export function describeRoute(graph: RosterGraph, nodes: string[], rank: number, shortestHops: number): Route {
  const steps: RouteStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i] as string;
    const to = nodes[i + 1] as string;
    const link = graph.getEdgeAttributes(graph.edge(from, to) as string);
    steps.push({
      from,
      to,
      types: [...link.types],
      ties: link.ties.map((t) => ({
        ...t,
        direction: !t.directed ? 'undirected' : t.from === from ? 'with' : 'against',
      })),
      sharedEvents: link.sharedEvents,
      events: [...link.events],
      weight: link.weight,
    });
  }
  return {
    source: nodes[0] as string,
    target: nodes[nodes.length - 1] as string,
    rank,
    kind: nodes.length - 1 === shortestHops ? 'shortest' : 'alternative',
    hops: nodes.length - 1,
    nodes,
    steps,
  };
}

/** The k shortest paths of one group (Yen: shortest first), ranked and described. */
function describeRoutes(graph: RosterGraph, paths: string[][]): Route[] {
  const shortest = (paths[0]?.length ?? 1) - 1;
  return paths.map((p, i) => describeRoute(graph, p, i + 1, shortest));
}

/**
 * Routes from a person to decision-makers (or to one person).
 *
 * @throws TrackmapError `UNKNOWN_PERSON` if `person` (or `to`) is not in the roster,
 *   `NO_DECISION_MAKERS` if the roster has none (modes `nearest` and `each`).
 * @returns routes shortest first: in `nearest` and id modes by rank; in `each` mode grouped by
 *   decision-maker (their shortest route first, then roster order), each group by rank. Empty
 *   when no route exists.
 */
export function routesFrom(graph: RosterGraph, person: string, options: RoutesOptions = {}): Route[] {
  const k = options.k ?? DEFAULT_ROUTES_OPTIONS.k;
  const to = options.to ?? DEFAULT_ROUTES_OPTIONS.to;
  checkOption('k', k, inRange(OPTION_RANGES.routes));
  if (!graph.hasNode(person)) {
    throw new TrackmapError('UNKNOWN_PERSON', `no person with id "${person}" in the roster`);
  }
  const index = buildAdjacencyIndex(graph);
  if (to !== 'nearest' && to !== 'each') {
    if (!graph.hasNode(to)) throw new TrackmapError('UNKNOWN_PERSON', `no person with id "${to}" in the roster`);
    return describeRoutes(
      graph,
      kShortestPaths(graph, person, (n) => n === to, k, index),
    );
  }
  const decisionMakers = graph.filterNodes((_n, a) => a.isDecisionMaker === true);
  if (decisionMakers.length === 0) {
    throw new TrackmapError('NO_DECISION_MAKERS', 'the roster has no decision-makers, so there are no routes to them');
  }
  if (to === 'nearest') {
    const dms = new Set(decisionMakers);
    return describeRoutes(
      graph,
      kShortestPaths(graph, person, (n) => dms.has(n), k, index),
    );
  }
  return decisionMakers
    .filter((dm) => dm !== person)
    .map((dm) =>
      describeRoutes(
        graph,
        kShortestPaths(graph, person, (n) => n === dm, k, index),
      ),
    )
    .filter((group) => group.length > 0)
    .sort((a, b) => (a[0] as Route).hops - (b[0] as Route).hops) // stable: roster order among equals
    .flat();
}

/**
 * The k shortest routes to the nearest decision-makers for every participant (everyone who is
 * not a decision-maker), in roster order: what `analyze` writes to `paths.csv`/`paths.json`.
 * Empty when the roster has no decision-makers.
 */
export function participantRoutes(graph: RosterGraph, options: { k?: number } = {}): Route[] {
  const k = options.k ?? DEFAULT_ROUTES_OPTIONS.k;
  checkOption('k', k, inRange(OPTION_RANGES.routes));
  const dms = new Set(graph.filterNodes((_n, a) => a.isDecisionMaker === true));
  if (dms.size === 0) return [];
  const index = buildAdjacencyIndex(graph);
  // The decision-makers as a mask in index order, built once for every participant.
  const mask = Uint8Array.from(index.nodes, (node) => (dms.has(node) ? 1 : 0));
  return graph
    .filterNodes((_n, a) => a.isDecisionMaker !== true)
    .flatMap((p) =>
      describeRoutes(
        graph,
        kShortestPaths(graph, p, (n) => dms.has(n), k, index, mask),
      ),
    );
}
