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
 * one BFS per source, O(|S| · m), in the fused all-pairs pass (kernels/fused-pass.ts), which
 * `analyzeRoster` shares with betweenness, closeness and harmonic.
 *
 * References:
 *   [1] Brandes, U. (2008). On variants of shortest-path betweenness centrality and their
 *       generic computation. Social Networks 30(2), 136-145. doi:10.1016/j.socnet.2007.11.001
 *   [2] Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
 *       Sociometry 40(1), 35-41. doi:10.2307/3033543
 */

import type { AbstractGraph, Attributes } from 'graphology-types';
import { assertSimpleUndirected } from '../../graph/index.js';
import { allPairs } from '../../kernels/all-pairs.js';
import { buildCsr, valuesByKey } from '../../kernels/csr.js';
import { isBoolean, isFunction, resolveOptions } from '../../options.js';
import type { NodeValues } from '../measure.js';

/** Options of {@link transferBetweenness}: targets, sources and normalisation. */
export interface TransferBetweennessOptions {
  /** Targets. @defaultValue `attributes.isDecisionMaker === true` */
  isTarget?: (node: string, attributes: Attributes) => boolean;
  /** Sources. @defaultValue every node that is not a target */
  isSource?: ((node: string, attributes: Attributes) => boolean) | null;
  /** Divide by the number of source–target pairs (see above). @defaultValue `true` */
  normalized?: boolean;
}

/**
 * Defaults of {@link TransferBetweennessOptions}: decision-makers are the targets, everyone else a source,
 * normalised.
 */
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
  const csr = buildCsr(graph);
  const n = csr.n;
  const isT = new Uint8Array(n);
  const isS = new Uint8Array(n);
  csr.nodes.forEach((node, i) => {
    const attrs = graph.getNodeAttributes(node);
    isT[i] = opts.isTarget(node, attrs) ? 1 : 0;
    isS[i] = (opts.isSource ? opts.isSource(node, attrs) : !isT[i]) ? 1 : 0;
  });
  const result = allPairs(csr, {
    betweenness: false,
    closeness: false,
    transfer: { targets: isT, sources: isS },
    approximate: false,
  });
  return valuesByKey(csr.nodes, (opts.normalized ? result.transfer : result.transferRaw) as Float64Array);
}

/** Writes `transfer_betweenness` (or `attribute`) on every node. */
transferBetweenness.assign = (graph: AbstractGraph, options?: TransferBetweennessOptions & { attribute?: string }) => {
  const { attribute = 'transfer_betweenness', ...rest } = options ?? {};
  for (const [node, v] of Object.entries(transferBetweenness(graph, rest))) graph.setNodeAttribute(node, attribute, v);
};
