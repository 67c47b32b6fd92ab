/**
 * Harmonic centrality
 * ===================
 *
 *   H(v) = Σ_{u ≠ v} 1 / d(v, u),   with 1/∞ = 0
 *
 * Sum of inverse hop distances to every other person; unreachable people add 0, so it is
 * well defined on disconnected networks. Raw (not divided by n - 1), unweighted, undirected.
 * Isolates get 0.
 *
 * Matches NetworkX `harmonic_centrality(G)`. graphology-metrics has no harmonic centrality;
 * this is the fused all-pairs pass on the CSR graph (kernels/fused-pass.ts), a BFS per node
 * (O(n·m)), summing 1/d in BFS order.
 *
 * References:
 *   [1] Marchiori, M., Latora, V. (2000). Harmony in the small-world. Physica A 285(3-4),
 *       539-546. doi:10.1016/S0378-4371(00)00311-3
 *   [2] Boldi, P., Vigna, S. (2014). Axioms for centrality. Internet Mathematics 10(3-4),
 *       222-262. doi:10.1080/15427951.2013.865686
 */

import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected } from '../../graph/index.js';
import { allPairs } from '../../kernels/all-pairs.js';
import { buildCsr, valuesByKey } from '../../kernels/csr.js';
import { type NodeValues, nodeMeasure } from '../measure.js';

/**
 * Harmonic centrality of every person, H(v) = Σ 1/d(v, u) over the others, unnormalised as NetworkX
 * (Marchiori & Latora 2000).
 */
export const harmonic = nodeMeasure<Record<string, never>>('harmonic', (graph: AbstractGraph): NodeValues => {
  assertSimpleUndirected(graph, 'harmonic');
  const csr = buildCsr(graph);
  const result = allPairs(csr, { betweenness: false, closeness: true, approximate: false });
  return valuesByKey(csr.nodes, result.harmonic as Float64Array);
});
