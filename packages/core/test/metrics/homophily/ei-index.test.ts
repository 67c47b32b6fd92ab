import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { InvalidGraphError, InvalidOptionError } from '../../../src/errors.js';
import {
  DEFAULT_EI_INDEX_OPTIONS,
  type EiIndexOptions,
  type EiIndexResult,
  eiIndex,
  eiIndexValue,
} from '../../../src/metrics/homophily/ei-index.js';
import { createRng } from '../../../src/utils/rng.js';

// ---------------------------------------------------------------------------------------------
// NetworkX oracle (E-I counted directly in Python; NetworkX has no E-I index)
// Source: scripts/oracle/networkx_homophily.py → tests/reference/fixtures/networkx-homophily.json
// ---------------------------------------------------------------------------------------------

interface OracleEi {
  ei: number | null;
  internal: number;
  external: number;
  expected: number | null;
  bounds: { minimum: number; maximum: number } | null;
  groups: Record<string, { size: number; internal: number; external: number; ei: number | null }>;
  people: Record<string, number | null>;
  missing: number;
  excluded_links: number;
}

interface OracleExact {
  assignments: number;
  observed: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
  p_greater_or_equal: number;
  p_less_or_equal: number;
}

interface OracleHomophilyGraph {
  nodes: [string, Record<string, unknown>][];
  edges: [string, string, number][];
  ei_index: Record<string, OracleEi>;
  ei_index_weighted?: Record<string, OracleEi>;
  exact_permutation?: Record<string, OracleExact>;
  exact_permutation_weighted?: Record<string, OracleExact>;
}

const oracle = JSON.parse(
  readFileSync(new URL('../../../../../tests/reference/fixtures/networkx-homophily.json', import.meta.url), 'utf8'),
) as { networkx: string; graphs: Record<string, OracleHomophilyGraph> };

/** The oracle graph in graphology, with the same node order, attributes and edge weights. */
function oracleGraph(name: string): Graph {
  const ref = oracle.graphs[name];
  if (!ref) throw new Error(`no oracle graph ${name}`);
  const g = new Graph({ type: 'undirected' });
  for (const [node, attributes] of ref.nodes) g.addNode(node, attributes);
  for (const [u, v, weight] of ref.edges) g.addEdge(u, v, { weight });
  return g;
}

const TOL = 1e-9;

function expectClose(actual: number | null | undefined, expected: number | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).toBeTypeOf('number');
  expect(Math.abs((actual as number) - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOL);
}

function expectMatchesOracle(result: EiIndexResult, ref: OracleEi, label: string): void {
  expectClose(result.ei, ref.ei, `${label} ei`);
  expectClose(result.internal, ref.internal, `${label} internal`);
  expectClose(result.external, ref.external, `${label} external`);
  expectClose(result.expected, ref.expected, `${label} expected`);
  expectClose(result.bounds?.minimum ?? null, ref.bounds?.minimum ?? null, `${label} minimum`);
  expectClose(result.bounds?.maximum ?? null, ref.bounds?.maximum ?? null, `${label} maximum`);
  expect(Object.keys(result.groups).sort(), `${label} group names`).toEqual(Object.keys(ref.groups).sort());
  for (const [group, g] of Object.entries(ref.groups)) {
    const mine = result.groups[group];
    expect(mine?.size, `${label} ${group} size`).toBe(g.size);
    expectClose(mine?.internal, g.internal, `${label} ${group} internal`);
    expectClose(mine?.external, g.external, `${label} ${group} external`);
    expectClose(mine?.ei ?? null, g.ei, `${label} ${group} ei`);
  }
  expect(Object.keys(result.people), `${label} people`).toEqual(Object.keys(ref.people));
  for (const [person, value] of Object.entries(ref.people)) {
    expectClose(result.people[person], value, `${label} ${person}`);
  }
  expect(result.missing, `${label} missing`).toBe(ref.missing);
  expect(result.excludedLinks, `${label} excludedLinks`).toBe(ref.excluded_links);
}

describe('eiIndex against the Python oracle (direct counts, 1e-9)', () => {
  for (const [name, ref] of Object.entries(oracle.graphs)) {
    for (const [attribute, expected] of Object.entries(ref.ei_index)) {
      it(`${name} / ${attribute}, unweighted`, () => {
        const result = eiIndex(oracleGraph(name), { attribute, permutations: 0 });
        expectMatchesOracle(result, expected, `${name}/${attribute}`);
        expect(result.permutation).toBeNull();
      });
    }
    for (const [attribute, expected] of Object.entries(ref.ei_index_weighted ?? {})) {
      it(`${name} / ${attribute}, weighted by the "weight" attribute`, () => {
        const result = eiIndex(oracleGraph(name), { attribute, permutations: 0, getEdgeWeight: 'weight' });
        expectMatchesOracle(result, expected, `${name}/${attribute} weighted`);
      });
    }
  }

  it('the oracle covers what it should', () => {
    expect(oracle.networkx).toBe('3.6.1');
    expect(Object.keys(oracle.graphs).sort()).toEqual(['florentine', 'hand', 'karate']);
    // karate club split: 67 of 78 links inside a club (Zachary's factions)
    expect(oracle.graphs.karate?.ei_index.club?.ei).toBeCloseTo(-56 / 78, 12);
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-derived values
// ---------------------------------------------------------------------------------------------

/**
 * Groups on `side`: A = {a1, a2, a3, iso}, B = {b1, b2}; m has no side.
 *
 *   a1 – a2   A A  internal        (weight 2)
 *   a2 – a3   A A  internal        (weight 1)
 *   a1 – b1   A B  external        (weight 3)
 *   a3 – b1   A B  external        (weight 0.5)
 *   b1 – b2   B B  internal        (weight 1)
 *   b2 – m    B ?  excluded        (weight 4)
 *   a3 – m    A ?  excluded        (weight 1)
 *   iso            no links
 */
function handGraph(): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const [node, side] of [
    ['a1', 'A'],
    ['a2', 'A'],
    ['a3', 'A'],
    ['b1', 'B'],
    ['b2', 'B'],
    ['m', undefined],
    ['iso', 'A'],
  ] as const) {
    g.addNode(node, side === undefined ? {} : { side });
  }
  const links: [string, string, number][] = [
    ['a1', 'a2', 2],
    ['a2', 'a3', 1],
    ['a1', 'b1', 3],
    ['a3', 'b1', 0.5],
    ['b1', 'b2', 1],
    ['b2', 'm', 4],
    ['a3', 'm', 1],
  ];
  for (const [u, v, weight] of links) g.addEdge(u, v, { weight });
  return g;
}

describe('eiIndex: hand-derived example', () => {
  it('whole network, groups, people, expected value and bounds (unweighted)', () => {
    const r = eiIndex(handGraph(), { attribute: 'side', permutations: 0 });
    /*
     * Counted links (both ends with a side): a1a2, a2a3, b1b2 internal (I = 3); a1b1, a3b1
     * external (E = 2). EI = (2 − 3)/5 = −0.2. Left out: b2–m and a3–m (m has no side).
     */
    expect(r.attribute).toBe('side');
    expect(r.internal).toBe(3);
    expect(r.external).toBe(2);
    expect(r.ei).toBeCloseTo(-0.2, 15);
    expect(r.missing).toBe(1);
    expect(r.excludedLinks).toBe(2);
    /*
     * Groups (links, each counted once):
     *   A: both ends in A: a1a2, a2a3 → I_A = 2; one end: a1b1, a3b1 → E_A = 2; EI 0. Size 4 (iso counts).
     *   B: both ends: b1b2 → I_B = 1; one end: a1b1, a3b1 → E_B = 2; EI (2 − 1)/3 = 1/3.
     */
    expect(r.groups).toEqual({
      A: { size: 4, internal: 2, external: 2, ei: 0 },
      B: { size: 2, internal: 1, external: 2, ei: 1 / 3 },
    });
    /*
     * People (links to people with a side only):
     *   a1: a2 (I), b1 (E) → 0          a2: a1, a3 (I) → −1
     *   a3: a2 (I), b1 (E); m left out → 0
     *   b1: a1, a3 (E), b2 (I) → 1/3    b2: b1 (I); m left out → −1
     *   m: no side → null                iso: no links → null
     */
    expect(r.people).toEqual({ a1: 0, a2: -1, a3: 0, b1: 1 / 3, b2: -1, m: null, iso: null });
    /*
     * Expected under random mixing: N = 6 people with a side, sizes 4 and 2.
     *   Σ n_g (n_g − 1) = 12 + 2 = 14, N (N − 1) = 30 → 1 − 28/30 = 1/15.
     * Bounds: L = 5 links; P_I = 6 + 1 = 7 internal pairs, P_E = 15 − 7 = 8 external pairs.
     *   max: min(5, 8) = 5 external → 1;  min: min(5, 7) = 5 internal → −1.
     */
    expect(r.expected).toBeCloseTo(1 / 15, 15);
    expect(r.bounds).toEqual({ minimum: -1, maximum: 1 });
    expect(r.permutation).toBeNull();
    expect(eiIndexValue(handGraph(), 'side')).toBe(r.ei);
  });

  it('weighted variant: E and I are sums of link weights', () => {
    const r = eiIndex(handGraph(), { attribute: 'side', permutations: 0, getEdgeWeight: 'weight' });
    /*
     * I = 2 (a1a2) + 1 (a2a3) + 1 (b1b2) = 4; E = 3 (a1b1) + 0.5 (a3b1) = 3.5.
     * EI = (3.5 − 4)/7.5 = −1/15.   Excluded links (weights 4 and 1) do not count.
     * Groups: A: I 3, E 3.5 → 0.5/6.5 = 1/13;  B: I 1, E 3.5 → 2.5/4.5 = 5/9.
     * People: a1: E 3, I 2 → 1/5;  a2: I 3 → −1;  a3: I 1, E 0.5 → −1/3;
     *         b1: E 3.5, I 1 → 5/9;  b2: I 1 → −1.
     * Bounds: weights [3, 2, 1, 1, 0.5], W = 7.5; all 5 fit in either kind of pair → ±1.
     */
    expect(r.internal).toBe(4);
    expect(r.external).toBe(3.5);
    expect(r.ei).toBeCloseTo(-1 / 15, 15);
    expect(r.groups.A?.ei).toBeCloseTo(1 / 13, 15);
    expect(r.groups.B?.ei).toBeCloseTo(5 / 9, 15);
    expect(r.people.a1).toBeCloseTo(1 / 5, 15);
    expect(r.people.a2).toBe(-1);
    expect(r.people.a3).toBeCloseTo(-1 / 3, 15);
    expect(r.people.b1).toBeCloseTo(5 / 9, 15);
    expect(r.people.b2).toBe(-1);
    expect(r.people.m).toBeNull();
    expect(r.bounds).toEqual({ minimum: -1, maximum: 1 });
    expect(r.expected).toBeCloseTo(1 / 15, 15); // group sizes only: weights do not change it
  });

  it('bounds restricted by group sizes, and a negative expected value without any homophily', () => {
    /*
     * A = {a1, a2, a3, a4}, B = {b1}. Links: the 4-cycle a1a2a3a4 (internal) and a1–b1 (external).
     * EI = (1 − 4)/5 = −0.6.
     * Possible pairs: P_I = C(4,2) = 6, P_E = 4 · 1 = 4. L = 5.
     *   maximum: at most 4 links can be external → (4 − 1)/5 = 0.6
     *   minimum: all 5 can be internal → −1
     * Expected: 1 − 2 · 12/20 = −0.2 (four of the five people share a group).
     */
    const g = new Graph({ type: 'undirected' });
    for (const n of ['a1', 'a2', 'a3', 'a4']) g.addNode(n, { side: 'A' });
    g.addNode('b1', { side: 'B' });
    for (const [u, v] of [
      ['a1', 'a2'],
      ['a2', 'a3'],
      ['a3', 'a4'],
      ['a4', 'a1'],
      ['a1', 'b1'],
    ] as const)
      g.addEdge(u, v);
    const r = eiIndex(g, { attribute: 'side', permutations: 0 });
    expect(r.ei).toBeCloseTo(-0.6, 15);
    expect(r.bounds?.minimum).toBe(-1);
    expect(r.bounds?.maximum).toBeCloseTo(0.6, 15);
    expect(r.expected).toBeCloseTo(-0.2, 15);
    expect(r.groups.B).toEqual({ size: 1, internal: 0, external: 1, ei: 1 });
  });

  it('counts each link once, whatever its weight, unless getEdgeWeight is given; ignores self-loops', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('a', { side: 'A' });
    g.addNode('b', { side: 'B' });
    g.addNode('c', { side: 'A' });
    g.addEdge('a', 'b', { weight: 5 });
    g.addEdge('a', 'c', { weight: 'not a number' }); // read only by the weighted variant
    g.addEdge('a', 'a', { weight: 1 }); // self-loop: neither internal nor external
    const r = eiIndex(g, { attribute: 'side', permutations: 0 });
    expect([r.external, r.internal, r.ei]).toEqual([1, 1, 0]);
    expect(r.people.a).toBe(0);
  });

  it('one group only: every link internal, EI = expected = −1', () => {
    const g = new Graph({ type: 'undirected' });
    for (const n of ['a', 'b', 'c']) g.addNode(n, { side: 'A' });
    g.addEdge('a', 'b');
    g.addEdge('b', 'c');
    const r = eiIndex(g, { attribute: 'side', permutations: 50 });
    expect(r.ei).toBe(-1);
    expect(r.expected).toBe(-1);
    expect(r.bounds).toEqual({ minimum: -1, maximum: -1 });
    expect(r.permutation).toMatchObject({ observed: -1, mean: -1, sd: 0, min: -1, max: -1 });
    expect(r.permutation?.pGreaterOrEqual).toBe(1);
    expect(r.permutation?.pLessOrEqual).toBe(1);
  });

  it('nothing to compare: no links, or no one with a value', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('a', { side: 'A' });
    g.addNode('b', { side: 'B' });
    const r = eiIndex(g, { attribute: 'side' });
    expect(r.ei).toBeNull();
    expect(r.bounds).toBeNull();
    expect(r.permutation).toBeNull(); // nothing to permute
    expect(r.expected).toBe(1); // two people, two groups: every possible pair is external
    expect(r.groups).toEqual({
      A: { size: 1, internal: 0, external: 0, ei: null },
      B: { size: 1, internal: 0, external: 0, ei: null },
    });
    expect(r.people).toEqual({ a: null, b: null });

    const empty = eiIndex(new Graph({ type: 'undirected' }), { attribute: 'side' });
    expect(empty).toMatchObject({ ei: null, expected: null, bounds: null, groups: {}, people: {}, permutation: null });
    expect(eiIndexValue(g, 'gender')).toBeNull();
  });
});

describe('eiIndex: missing values', () => {
  it('absent, null, NaN and blank values are missing; links touching them are left out at every level', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('a', { side: 'A' });
    g.addNode('b', { side: 'B' });
    g.addNode('c', { side: 'A' });
    g.addNode('absent', {});
    g.addNode('null', { side: null });
    g.addNode('nan', { side: Number.NaN });
    g.addNode('empty', { side: '' });
    g.addNode('blank', { side: '  ' });
    g.addEdge('a', 'b');
    g.addEdge('a', 'c');
    for (const m of ['absent', 'null', 'nan', 'empty', 'blank']) {
      g.addEdge('a', m);
      g.addEdge('b', m);
    }
    g.addEdge('absent', 'null');
    const r = eiIndex(g, { attribute: 'side', permutations: 0 });
    expect(r.missing).toBe(5);
    expect(r.excludedLinks).toBe(11);
    expect([r.external, r.internal, r.ei]).toEqual([1, 1, 0]);
    expect(r.people).toEqual({ a: 0, b: 1, c: -1, absent: null, null: null, nan: null, empty: null, blank: null });
    expect(Object.keys(r.groups)).toEqual(['A', 'B']);

    // Same as the subgraph induced by the people with a value.
    const known = new Graph({ type: 'undirected' });
    for (const n of ['a', 'b', 'c']) known.addNode(n, g.getNodeAttributes(n));
    known.addEdge('a', 'b');
    known.addEdge('a', 'c');
    const k = eiIndex(known, { attribute: 'side', permutations: 0 });
    expect({ ...r, missing: 0, excludedLinks: 0, people: k.people }).toEqual(k);
  });

  it('compares values as strings; numbers and booleans are groups, objects are refused', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('a', { seniority: 1 });
    g.addNode('b', { seniority: '1' });
    g.addNode('c', { seniority: 2 });
    g.addEdge('a', 'b');
    g.addEdge('b', 'c');
    const r = eiIndex(g, { attribute: 'seniority', permutations: 0 });
    expect(r.groups['1']).toEqual({ size: 2, internal: 1, external: 1, ei: 0 });
    expect(r.ei).toBe(0);

    const flags = new Graph({ type: 'undirected' });
    flags.addNode('x', { isDecisionMaker: true });
    flags.addNode('y', { isDecisionMaker: false });
    flags.addEdge('x', 'y');
    expect(eiIndex(flags, { attribute: 'isDecisionMaker', permutations: 0 }).groups).toEqual({
      true: { size: 1, internal: 0, external: 1, ei: 1 },
      false: { size: 1, internal: 0, external: 1, ei: 1 },
    });

    g.setNodeAttribute('c', 'events', ['e1']);
    expect(() => eiIndex(g, { attribute: 'events' })).toThrow(InvalidGraphError);
  });
});

// ---------------------------------------------------------------------------------------------
// Permutation test
// ---------------------------------------------------------------------------------------------

/** Two disjoint cliques of `size`, one per group: a perfectly segregated network. */
function twoCliques(size: number): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const side of ['A', 'B']) {
    for (let i = 0; i < size; i++) g.addNode(`${side}${i}`, { side });
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) g.addEdge(`${side}${i}`, `${side}${j}`);
  }
  return g;
}

/** G(n, p) with groups drawn independently of the links. */
function randomGraph(n: number, p: number, groups: string[], seed: number): Graph {
  const rng = createRng(seed);
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(`v${i}`, { side: groups[Math.floor(rng() * groups.length)] });
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rng() < p) g.addEdge(`v${i}`, `v${j}`);
  return g;
}

describe('eiIndex: permutation test', () => {
  it('is deterministic: the same seed gives the same test; the default is createRng(42)', () => {
    const g = oracleGraph('karate');
    const a = eiIndex(g, { attribute: 'club', permutations: 2000, rng: createRng(7) });
    const b = eiIndex(g, { attribute: 'club', permutations: 2000, rng: createRng(7) });
    expect(a.permutation).toEqual(b.permutation);
    const c = eiIndex(g, { attribute: 'club', permutations: 2000, rng: createRng(8) });
    expect(c.permutation?.mean).not.toBe(a.permutation?.mean);
    const byDefault = eiIndex(g, { attribute: 'club', permutations: 2000 });
    expect(byDefault.permutation).toEqual(
      eiIndex(g, { attribute: 'club', permutations: 2000, rng: createRng(42) }).permutation,
    );
    expect(eiIndex(g, { attribute: 'club' }).permutation?.permutations).toBe(DEFAULT_EI_INDEX_OPTIONS.permutations);
  });

  it('a perfectly segregated network (two cliques by group): observed −1, P(EI_perm ≤ obs) small', () => {
    /*
     * Two K6, one per side: every link internal, EI = −1. A relabelling gives −1 only if it
     * reproduces the split (2 of C(12, 6) = 924 labellings), so P(EI_perm ≤ −1) ≈ 0.0022 and,
     * with +1 smoothing over 5000 draws, about (11 + 1)/5001.
     */
    const r = eiIndex(twoCliques(6), { attribute: 'side', rng: createRng(1) });
    const test = r.permutation;
    expect(r.ei).toBe(-1);
    expect(test?.observed).toBe(-1);
    expect(test?.permutations).toBe(5000);
    expect(test?.pLessOrEqual).toBeLessThan(0.01);
    expect(test?.pLessOrEqual).toBeGreaterThanOrEqual(1 / 5001); // never 0
    expect(test?.pGreaterOrEqual).toBe(1);
    expect(test?.min).toBe(-1);
    // expected = 1 − 2 · (2 · 30)/(12 · 11) = 1/11; the permutation mean is close to it
    expect(r.expected).toBeCloseTo(1 / 11, 15);
    expect(Math.abs((test?.mean as number) - (r.expected as number))).toBeLessThan(
      (4 * (test?.sd as number)) / Math.sqrt(5000),
    );
  });

  it('a random graph with random groups: neither p-value is small', () => {
    const g = randomGraph(40, 0.15, ['A', 'B', 'C'], 11);
    const r = eiIndex(g, { attribute: 'side', rng: createRng(3) });
    const test = r.permutation;
    expect(test?.pGreaterOrEqual).toBeGreaterThan(0.05);
    expect(test?.pLessOrEqual).toBeGreaterThan(0.05);
    expect((test?.pGreaterOrEqual as number) + (test?.pLessOrEqual as number)).toBeGreaterThanOrEqual(1);
  });

  for (const weighted of [false, true]) {
    it(`matches the exact permutation null of the hand graph (${weighted ? 'weighted' : 'unweighted'}, oracle enumeration)`, () => {
      const ref = oracle.graphs.hand;
      const exact = (weighted ? ref?.exact_permutation_weighted : ref?.exact_permutation)?.side as OracleExact;
      const P = 20000;
      const r = eiIndex(oracleGraph('hand'), {
        attribute: 'side',
        permutations: P,
        rng: createRng(2024),
        getEdgeWeight: weighted ? 'weight' : null,
      });
      const test = r.permutation;
      expect(test).not.toBeNull();
      if (!test) return;
      expectClose(test.observed, exact.observed, 'observed');
      // The analytic expected value is the exact mean of the null (the oracle enumerated it).
      expectClose(r.expected, exact.mean, 'expected vs exact mean');
      // Monte Carlo: mean within 4 standard errors, SD within 3%, p-values within 4 binomial SEs.
      expect(Math.abs(test.mean - exact.mean)).toBeLessThan((4 * exact.sd) / Math.sqrt(P));
      expect(Math.abs(test.sd - exact.sd)).toBeLessThan(0.03 * exact.sd);
      for (const [mine, theirs] of [
        [test.pGreaterOrEqual, exact.p_greater_or_equal],
        [test.pLessOrEqual, exact.p_less_or_equal],
      ] as const) {
        expect(Math.abs(mine - theirs)).toBeLessThan(4 * Math.sqrt((theirs * (1 - theirs)) / P) + 2 / P);
      }
      expect(test.min).toBeGreaterThanOrEqual(exact.min - TOL);
      expect(test.max).toBeLessThanOrEqual(exact.max + TOL);
    });
  }

  it('permutations: 0 skips the test', () => {
    expect(eiIndex(twoCliques(3), { attribute: 'side', permutations: 0 }).permutation).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Arguments and purity
// ---------------------------------------------------------------------------------------------

function optionError(fn: () => unknown): InvalidOptionError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).code).toBe('INVALID_OPTION');
    return error as InvalidOptionError;
  }
  throw new Error('expected an InvalidOptionError');
}

describe('eiIndex: argument validation', () => {
  const g = handGraph();

  it('requires a non-empty attribute name', () => {
    expect(optionError(() => eiIndex(g, {} as EiIndexOptions)).option).toBe('attribute');
    expect(optionError(() => eiIndex(g, { attribute: '' })).option).toBe('attribute');
    expect(optionError(() => eiIndex(g, { attribute: 3 } as unknown as EiIndexOptions)).option).toBe('attribute');
    expect(optionError(() => eiIndex(g, undefined as unknown as EiIndexOptions)).option).toBe('options');
    expect(optionError(() => eiIndexValue(g, '')).option).toBe('attribute');
  });

  it('rejects bad option values, naming the option', () => {
    for (const permutations of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10']) {
      expect(optionError(() => eiIndex(g, { attribute: 'side', permutations } as EiIndexOptions)).option).toBe(
        'permutations',
      );
    }
    expect(optionError(() => eiIndex(g, { attribute: 'side', rng: 42 } as unknown as EiIndexOptions)).option).toBe(
      'rng',
    );
    expect(
      optionError(() => eiIndex(g, { attribute: 'side', getEdgeWeight: 1 } as unknown as EiIndexOptions)).option,
    ).toBe('getEdgeWeight');
    expect(
      optionError(() => eiIndex(g, { attribute: 'side', normalized: true } as unknown as EiIndexOptions)).option,
    ).toBe('normalized');
  });

  it('refuses directed, mixed and multi graphs', () => {
    for (const type of ['directed', 'mixed'] as const) {
      const d = new Graph({ type });
      d.addNode('a', { side: 'A' });
      expect(() => eiIndex(d, { attribute: 'side' })).toThrow(InvalidGraphError);
    }
    const multi = new Graph({ type: 'undirected', multi: true });
    multi.addNode('a', { side: 'A' });
    expect(() => eiIndex(multi, { attribute: 'side' })).toThrow(InvalidGraphError);
  });

  it('the weighted variant refuses non-numeric, non-finite and negative weights', () => {
    for (const weight of ['2', Number.NaN, Number.POSITIVE_INFINITY, -1, undefined]) {
      const h = handGraph();
      h.setEdgeAttribute(h.edge('a1', 'a2') as string, 'weight', weight);
      expect(() => eiIndex(h, { attribute: 'side', getEdgeWeight: 'weight' })).toThrow(InvalidGraphError);
      expect(() => eiIndex(h, { attribute: 'side', permutations: 0 })).not.toThrow(); // unweighted: not read
    }
  });

  it('leaves the graph untouched', () => {
    const h: AbstractGraph = oracleGraph('hand');
    const before = JSON.stringify(h.export());
    eiIndex(h, { attribute: 'side', permutations: 10, getEdgeWeight: 'weight' });
    expect(JSON.stringify(h.export())).toBe(before);
  });
});
