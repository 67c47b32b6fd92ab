import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidGraphError, InvalidOptionError } from '../../../src/errors.js';
import { degreeAssortativity } from '../../../src/metrics/graph/summary.js';
import { attributeAssortativity, numericAssortativity } from '../../../src/metrics/homophily/assortativity.js';

// ---------------------------------------------------------------------------------------------
// NetworkX oracle
// Source: scripts/oracle/networkx_homophily.py → tests/reference/fixtures/networkx-homophily.json
//   nx.attribute_assortativity_coefficient(H, attr), nx.numeric_assortativity_coefficient(H, attr)
//   (NetworkX 3.6.1), H = subgraph induced by the nodes that have attr. Tolerance 1e-9.
// ---------------------------------------------------------------------------------------------

interface OracleHomophilyGraph {
  nodes: [string, Record<string, unknown>][];
  edges: [string, string, number][];
  attribute_assortativity: Record<string, number | null>;
  numeric_assortativity: Record<string, number | null>;
}

const oracle = JSON.parse(
  readFileSync(new URL('../../../../../tests/reference/fixtures/networkx-homophily.json', import.meta.url), 'utf8'),
) as { networkx: string; graphs: Record<string, OracleHomophilyGraph> };

/** The oracle graph in graphology, with the same node order, attributes and edges (self-loop included). */
function oracleGraph(name: string): Graph {
  const ref = oracle.graphs[name];
  if (!ref) throw new Error(`no oracle graph ${name}`);
  const g = new Graph({ type: 'undirected' });
  for (const [node, attributes] of ref.nodes) g.addNode(node, attributes);
  for (const [u, v, weight] of ref.edges) g.addEdge(u, v, { weight });
  return g;
}

function expectClose(actual: number | null, expected: number | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).toBeTypeOf('number');
  expect(Math.abs((actual as number) - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9);
}

describe('assortativity against NetworkX 3.6.1 (1e-9)', () => {
  for (const [name, ref] of Object.entries(oracle.graphs)) {
    for (const [attribute, expected] of Object.entries(ref.attribute_assortativity)) {
      it(`attributeAssortativity: ${name} / ${attribute}`, () => {
        expectClose(attributeAssortativity(oracleGraph(name), attribute), expected, `${name}/${attribute}`);
      });
    }
    for (const [attribute, expected] of Object.entries(ref.numeric_assortativity)) {
      it(`numericAssortativity: ${name} / ${attribute}`, () => {
        expectClose(numericAssortativity(oracleGraph(name), attribute), expected, `${name}/${attribute}`);
      });
    }
  }

  it('the oracle covers both kinds, missing values and a self-loop', () => {
    const hand = oracle.graphs.hand;
    expect(hand?.nodes.filter(([, a]) => !('side' in a)).length).toBe(2);
    expect(hand?.nodes.filter(([, a]) => !('ideology' in a)).length).toBe(1);
    expect(hand?.edges.some(([u, v]) => u === v)).toBe(true);
    expect(Object.keys(oracle.graphs.karate?.numeric_assortativity ?? {})).toEqual(['index', 'degree']);
  });

  it('numeric assortativity of the degree is the degree assortativity (karate)', () => {
    const g = oracleGraph('karate');
    expectClose(numericAssortativity(g, 'degree'), degreeAssortativity(g), 'degree');
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-derived values
// ---------------------------------------------------------------------------------------------

/** Undirected graph from `{ node: value }` (value `undefined` = attribute absent) and 'a-b c-d' links. */
function graphOf(attribute: string, values: Record<string, unknown>, links: string): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const [node, value] of Object.entries(values))
    g.addNode(node, value === undefined ? {} : { [attribute]: value });
  for (const link of links.split(/\s+/).filter(Boolean)) {
    const [a, b] = link.split('-') as [string, string];
    g.addEdge(a, b);
  }
  return g;
}

describe('attributeAssortativity: hand-derived', () => {
  it('a triangle of X with a tail into Y: r = 11/21', () => {
    /*
     * x1x2, x2x3, x1x3 (X–X), x1y1 (X–Y), y1y2 (Y–Y); both directions → 10 ordered pairs.
     * e_XX = 6/10, e_YY = 2/10, e_XY = e_YX = 1/10; trace = 0.8.
     * a_X = 7/10, a_Y = 3/10; Σ a² = 0.58. r = (0.8 − 0.58)/(1 − 0.58) = 0.22/0.42 = 11/21.
     */
    const g = graphOf('side', { x1: 'X', x2: 'X', x3: 'X', y1: 'Y', y2: 'Y' }, 'x1-x2 x2-x3 x1-x3 x1-y1 y1-y2');
    expect(attributeAssortativity(g, 'side')).toBeCloseTo(11 / 21, 15);
  });

  it('sorted, random-like and alternating squares: 1, 0, −1', () => {
    // NetworkX docstring example: 0–1 red, 2–3 blue → 1.
    expect(attributeAssortativity(graphOf('c', { a: 'r', b: 'r', c: 'b', d: 'b' }, 'a-b c-d'), 'c')).toBe(1);
    // a-b-c-d-a with X X Y Y: trace 1/2, Σ a² = 1/2 → 0.
    expect(attributeAssortativity(graphOf('c', { a: 'X', b: 'X', c: 'Y', d: 'Y' }, 'a-b b-c c-d d-a'), 'c')).toBe(0);
    // X Y X Y: no link inside a category, two equal shares → −1.
    expect(attributeAssortativity(graphOf('c', { a: 'X', b: 'Y', c: 'X', d: 'Y' }, 'a-b b-c c-d d-a'), 'c')).toBe(-1);
  });

  it('a self-loop counts once, as in NetworkX', () => {
    /*
     * a–b (X–Y) and a–a: ordered pairs (X,Y), (Y,X), (X,X): total 3, e_XX = 1/3.
     * a_X = 2/3, a_Y = 1/3, Σ a² = 5/9. r = (1/3 − 5/9)/(4/9) = −1/2.
     */
    const g = graphOf('c', { a: 'X', b: 'Y' }, 'a-b');
    g.addEdge('a', 'a');
    expect(attributeAssortativity(g, 'c')).toBe(-0.5);
  });

  it('undefined cases give null: one category, no links', () => {
    expect(attributeAssortativity(graphOf('c', { a: 'X', b: 'X', c: 'Y' }, 'a-b'), 'c')).toBeNull();
    expect(attributeAssortativity(graphOf('c', { a: 'X', b: 'Y' }, ''), 'c')).toBeNull();
    expect(attributeAssortativity(new Graph({ type: 'undirected' }), 'c')).toBeNull();
  });

  it('compares values as strings', () => {
    // 1 and '1' are one category: the links a–b and c–d are both internal → 1.
    const g = graphOf('seniority', { a: 1, b: '1', c: 2, d: '2' }, 'a-b c-d');
    expect(attributeAssortativity(g, 'seniority')).toBe(1);
  });
});

describe('numericAssortativity: hand-derived', () => {
  it('a path with values 1, 2, 3, 4: r = 5/11', () => {
    /*
     * Ordered pairs (1,2) (2,1) (2,3) (3,2) (3,4) (4,3); mean 2.5.
     * Σ (x − 2.5)(y − 2.5) = 0.75 + 0.75 − 0.25 − 0.25 + 0.75 + 0.75 = 2.5
     * Σ (x − 2.5)² = 2.25 + 0.25 + 0.25 + 0.25 + 0.25 + 2.25 = 5.5 → r = 2.5/5.5 = 5/11.
     */
    const g = graphOf('ideology', { a: 1, b: 2, c: 3, d: 4 }, 'a-b b-c c-d');
    expect(numericAssortativity(g, 'ideology')).toBeCloseTo(5 / 11, 15);
  });

  it('a star with a different centre: −1; equal values or no links: null', () => {
    expect(numericAssortativity(graphOf('x', { h: 0, a: 1, b: 1, c: 1 }, 'h-a h-b h-c'), 'x')).toBeCloseTo(-1, 15);
    // Zero variance, even when the values are not exactly representable (0.1).
    expect(numericAssortativity(graphOf('x', { a: 0.1, b: 0.1, c: 0.1 }, 'a-b b-c a-c'), 'x')).toBeNull();
    expect(numericAssortativity(graphOf('x', { a: 0, b: 0 }, 'a-b'), 'x')).toBeNull();
    expect(numericAssortativity(graphOf('x', { a: 0, b: 1 }, ''), 'x')).toBeNull();
  });

  it('is invariant under shifting and scaling the values', () => {
    const links = 'a-b b-c c-d d-e a-c e-f b-f';
    const base = { a: -1, b: -0.4, c: 0.3, d: 0.9, e: 0.2, f: -0.7 };
    const moved = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, 1000 + 250 * v]));
    const r = numericAssortativity(graphOf('x', base, links), 'x') as number;
    expect(numericAssortativity(graphOf('x', moved, links), 'x')).toBeCloseTo(r, 12);
  });
});

describe('missing values: links touching a person without a value are left out', () => {
  /*
   * Hand check of the exclusion rule. m has no value and links to both groups; leaving its links
   * out gives the coefficient of the graph without m (the 11/21 triangle-with-tail example).
   */
  const values = { x1: 'X', x2: 'X', x3: 'X', y1: 'Y', y2: 'Y' };
  const links = 'x1-x2 x2-x3 x1-x3 x1-y1 y1-y2';

  for (const [label, missing] of [
    ['absent', undefined],
    ['null', null],
    ['empty string', ''],
    ['blank string', '   '],
    ['NaN', Number.NaN],
  ] as const) {
    it(`categorical: ${label}`, () => {
      const g = graphOf('side', { ...values, m: missing }, `${links} m-x1 m-y2 m-x3`);
      expect(attributeAssortativity(g, 'side')).toBeCloseTo(11 / 21, 15);
    });
  }

  it('categorical: two people without a value are not pooled into one category', () => {
    // Pooled (as NetworkX would, category None), m1–m2 would count as a link inside a category.
    const g = graphOf('side', { ...values, m1: undefined, m2: undefined }, `${links} m1-m2 m1-x1 m2-y1`);
    expect(attributeAssortativity(g, 'side')).toBeCloseTo(11 / 21, 15);
  });

  it('numeric: absent, null, NaN and blank values', () => {
    const base = { a: 1, b: 2, c: 3, d: 4 };
    for (const missing of [undefined, null, Number.NaN, '']) {
      const g = graphOf('ideology', { ...base, m: missing }, 'a-b b-c c-d m-a m-d');
      expect(numericAssortativity(g, 'ideology')).toBeCloseTo(5 / 11, 15);
    }
  });
});

describe('argument validation', () => {
  it('requires a non-empty attribute name', () => {
    const g = graphOf('c', { a: 'X', b: 'Y' }, 'a-b');
    for (const fn of [attributeAssortativity, numericAssortativity]) {
      for (const attribute of ['', undefined, 3]) {
        try {
          fn(g, attribute as unknown as string);
          expect.unreachable();
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidOptionError);
          expect((error as InvalidOptionError).option).toBe('attribute');
        }
      }
    }
  });

  it('refuses directed, mixed and multi graphs', () => {
    for (const graph of [
      new Graph({ type: 'directed' }),
      new Graph({ type: 'mixed' }),
      new Graph({ type: 'undirected', multi: true }),
    ]) {
      expect(() => attributeAssortativity(graph, 'side')).toThrow(InvalidGraphError);
      expect(() => numericAssortativity(graph, 'ideology')).toThrow(InvalidGraphError);
    }
  });

  it('numeric values must be finite numbers: text is not converted', () => {
    for (const bad of ['0.5', true, Number.POSITIVE_INFINITY, { v: 1 }]) {
      const g = graphOf('ideology', { a: 0.1, b: bad }, 'a-b');
      expect(() => numericAssortativity(g, 'ideology')).toThrow(InvalidGraphError);
    }
  });

  it('categorical values must be strings, numbers or booleans', () => {
    const g = graphOf('events', { a: ['e1'], b: 'x' }, 'a-b');
    expect(() => attributeAssortativity(g, 'events')).toThrow(InvalidGraphError);
  });

  it('leaves the graph untouched', () => {
    const g = oracleGraph('hand');
    const before = JSON.stringify(g.export());
    attributeAssortativity(g, 'side');
    numericAssortativity(g, 'ideology');
    expect(JSON.stringify(g.export())).toBe(before);
  });
});
