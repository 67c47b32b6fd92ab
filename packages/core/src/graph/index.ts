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

/** The arrays of a compressed sparse row (CSR) adjacency: `targets[offsets[i] .. offsets[i + 1])` are i's. */
export interface CsrArrays {
  offsets: Int32Array;
  targets: Int32Array;
}

/**
 * The one CSR builder: arcs `tails[k] → heads[k]` (k < count) in compressed sparse rows. Within a
 * row the arcs keep their list order (stable), and `order[slot]` is the arc k placed at `slot`, so
 * callers can carry per-arc values (the cascade's probabilities). With `sorted`, each row is then
 * sorted by target index (roster order) and `order` is not returned.
 */
export function csrFromArcs(
  n: number,
  tails: ArrayLike<number>,
  heads: ArrayLike<number>,
  count: number = tails.length,
  sorted = false,
): CsrArrays & { order: Int32Array | null } {
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) (offsets[(tails[k] as number) + 1] as number)++;
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(count);
  const order = sorted ? null : new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const slot = (fill[tails[k] as number] as number)++;
    targets[slot] = heads[k] as number;
    if (order !== null) order[slot] = k;
  }
  if (sorted) for (let i = 0; i < n; i++) targets.subarray(offsets[i] as number, offsets[i + 1] as number).sort();
  return { offsets, targets, order };
}

/**
 * Undirected links `a[e]`–`b[e]` (those with `keep[e]` set, or all) as a CSR with each link in the
 * lists of both ends, neighbours sorted by index.
 */
export function csrFromLinks(
  n: number,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  keep?: ArrayLike<number>,
): CsrArrays {
  const m = a.length;
  const tails = new Int32Array(2 * m);
  const heads = new Int32Array(2 * m);
  let arcs = 0;
  for (let e = 0; e < m; e++) {
    if (keep !== undefined && keep[e] === 0) continue;
    tails[arcs] = a[e] as number;
    heads[arcs++] = b[e] as number;
    tails[arcs] = b[e] as number;
    heads[arcs++] = a[e] as number;
  }
  const { offsets, targets } = csrFromArcs(n, tails, heads, arcs, true);
  return { offsets, targets };
}

export function buildAdjacencyIndex(graph: AbstractGraph): AdjacencyIndex {
  const nodes = graph.nodes();
  const indexOf = new Map<string, number>();
  nodes.forEach((n, i) => {
    indexOf.set(n, i);
  });
  const a = new Int32Array(graph.size);
  const b = new Int32Array(graph.size);
  let links = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    if (s === t) return;
    a[links] = indexOf.get(s) as number;
    b[links++] = indexOf.get(t) as number;
  });
  // Neighbours in roster (node) order, so every traversal, and every tie-break, follows the roster.
  const { offsets, targets } = csrFromLinks(nodes.length, a.subarray(0, links), b.subarray(0, links));
  return { nodes, indexOf, offsets, targets };
}

/**
 * Breadth-first search from one or several sources; `dist[v]` = hops to the nearest source,
 * -1 if unreachable. `dist` and `queue` are caller-owned buffers of length n, reused across calls.
 * Returns the number of nodes reached (sources included).
 */
export function bfs(index: CsrArrays, sources: ArrayLike<number>, dist: Int32Array, queue: Int32Array): number {
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
