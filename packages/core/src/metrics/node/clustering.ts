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
import { assertSimpleUndirected, buildAdjacencyIndex } from '../../graph/index.js';
import { type NodeValues, nodeMeasure } from '../measure.js';

export const clustering = nodeMeasure<Record<string, never>>('clustering', (graph: AbstractGraph): NodeValues => {
  assertSimpleUndirected(graph, 'clustering');
  const { nodes, offsets, targets } = buildAdjacencyIndex(graph);
  const mark = new Int32Array(nodes.length);
  const out: NodeValues = {};
  for (let i = 0; i < nodes.length; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    const k = end - start;
    if (k < 2) {
      out[nodes[i] as string] = 0;
      continue;
    }
    for (let e = start; e < end; e++) mark[targets[e] as number] = i + 1;
    let links = 0; // each triangle counted twice
    for (let e = start; e < end; e++) {
      const j = targets[e] as number;
      for (let f = offsets[j] as number; f < (offsets[j + 1] as number); f++)
        if (mark[targets[f] as number] === i + 1) links++;
    }
    out[nodes[i] as string] = links / (k * (k - 1));
  }
  return out;
});
