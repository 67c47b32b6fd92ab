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
 * Matches NetworkX `harmonic_centrality(G)`. graphology-metrics has no harmonic centrality,
 * so this is a BFS per node on the compact adjacency index (O(n·m)).
 *
 * References:
 *   [1] Marchiori, M., Latora, V. (2000). Harmony in the small-world. Physica A 285(3-4),
 *       539-546. doi:10.1016/S0378-4371(00)00311-3
 *   [2] Boldi, P., Vigna, S. (2014). Axioms for centrality. Internet Mathematics 10(3-4),
 *       222-262. doi:10.1080/15427951.2013.865686
 */

import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected, bfs, buildAdjacencyIndex } from '../../graph/index.js';
import { type NodeValues, nodeMeasure } from '../measure.js';

export const harmonic = nodeMeasure<Record<string, never>>('harmonic', (graph: AbstractGraph): NodeValues => {
  assertSimpleUndirected(graph, 'harmonic');
  const index = buildAdjacencyIndex(graph);
  const n = index.nodes.length;
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  const source = new Int32Array(1);
  const out: NodeValues = {};
  for (let s = 0; s < n; s++) {
    source[0] = s;
    const reached = bfs(index, source, dist, queue);
    let h = 0;
    // queue[1..reached) holds the reached nodes other than s, in BFS order
    for (let k = 1; k < reached; k++) h += 1 / (dist[queue[k] as number] as number);
    out[index.nodes[s] as string] = h;
  }
  return out;
});
