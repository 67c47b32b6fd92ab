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
 *   access_score(v)       = Σ_{u ∈ D \ {v}, u reachable} seniority(u) · δ^{d(v, u)}
 *
 * `access_score` is decay centrality (Jackson 2008) restricted to decision-makers and weighted
 * by their seniority: a minister one step away counts seniority × δ, two steps away × δ², and
 * unreachable ones add 0. δ = 0.5 by default; seniority is the roster's `seniority` where it is
 * a number, and 1 where the roster gives none (so without seniorities it counts decision-makers,
 * discounted by distance).
 *
 * Hop-based and undirected: any tie or shared event counts as a step, whatever its weight
 * or direction. These measure *opportunity* to pass ideas to officials, not that ideas passed.
 *
 * Computed by one BFS from each decision-maker (O(|D| · (n + m)); kernels/access.ts, shared with
 * `asymmetry`), 32 decision-makers at a time with bit-parallel BFS (Akiba et al. 2013, see
 * kernels/bit-parallel.ts) when there are at least eight: a batch costs about
 * (eccentricity + 1) sweeps over the links instead of 32 searches.
 * Every sum is added in decision-maker order either way, so the results are the same.
 *
 * References:
 *   [1] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology
 *       78(6), 1360-1380. doi:10.1086/225469 (reach through intermediaries)
 *   [2] Lin, N. (1999). Social networks and status attainment. Annual Review of Sociology 25,
 *       467-487. doi:10.1146/annurev.soc.25.1.467 (access to resource-rich contacts)
 *   [3] Jackson, M. O. (2008). Social and Economic Networks. Princeton University Press,
 *       section 2.2.4 (decay centrality). ISBN 978-0-691-13440-6.
 */

import type { AbstractGraph, Attributes } from 'graphology-types';
import { assertSimpleUndirected, buildAdjacencyIndex } from '../../graph/index.js';
import { accessByGroup, type GroupAccess } from '../../kernels/access.js';
import { isFunction, probability, resolveOptions } from '../../options.js';

/**
 * One person's access to decision-makers: hop distance, decision-makers within 1 and 2 steps, the nearest
 * ones, and the decayed access score.
 */
export interface Track1Access {
  distance_to_track1: number | null;
  track1_within_1: number;
  track1_within_2: number;
  nearest_track1: string[];
  access_score: number;
}

/** Options of {@link track1Access}: who is a decision-maker, the decay per step and their seniority. */
export interface Track1AccessOptions {
  /** Who counts as a decision-maker. @defaultValue `(node, attrs) => attrs.isDecisionMaker === true` */
  isDecisionMaker?: (node: string, attributes: Attributes) => boolean;
  /** Decay per step of `access_score`, in (0, 1). @defaultValue `0.5` */
  delta?: number;
  /** Seniority of a decision-maker. @defaultValue the `seniority` attribute if a finite number, else 1 */
  getSeniority?: (node: string, attributes: Attributes) => number;
}

/**
 * Defaults of {@link Track1AccessOptions}: the `isDecisionMaker` attribute, δ = 0.5, seniority from the
 * `seniority` attribute or 1.
 */
export const DEFAULT_TRACK1_ACCESS_OPTIONS: Readonly<Required<Track1AccessOptions>> = Object.freeze({
  isDecisionMaker: (_node: string, attributes: Attributes) => attributes.isDecisionMaker === true,
  delta: 0.5,
  getSeniority: (_node: string, attributes: Attributes) =>
    typeof attributes.seniority === 'number' && Number.isFinite(attributes.seniority) ? attributes.seniority : 1,
});

/**
 * Hop distance to, and number of, decision-makers near each person.
 *
 * @returns a mapping person id → {@link Track1Access}.
 */
export function track1Access(graph: AbstractGraph, options?: Track1AccessOptions): Record<string, Track1Access> {
  assertSimpleUndirected(graph, 'track1Access');
  const { isDecisionMaker, delta, getSeniority } = resolveOptions(DEFAULT_TRACK1_ACCESS_OPTIONS, options, {
    isDecisionMaker: isFunction,
    delta: probability,
    getSeniority: isFunction,
  });
  const index = buildAdjacencyIndex(graph);
  const n = index.nodes.length;
  const dms: number[] = [];
  index.nodes.forEach((node, i) => {
    if (isDecisionMaker(node, graph.getNodeAttributes(node))) dms.push(i);
  });
  const seniorities = dms.map((d) => {
    const dmNode = index.nodes[d] as string;
    return getSeniority(dmNode, graph.getNodeAttributes(dmNode));
  });
  const [all] = accessByGroup({
    n,
    csr: index,
    decisionMakers: dms,
    seniorities,
    groupsOf: dms.map(() => [0]),
    groups: 1,
    delta,
    nearest: true,
  }) as [GroupAccess];
  const out: Record<string, Track1Access> = {};
  for (let v = 0; v < n; v++) {
    const b = all.best[v] as number;
    out[index.nodes[v] as string] = {
      distance_to_track1: all.isMember[v] ? 0 : b === -1 ? null : b,
      track1_within_1: all.within1[v] as number,
      track1_within_2: all.within2[v] as number,
      nearest_track1: ((all.nearest as number[][])[v] as number[]).map((i) => index.nodes[i] as string),
      access_score: all.score[v] as number,
    };
  }
  return out;
}

/** Writes the five access attributes on every node. */
track1Access.assign = (graph: AbstractGraph, options?: Track1AccessOptions): void => {
  for (const [node, access] of Object.entries(track1Access(graph, options)))
    graph.mergeNodeAttributes(node, { ...access });
};
