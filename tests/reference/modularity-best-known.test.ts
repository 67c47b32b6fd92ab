/**
 * Community detection reaches the best known modularity on the four standard test graphs
 * (issue 12, "Communities one can trust"), within 0.001, with trackmap's defaults (`runs: 'auto'`, 100 runs on graphs this small; seed 42)
 * and with other seeds.
 *
 * Best known values, found independently with NetworkX 3.6.1 by
 * scripts/oracle/modularity_best_known.py (tests never run Python):
 * - Blondel et al. 2008, Fig. 1 (16 nodes, 28 edges): 0.392219, best of 1,000 NetworkX Louvain runs
 *   (the issue quotes 0.392; one trackmap run could stop at 0.375);
 * - Petersen graph: 1/6, the maximum over all 115,975 partitions of its 10 nodes (exhaustive);
 *   a single Louvain run usually stops at 0.133;
 * - Zachary's karate club, unweighted: 0.419790 (best of 1,000 NetworkX runs; the optimum proved by
 *   exact methods, 0.4198: Aloise et al. 2010, doi:10.1103/PhysRevE.82.046112). Louvain alone
 *   usually stops at 0.4188: the single-person moves reach the optimum;
 * - Les Misérables (Knuth's Stanford GraphBase, as NetworkX's `les_miserables_graph()`, saved in
 *   tests/reference/fixtures/les-miserables.json): unweighted 0.560008, weighted by
 *   co-appearances 0.566688, each the best of 1,000 NetworkX runs.
 * Tolerance: 0.001 below the best known value (the issue's), and never above it by more than
 * rounding (1e-6), which would mean a modularity computed wrongly.
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { karateClub } from 'graphology-generators/social';
import modularity from 'graphology-metrics/graph/modularity.js';
import { describe, expect, it } from 'vitest';
import { createRng, louvainDetailed } from '../../packages/core/src/index.js';

function fromEdges(edges: readonly (readonly [string | number, string | number, number?])[]): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const [a, b, w] of edges) {
    g.mergeNode(String(a));
    g.mergeNode(String(b));
    g.addEdge(String(a), String(b), { weight: w ?? 1 });
  }
  return g;
}

/** Blondel et al. (2008), Fig. 1, nodes 0..15 as drawn. */
// biome-ignore format: an edge list, kept compact
const BLONDEL16 = [
  [0, 2], [0, 3], [0, 4], [0, 5], [1, 2], [1, 4], [1, 7], [2, 4], [2, 5], [2, 6], [3, 7], [4, 10],
  [5, 7], [5, 11], [6, 7], [6, 11], [8, 9], [8, 10], [8, 11], [8, 14], [8, 15], [9, 12], [9, 14],
  [10, 11], [10, 12], [10, 13], [10, 14], [11, 13],
] as const;

/** The Petersen graph: outer 5-cycle 0..4, spokes i–i+5, inner pentagram 5..9. */
const PETERSEN = Array.from({ length: 5 }, (_, i) => [
  [i, (i + 1) % 5],
  [i, i + 5],
  [i + 5, ((i + 2) % 5) + 5],
]).flat() as [number, number][];

function karate(): Graph {
  const edges: [string, string][] = [];
  karateClub(Graph).forEachEdge((_e, _a, s, t) => {
    edges.push([s, t]);
  });
  return fromEdges(edges);
}

const lesMis = JSON.parse(readFileSync(new URL('./fixtures/les-miserables.json', import.meta.url), 'utf8')) as {
  nodes: string[];
  edges: [string, string, number][];
};

const GRAPHS: { name: string; graph: Graph; order: number; size: number; best: number }[] = [
  { name: 'Blondel et al. 2008, Fig. 1', graph: fromEdges(BLONDEL16), order: 16, size: 28, best: 0.392219 },
  { name: 'Petersen', graph: fromEdges(PETERSEN), order: 10, size: 15, best: 1 / 6 },
  { name: "Zachary's karate club", graph: karate(), order: 34, size: 78, best: 0.41979 },
  {
    name: 'Les Misérables, unweighted',
    graph: fromEdges(lesMis.edges.map(([a, b]) => [a, b] as const)),
    order: 77,
    size: 254,
    best: 0.560008,
  },
  { name: 'Les Misérables, weighted', graph: fromEdges(lesMis.edges), order: 77, size: 254, best: 0.566688 },
];

describe.each(GRAPHS)('$name', ({ graph, order, size, best }) => {
  it('is the graph the oracle used', () => {
    expect([graph.order, graph.size]).toEqual([order, size]);
  });

  it('reaches the best known modularity within 0.001 with the defaults (auto: 100 runs here, seed 42)', () => {
    const r = louvainDetailed(graph);
    expect(r.runs).toBe(100);
    expect(r.modularity).toBeGreaterThanOrEqual(best - 0.001);
    expect(r.modularity).toBeLessThanOrEqual(best + 1e-6);
    // the value reported is graphology-metrics' modularity of the partition returned
    expect(modularity(graph, { getNodeCommunity: (n: string) => r.communities[n] as number })).toBeCloseTo(
      r.modularity,
      12,
    );
  });

  // Checked over seeds 0..99 while writing this (0 misses with 'auto'; with 10 runs, the Petersen
  // graph missed on 12 seeds of 100 and unweighted Les Misérables on 1): ten seeds here.
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])('reaches it with seed %i too', (seed) => {
    expect(louvainDetailed(graph, { rng: createRng(seed) }).modularity).toBeGreaterThanOrEqual(best - 0.001);
  });
});
