import Graph from 'graphology';
import { karateClub } from 'graphology-generators/social';
import modularity from 'graphology-metrics/graph/modularity.js';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, autoLouvainRuns, louvain, louvainDetailed } from '../../src/communities/louvain.js';
import { InvalidGraphError, InvalidOptionError } from '../../src/errors.js';
import { createRng } from '../../src/utils/rng.js';

/** Zachary's karate club (34 nodes, 78 edges) as an undirected simple graph with weight 1. */
function karate(): Graph {
  const source = karateClub(Graph);
  const g = new Graph({ type: 'undirected' });
  source.forEachNode((n) => {
    g.addNode(n);
  });
  source.forEachEdge((_e, _a, s, t) => {
    g.addEdge(s, t, { weight: 1 });
  });
  return g;
}

/** Checks the shape of a result: a partition of all nodes, ids 0..count-1, sizes non-increasing. */
function expectWellFormed(g: Graph, r: ReturnType<typeof louvainDetailed>) {
  expect(Object.keys(r.communities).sort()).toEqual(g.nodes().sort());
  const ids = [...new Set(Object.values(r.communities))].sort((a, b) => a - b);
  expect(ids).toEqual(Array.from({ length: r.count }, (_, i) => i));
  const counted = ids.map((id) => Object.values(r.communities).filter((c) => c === id).length);
  expect(r.sizes).toEqual(counted);
  for (let i = 1; i < r.sizes.length; i++) expect(r.sizes[i]).toBeLessThanOrEqual(r.sizes[i - 1] as number);
  expect(r.sizes.reduce((a, b) => a + b, 0)).toBe(g.order);
}

describe('louvainDetailed on the karate club', () => {
  const g = karate();
  const r = louvainDetailed(g, { rng: createRng(7) });

  it('copies the karate club correctly', () => {
    expect([g.order, g.size]).toEqual([34, 78]);
  });

  it('returns a partition of every node, ids 0..count-1 by non-increasing size', () => {
    expectWellFormed(g, r);
    expect(r.count).toBeGreaterThan(1);
  });

  it('reports the modularity graphology-metrics computes on the returned partition', () => {
    const recomputed = modularity(g, { getNodeCommunity: (n: string) => r.communities[n] as number });
    expect(r.modularity).toBeCloseTo(recomputed, 12);
  });

  it('beats the singleton partition', () => {
    const ids = new Map(g.nodes().map((n, i) => [n, i]));
    const singleton = modularity(g, { getNodeCommunity: (n: string) => ids.get(n) as number });
    // singletons: Q = -Σ (k_i / 2m)^2 < 0
    expect(singleton).toBeLessThan(0);
    expect(r.modularity).toBeGreaterThan(singleton);
  });

  it('finds modularity near the published value', () => {
    // Louvain on the unweighted karate club: Q ≈ 0.4188 (Blondel et al. 2008; NetworkX
    // test_karate_club_partition); the optimum is 0.4198 (tests/reference/modularity-best-known).
    expect(r.modularity).toBeGreaterThanOrEqual(0.4188);
    expect(r.modularity).toBeLessThanOrEqual(0.41979 + 1e-6);
  });

  it('keeps the first run of highest modularity, and reports every run', () => {
    expect(r.runs).toBe(100); // 'auto' on 78 links
    expect(r.runModularities).toHaveLength(100);
    const max = Math.max(...r.runModularities);
    expect(r.bestRun).toBe(r.runModularities.findIndex((q) => q > max - 1e-12));
    expect(r.modularity).toBeCloseTo(max, 12);
  });

  it('reports stability as the mean adjusted Rand index against the other runs, in [-1, 1]', () => {
    expect(r.stability).not.toBeNull();
    expect(r.stability as number).toBeGreaterThan(0);
    expect(r.stability as number).toBeLessThanOrEqual(1);
    expect(louvainDetailed(g, { rng: createRng(7), runs: 1 }).stability).toBeNull();
  });

  it('is never worse with more runs, and one run is the first of many', () => {
    const one = louvainDetailed(g, { rng: createRng(7), runs: 1 });
    const ten = louvainDetailed(g, { rng: createRng(7), runs: 10 });
    // the same partition, its modularity summed in another community order
    expect(ten.runModularities[0]).toBeCloseTo(one.modularity, 12);
    expect(ten.modularity).toBeGreaterThanOrEqual(one.modularity - 1e-12);
    expect(r.modularity).toBeGreaterThanOrEqual(ten.modularity - 1e-12);
  });

  it('gives connected communities', () => {
    for (let c = 0; c < r.count; c++) {
      const members = new Set(Object.keys(r.communities).filter((n) => r.communities[n] === c));
      const first = [...members][0] as string;
      const seen = new Set([first]);
      const stack = [first];
      while (stack.length > 0) {
        g.forEachNeighbor(stack.pop() as string, (m) => {
          if (members.has(m) && !seen.has(m)) {
            seen.add(m);
            stack.push(m);
          }
        });
      }
      expect(seen.size).toBe(members.size);
    }
  });

  it('gives the same partition for the same seed', () => {
    expect(louvainDetailed(g, { rng: createRng(7) })).toEqual(r);
    // the default rng is a fresh generator seeded 42 on each call
    expect(louvain(g)).toEqual(louvain(g));
  });

  it('gives isolates singleton communities', () => {
    const h = karate();
    h.addNode('iso1');
    h.addNode('iso2');
    const withIsolates = louvainDetailed(h, { rng: createRng(7) });
    expectWellFormed(h, withIsolates);
    const c1 = withIsolates.communities.iso1 as number;
    const c2 = withIsolates.communities.iso2 as number;
    expect(c1).not.toBe(c2);
    expect(withIsolates.sizes[c1]).toBe(1);
    expect(withIsolates.sizes[c2]).toBe(1);
  });
});

describe('louvainDetailed: small cases', () => {
  it('numbers equal-size communities by their first member in node order', () => {
    // two disjoint edges x1–x2 and y1–y2 added x first: optimum is one community per edge
    // (Q = 2 · (1/2 − (2/4)^2) = 0.5), and {x1, x2} gets id 0.
    const g = new Graph({ type: 'undirected' });
    for (const n of ['x1', 'x2', 'y1', 'y2']) g.addNode(n);
    g.addEdge('y1', 'y2', { weight: 1 });
    g.addEdge('x1', 'x2', { weight: 1 });
    const r = louvainDetailed(g, { rng: createRng(1) });
    expect(r.communities).toEqual({ x1: 0, x2: 0, y1: 1, y2: 1 });
    expect(r.sizes).toEqual([2, 2]);
    expect(r.modularity).toBeCloseTo(0.5, 12);
  });

  it('puts every node of an edgeless graph in its own community, modularity 0', () => {
    const g = new Graph({ type: 'undirected' });
    for (const n of ['a', 'b', 'c']) g.addNode(n);
    expect(louvainDetailed(g, { runs: 4 })).toEqual({
      communities: { a: 0, b: 1, c: 2 },
      count: 3,
      modularity: 0,
      sizes: [1, 1, 1],
      runs: 4,
      bestRun: 0,
      runModularities: [0, 0, 0, 0],
      stability: 1,
    });
  });

  it('handles the empty graph', () => {
    expect(louvainDetailed(new Graph({ type: 'undirected' }), { runs: 1 })).toEqual({
      communities: {},
      count: 0,
      modularity: 0,
      sizes: [],
      runs: 1,
      bestRun: 0,
      runModularities: [0],
      stability: null,
    });
  });

  it('assign writes the community attribute', () => {
    const g = karate();
    louvain.assign(g, { rng: createRng(7), attribute: 'group' });
    const expected = louvain(g, { rng: createRng(7) });
    g.forEachNode((n, attrs) => {
      expect(attrs.group).toBe(expected[n]);
    });
  });

  it('rejects a directed graph and bad options', () => {
    expect(() => louvainDetailed(new Graph({ type: 'directed' }))).toThrow(InvalidGraphError);
    for (const [option, options] of [
      ['resolution', { resolution: 0 }],
      ['resolution', { resolution: Number.NaN }],
      ['rng', { rng: 42 as unknown as () => number }],
      ['runs', { runs: 0 }],
      ['runs', { runs: 1001 }],
      ['runs', { runs: 2.5 }],
      ['runs', { runs: 'many' as unknown as number }],
    ] as const) {
      try {
        louvainDetailed(karate(), options);
        expect.unreachable(`should reject ${option}`);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe(option);
      }
    }
  });
});

describe('autoLouvainRuns', () => {
  it('gives 100 runs up to 2,000 links, 10 up to 500,000, 3 above', () => {
    expect([0, 2000, 2001, 500_000, 500_001].map(autoLouvainRuns)).toEqual([100, 100, 10, 10, 3]);
  });
});

describe('adjustedRandIndex', () => {
  // Values of Hubert & Arabie's ARI, as scikit-learn's adjusted_rand_score documents them
  // (sklearn.metrics.adjusted_rand_score examples), and by hand from the formula.
  it.each([
    [[0, 0, 1, 1], [0, 0, 1, 1], 1],
    [[0, 0, 1, 1], [1, 1, 0, 0], 1], // labels do not matter
    [[0, 0, 1, 1], [0, 0, 1, 2], 4 / 7], // 0.5714…
    [[0, 0, 1, 2], [0, 0, 1, 1], 4 / 7], // symmetric
    [[0, 0, 0, 0], [0, 1, 2, 3], 0],
    [[0, 0, 1, 1], [0, 1, 0, 1], -0.5],
    [[0, 1, 2], [0, 1, 2], 1], // identical trivial partitions: 0/0, counted as 1
    [[5, 5, 5], [1, 1, 1], 1],
  ])('ARI(%j, %j) = %d', (a, b, expected) => {
    expect(adjustedRandIndex(a, b)).toBeCloseTo(expected, 12);
  });
});
