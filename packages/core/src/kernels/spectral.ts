/**
 * PageRank and eigenvector kernels
 * ================================
 *
 * Power iterations on the CSR graph, reproducing graphology-metrics' iterations step for step
 * (same start vector, same update, same stopping rule), written as a pull over each node's
 * neighbours with typed arrays swapped between iterations instead of a push with a new array
 * per iteration.
 *
 * PageRank (graphology-metrics `centrality/pagerank`, NetworkX `pagerank`):
 *
 *   x⁰ = 1/n;   x^{k+1}(v) = α Σ_{u ∈ N(v)} x^k(u) · w_uv / s_u  +  (α Σ_{dangling d} x^k(d) + 1 − α) / n
 *
 * with s_u = Σ_v w_uv (strength) and dangling nodes those with s_u = 0.
 *
 * Eigenvector (graphology-metrics `centrality/eigenvector`, NetworkX `eigenvector_centrality`):
 *
 *   x⁰ = 1/n;   y = (A + I) x^k;   x^{k+1} = y / ‖y‖₂
 *
 * Both stop when Σ_v |x^{k+1}(v) − x^k(v)| < n · tolerance and report failure after
 * `maxIterations` iterations (the caller throws ConvergenceError). The floating-point sums run in
 * a different order from graphology's, so values agree to rounding (≈1e-15 relative), not bit for
 * bit; the tests state the tolerance.
 *
 * Cost: O(m) per iteration, no allocation inside the loop.
 *
 * References:
 *   [1] Brin, S., Page, L. (1998). The anatomy of a large-scale hypertextual Web search engine.
 *       Computer Networks and ISDN Systems 30, 107-117. doi:10.1016/S0169-7552(98)00110-X
 *   [2] Bonacich, P. (1987). Power and centrality: A family of measures. American Journal of
 *       Sociology 92(5), 1170-1182. doi:10.1086/228631
 */

import type { CsrGraph } from './csr.js';

export interface PowerIterationResult {
  values: Float64Array;
  iterations: number;
  converged: boolean;
}

/**
 * PageRank on a weighted CSR (`csr.weights`, or 1 per link if null).
 */
export function pagerankKernel(
  csr: Pick<CsrGraph, 'n' | 'offsets' | 'targets' | 'weights'>,
  alpha: number,
  maxIterations: number,
  tolerance: number,
): PowerIterationResult {
  const { n, offsets, targets, weights } = csr;
  const p = 1 / n;
  const strength = new Float64Array(n);
  const dangling: number[] = [];
  for (let u = 0; u < n; u++) {
    let s = 0;
    const end = offsets[u + 1] as number;
    if (weights) for (let e = offsets[u] as number; e < end; e++) s += weights[e] as number;
    else s = end - (offsets[u] as number);
    strength[u] = s;
    if (s === 0) dangling.push(u);
  }
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  const share = new Float64Array(n); // α x(u) / s_u
  let iterations = 0;
  while (iterations < maxIterations) {
    let dangleSum = 0;
    for (const d of dangling) dangleSum += x[d] as number;
    dangleSum *= alpha;
    const base = dangleSum * p + (1 - alpha) * p;
    for (let u = 0; u < n; u++) {
      const s = strength[u] as number;
      share[u] = s === 0 ? 0 : (alpha * (x[u] as number)) / s;
    }
    let error = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      const end = offsets[v + 1] as number;
      if (weights) {
        for (let e = offsets[v] as number; e < end; e++)
          sum += (share[targets[e] as number] as number) * (weights[e] as number);
      } else {
        for (let e = offsets[v] as number; e < end; e++) sum += share[targets[e] as number] as number;
      }
      const value = sum + base;
      next[v] = value;
      error += Math.abs(value - (x[v] as number));
    }
    const swap = x;
    x = next;
    next = swap;
    if (error < n * tolerance) return { values: x, iterations: iterations + 1, converged: true };
    iterations++;
  }
  return { values: x, iterations, converged: false };
}

/** Eigenvector centrality of the unweighted adjacency matrix, by power iteration on A + I. */
export function eigenvectorKernel(
  csr: Pick<CsrGraph, 'n' | 'offsets' | 'targets'>,
  maxIterations: number,
  tolerance: number,
): PowerIterationResult {
  const { n, offsets, targets } = csr;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let iterations = 0;
  while (iterations < maxIterations) {
    let squares = 0;
    for (let v = 0; v < n; v++) {
      let sum = x[v] as number;
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++)
        sum += x[targets[e] as number] as number;
      next[v] = sum;
      squares += sum * sum;
    }
    const norm = Math.sqrt(squares);
    let error = 0;
    for (let v = 0; v < n; v++) {
      const value = (next[v] as number) / norm;
      next[v] = value;
      error += Math.abs(value - (x[v] as number));
    }
    const swap = x;
    x = next;
    next = swap;
    if (error < n * tolerance) return { values: x, iterations: iterations + 1, converged: true };
    iterations++;
  }
  return { values: x, iterations, converged: false };
}
