/**
 * PageRank and eigenvector kernels against graphology-metrics with the same options
 * (α = 0.85, weights, tolerance 1e-10; unweighted eigenvector, tolerance 1e-10). Both iterate the
 * same map from the same start and stop by the same rule; sums run in another order, so the
 * values are compared to 1e-9 absolute (the stopping tolerance's order) and the iteration counts
 * may differ by one at most.
 */
import gEigenvector from 'graphology-metrics/centrality/eigenvector.js';
import gPagerank from 'graphology-metrics/centrality/pagerank.js';
import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../src/kernels/csr.js';
import { eigenvectorKernel, pagerankKernel } from '../../src/kernels/spectral.js';
import { eigenvector } from '../../src/metrics/centrality/eigenvector.js';
import { pagerank } from '../../src/metrics/centrality/pagerank.js';
import { testGraphs } from './helpers.js';

describe('PageRank and eigenvector kernels', () => {
  for (const [name, graph] of testGraphs()) {
    if (graph.order === 0) continue;
    it(`${name}: PageRank equals graphology-metrics (weighted)`, () => {
      const csr = buildCsr(graph, (_e, a) => (a.weight as number | undefined) ?? 1);
      const r = pagerankKernel(csr, 0.85, 1000, 1e-10);
      expect(r.converged).toBe(true);
      const expected = gPagerank(graph, {
        alpha: 0.85,
        maxIterations: 1000,
        tolerance: 1e-10,
        getEdgeWeight: (_e: string, a: Record<string, unknown>) => (a.weight as number | undefined) ?? 1,
      });
      csr.nodes.forEach((node, i) => {
        expect(r.values[i]).toBeCloseTo(expected[node] as number, 9);
      });
      const viaMeasure = pagerank(graph, { getEdgeWeight: (_e, a) => (a.weight as number | undefined) ?? 1 });
      for (const node of csr.nodes) expect(viaMeasure[node]).toBeCloseTo(expected[node] as number, 9);
    });
    if (graph.size === 0) continue;
    it(`${name}: eigenvector equals graphology-metrics (unweighted)`, () => {
      const csr = buildCsr(graph);
      const r = eigenvectorKernel(csr, 10000, 1e-10);
      expect(r.converged).toBe(true);
      const expected = gEigenvector(graph, { getEdgeWeight: null, maxIterations: 10000, tolerance: 1e-10 });
      csr.nodes.forEach((node, i) => {
        expect(r.values[i]).toBeCloseTo(expected[node] as number, 9);
      });
      const viaMeasure = eigenvector(graph);
      for (const node of csr.nodes) expect(viaMeasure[node]).toBeCloseTo(expected[node] as number, 9);
    });
  }

  it('reports non-convergence instead of returning a wrong vector', () => {
    const [, graph] = testGraphs()[0] as [string, never];
    const csr = buildCsr(graph);
    expect(eigenvectorKernel(csr, 2, 1e-15).converged).toBe(false);
    expect(pagerankKernel(csr, 0.85, 2, 1e-15).converged).toBe(false);
  });
});
