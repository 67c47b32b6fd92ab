/**
 * Closeness centrality (Wasserman-Faust)
 * ======================================
 *
 * Inverse of the average distance (in hops) from a person to everyone they can reach,
 * scaled by the share of the network they can reach:
 *
 *   C(v) = (r - 1) / Σ_{u reachable} d(v, u)  ×  (r - 1) / (n - 1)
 *
 * with r the number of nodes reachable from v (v included) and n the number of nodes.
 * The second factor is Wasserman & Faust's correction, which keeps values comparable across
 * components of a disconnected network (a person in a small component is not "central").
 * Isolates get 0. Hop-based, unweighted, undirected.
 *
 * Matches NetworkX `closeness_centrality(G)` (its default `wf_improved=True`) and
 * graphology-metrics `centrality/closeness` with `wassermanFaust: true` (same formula, same
 * order of operations). Implementation: the fused all-pairs pass (kernels/fused-pass.ts).
 *
 * References:
 *   [1] Freeman, L. C. (1978). Centrality in social networks conceptual clarification.
 *       Social Networks 1(3), 215-239. doi:10.1016/0378-8733(78)90021-7
 *   [2] Wasserman, S., Faust, K. (1994). Social Network Analysis: Methods and Applications.
 *       Cambridge University Press, p. 201. doi:10.1017/CBO9780511815478
 */

import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected } from '../../graph/index.js';
import { allPairs } from '../../kernels/all-pairs.js';
import { buildCsr, valuesByKey } from '../../kernels/csr.js';
import { type NodeValues, nodeMeasure } from '../measure.js';

/**
 * Closeness centrality of every person, (r − 1)/Σd scaled by (r − 1)/(n − 1) within their component, as
 * NetworkX's Wasserman-Faust default (Freeman 1978; Wasserman & Faust 1994).
 */
export const closeness = nodeMeasure<Record<string, never>>('closeness', (graph: AbstractGraph): NodeValues => {
  assertSimpleUndirected(graph, 'closeness');
  const csr = buildCsr(graph);
  const result = allPairs(csr, { betweenness: false, closeness: true, approximate: false });
  return valuesByKey(csr.nodes, result.closeness as Float64Array);
});
