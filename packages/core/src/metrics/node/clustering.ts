/**
 * Local clustering coefficient
 * ============================
 *
 *   C_i = 2 T_i / (k_i (k_i - 1))
 *
 * Share of pairs of a person's contacts who are themselves linked (T_i = triangles through i).
 * 0 when k_i < 2. Unweighted, undirected. Matches NetworkX `clustering(G)`; the graph-level
 * average (see `summary`) matches `average_clustering(G)` (zeros counted). Kernel: kernels/local.ts.
 *
 * References:
 *   [1] Watts, D. J., Strogatz, S. H. (1998). Collective dynamics of 'small-world' networks.
 *       Nature 393, 440-442. doi:10.1038/30918
 */

import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected } from '../../graph/index.js';
import { buildCsr, valuesByKey } from '../../kernels/csr.js';
import { clusteringKernel } from '../../kernels/local.js';
import { type NodeValues, nodeMeasure } from '../measure.js';

/**
 * Local clustering coefficient of every person, the share of pairs of their neighbours who are linked (Watts
 * & Strogatz 1998).
 */
export const clustering = nodeMeasure<Record<string, never>>('clustering', (graph: AbstractGraph): NodeValues => {
  assertSimpleUndirected(graph, 'clustering');
  const csr = buildCsr(graph);
  return valuesByKey(csr.nodes, clusteringKernel(csr));
});
