/**
 * The fused all-pairs pass against independent implementations, on seeded random graphs:
 * - betweenness and closeness against graphology-metrics (normalized betweenness; closeness
 *   with wassermanFaust) — tolerance 1e-12 absolute (same formulas, sums in another order);
 * - harmonic and transfer betweenness against a brute-force count of shortest paths
 *   (σ_st(v) = σ_sv · σ_vt when d(s,v) + d(v,t) = d(s,t)) — tolerance 1e-12;
 * - determinism: tasks run in any order, merged in task order, give the same bits.
 */
import gBetweenness from 'graphology-metrics/centrality/betweenness.js';
import gCloseness from 'graphology-metrics/centrality/closeness.js';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { allPairs, finishAllPairs, prepareAllPairs, runAllPairsTask } from '../../src/kernels/all-pairs.js';
import { buildCsr } from '../../src/kernels/csr.js';
import { testGraphs } from './helpers.js';

function flags(graph: AbstractGraph, nodes: string[]) {
  const targets = Uint8Array.from(nodes, (n) => (graph.getNodeAttribute(n, 'isDecisionMaker') === true ? 1 : 0));
  const sources = targets.map((t) => 1 - t);
  return { targets, sources };
}

/** All-pairs distances and path counts by BFS, for the brute-force references. */
function allDistances(graph: AbstractGraph, nodes: string[]) {
  const n = nodes.length;
  const index = new Map(nodes.map((k, i) => [k, i]));
  const dist = nodes.map(() => new Array<number>(n).fill(-1));
  const sigma = nodes.map(() => new Array<number>(n).fill(0));
  for (let s = 0; s < n; s++) {
    const d = dist[s] as number[];
    const sg = sigma[s] as number[];
    d[s] = 0;
    sg[s] = 1;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h] as number;
      for (const key of graph.neighbors(nodes[v] as string)) {
        const w = index.get(key) as number;
        if (d[w] === -1) {
          d[w] = (d[v] as number) + 1;
          queue.push(w);
        }
        if (d[w] === (d[v] as number) + 1) sg[w] = (sg[w] as number) + (sg[v] as number);
      }
    }
  }
  return { dist, sigma };
}

function bruteTransfer(graph: AbstractGraph, nodes: string[]) {
  const { targets, sources } = flags(graph, nodes);
  const { dist, sigma } = allDistances(graph, nodes);
  const n = nodes.length;
  const raw = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    if (!sources[s]) continue;
    for (let t = 0; t < n; t++) {
      if (!targets[t] || t === s) continue;
      const dst = (dist[s] as number[])[t] as number;
      if (dst <= 0) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t) continue;
        const a = (dist[s] as number[])[v] as number;
        const b = (dist[v] as number[])[t] as number;
        if (a > 0 && b > 0 && a + b === dst) {
          raw[v] =
            (raw[v] as number) +
            (((sigma[s] as number[])[v] as number) * ((sigma[v] as number[])[t] as number)) /
              ((sigma[s] as number[])[t] as number);
        }
      }
    }
  }
  const nS = sources.reduce((a, b) => a + b, 0);
  const nT = targets.reduce((a, b) => a + b, 0);
  return raw.map((r, v) => {
    const pairs = (nS - (sources[v] as number)) * (nT - (targets[v] as number));
    return pairs > 0 ? r / pairs : 0;
  });
}

function bruteHarmonic(graph: AbstractGraph, nodes: string[]) {
  const { dist } = allDistances(graph, nodes);
  return dist.map((row) => row.reduce((h, d) => (d > 0 ? h + 1 / d : h), 0));
}

describe('fused all-pairs pass', () => {
  for (const [name, graph] of testGraphs()) {
    it(`${name}: betweenness and closeness equal graphology-metrics, harmonic and transfer the brute force`, () => {
      const csr = buildCsr(graph);
      const r = allPairs(csr, { transfer: flags(graph, csr.nodes), approximate: false });
      expect(r.approximation).toBeNull();
      const b = graph.order <= 2 ? null : gBetweenness(graph, { getEdgeWeight: null, normalized: true });
      const c = graph.order === 0 ? {} : gCloseness(graph, { wassermanFaust: true });
      const h = bruteHarmonic(graph, csr.nodes);
      const t = bruteTransfer(graph, csr.nodes);
      csr.nodes.forEach((node, i) => {
        expect(r.betweenness?.[i]).toBeCloseTo(b ? (b[node] as number) : 0, 12);
        expect(r.closeness?.[i]).toBeCloseTo(c[node] as number, 12);
        expect(r.harmonic?.[i]).toBeCloseTo(h[i] as number, 12);
        expect(r.transfer?.[i]).toBeCloseTo(t[i] as number, 12);
      });
    });
  }

  for (const [name, graph] of testGraphs()) {
    it(`${name}: the bit-parallel distance pass (closeness and harmonic only) equals the fused pass`, () => {
      const csr = buildCsr(graph);
      const plan = prepareAllPairs(csr, { betweenness: false, approximate: false });
      expect(plan.spec.bitParallel).toBe(true);
      const bits = allPairs(csr, { betweenness: false, approximate: false });
      const fused = allPairs(csr, { approximate: false });
      expect(bits.distanceSum).toEqual(fused.distanceSum);
      csr.nodes.forEach((_node, i) => {
        expect(bits.closeness?.[i]).toBe(fused.closeness?.[i]);
        expect(bits.harmonic?.[i]).toBeCloseTo(fused.harmonic?.[i] as number, 12);
      });
    });
  }

  it('bit-parallel tasks give the same bits whatever order they run in', () => {
    const [, graph] = testGraphs()[1] as [string, AbstractGraph];
    const csr = buildCsr(graph);
    const plan = prepareAllPairs(csr, { betweenness: false, approximate: false });
    const results = new Array(plan.tasks.length);
    for (let i = plan.tasks.length - 1; i >= 0; i--) results[i] = runAllPairsTask(plan, plan.tasks[i] as never);
    expect(finishAllPairs(plan, results)).toEqual(allPairs(csr, { betweenness: false, approximate: false }));
  });

  it('gives the same bits whatever order the tasks run in', () => {
    const [, graph] = testGraphs()[1] as [string, AbstractGraph];
    const csr = buildCsr(graph);
    const options = { transfer: flags(graph, csr.nodes), approximate: false as const };
    const plan = prepareAllPairs(csr, options);
    expect(plan.tasks.length).toBeGreaterThan(1);
    const results = new Array(plan.tasks.length);
    for (let i = plan.tasks.length - 1; i >= 0; i--) results[i] = runAllPairsTask(plan, plan.tasks[i] as never);
    const shuffled = finishAllPairs(plan, results);
    const inOrder = allPairs(csr, options);
    expect(shuffled).toEqual(inOrder);
  });

  it('refuses results out of task order', () => {
    const [, graph] = testGraphs()[1] as [string, AbstractGraph];
    const plan = prepareAllPairs(buildCsr(graph), { approximate: false });
    const results = plan.tasks.map((task) => runAllPairsTask(plan, task)).reverse();
    expect(() => finishAllPairs(plan, results)).toThrow(/order/);
  });
});
