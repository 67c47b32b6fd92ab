import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidGraphError, InvalidOptionError } from '../../../src/errors.js';
import { track1Access } from '../../../src/metrics/access/track1-access.js';

/** Builds an undirected graph; `dms` lists the decision-makers; nodes in the order given. */
function graph(nodes: string[], edges: [string, string][], dms: string[]): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const n of nodes) g.addNode(n, { isDecisionMaker: dms.includes(n) });
  for (const [a, b] of edges) g.addEdge(a, b);
  return g;
}

/**
 *   dm1 — a — b — c        iso (isolated)
 *             |
 *            dm2
 *
 * Hop distances from dm1: a 1, b 2, c 3, dm2 3.  From dm2: b 1, a 2, c 2, dm1 3.
 */
const drawn = () =>
  graph(
    ['dm1', 'a', 'b', 'c', 'dm2', 'iso'],
    [
      ['dm1', 'a'],
      ['a', 'b'],
      ['b', 'c'],
      ['dm2', 'b'],
    ],
    ['dm1', 'dm2'],
  );

/** The hop-count fields only; access_score is checked on its own below. */
function hopAccess(...args: Parameters<typeof track1Access>) {
  return Object.fromEntries(
    Object.entries(track1Access(...args)).map(([node, { access_score: _score, ...rest }]) => [node, rest]),
  );
}

describe('track1Access', () => {
  it('computes distance, counts within 1 and 2 steps, and the nearest decision-makers', () => {
    expect(hopAccess(drawn())).toEqual({
      // a decision-maker: distance 0; the other DM is 3 steps away, so none within 2
      dm1: { distance_to_track1: 0, track1_within_1: 0, track1_within_2: 0, nearest_track1: ['dm2'] },
      // a: dm1 at 1, dm2 at 2 → within_1 = 1, within_2 = 2 (cumulative)
      a: { distance_to_track1: 1, track1_within_1: 1, track1_within_2: 2, nearest_track1: ['dm1'] },
      // b: dm2 at 1, dm1 at 2
      b: { distance_to_track1: 1, track1_within_1: 1, track1_within_2: 2, nearest_track1: ['dm2'] },
      // c: dm2 at 2, dm1 at 3
      c: { distance_to_track1: 2, track1_within_1: 0, track1_within_2: 1, nearest_track1: ['dm2'] },
      dm2: { distance_to_track1: 0, track1_within_1: 0, track1_within_2: 0, nearest_track1: ['dm1'] },
      // no path to any decision-maker
      iso: { distance_to_track1: null, track1_within_1: 0, track1_within_2: 0, nearest_track1: [] },
    });
  });

  it('lists every decision-maker at the nearest distance, in roster (node) order', () => {
    // zed — x — alpha, both DMs at distance 1 from x; roster order zed before alpha
    const g = graph(
      ['zed', 'x', 'alpha', 'y'],
      [
        ['zed', 'x'],
        ['x', 'alpha'],
        ['x', 'y'],
      ],
      ['zed', 'alpha'],
    );
    const r = hopAccess(g);
    expect(r.x).toEqual({
      distance_to_track1: 1,
      track1_within_1: 2,
      track1_within_2: 2,
      nearest_track1: ['zed', 'alpha'],
    });
    // y: both at distance 2
    expect(r.y).toEqual({
      distance_to_track1: 2,
      track1_within_1: 0,
      track1_within_2: 2,
      nearest_track1: ['zed', 'alpha'],
    });
    // zed: alpha is 2 steps away (zed–x–alpha)
    expect(r.zed).toEqual({ distance_to_track1: 0, track1_within_1: 0, track1_within_2: 1, nearest_track1: ['alpha'] });
  });

  it('counts a neighbouring decision-maker for a decision-maker, never itself', () => {
    // p — q, both DMs; r a participant linked to q
    const g = graph(
      ['p', 'q', 'r'],
      [
        ['p', 'q'],
        ['q', 'r'],
      ],
      ['p', 'q'],
    );
    const out = hopAccess(g);
    expect(out.p).toEqual({ distance_to_track1: 0, track1_within_1: 1, track1_within_2: 1, nearest_track1: ['q'] });
    expect(out.q).toEqual({ distance_to_track1: 0, track1_within_1: 1, track1_within_2: 1, nearest_track1: ['p'] });
    // r: q at 1, p at 2
    expect(out.r).toEqual({ distance_to_track1: 1, track1_within_1: 1, track1_within_2: 2, nearest_track1: ['q'] });
  });

  it('gives null distances when there are no decision-makers', () => {
    const out = hopAccess(graph(['a', 'b'], [['a', 'b']], []));
    expect(out.a).toEqual({ distance_to_track1: null, track1_within_1: 0, track1_within_2: 0, nearest_track1: [] });
  });

  it('a lone decision-maker has distance 0 and no nearest other decision-maker', () => {
    const out = hopAccess(graph(['dm', 'a'], [['dm', 'a']], ['dm']));
    expect(out.dm).toEqual({ distance_to_track1: 0, track1_within_1: 0, track1_within_2: 0, nearest_track1: [] });
  });

  it('accepts a custom isDecisionMaker', () => {
    // same drawing, DMs chosen by another attribute: only c
    const g = drawn();
    g.setNodeAttribute('c', 'role', 'minister');
    const out = hopAccess(g, { isDecisionMaker: (_node, attrs) => attrs.role === 'minister' });
    // from c: b 1, a 2, dm2 2, dm1 3
    expect(out.b).toEqual({ distance_to_track1: 1, track1_within_1: 1, track1_within_2: 1, nearest_track1: ['c'] });
    expect(out.dm1).toEqual({ distance_to_track1: 3, track1_within_1: 0, track1_within_2: 0, nearest_track1: ['c'] });
    expect(out.c?.distance_to_track1).toBe(0);
    expect(out.iso?.distance_to_track1).toBeNull();
  });

  it('assign writes the five attributes on every node', () => {
    const g = drawn();
    track1Access.assign(g);
    expect(g.getNodeAttributes('c')).toMatchObject({
      distance_to_track1: 2,
      track1_within_1: 0,
      track1_within_2: 1,
      nearest_track1: ['dm2'],
      // dm2 at 2 steps, dm1 at 3: 0.25 + 0.125
      access_score: 0.375,
    });
  });

  it('rejects a directed graph and a bad option', () => {
    const directed = new Graph({ type: 'directed' });
    expect(() => track1Access(directed)).toThrow(InvalidGraphError);
    try {
      track1Access(drawn(), { isDecisionMaker: 'track' as unknown as () => boolean });
      expect.unreachable('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('isDecisionMaker');
    }
  });
});

describe('access_score (decay centrality towards decision-makers, Jackson 2008)', () => {
  it('sums seniority x delta^distance over the other decision-makers', () => {
    // drawn(): from a, dm1 at 1 and dm2 at 2. With seniority dm1 = 5, dm2 unset (= 1), delta 0.5:
    //   a   = 5 * 0.5 + 1 * 0.25                = 2.75
    //   b   = 5 * 0.25 + 1 * 0.5                = 1.75
    //   c   = 5 * 0.125 + 1 * 0.25              = 0.875
    //   dm1 = 1 * 0.5^3 (dm2, itself excluded)  = 0.125
    //   dm2 = 5 * 0.5^3                         = 0.625
    //   iso = 0 (nothing reachable)
    const g = drawn();
    g.setNodeAttribute('dm1', 'seniority', 5);
    const r = track1Access(g);
    expect(Object.fromEntries(Object.entries(r).map(([n, a]) => [n, a.access_score]))).toEqual({
      dm1: 0.125,
      a: 2.75,
      b: 1.75,
      c: 0.875,
      dm2: 0.625,
      iso: 0,
    });
  });

  it('takes delta and a seniority getter as options', () => {
    // delta 0.1, every decision-maker seniority 2: a = 2*0.1 + 2*0.01 = 0.22
    const r = track1Access(drawn(), { delta: 0.1, getSeniority: () => 2 });
    expect(r.a?.access_score).toBeCloseTo(0.22, 15);
    expect(() => track1Access(drawn(), { delta: 1.5 })).toThrow(InvalidOptionError);
  });
});

describe('track1Access with many decision-makers (bit-parallel searches, 32 at a time)', () => {
  it('equals one breadth-first search per decision-maker, sums in decision-maker order', () => {
    // 400 people in two components, 70 decision-makers (three batches, the last partial), seniority 1-5
    let x = 7;
    const rand = () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x / 4294967296;
    };
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < 400; i++) g.addNode(`p${i}`, { isDecisionMaker: i % 6 === 1, seniority: 1 + (i % 5) });
    for (let i = 0; i < 900; i++) {
      const a = Math.floor(rand() * 400);
      const side = a < 300 ? [0, 300] : [300, 400];
      const b = (side[0] as number) + Math.floor(rand() * ((side[1] as number) - (side[0] as number)));
      if (a !== b && !g.hasEdge(`p${a}`, `p${b}`)) g.addEdge(`p${a}`, `p${b}`);
    }
    const nodes = g.nodes();
    const dms = nodes.filter((v) => g.getNodeAttribute(v, 'isDecisionMaker') === true);
    expect(dms.length).toBeGreaterThan(64);
    const expected: Record<string, { d: number | null; w1: number; w2: number; near: string[]; score: number }> = {};
    for (const v of nodes) expected[v] = { d: null, w1: 0, w2: 0, near: [], score: 0 };
    for (const dm of dms) {
      const dist = new Map<string, number>([[dm, 0]]);
      const queue = [dm];
      for (let h = 0; h < queue.length; h++) {
        const u = queue[h] as string;
        g.forEachNeighbor(u, (w) => {
          if (!dist.has(w)) {
            dist.set(w, (dist.get(u) as number) + 1);
            queue.push(w);
          }
        });
      }
      for (const [v, d] of dist) {
        if (v === dm) continue;
        const e = expected[v] as (typeof expected)[string];
        e.score += (g.getNodeAttribute(dm, 'seniority') as number) * 0.5 ** d;
        if (d <= 1) e.w1++;
        if (d <= 2) e.w2++;
        if (e.d === null || d < e.d) {
          e.d = d;
          e.near = [dm];
        } else if (d === e.d) e.near.push(dm);
      }
    }
    const access = track1Access(g);
    for (const v of nodes) {
      const e = expected[v] as (typeof expected)[string];
      const isDm = g.getNodeAttribute(v, 'isDecisionMaker') === true;
      expect(access[v]).toEqual({
        distance_to_track1: isDm ? 0 : e.d,
        track1_within_1: e.w1,
        track1_within_2: e.w2,
        nearest_track1: e.near,
        access_score: e.score,
      });
    }
  });
});
