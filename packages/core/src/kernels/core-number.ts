/**
 * Core number (k-core)
 * ====================
 *
 * The k-core of a graph is its largest subgraph in which every node has at least k neighbours
 * (Seidman 1983 [1]); it is what is left after removing, again and again, every node with fewer
 * than k neighbours. A node's **core number** is the largest k for which it belongs to the k-core:
 *
 *   core(v) = max { k : v ∈ k-core(G) }
 *
 * Computed by Batagelj and Zaveršnik's bucket algorithm [2], O(n + m): nodes sorted by degree
 * into buckets, then visited in order of current degree; each visit fixes the node's core number
 * and lowers by one the current degree of every neighbour with a higher one.
 *
 * Conventions: the undirected person graph; a pair of people linked by several ties and shared
 * events counts once (unweighted, the link's weight is ignored, and so is the direction of the
 * ties); isolates have core number 0, a person with one contact 1. Matches NetworkX
 * `core_number(G)` (which refuses self-loops; the CSR has none).
 *
 * What it means: a person in a high core sits in a group where everyone has many contacts within
 * the group, a cohesive centre of the network rather than its periphery. It does not say that
 * the group agrees, or that the person is influential within it.
 *
 * References:
 *   [1] Seidman, S. B. (1983). Network structure and minimum degree. Social Networks 5(3),
 *       269-287. doi:10.1016/0378-8733(83)90028-X
 *   [2] Batagelj, V., Zaveršnik, M. (2003). An O(m) algorithm for cores decomposition of
 *       networks. arXiv:cs/0310049. https://arxiv.org/abs/cs/0310049
 */

import type { CsrGraph } from './csr.js';

/**
 * Core number of every node of a CSR graph (index i is node i).
 *
 * @param csr - the graph (undirected, simple; self-loops are not in a CSR).
 * @returns core numbers, 0 for isolates.
 * @see arXiv:cs/0310049 (Batagelj & Zaveršnik 2003)
 */
export function coreNumberKernel({ n, offsets, targets }: Pick<CsrGraph, 'n' | 'offsets' | 'targets'>): Int32Array {
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    const d = (offsets[v + 1] as number) - (offsets[v] as number);
    degree[v] = d;
    if (d > maxDegree) maxDegree = d;
  }
  // bin[d]: first position of degree d in `order` (a counting sort of the nodes by degree).
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) (bin[degree[v] as number] as number)++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d] as number;
    bin[d] = start;
    start += count;
  }
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const p = (bin[degree[v] as number] as number)++;
    position[v] = p;
    order[p] = v;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1] as number;
  bin[0] = 0;
  // Visit in order of current degree; `degree` becomes the core number.
  for (let i = 0; i < n; i++) {
    const v = order[i] as number;
    const dv = degree[v] as number;
    for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
      const u = targets[e] as number;
      const du = degree[u] as number;
      if (du <= dv) continue;
      // Move u to the front of its bucket, then shrink the bucket past it: u's degree drops by 1.
      const pu = position[u] as number;
      const pw = bin[du] as number;
      const w = order[pw] as number;
      if (u !== w) {
        order[pu] = w;
        position[w] = pu;
        order[pw] = u;
        position[u] = pw;
      }
      bin[du] = pw + 1;
      degree[u] = du - 1;
    }
  }
  return degree;
}
