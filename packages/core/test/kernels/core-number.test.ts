/**
 * Core numbers (kernels/core-number.ts) against NetworkX and against the definition.
 *
 * Source of the expected values: NetworkX 3.6.1, `nx.core_number(G)`, computed with
 *
 *   python3 -c "import networkx as nx; c = nx.core_number(nx.karate_club_graph());
 *               print([c[i] for i in range(34)])"
 *   python3 -c "import networkx as nx; print(sorted(nx.core_number(nx.florentine_families_graph()).items()))"
 *
 * on the same graphs as graphology-generators' `karateClub` and `florentineFamilies` (edge sets
 * checked identical to NetworkX's in tests/reference/fixtures/README.md). Integers: exact.
 * Independently of NetworkX, every core number is checked against the definition (the largest k
 * such that repeatedly removing people with fewer than k contacts keeps the person) on the seeded
 * kernel test graphs, which have isolates, and on a hand-worked disconnected graph.
 */
import Graph from 'graphology';
import { florentineFamilies, karateClub } from 'graphology-generators/social';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { coreNumberKernel } from '../../src/kernels/core-number.js';
import { buildCsr } from '../../src/kernels/csr.js';
import { testGraphs } from './helpers.js';

/** Zachary's karate club, nodes 0 … 33: NetworkX 3.6.1 `core_number(karate_club_graph())`. */
const KARATE = [4, 4, 4, 4, 3, 3, 3, 4, 4, 2, 3, 1, 2, 4, 2, 2, 2, 2, 2, 3, 2, 2, 2, 3, 3, 3, 2, 3, 3, 3, 4, 3, 4, 4];

/** Padgett's Florentine families (no isolated Pucci): NetworkX 3.6.1 `core_number(florentine_families_graph())`. */
const FLORENTINE: Record<string, number> = {
  Acciaiuoli: 1,
  Albizzi: 2,
  Barbadori: 2,
  Bischeri: 2,
  Castellani: 2,
  Ginori: 1,
  Guadagni: 2,
  Lamberteschi: 1,
  Medici: 2,
  Pazzi: 1,
  Peruzzi: 2,
  Ridolfi: 2,
  Salviati: 1,
  Strozzi: 2,
  Tornabuoni: 2,
};

/** Undirected simple copy (the generators' graphs may be mixed). */
function undirected(source: AbstractGraph): Graph {
  const g = new Graph({ type: 'undirected' });
  source.forEachNode((n) => {
    g.addNode(n);
  });
  source.forEachEdge((_e, _a, s, t) => {
    if (s !== t && !g.hasEdge(s, t)) g.addEdge(s, t);
  });
  return g;
}

function coreNumbers(graph: AbstractGraph): Record<string, number> {
  const csr = buildCsr(graph);
  const cores = coreNumberKernel(csr);
  return Object.fromEntries(csr.nodes.map((node, i) => [node, cores[i] as number]));
}

/** The definition: the largest k whose k-core (by repeated peeling) still holds the node. */
function byDefinition(graph: AbstractGraph): Record<string, number> {
  const out: Record<string, number> = {};
  graph.forEachNode((n) => {
    out[n] = 0;
  });
  for (let k = 1; ; k++) {
    const alive = new Set(graph.nodes());
    let removed = true;
    while (removed) {
      removed = false;
      for (const v of [...alive]) {
        const degree = graph.neighbors(v).filter((u) => u !== v && alive.has(u)).length;
        if (degree < k) {
          alive.delete(v);
          removed = true;
        }
      }
    }
    if (alive.size === 0) return out;
    for (const v of alive) out[v] = k;
  }
}

describe('coreNumberKernel', () => {
  it("Zachary's karate club equals NetworkX core_number", () => {
    const graph = undirected(karateClub(Graph));
    expect(graph.order).toBe(34);
    expect(graph.size).toBe(78);
    expect(coreNumbers(graph)).toEqual(Object.fromEntries(KARATE.map((c, i) => [String(i), c])));
  });

  it('the Florentine families equal NetworkX core_number', () => {
    expect(coreNumbers(undirected(florentineFamilies(Graph)))).toEqual(FLORENTINE);
  });

  it('a disconnected graph: triangle with a tail, a path, an isolate (hand-worked)', () => {
    const g = new Graph({ type: 'undirected' });
    for (const n of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'z']) g.addNode(n);
    for (const [s, t] of [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['c', 'd'],
      ['e', 'f'],
      ['f', 'g'],
    ] as const)
      g.addEdge(s, t);
    expect(coreNumbers(g)).toEqual({ a: 2, b: 2, c: 2, d: 1, e: 1, f: 1, g: 1, z: 0 });
  });

  it('an empty graph and a graph without links', () => {
    expect(coreNumbers(new Graph({ type: 'undirected' }))).toEqual({});
    const g = new Graph({ type: 'undirected' });
    g.addNode('x');
    g.addNode('y');
    expect(coreNumbers(g)).toEqual({ x: 0, y: 0 });
  });

  for (const [name, graph] of testGraphs()) {
    it(`${name}: equals the definition`, () => {
      expect(coreNumbers(graph)).toEqual(byDefinition(graph));
    });
  }
});
