/**
 * Local kernels against direct definitions written with graphology's neighbour lists:
 * degree (distinct neighbours), clustering 2T/(k(k−1)), effective size k − 2t/k and Burt's
 * constraint Σ_j (p_ij + Σ_q p_iq p_qj)² with p = 1/k (NetworkX `constraint`, weight=None).
 * Tolerance 1e-12 (same terms, possibly another order). Isolates: NaN (null in the measures).
 */
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../src/kernels/csr.js';
import { clusteringKernel, constraintKernel, degreeKernel, effectiveSizeKernel } from '../../src/kernels/local.js';
import { testGraphs } from './helpers.js';

function direct(graph: AbstractGraph, node: string) {
  const nb = graph.neighbors(node).filter((m) => m !== node);
  const k = nb.length;
  let links = 0;
  for (const a of nb) for (const b of nb) if (a < b && graph.areNeighbors(a, b)) links++;
  const deg = (x: string) => graph.neighbors(x).filter((m) => m !== x).length;
  let c = 0;
  for (const j of nb) {
    let indirect = 0;
    for (const q of nb) if (q !== j && graph.areNeighbors(q, j)) indirect += (1 / k) * (1 / deg(q));
    c += (1 / k + indirect) ** 2;
  }
  return {
    degree: k,
    clustering: k < 2 ? 0 : (2 * links) / (k * (k - 1)),
    effectiveSize: k === 0 ? Number.NaN : k - (2 * links) / k,
    constraint: k === 0 ? Number.NaN : c,
  };
}

describe('local kernels', () => {
  for (const [name, graph] of testGraphs()) {
    it(`${name}: degree, clustering, effective size, constraint`, () => {
      const csr = buildCsr(graph);
      const d = degreeKernel(csr);
      const cl = clusteringKernel(csr);
      const es = effectiveSizeKernel(csr);
      const co = constraintKernel(csr);
      csr.nodes.forEach((node, i) => {
        const e = direct(graph, node);
        expect(d[i]).toBe(e.degree);
        expect(cl[i]).toBeCloseTo(e.clustering, 12);
        if (Number.isNaN(e.effectiveSize)) expect(es[i]).toBeNaN();
        else expect(es[i]).toBeCloseTo(e.effectiveSize, 12);
        if (Number.isNaN(e.constraint)) expect(co[i]).toBeNaN();
        else expect(co[i]).toBeCloseTo(e.constraint, 12);
      });
    });
  }
});
