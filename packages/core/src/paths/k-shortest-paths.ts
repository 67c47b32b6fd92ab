/**
 * k shortest routes (Yen's algorithm, in steps)
 * =============================================
 *
 * The k shortest *simple* paths (no person twice) from a source to a target, or to the nearest
 * member of a target set, counted in steps (links are unweighted, as for betweenness): Yen's
 * algorithm, with breadth-first search for each spur path (neighbours explored in roster order).
 * Among routes of equal length the order is deterministic: the first is the one breadth-first
 * search finds exploring neighbours in roster order; later candidates of equal length are taken
 * by the roster order of their people, position by position.
 *
 * With a target *set*, a route ends at the first target it meets: it never passes through
 * another target (for decision-makers: an idea that reached one official has arrived).
 *
 * References:
 *   [1] Yen, J. Y. (1971). Finding the k shortest loopless paths in a network. Management
 *       Science 17(11), 712-716. doi:10.1287/mnsc.17.11.712
 *   (NetworkX `shortest_simple_paths` implements the same algorithm.)
 */

import type { AbstractGraph } from 'graphology-types';
import { type AdjacencyIndex, assertSimpleUndirected, buildAdjacencyIndex } from '../graph/index.js';

/** Shortest path by BFS from `source` to the first node with `isTarget`, avoiding removed nodes and arcs. */
function bfsPath(
  index: AdjacencyIndex,
  source: number,
  isTarget: Uint8Array,
  removedNode: Uint8Array,
  removedArc: Set<number>,
  parent: Int32Array,
  queue: Int32Array,
): number[] | null {
  // `parent` is all −2 on entry and is left so (only the entries set are reset): no O(n) clearing
  // per search, which made routes for every participant quadratic.
  const n = index.nodes.length;
  parent[source] = -1;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const v = queue[head++] as number;
    if (v !== source && isTarget[v]) {
      const path: number[] = [];
      for (let u = v; u !== -1; u = parent[u] as number) path.push(u);
      for (let j = 0; j < tail; j++) parent[queue[j] as number] = -2;
      return path.reverse();
    }
    if (v !== source && isTarget[v]) continue;
    for (let e = index.offsets[v] as number; e < (index.offsets[v + 1] as number); e++) {
      const w = index.targets[e] as number;
      if (parent[w] !== -2 || removedNode[w] || removedArc.has(v * n + w)) continue;
      parent[w] = v;
      queue[tail++] = w;
    }
  }
  for (let j = 0; j < tail; j++) parent[queue[j] as number] = -2;
  return null;
}

interface Scratch {
  /** All −2 between searches. */
  parent: Int32Array;
  queue: Int32Array;
  /** All 0 between searches. */
  removedNode: Uint8Array;
}

/**
 * Search arrays per adjacency index, reused by every call with the same index (routes for every
 * participant share one): allocating three arrays of n per call made them quadratic. Each search
 * leaves them as it found them.
 */
const scratches = new WeakMap<AdjacencyIndex, Scratch>();
function scratchFor(index: AdjacencyIndex): Scratch {
  let scratch = scratches.get(index);
  const n = index.nodes.length;
  if (scratch === undefined || scratch.parent.length !== n) {
    scratch = { parent: new Int32Array(n).fill(-2), queue: new Int32Array(n), removedNode: new Uint8Array(n) };
    scratches.set(index, scratch);
  }
  return scratch;
}

function comparePaths(a: number[], b: number[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

/**
 * The k shortest simple paths from `source` to any node for which `isTarget` is true.
 *
 * @param graph - undirected simple graph.
 * @param source - start node.
 * @param isTarget - target predicate (the source itself is never a target).
 * @param k - how many paths at most.
 * @returns up to k paths (node keys, source first), shortest first.
 */
export function kShortestPaths(
  graph: AbstractGraph,
  source: string,
  isTarget: (node: string) => boolean,
  k: number,
  index: AdjacencyIndex = buildAdjacencyIndex(graph),
  targetMask?: Uint8Array,
): string[][] {
  assertSimpleUndirected(graph, 'kShortestPaths');
  const n = index.nodes.length;
  const s = index.indexOf.get(source);
  if (s === undefined) throw new Error(`kShortestPaths: unknown node ${source}`);
  let target: Uint8Array;
  if (targetMask !== undefined && targetMask.length === n && targetMask[s] === 0) target = targetMask;
  else {
    target = new Uint8Array(n);
    index.nodes.forEach((node, i) => {
      if (i !== s && isTarget(node)) target[i] = 1;
    });
  }
  const { parent, queue, removedNode } = scratchFor(index);
  const first = bfsPath(index, s, target, removedNode, new Set(), parent, queue);
  if (!first || k < 1) return [];

  const found: number[][] = [first];
  const candidates: number[][] = [];
  const seen = new Set<string>([first.join(',')]);
  while (found.length < k) {
    const previous = found[found.length - 1] as number[];
    for (let i = 0; i < previous.length - 1; i++) {
      const spur = previous[i] as number;
      const root = previous.slice(0, i + 1);
      const removedArc = new Set<number>();
      for (const p of found) {
        if (p.length > i + 1 && root.every((x, j) => p[j] === x)) {
          const a = p[i] as number;
          const b = p[i + 1] as number;
          removedArc.add(a * n + b);
        }
      }
      for (let j = 0; j < i; j++) removedNode[root[j] as number] = 1;
      const spurPath = bfsPath(index, spur, target, removedNode, removedArc, parent, queue);
      for (let j = 0; j < i; j++) removedNode[root[j] as number] = 0;
      if (!spurPath) continue;
      const total = [...root.slice(0, -1), ...spurPath];
      const key = total.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(total);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort(comparePaths);
    found.push(candidates.shift() as number[]);
  }
  return found.map((p) => p.map((i) => index.nodes[i] as string));
}
