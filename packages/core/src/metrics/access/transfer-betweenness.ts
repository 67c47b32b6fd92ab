/**
 * Transfer betweenness
 * ====================
 *
 * Betweenness restricted to the routes that matter for Track II: shortest paths that start at
 * a participant (sources S, by default everyone who is not a decision-maker) and end at a
 * decision-maker (targets T):
 *
 *   TB_raw(v) = Σ_{s ∈ S} Σ_{t ∈ T, t ≠ s} σ_st(v) / σ_st          (v ≠ s, v ≠ t)
 *   TB(v)     = TB_raw(v) / P(v),   P(v) = |{(s, t) : s ∈ S, t ∈ T, s ≠ t, s ≠ v, t ≠ v}|
 *
 * σ_st is the number of shortest s–t paths and σ_st(v) those through v. `transfer_betweenness`
 * is the normalised TB, in [0, 1]: the average, over all participant → decision-maker pairs
 * not involving v, of the share of their shortest routes that pass through v (unreachable pairs
 * contribute 0). A value of 0.25 means: on average a quarter of the shortest routes from a
 * participant to a decision-maker run through this person. The brokers every idea must pass
 * through score high. Hop-based (weights ignored) and undirected, like `betweenness`.
 *
 * Conventions: each (s, t) pair is counted once (NetworkX's `betweenness_centrality_subset`
 * halves values on undirected graphs; TB_raw is twice NetworkX's unnormalised value, which is
 * how tests/reference checks it). P(v) = 0 gives 0.
 *
 * Algorithm: Brandes' accumulation with source and target subsets (Brandes 2008),
 * one BFS per source, O(|S| · m).
 *
 * References:
 *   [1] Brandes, U. (2008). On variants of shortest-path betweenness centrality and their
 *       generic computation. Social Networks 30(2), 136-145. doi:10.1016/j.socnet.2007.11.001
 *   [2] Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
 *       Sociometry 40(1), 35-41. doi:10.2307/3033543
 */

import type { AbstractGraph, Attributes } from 'graphology-types';
import { assertSimpleUndirected, buildAdjacencyIndex } from '../../graph/index.js';
import { isBoolean, isFunction, resolveOptions } from '../../options.js';
import type { NodeValues } from '../measure.js';

export interface TransferBetweennessOptions {
  /** Targets. @defaultValue `attributes.isDecisionMaker === true` */
  isTarget?: (node: string, attributes: Attributes) => boolean;
  /** Sources. @defaultValue every node that is not a target */
  isSource?: ((node: string, attributes: Attributes) => boolean) | null;
  /** Divide by the number of source–target pairs (see above). @defaultValue `true` */
  normalized?: boolean;
}

export const DEFAULT_TRANSFER_BETWEENNESS_OPTIONS: Readonly<Required<TransferBetweennessOptions>> = Object.freeze({
  isTarget: (_n: string, a: Attributes) => a.isDecisionMaker === true,
  isSource: null,
  normalized: true,
});

/**
 * Shortest-path betweenness from participants to decision-makers.
 * @returns person id → value (normalised to [0, 1] unless `normalized: false`).
 */
export function transferBetweenness(graph: AbstractGraph, options?: TransferBetweennessOptions): NodeValues {
  assertSimpleUndirected(graph, 'transferBetweenness');
  const opts = resolveOptions(DEFAULT_TRANSFER_BETWEENNESS_OPTIONS, options, {
    isTarget: isFunction,
    isSource: (v) => (v === null ? undefined : isFunction(v)),
    normalized: isBoolean,
  });
  const { nodes, offsets, targets: adj } = buildAdjacencyIndex(graph);
  const n = nodes.length;
  const isT = new Uint8Array(n);
  const isS = new Uint8Array(n);
  nodes.forEach((node, i) => {
    const attrs = graph.getNodeAttributes(node);
    isT[i] = opts.isTarget(node, attrs) ? 1 : 0;
    isS[i] = (opts.isSource ? opts.isSource(node, attrs) : !isT[i]) ? 1 : 0;
  });

  const raw = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (!isS[s]) continue;
    sigma.fill(0);
    dist.fill(-1);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++] as number;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        const w = adj[e] as number;
        if (dist[w] === -1) {
          dist[w] = (dist[v] as number) + 1;
          order[tail++] = w;
        }
        if (dist[w] === (dist[v] as number) + 1) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    for (let k = 0; k < tail; k++) delta[order[k] as number] = 0;
    // reverse BFS order: dependencies on targets beyond w flow back to w's predecessors
    for (let k = tail - 1; k > 0; k--) {
      const w = order[k] as number;
      const coeff = ((delta[w] as number) + (isT[w] ? 1 : 0)) / (sigma[w] as number);
      for (let e = offsets[w] as number; e < (offsets[w + 1] as number); e++) {
        const v = adj[e] as number;
        if (dist[v] === (dist[w] as number) - 1) delta[v] = (delta[v] as number) + (sigma[v] as number) * coeff;
      }
      raw[w] = (raw[w] as number) + (delta[w] as number);
    }
  }

  let nS = 0;
  let nT = 0;
  let nST = 0;
  for (let i = 0; i < n; i++) {
    nS += isS[i] as number;
    nT += isT[i] as number;
    nST += isS[i] && isT[i] ? 1 : 0;
  }
  const out: NodeValues = {};
  for (let v = 0; v < n; v++) {
    let value = raw[v] as number;
    if (opts.normalized) {
      const s = nS - (isS[v] as number);
      const t = nT - (isT[v] as number);
      const both = nST - (isS[v] && isT[v] ? 1 : 0);
      const pairs = s * t - both;
      value = pairs > 0 ? value / pairs : 0;
    }
    out[nodes[v] as string] = value;
  }
  return out;
}

/** Writes `transfer_betweenness` (or `attribute`) on every node. */
transferBetweenness.assign = (graph: AbstractGraph, options?: TransferBetweennessOptions & { attribute?: string }) => {
  const { attribute = 'transfer_betweenness', ...rest } = options ?? {};
  for (const [node, v] of Object.entries(transferBetweenness(graph, rest))) graph.setNodeAttribute(node, attribute, v);
};
