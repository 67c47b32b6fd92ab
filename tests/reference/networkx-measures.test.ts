/**
 * Per-person and graph-level measures against NetworkX.
 *
 * Source: tests/reference/fixtures/networkx-values.json, computed by
 * scripts/oracle/networkx_reference.py with NetworkX 3.6.1 (calls listed there).
 * Tolerance: 1e-6 absolute, 1e-4 for PageRank and eigenvector (issue #2's contract);
 * graphs: Zachary's karate club, Padgett's Florentine families, Krackhardt's kite (from
 * graphology-generators, edge sets checked identical to NetworkX's), a disconnected weighted
 * graph with an isolate, and the Davis Southern Women co-attendance projection.
 */
import {
  betweenness,
  closeness,
  clustering,
  constraint,
  degree,
  effectiveSize,
  eigenvector,
  graphSummary,
  harmonic,
  type NodeValues,
  pagerank,
  strength,
  track1Access,
  transferBetweenness,
} from '@trackmap/core';
import { describe, expect, it } from 'vitest';
import { oracle, oracleGraph } from '../helpers/networkx.js';

const MEASURES: [string, (g: ReturnType<typeof oracleGraph>) => NodeValues, number][] = [
  ['degree', (g) => degree(g), 1e-6],
  ['strength', (g) => strength(g), 1e-6],
  ['betweenness', (g) => betweenness(g), 1e-6],
  ['closeness', (g) => closeness(g), 1e-6],
  ['harmonic', (g) => harmonic(g), 1e-6],
  ['pagerank', (g) => pagerank(g), 1e-4],
  ['eigenvector', (g) => eigenvector(g), 1e-4],
  ['constraint', (g) => constraint(g), 1e-6],
  ['clustering', (g) => clustering(g), 1e-6],
];

function expectClose(actual: NodeValues, expected: Record<string, number | null>, tolerance: number) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [node, want] of Object.entries(expected)) {
    const got = actual[node];
    if (want === null) expect(got, node).toBeNull();
    else
      expect(Math.abs((got as number) - want), `${node}: got ${got}, NetworkX ${want}`).toBeLessThanOrEqual(tolerance);
  }
}

describe.each(Object.keys(oracle.graphs))('%s (NetworkX %s)', (name) => {
  const ref = oracle.graphs[name]!;
  it.each(MEASURES)('%s matches NetworkX', (measure, compute, tolerance) => {
    const expected = ref.perNode[measure];
    expect(expected, `oracle has ${measure}`).toBeTruthy();
    expectClose(compute(oracleGraph(name)), expected as Record<string, number | null>, tolerance);
  });

  it('graph-level measures match NetworkX', () => {
    const s = graphSummary(oracleGraph(name));
    expect(s.density).toBeCloseTo(ref.graph.density as number, 10);
    expect(s.averageClustering).toBeCloseTo(ref.graph.average_clustering as number, 10);
    expect(s.components).toBe(ref.graph.components);
    const r = ref.graph.degree_assortativity;
    if (r === null) expect(s.degreeAssortativity).toBeNull();
    else expect(s.degreeAssortativity as number).toBeCloseTo(r as number, 10);
  });
});

describe('published values', () => {
  // Source: networkx/networkx algorithms/centrality/tests/test_betweenness_centrality.py
  // (test_florentine_families_graph), published to 3 decimals.
  it('Florentine betweenness (NetworkX test suite, 3 decimals)', () => {
    const b = betweenness(oracleGraph('florentine'));
    expect(b.Medici).toBeCloseTo(0.522, 3);
    expect(b.Guadagni).toBeCloseTo(0.255, 3);
    expect(b.Albizzi).toBeCloseTo(0.212, 3);
    expect(b.Acciaiuoli).toBeCloseTo(0.0, 3);
  });
  // Source: networkx test_closeness_centrality.py test_krackhardt_kite (3 decimals)
  it('Krackhardt kite closeness (NetworkX test suite, 3 decimals)', () => {
    const c = closeness(oracleGraph('kite'));
    expect(c.Heather).toBeCloseTo(0.6, 3);
    expect(c.Fernando).toBeCloseTo(0.643, 3);
    expect(c.Garth).toBeCloseTo(0.643, 3);
    expect(c.Jane).toBeCloseTo(0.31, 3);
  });
});

describe.each(Object.keys(oracle.graphs))(
  'access measures on %s (decision-makers designated in the oracle)',
  (name) => {
    const ref = oracle.graphs[name]!;
    const withDecisionMakers = () => {
      const g = oracleGraph(name);
      for (const dm of ref.decisionMakers ?? []) g.setNodeAttribute(dm, 'isDecisionMaker', true);
      return g;
    };

    it('effective_size matches NetworkX effective_size', () => {
      expectClose(effectiveSize(oracleGraph(name)), ref.perNode.effective_size!, 1e-9);
    });

    it('transfer_betweenness (raw) is twice NetworkX betweenness_centrality_subset(sources=others, targets=DMs)', () => {
      expectClose(
        transferBetweenness(withDecisionMakers(), { normalized: false }),
        ref.perNode.transfer_betweenness_raw!,
        1e-9,
      );
    });

    it('transfer_betweenness (normalised) divides by the source-target pairs not involving the person', () => {
      const g = withDecisionMakers();
      const dms = new Set(ref.decisionMakers);
      const raw = ref.perNode.transfer_betweenness_raw!;
      const normalised = transferBetweenness(g);
      const n = g.order;
      for (const node of g.nodes()) {
        // sources = non-DMs; pairs exclude the node itself on either side
        const pairs = (n - dms.size - (dms.has(node) ? 0 : 1)) * (dms.size - (dms.has(node) ? 1 : 0));
        expect(normalised[node]).toBeCloseTo(pairs > 0 ? (raw[node] as number) / pairs : 0, 12);
      }
    });

    it('distance_to_track1, track1_within_1/2 and access_score (delta 0.5, seniority 1) match NetworkX shortest paths', () => {
      const access = track1Access(withDecisionMakers());
      for (const node of Object.keys(access)) {
        const a = access[node]!;
        expect(a.distance_to_track1, node).toBe(ref.perNode.distance_to_track1![node]);
        expect(a.track1_within_1, node).toBe(ref.perNode.track1_within_1![node]);
        expect(a.track1_within_2, node).toBe(ref.perNode.track1_within_2![node]);
        expect(a.access_score, node).toBeCloseTo(ref.perNode.access_score![node] as number, 12);
      }
    });
  },
);
