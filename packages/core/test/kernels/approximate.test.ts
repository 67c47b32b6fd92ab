/**
 * The approximations hold their stated bounds. Each bound holds for every node at once with
 * probability ≥ 1 − δ (δ = 0.1 here) over the sampling; the seeds are fixed, so these tests are
 * deterministic, and a failure would mean a bug (or one of the ≤ 10 % unlucky seeds: the seeds
 * below were not chosen, they are the first ones tried).
 *
 *   betweenness   |B̃(v) − B(v)| ≤ ε                                   (Riondato & Kornaropoulos 2016)
 *   closeness     |Σ̃d(v) − Σd(v)| / n ≤ distanceError = ε_k · Δ       (Eppstein & Wang 2004)
 *   harmonic      |H̃(v) − H(v)| / n ≤ ε_k
 *   transfer      |TB̃_raw(v) − TB_raw(v)| / (|S||T|) ≤ ε_T
 */
import { UndirectedGraph } from 'graphology';
import clusters from 'graphology-generators/random/clusters.js';
import erdosRenyi from 'graphology-generators/random/erdos-renyi.js';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { allPairs } from '../../src/kernels/all-pairs.js';
import { rkSampleSize, sourceSampleEpsilon, sourceSampleSize } from '../../src/kernels/approximate.js';
import { buildCsr } from '../../src/kernels/csr.js';
import { createRng } from '../../src/utils/rng.js';

function flags(nodes: string[]) {
  const targets = Uint8Array.from(nodes, (_n, i) => (i % 9 === 4 ? 1 : 0));
  return { targets, sources: targets.map((t) => 1 - t) };
}

const cases: [string, AbstractGraph][] = [
  [
    'clusters n=400',
    clusters(UndirectedGraph, { order: 400, size: 2400, clusters: 8, clusterDensity: 0.6, rng: createRng(11) }),
  ],
  [
    'sparse Erdős–Rényi n=300 (disconnected)',
    erdosRenyi(UndirectedGraph, { order: 300, probability: 0.006, rng: createRng(12) }),
  ],
];

describe('approximations', () => {
  for (const [name, graph] of cases) {
    it(`${name}: every node within the stated bounds (ε = 0.05, δ = 0.1, seed 42)`, () => {
      const csr = buildCsr(graph);
      const n = csr.n;
      const transfer = flags(csr.nodes);
      const exact = allPairs(csr, { transfer, approximate: false });
      const approx = allPairs(csr, { transfer, approximate: true, epsilon: 0.05, delta: 0.1, seed: 42 });
      const a = approx.approximation;
      expect(a).not.toBeNull();
      if (!a) return;
      expect(a.betweenness?.samples).toBe(rkSampleSize(n, a.diameterBound, 0.05, 0.1));
      expect(a.harmonic?.samples).toBe(sourceSampleSize(n, 0.05, 0.1));
      const eps = sourceSampleEpsilon(n, a.harmonic?.samples ?? 0, 0.1);
      expect(eps).toBeLessThanOrEqual(0.05);

      let nS = 0;
      let nT = 0;
      for (let i = 0; i < n; i++) {
        nS += transfer.sources[i] as number;
        nT += transfer.targets[i] as number;
      }
      for (let v = 0; v < n; v++) {
        expect(Math.abs((approx.betweenness?.[v] as number) - (exact.betweenness?.[v] as number))).toBeLessThanOrEqual(
          0.05,
        );
        expect(Math.abs((approx.harmonic?.[v] as number) - (exact.harmonic?.[v] as number)) / n).toBeLessThanOrEqual(
          eps,
        );
        expect(
          Math.abs((approx.distanceSum?.[v] as number) - (exact.distanceSum?.[v] as number)) / n,
        ).toBeLessThanOrEqual(a.closeness?.distanceError as number);
        expect(Number.isFinite(approx.closeness?.[v] as number)).toBe(true);
        const rawError = Math.abs((approx.transferRaw?.[v] as number) - (exact.transferRaw?.[v] as number)) / (nS * nT);
        expect(rawError).toBeLessThanOrEqual(a.transfer?.epsilon as number);
      }
    });
  }
});
