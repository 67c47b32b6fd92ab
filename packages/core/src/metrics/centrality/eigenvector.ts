/**
 * Eigenvector centrality
 * ======================
 *
 *   λ x_v = Σ_u a_uv x_u,   ‖x‖₂ = 1
 *
 * A person is central if their neighbours are central: the principal eigenvector of the
 * (unweighted) adjacency matrix, found by power iteration on A + I (the shift makes the
 * iteration converge on bipartite graphs too), normalised to Euclidean norm 1.
 *
 * Conventions (as NetworkX `eigenvector_centrality(G)` with weight=None): unweighted,
 * undirected, start vector uniform, stop when Σ|x - x_last| < n · tol with tol = 1e-10 and at
 * most 10 000 iterations. On a disconnected network the values concentrate on the component
 * with the largest eigenvalue and tend to 0 elsewhere (isolates: 0 in the limit); see
 * docs/measures.md.
 *
 * Implementation: the CSR power iteration of kernels/spectral.ts, the same iteration as
 * graphology-metrics `centrality/eigenvector` with `getEdgeWeight: null` (still used on graphs
 * with self-loops, which the CSR leaves out).
 *
 * References:
 *   [1] Bonacich, P. (1987). Power and centrality: A family of measures. American Journal of
 *       Sociology 92(5), 1170-1182. doi:10.1086/228631
 */

import graphologyEigenvector from 'graphology-metrics/centrality/eigenvector.js';
import type { AbstractGraph } from 'graphology-types';
import { ConvergenceError } from '../../errors.js';
import { assertSimpleUndirected } from '../../graph/index.js';
import { buildCsr, valuesByKey } from '../../kernels/csr.js';
import { eigenvectorKernel } from '../../kernels/spectral.js';
import { positiveInteger, positiveNumber, resolveOptions } from '../../options.js';
import { type NodeValues, nodeMeasure } from '../measure.js';

/** Options of {@link eigenvector}: iterations and tolerance of the power iteration. */
export interface EigenvectorOptions {
  /** @defaultValue `10000` */
  maxIterations?: number;
  /** @defaultValue `1e-10` */
  tolerance?: number;
}

/** Defaults of {@link EigenvectorOptions}: 10,000 iterations, tolerance 1e-10. */
export const DEFAULT_EIGENVECTOR_OPTIONS: Readonly<Required<EigenvectorOptions>> = Object.freeze({
  maxIterations: 10000,
  tolerance: 1e-10,
});

/**
 * Eigenvector centrality of every person, x = λ⁻¹ A x with unit Euclidean norm, unweighted, as NetworkX
 * (Bonacich 1987).
 */
export const eigenvector = nodeMeasure<EigenvectorOptions>(
  'eigenvector',
  (graph: AbstractGraph, options?: EigenvectorOptions): NodeValues => {
    assertSimpleUndirected(graph, 'eigenvector');
    const opts = resolveOptions(DEFAULT_EIGENVECTOR_OPTIONS, options, {
      maxIterations: positiveInteger,
      tolerance: positiveNumber,
    });
    if (graph.order === 0) return {};
    if (graph.size === 0) {
      // A + I = I: every vector is an eigenvector; the uniform start is already normalised.
      const v = 1 / Math.sqrt(graph.order);
      return Object.fromEntries(graph.nodes().map((n) => [n, v]));
    }
    const csr = buildCsr(graph);
    if (!csr.hasSelfLoops) {
      const result = eigenvectorKernel(csr, opts.maxIterations, opts.tolerance);
      if (!result.converged) throw new ConvergenceError('eigenvector', opts.maxIterations, opts.tolerance);
      return valuesByKey(csr.nodes, result.values);
    }
    try {
      return graphologyEigenvector(graph, {
        getEdgeWeight: null,
        maxIterations: opts.maxIterations,
        tolerance: opts.tolerance,
      });
    } catch (error) {
      if (error instanceof Error && /failed to converge/.test(error.message)) {
        throw new ConvergenceError('eigenvector', opts.maxIterations, opts.tolerance);
      }
      throw error;
    }
  },
);
