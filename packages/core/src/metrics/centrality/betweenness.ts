/**
 * Betweenness centrality
 * ======================
 *
 * Share of shortest paths between other pairs that pass through a person:
 *
 *   B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st
 *
 * with σ_st the number of shortest s-t paths and σ_st(v) those through v. Brandes' algorithm.
 *
 * Conventions (as NetworkX `betweenness_centrality(G, normalized=True)`):
 * - hop-based: paths are counted in steps, link weights are ignored (a weight is a strength
 *   of relation, not a distance, and its inverse would be an arbitrary choice);
 * - undirected, normalised by 2 / ((n-1)(n-2)) so values are in [0, 1];
 * - isolates and leaves get 0; graphs with n ≤ 2 give 0 for everyone.
 *
 * Implementation: the fused all-pairs pass on the CSR graph (kernels/fused-pass.ts, Brandes'
 * accumulation), checked against NetworkX in tests/reference and against graphology-metrics
 * `centrality/betweenness` in packages/core/test/kernels. `analyzeRoster` gets it from the same
 * pass as closeness, harmonic and transfer betweenness.
 *
 * References:
 *   [1] Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
 *       Sociometry 40(1), 35-41. doi:10.2307/3033543
 *   [2] Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of
 *       Mathematical Sociology 25(2), 163-177. doi:10.1080/0022250X.2001.9990249
 */

import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected } from '../../graph/index.js';
import { allPairs } from '../../kernels/all-pairs.js';
import { buildCsr, valuesByKey } from '../../kernels/csr.js';
import { type NodeValues, nodeMeasure } from '../measure.js';

/**
 * Betweenness centrality of every person, B(v) = Σ σ_st(v) / σ_st, hop-based and normalised as NetworkX
 * (Freeman 1977; Brandes 2001).
 */
export const betweenness = nodeMeasure<Record<string, never>>('betweenness', (graph: AbstractGraph): NodeValues => {
  assertSimpleUndirected(graph, 'betweenness');
  if (graph.order <= 2) return Object.fromEntries(graph.nodes().map((n) => [n, 0]));
  const csr = buildCsr(graph);
  const result = allPairs(csr, { betweenness: true, closeness: false, approximate: false });
  return valuesByKey(csr.nodes, result.betweenness as Float64Array);
});
