/**
 * Access to decision-makers (Track I)
 * ===================================
 *
 * For each person v, with D the set of decision-makers (by default `isDecisionMaker`, i.e.
 * `track` 1; see docs/roster-format.md) and d(v, u) the hop distance in the person graph:
 *
 *   distance_to_track1(v) = min_{u ∈ D} d(v, u)        (0 if v ∈ D; null if no u reachable)
 *   track1_within_1(v)    = |{u ∈ D \ {v} : d(v, u) ≤ 1}|
 *   track1_within_2(v)    = |{u ∈ D \ {v} : d(v, u) ≤ 2}|   (includes those within 1)
 *   nearest_track1(v)     = the u ∈ D \ {v} at the smallest distance (ties: all of them,
 *                           in roster order); for a decision-maker, the nearest *other* ones
 *
 * Hop-based and undirected: any tie or shared event counts as a step, whatever its weight
 * or direction. These measure *opportunity* to pass ideas to officials, not that ideas passed.
 *
 * Computed by one BFS from each decision-maker (O(|D| · (n + m))).
 *
 * References:
 *   [1] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology
 *       78(6), 1360-1380. doi:10.1086/225469 (reach through intermediaries)
 *   [2] Lin, N. (1999). Social networks and status attainment. Annual Review of Sociology 25,
 *       467-487. doi:10.1146/annurev.soc.25.1.467 (access to resource-rich contacts)
 */

import type { AbstractGraph, Attributes } from 'graphology-types';
import { assertSimpleUndirected, bfs, buildAdjacencyIndex } from '../../graph/index.js';
import { isFunction, resolveOptions } from '../../options.js';

export interface Track1Access {
  distance_to_track1: number | null;
  track1_within_1: number;
  track1_within_2: number;
  nearest_track1: string[];
}

export interface Track1AccessOptions {
  /** Who counts as a decision-maker. @defaultValue `(node, attrs) => attrs.isDecisionMaker === true` */
  isDecisionMaker?: (node: string, attributes: Attributes) => boolean;
}

export const DEFAULT_TRACK1_ACCESS_OPTIONS: Readonly<Required<Track1AccessOptions>> = Object.freeze({
  isDecisionMaker: (_node: string, attributes: Attributes) => attributes.isDecisionMaker === true,
});

/**
 * Hop distance to, and number of, decision-makers near each person.
 *
 * @returns a mapping person id → {@link Track1Access}.
 */
export function track1Access(graph: AbstractGraph, options?: Track1AccessOptions): Record<string, Track1Access> {
  assertSimpleUndirected(graph, 'track1Access');
  const { isDecisionMaker } = resolveOptions(DEFAULT_TRACK1_ACCESS_OPTIONS, options, { isDecisionMaker: isFunction });
  const index = buildAdjacencyIndex(graph);
  const n = index.nodes.length;
  const dms: number[] = [];
  index.nodes.forEach((node, i) => {
    if (isDecisionMaker(node, graph.getNodeAttributes(node))) dms.push(i);
  });

  const best = new Int32Array(n).fill(-1); // distance to nearest *other* decision-maker
  const within1 = new Int32Array(n);
  const within2 = new Int32Array(n);
  const nearest: number[][] = Array.from({ length: n }, () => []);
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  const source = new Int32Array(1);
  for (const d of dms) {
    source[0] = d;
    const reached = bfs(index, source, dist, queue);
    for (let k = 1; k < reached; k++) {
      const v = queue[k] as number;
      const dv = dist[v] as number;
      if (dv <= 1) (within1[v] as number)++;
      if (dv <= 2) (within2[v] as number)++;
      if (best[v] === -1 || dv < (best[v] as number)) {
        best[v] = dv;
        nearest[v] = [d];
      } else if (dv === best[v]) (nearest[v] as number[]).push(d);
    }
  }
  const isDm = new Uint8Array(n);
  for (const d of dms) isDm[d] = 1;
  const out: Record<string, Track1Access> = {};
  for (let v = 0; v < n; v++) {
    const b = best[v] as number;
    out[index.nodes[v] as string] = {
      distance_to_track1: isDm[v] ? 0 : b === -1 ? null : b,
      track1_within_1: within1[v] as number,
      track1_within_2: within2[v] as number,
      nearest_track1: (nearest[v] as number[]).map((i) => index.nodes[i] as string),
    };
  }
  return out;
}

/** Writes the four access attributes on every node. */
track1Access.assign = (graph: AbstractGraph, options?: Track1AccessOptions): void => {
  for (const [node, access] of Object.entries(track1Access(graph, options)))
    graph.mergeNodeAttributes(node, { ...access });
};
