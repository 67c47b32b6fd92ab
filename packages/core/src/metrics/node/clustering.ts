/**
 * Local clustering coefficient
 * ============================
 *
 *   C_i = 2 T_i / (k_i (k_i - 1))
 *
 * Share of pairs of a person's contacts who are themselves linked (T_i = triangles through i).
 * 0 when k_i < 2. Unweighted, undirected. Matches NetworkX `clustering(G)`; the graph-level
 * average (see `summary`) matches `average_clustering(G)` (zeros counted).
 *
 * References:
 *   [1] Watts, D. J., Strogatz, S. H. (1998). Collective dynamics of 'small-world' networks.
 *       Nature 393, 440-442. doi:10.1038/30918
 */

import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected, buildAdjacencyIndex, neighbourLinkEnds } from '../../graph/index.js';
import { type NodeValues, nodeMeasure } from '../measure.js';

export const clustering = nodeMeasure<Record<string, never>>('clustering', (graph: AbstractGraph): NodeValues => {
  assertSimpleUndirected(graph, 'clustering');
  const index = buildAdjacencyIndex(graph);
  const ends = neighbourLinkEnds(index); // 2 T_i
  const out: NodeValues = {};
  index.nodes.forEach((node, i) => {
    const k = (index.offsets[i + 1] as number) - (index.offsets[i] as number);
    out[node] = k < 2 ? 0 : (ends[i] as number) / (k * (k - 1));
  });
  return out;
});
