/**
 * Compact adjacency index
 * =======================
 *
 * Node keys mapped to 0..n-1 and neighbours in CSR form (offsets/targets typed arrays, each
 * node's neighbours sorted by index, i.e. roster order), built once per graph for the BFS-based
 * measures. Undirected graphs only: each edge appears in the
 * lists of both ends. Order follows `graph.nodes()` so results are deterministic.
 */

import type { AbstractGraph } from 'graphology-types';
import { InvalidGraphError } from '../errors.js';

export interface AdjacencyIndex {
  nodes: string[];
  indexOf: Map<string, number>;
  offsets: Int32Array;
  targets: Int32Array;
}

export function assertSimpleUndirected(graph: AbstractGraph, name: string): void {
  if (graph.type !== 'undirected' || graph.multi) {
    throw new InvalidGraphError(
      `${name}: expected a simple undirected graph, got a ${graph.multi ? 'multi ' : ''}${graph.type} graph`,
    );
  }
}

export function buildAdjacencyIndex(graph: AbstractGraph): AdjacencyIndex {
  const nodes = graph.nodes();
  const indexOf = new Map<string, number>();
  nodes.forEach((n, i) => {
    indexOf.set(n, i);
  });
  const offsets = new Int32Array(nodes.length + 1);
  for (let i = 0; i < nodes.length; i++)
    offsets[i + 1] = (offsets[i] as number) + graph.degreeWithoutSelfLoops(nodes[i] as string);
  const targets = new Int32Array(offsets[nodes.length] as number);
  const fill = offsets.slice(0, nodes.length);
  graph.forEachEdge((_e, _a, s, t) => {
    if (s === t) return;
    const i = indexOf.get(s) as number;
    const j = indexOf.get(t) as number;
    targets[(fill[i] as number)++] = j;
    targets[(fill[j] as number)++] = i;
  });
  // Neighbours in roster (node) order, so every traversal, and every tie-break, follows the roster.
  for (let i = 0; i < nodes.length; i++) targets.subarray(offsets[i] as number, offsets[i + 1] as number).sort();
  return { nodes, indexOf, offsets, targets };
}

/**
 * Breadth-first search from one or several sources; `dist[v]` = hops to the nearest source,
 * -1 if unreachable. `dist` and `queue` are caller-owned buffers of length n, reused across calls.
 * Returns the number of nodes reached (sources included).
 */
export function bfs(index: AdjacencyIndex, sources: ArrayLike<number>, dist: Int32Array, queue: Int32Array): number {
  dist.fill(-1);
  let head = 0;
  let tail = 0;
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k] as number;
    if (dist[s] === -1) {
      dist[s] = 0;
      queue[tail++] = s;
    }
  }
  const { offsets, targets } = index;
  while (head < tail) {
    const v = queue[head++] as number;
    const dv = (dist[v] as number) + 1;
    for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
      const w = targets[e] as number;
      if (dist[w] === -1) {
        dist[w] = dv;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}
