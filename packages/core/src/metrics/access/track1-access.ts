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
 * Computed by one BFS from each decision-maker (O(|D| · (n + m))), 32 decision-makers at a time
 * with bit-parallel BFS (Akiba et al. 2013, see kernels/bit-parallel.ts) when there are at least
 * eight: a batch costs about (eccentricity + 1) sweeps over the links instead of 32 searches.
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
import { assertSimpleUndirected, bfs, buildAdjacencyIndex } from '../../graph/index.js';
import { bitParallelBatch, createBitParallelScratch } from '../../kernels/bit-parallel.js';
import { isFunction, probability, resolveOptions } from '../../options.js';

export interface Track1Access {
  distance_to_track1: number | null;
  track1_within_1: number;
  track1_within_2: number;
  nearest_track1: string[];
  access_score: number;
}

export interface Track1AccessOptions {
  /** Who counts as a decision-maker. @defaultValue `(node, attrs) => attrs.isDecisionMaker === true` */
  isDecisionMaker?: (node: string, attributes: Attributes) => boolean;
  /** Decay per step of `access_score`, in (0, 1). @defaultValue `0.5` */
  delta?: number;
  /** Seniority of a decision-maker. @defaultValue the `seniority` attribute if a finite number, else 1 */
  getSeniority?: (node: string, attributes: Attributes) => number;
}

export const DEFAULT_TRACK1_ACCESS_OPTIONS: Readonly<Required<Track1AccessOptions>> = Object.freeze({
  isDecisionMaker: (_node: string, attributes: Attributes) => attributes.isDecisionMaker === true,
  delta: 0.5,
  getSeniority: (_node: string, attributes: Attributes) =>
    typeof attributes.seniority === 'number' && Number.isFinite(attributes.seniority) ? attributes.seniority : 1,
});

/** Fewer decision-makers than this are searched one by one. */
const BIT_PARALLEL_MIN_SOURCES = 8;

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

  const best = new Int32Array(n).fill(-1); // distance to nearest *other* decision-maker
  const within1 = new Int32Array(n);
  const within2 = new Int32Array(n);
  const score = new Float64Array(n);
  // delta^d for d up to n, computed once
  const decay = new Float64Array(n + 1);
  decay[0] = 1;
  for (let d = 1; d <= n; d++) decay[d] = (decay[d - 1] as number) * delta;
  const nearest: number[][] = Array.from({ length: n }, () => []);
  // Adds decision-maker d at distance dv ≥ 1 from v. Called for each v in decision-maker order,
  // so sums and lists come out the same whichever search found the distances.
  const add = (v: number, d: number, dv: number, seniority: number) => {
    score[v] = (score[v] as number) + seniority * (decay[dv] as number);
    if (dv <= 1) (within1[v] as number)++;
    if (dv <= 2) (within2[v] as number)++;
    if (best[v] === -1 || dv < (best[v] as number)) {
      best[v] = dv;
      nearest[v] = [d];
    } else if (dv === best[v]) (nearest[v] as number[]).push(d);
  };
  const seniorities = dms.map((d) => {
    const dmNode = index.nodes[d] as string;
    return getSeniority(dmNode, graph.getNodeAttributes(dmNode));
  });
  if (dms.length < BIT_PARALLEL_MIN_SOURCES) {
    const dist = new Int32Array(n);
    const queue = new Int32Array(n);
    const source = new Int32Array(1);
    dms.forEach((d, j) => {
      source[0] = d;
      const reached = bfs(index, source, dist, queue);
      for (let k = 1; k < reached; k++) {
        const v = queue[k] as number;
        add(v, d, dist[v] as number, seniorities[j] as number);
      }
    });
  } else {
    // 32 decision-makers at a time (kernels/bit-parallel.ts): bit i of a person's word says
    // "reached from decision-maker b + i"; their distances are kept per batch.
    const scratch = createBitParallelScratch(n);
    const { visited } = scratch;
    const distances = new Int32Array(32 * n);
    const keep = (v: number, fresh: number, level: number) => {
      for (let bits = fresh; bits !== 0; bits &= bits - 1) {
        distances[32 * v + (31 - Math.clz32(bits & -bits))] = level;
      }
    };
    for (let b = 0; b < dms.length; b += 32) {
      const width = Math.min(32, dms.length - b);
      bitParallelBatch(n, index.offsets, index.targets, dms.slice(b, b + width), width, scratch, keep);
      for (let v = 0; v < n; v++) {
        const seen = visited[v] as number;
        for (let i = 0; i < width; i++) {
          const d = dms[b + i] as number;
          if (v !== d && (seen & (1 << i)) !== 0)
            add(v, d, distances[32 * v + i] as number, seniorities[b + i] as number);
        }
      }
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
      access_score: score[v] as number,
    };
  }
  return out;
}

/** Writes the five access attributes on every node. */
track1Access.assign = (graph: AbstractGraph, options?: Track1AccessOptions): void => {
  for (const [node, access] of Object.entries(track1Access(graph, options)))
    graph.mergeNodeAttributes(node, { ...access });
};
