/**
 * PageRank
 * ========
 *
 *   PR(v) = (1 - α) / n + α Σ_{u ∈ N(v)} PR(u) · w_uv / s_u  +  α · (Σ_{dangling d} PR(d)) / n
 *
 * Stationary distribution of a random walk that follows links with probability proportional
 * to their weight and, with probability 1 - α, jumps to a person chosen uniformly. People
 * with no links (dangling nodes) jump uniformly. Values sum to 1.
 *
 * Conventions (as NetworkX `pagerank(G, alpha=0.85, weight="weight")`): α = 0.85, link
 * `weight` as transition strength (each undirected link used in both directions), uniform
 * personalisation and dangling distribution. Power iteration until Σ|x - x_last| < n · tol
 * with tol = 1e-10 (tighter than NetworkX's 1e-6, so results are stable to the printed digits).
 *
 * Implementation: the CSR power iteration of kernels/spectral.ts, the same iteration as
 * graphology-metrics `centrality/pagerank` (which is still used on graphs with self-loops, which
 * the CSR leaves out).
 *
 * References:
 *   [1] Brin, S., Page, L. (1998). The anatomy of a large-scale hypertextual Web search
 *       engine. Computer Networks and ISDN Systems 30, 107-117. doi:10.1016/S0169-7552(98)00110-X
 *   [2] Langville, A. N., Meyer, C. D. (2006). Google's PageRank and Beyond. Princeton UP.
 */

import graphologyPagerank from 'graphology-metrics/centrality/pagerank.js';
import type { AbstractGraph } from 'graphology-types';
import { ConvergenceError } from '../../errors.js';
import { assertSimpleUndirected } from '../../graph/index.js';
import { buildCsr, valuesByKey } from '../../kernels/csr.js';
import { pagerankKernel } from '../../kernels/spectral.js';
import { edgeWeightGetter, positiveInteger, positiveNumber, probability, resolveOptions } from '../../options.js';
import { type NodeValues, nodeMeasure } from '../measure.js';
import { type EdgeWeightGetter, edgeWeightReader } from './degree.js';

/** Options of {@link pagerank}: damping, link weight, iterations and tolerance. */
export interface PagerankOptions {
  /** Damping factor. @defaultValue `0.85` */
  alpha?: number;
  /** Link weight attribute or getter; `null` for unweighted. @defaultValue `'weight'` */
  getEdgeWeight?: EdgeWeightGetter;
  /** @defaultValue `1000` */
  maxIterations?: number;
  /** @defaultValue `1e-10` */
  tolerance?: number;
}

/** Defaults of {@link PagerankOptions}: α = 0.85, weighted, 1,000 iterations, tolerance 1e-10. */
export const DEFAULT_PAGERANK_OPTIONS: Readonly<Required<PagerankOptions>> = Object.freeze({
  alpha: 0.85,
  getEdgeWeight: 'weight',
  maxIterations: 1000,
  tolerance: 1e-10,
});

/** PageRank of every person on the weighted person graph, as NetworkX `pagerank` (Brin & Page 1998). */
export const pagerank = nodeMeasure<PagerankOptions>(
  'pagerank',
  (graph: AbstractGraph, options?: PagerankOptions): NodeValues => {
    assertSimpleUndirected(graph, 'pagerank');
    const opts = resolveOptions(DEFAULT_PAGERANK_OPTIONS, options, {
      alpha: probability,
      getEdgeWeight: edgeWeightGetter,
      maxIterations: positiveInteger,
      tolerance: positiveNumber,
    });
    if (graph.order === 0) return {};
    const weight = edgeWeightReader(opts.getEdgeWeight);
    const csr = buildCsr(graph, weight);
    if (!csr.hasSelfLoops) {
      const result = pagerankKernel(csr, opts.alpha, opts.maxIterations, opts.tolerance);
      if (!result.converged) throw new ConvergenceError('pagerank', opts.maxIterations, opts.tolerance);
      return valuesByKey(csr.nodes, result.values);
    }
    try {
      return graphologyPagerank(graph, {
        alpha: opts.alpha,
        maxIterations: opts.maxIterations,
        tolerance: opts.tolerance,
        getEdgeWeight: (e: string, a: Record<string, unknown>) => weight(e, a),
      });
    } catch (error) {
      if (error instanceof Error && /failed to converge/.test(error.message)) {
        throw new ConvergenceError('pagerank', opts.maxIterations, opts.tolerance);
      }
      throw error;
    }
  },
);
