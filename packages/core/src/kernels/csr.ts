/**
 * Compact graph (CSR) for the measure kernels
 * ===========================================
 *
 * The person graph as plain typed arrays, built once from the graphology graph and shared by
 * every kernel (and posted as is to worker threads or Web Workers):
 *
 *   nodes[i]                           the key of node i, in `graph.nodes()` order
 *   targets[offsets[i] .. offsets[i+1])  the neighbours of i, sorted by index (roster order)
 *   weights[e]                          the weight of the link to targets[e] (only if requested)
 *
 * Conventions: undirected and simple (each link appears in the lists of both ends); self-loops
 * are left out (no hop-based measure uses them; `hasSelfLoops` tells the weighted kernels to
 * defer to graphology-metrics, which counts them). Memory: 4(n + 1) + 4·2m bytes, plus 8·2m for
 * weights.
 *
 * Build it once per graph with `buildCsr` and pass it to the kernels (`analyzeRoster` does);
 * the single-measure functions in `metrics/**` build their own. It is a snapshot: change the
 * graph and build it again.
 *
 * References:
 *   [1] Saad, Y. (2003). Iterative Methods for Sparse Linear Systems, 2nd ed., SIAM, §3.4
 *       (compressed sparse row storage). doi:10.1137/1.9780898718003
 */

import type { AbstractGraph, Attributes } from 'graphology-types';
import { type AdjacencyIndex, buildAdjacencyIndex } from '../graph/index.js';

export interface CsrGraph {
  /** Number of nodes. */
  n: number;
  /** Node keys; index i is node i. */
  nodes: string[];
  /** Length n + 1. */
  offsets: Int32Array;
  /** Length 2m: each undirected link once from each end. */
  targets: Int32Array;
  /** Aligned with `targets`; `null` unless a weight reader was given. */
  weights: Float64Array | null;
  /** True if the graphology graph has self-loops (left out here). */
  hasSelfLoops: boolean;
}

/**
 * Builds the CSR of an undirected graph.
 *
 * @param graph - a simple undirected graphology graph (checked by the callers).
 * @param weight - optional reader of an edge's weight (validated by the caller's reader).
 */
export function buildCsr(graph: AbstractGraph, weight?: (edge: string, attributes: Attributes) => number): CsrGraph {
  const index = buildAdjacencyIndex(graph);
  return fromAdjacencyIndex(graph, index, weight);
}

/** Reuses an existing adjacency index (same order and layout) and adds weights if asked. */
export function fromAdjacencyIndex(
  graph: AbstractGraph,
  index: AdjacencyIndex,
  weight?: (edge: string, attributes: Attributes) => number,
): CsrGraph {
  const { nodes, indexOf, offsets, targets } = index;
  const n = nodes.length;
  let weights: Float64Array | null = null;
  if (weight) {
    // Each node's neighbours are sorted and distinct (simple graph): the position of j in i's
    // list is found by binary search.
    weights = new Float64Array(targets.length);
    const w = weights;
    graph.forEachEdge((e, a, s, t) => {
      if (s === t) {
        weight(e, a); // still validated
        return;
      }
      const i = indexOf.get(s) as number;
      const j = indexOf.get(t) as number;
      const value = weight(e, a);
      w[position(offsets, targets, i, j)] = value;
      w[position(offsets, targets, j, i)] = value;
    });
  }
  return { n, nodes, offsets, targets, weights, hasSelfLoops: graph.selfLoopCount > 0 };
}

function position(offsets: Int32Array, targets: Int32Array, i: number, j: number): number {
  let lo = offsets[i] as number;
  let hi = (offsets[i + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = targets[mid] as number;
    if (v === j) return mid;
    if (v < j) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new Error(`internal: link ${i}-${j} missing from the CSR`);
}

/** Degree of node i (distinct neighbours, self-loop excluded). */
export function csrDegree(csr: CsrGraph, i: number): number {
  return (csr.offsets[i + 1] as number) - (csr.offsets[i] as number);
}

/** Maps a typed array of per-node values back to node keys; NaN becomes `null` (undefined value). */
export function valuesByKey(nodes: readonly string[], values: ArrayLike<number>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (let i = 0; i < nodes.length; i++) {
    const v = values[i] as number;
    out[nodes[i] as string] = Number.isNaN(v) ? null : v;
  }
  return out;
}
