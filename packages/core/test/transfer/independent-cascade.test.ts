import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError, TrackmapError } from '../../src/errors.js';
import {
  arcProbability,
  type CascadeOptions,
  cascadeChunks,
  independentCascade,
  mergeChunks,
  prepareCascade,
  simulateChunk,
  summarizeCascade,
} from '../../src/transfer/independent-cascade.js';
import type { LinkAttributes, LinkTie } from '../../src/types.js';

// Monte Carlo checks: an estimate x̂ of an exact value x from `runs` independent runs passes if
// |x̂ − x| ≤ 4 standard errors (sqrt(x(1 − x)/runs) for a share). With ~a dozen such checks, a
// false failure has probability below 1e-3; and the seeded generator makes every run identical.
const RUNS = 20_000;
const Z = 4;
const shareSE = (x: number, runs = RUNS) => Math.sqrt((x * (1 - x)) / runs);
function expectShare(actual: number | undefined, exact: number, runs = RUNS): void {
  expect(actual).toBeDefined();
  expect(Math.abs((actual as number) - exact)).toBeLessThanOrEqual(Z * shareSE(exact, runs) + 1e-12);
}

type TieSpec = { type: string; weight?: number; directed?: boolean; from?: string; to?: string };

/** Undirected person graph; `dms` are the decision-makers; links are LinkAttributes-shaped. */
function roster(
  nodes: string[],
  links: [string, string, TieSpec[], number?][],
  dms: string[],
): Graph<Record<string, unknown>, LinkAttributes> {
  const g = new Graph<Record<string, unknown>, LinkAttributes>({ type: 'undirected' });
  for (const n of nodes) g.addNode(n, { isDecisionMaker: dms.includes(n) });
  for (const [a, b, specs, sharedEvents = 0] of links) {
    const ties: LinkTie[] = specs.map((s, i) => ({
      from: s.from ?? a,
      to: s.to ?? b,
      type: s.type,
      weight: s.weight ?? 1,
      directed: s.directed ?? false,
      line: i + 2,
    }));
    const tieWeight = ties.reduce((sum, t) => sum + t.weight, 0);
    g.addEdge(a, b, {
      weight: tieWeight + sharedEvents,
      tieWeight,
      sharedEvents,
      events: Array.from({ length: sharedEvents }, (_, i) => `ev${i}`),
      types: [...new Set(ties.map((t) => t.type))].sort(),
      ties,
    });
  }
  return g;
}

/** Plain undirected graph whose arc probabilities come from `p` ("u>v" keys; missing = 0). */
function exact(nodes: string[], edges: [string, string][], p: Record<string, number>, dms: string[]) {
  const g = new Graph({ type: 'undirected' });
  for (const n of nodes) g.addNode(n, { isDecisionMaker: dms.includes(n) });
  for (const [a, b] of edges) g.addEdge(a, b);
  const getProbability = (s: string, t: string) => p[`${s}>${t}`] ?? 0;
  return { graph: g, getProbability };
}

/** s – a – b – t, p = 0.5 on every arc (both ways). */
function path() {
  const p: Record<string, number> = {};
  for (const [u, v] of [
    ['s', 'a'],
    ['a', 'b'],
    ['b', 't'],
  ] as const) {
    p[`${u}>${v}`] = 0.5;
    p[`${v}>${u}`] = 0.5;
  }
  return exact(
    ['s', 'a', 'b', 't'],
    [
      ['s', 'a'],
      ['a', 'b'],
      ['b', 't'],
    ],
    p,
    ['t'],
  );
}

describe('independentCascade: exact answers within Monte Carlo error', () => {
  it('path s–a–b–t with p = 0.5: P(t) = 0.5³, always at step 3; P(a) = 0.5, P(b) = 0.25', () => {
    const { graph, getProbability } = path();
    const r = independentCascade(graph, { seeds: ['s'], runs: RUNS, getProbability });
    expect(r.runs).toBe(RUNS);
    expect(r.seeds).toEqual(['s']);
    const t = r.targets.t;
    expectShare(t?.probability, 0.125);
    expect(t?.standardError).toBeCloseTo(shareSE(t?.probability as number), 12);
    expect(t?.medianSteps).toBe(3);
    expect(t?.meanSteps).toBe(3);
    expect(r.activationProbability.s).toBe(1);
    expectShare(r.activationProbability.a, 0.5);
    expectShare(r.activationProbability.b, 0.25);
    // Only t is a target; a and b are on every successful path, so both count as often as t.
    expect(Object.keys(r.targets)).toEqual(['t']);
    const reachedT = (t?.probability as number) * RUNS;
    expect(r.intermediaries.map((i) => i.id)).toEqual(['a', 'b']);
    for (const i of r.intermediaries) {
      expect(i.count).toBe(reachedT);
      expect(i.share).toBe(i.count / RUNS);
    }
    // E[reach] = 1 + 0.5 + 0.25 + 0.125 = 1.875; Var from the nested indicators (≤ 1.2): SE ≤ sqrt(1.2/runs).
    expect(Math.abs(r.expectedReach - 1.875)).toBeLessThanOrEqual(Z * Math.sqrt(1.2 / RUNS));
  });

  it('star with a seeded centre: each leaf reached with p; expected reach 1 + k·p', () => {
    // k = 10 leaves, each joined to the centre by one undirected "advises" tie of weight 1: p = 0.3.
    const k = 10;
    const leaves = Array.from({ length: k }, (_, i) => `leaf${i}`);
    const g = roster(
      ['centre', ...leaves],
      leaves.map((leaf) => ['centre', leaf, [{ type: 'advises' }]] as [string, string, TieSpec[]]),
      leaves,
    );
    const r = independentCascade(g, { seeds: ['centre'], runs: RUNS, seed: 3 });
    for (const leaf of leaves) {
      expectShare(r.targets[leaf]?.probability, 0.3);
      expect(r.targets[leaf]?.medianSteps).toBe(1);
    }
    // Reach − 1 ~ Binomial(k, p): SE = sqrt(k p (1 − p) / runs).
    expect(Math.abs(r.expectedReach - (1 + k * 0.3))).toBeLessThanOrEqual(Z * Math.sqrt((k * 0.3 * 0.7) / RUNS));
    // Every leaf is reached directly from the seed: nobody is an intermediary.
    expect(r.intermediaries).toEqual([]);
  });

  it('two disjoint routes s–a–t and s–b–t: P(t) = 1 − (1 − p1p2)(1 − p3p4), and who carried it', () => {
    // Only the forward arcs s→a (p1), a→t (p2), s→b (p3), b→t (p4) can fire (others have p = 0).
    // By the live-edge view [Kempe et al. 2003], t is reached iff route A = {s→a, a→t} or route
    // B = {s→b, b→t} is all live. The routes share no arc, so A and B are independent events with
    // P(A) = p1p2, P(B) = p3p4, and P(t) = 1 − (1 − P(A))(1 − P(B)).
    // t's parent is a iff A alone is live, or both are and a's attempt comes first: a and b are
    // in the same round and each round is shuffled, so that happens with probability 1/2.
    // Hence P(a on t's path) = P(A)(1 − P(B)) + P(A)P(B)/2, and symmetrically for b.
    const [p1, p2, p3, p4] = [0.8, 0.5, 0.6, 0.5];
    const { graph, getProbability } = exact(
      ['s', 'a', 'b', 't'],
      [
        ['s', 'a'],
        ['s', 'b'],
        ['a', 't'],
        ['b', 't'],
      ],
      { 's>a': p1, 'a>t': p2, 's>b': p3, 'b>t': p4 },
      ['t'],
    );
    const r = independentCascade(graph, { seeds: ['s'], runs: RUNS, getProbability, seed: 11 });
    const A = p1 * p2;
    const B = p3 * p4;
    expectShare(r.targets.t?.probability, 1 - (1 - A) * (1 - B));
    expect(r.targets.t?.medianSteps).toBe(2);
    const share = Object.fromEntries(r.intermediaries.map((i) => [i.id, i.share]));
    expectShare(share.a, A * (1 - B) + (A * B) / 2);
    expectShare(share.b, B * (1 - A) + (A * B) / 2);
    // On every run that reached t exactly one of a, b was its parent.
    expect(r.intermediaries.reduce((sum, i) => sum + i.count, 0)).toBe((r.targets.t?.probability as number) * RUNS);
    expect(r.intermediaries.map((i) => i.id)).toEqual(['a', 'b']); // 0.34 > 0.24
    // The two routes to t, with the same shares as their intermediaries (t reached through s–a–t
    // exactly when a is t's parent), most likely first.
    expect(r.routes.map((route) => route.nodes.join('-'))).toEqual(['s-a-t', 's-b-t']);
    expect(r.routes[0]?.count).toBe(r.intermediaries[0]?.count);
    expectShare(r.routes[1]?.share, B * (1 - A) + (A * B) / 2);
  });

  it('a directed tie carries ideas from→to only', () => {
    // boss → aide, "advises" (q = 0.3), directed; no other link.
    const g = roster(
      ['aide', 'boss'],
      [['aide', 'boss', [{ type: 'advises', directed: true, from: 'boss', to: 'aide' }]]],
      ['aide', 'boss'],
    );
    const prepared = prepareCascade(g, { seeds: ['aide'] });
    expect(arcProbability(prepared, 'boss', 'aide')).toBeCloseTo(0.3, 15);
    expect(arcProbability(prepared, 'aide', 'boss')).toBe(0);
    // Seed at the `to` end: never reaches the `from` end.
    const up = independentCascade(g, { seeds: ['aide'], runs: 2000 });
    expect(up.targets.boss?.probability).toBe(0);
    expect(up.targets.boss?.medianSteps).toBeNull();
    expect(up.targets.boss?.meanSteps).toBeNull();
    // Seed at the `from` end: reaches the other with p = 0.3.
    const down = independentCascade(g, { seeds: ['boss'], runs: RUNS });
    expectShare(down.targets.aide?.probability, 0.3);
  });

  it('maxSteps stops the cascade after that many rounds', () => {
    const g = new Graph({ type: 'undirected' });
    for (const n of ['s', 'a', 'b', 't']) g.addNode(n, { isDecisionMaker: n === 't' });
    g.addEdge('s', 'a');
    g.addEdge('a', 'b');
    g.addEdge('b', 't');
    const r = independentCascade(g, { seeds: ['s'], runs: 10, maxSteps: 2, getProbability: () => 1 });
    expect(r.activationProbability).toEqual({ s: 1, a: 1, b: 1, t: 0 });
    expect(r.expectedReach).toBe(3);
  });
});

describe('prepareCascade: probabilities from ties and shared events', () => {
  it('composes p = 1 − Π(1 − q_t)^w × (1 − q_event)^sharedEvents', () => {
    // advises (q 0.3) w = 1, friend (q 0.15) w = 2, one shared event (q 0.1).
    const g = roster(
      ['x', 'y'],
      [
        [
          'x',
          'y',
          [
            { type: 'advises', weight: 1 },
            { type: 'friend', weight: 2 },
          ],
          1,
        ],
      ],
      [],
    );
    const prepared = prepareCascade(g, { seeds: ['x'] });
    const expected = 1 - 0.7 * 0.85 ** 2 * 0.9;
    expect(arcProbability(prepared, 'x', 'y')).toBeCloseTo(expected, 12);
    expect(arcProbability(prepared, 'y', 'x')).toBeCloseTo(expected, 12);
  });

  it('matches types loosely, uses defaultProbability for unknown types, and takes overrides', () => {
    const g = roster(
      ['x', 'y', 'z'],
      [
        ['x', 'y', [{ type: 'Co-Author' }]],
        ['y', 'z', [{ type: 'pen pal' }]],
      ],
      [],
    );
    const base = prepareCascade(g, { seeds: ['x'] });
    expect(arcProbability(base, 'x', 'y')).toBeCloseTo(0.2, 15);
    expect(arcProbability(base, 'y', 'z')).toBeCloseTo(0.1, 15);
    const custom = prepareCascade(g, {
      seeds: ['x'],
      typeProbability: { co_author: 0.5 },
      defaultProbability: 0.05,
      eventProbability: 0,
    });
    expect(arcProbability(custom, 'x', 'y')).toBeCloseTo(0.5, 15);
    expect(arcProbability(custom, 'y', 'z')).toBeCloseTo(0.05, 15);
  });

  it('drops arcs with p = 0 and returns plain, postable data', () => {
    const { graph, getProbability } = path();
    const prepared = prepareCascade(graph, { seeds: ['s'], runs: 2500, getProbability });
    expect(prepared.arcTargets.length).toBe(6);
    expect(prepared.chunkCount).toBe(3);
    expect(cascadeChunks(prepared)).toEqual([
      { index: 0, runs: 1000 },
      { index: 1, runs: 1000 },
      { index: 2, runs: 500 },
    ]);
    expect(structuredClone(prepared)).toEqual(prepared);
  });

  it('rejects probabilities outside [0, 1], naming the option', () => {
    const g = roster(['x', 'y'], [['x', 'y', [{ type: 'advises' }]]], []);
    const optionOf = (options: CascadeOptions) => {
      try {
        prepareCascade(g, options);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidOptionError);
        return (error as InvalidOptionError).option;
      }
      return undefined;
    };
    expect(optionOf({ seeds: ['x'], eventProbability: 1.2 })).toBe('eventProbability');
    expect(optionOf({ seeds: ['x'], defaultProbability: -0.1 })).toBe('defaultProbability');
    expect(optionOf({ seeds: ['x'], typeProbability: { advises: 2 } })).toBe('typeProbability');
    expect(optionOf({ seeds: ['x'], getProbability: () => 1.5 })).toBe('getProbability');
    expect(optionOf({ seeds: ['x'], getProbability: () => Number.NaN })).toBe('getProbability');
  });
});

describe('independentCascade: determinism and chunking', () => {
  const star = () => {
    const leaves = Array.from({ length: 8 }, (_, i) => `l${i}`);
    return roster(
      ['c', 'm', ...leaves],
      [
        ...leaves.map((leaf) => ['c', leaf, [{ type: 'colleague' }], 1] as [string, string, TieSpec[], number]),
        ...leaves.map((leaf) => [leaf, 'm', [{ type: 'briefed' }]] as [string, string, TieSpec[]]),
      ],
      ['m', 'l0'],
    );
  };

  it('gives identical results for the same seed, and different counts for another seed', () => {
    const g = star();
    const a = independentCascade(g, { seeds: ['c'], runs: 3000, seed: 5 });
    const b = independentCascade(g, { seeds: ['c'], runs: 3000, seed: 5 });
    const c = independentCascade(g, { seeds: ['c'], runs: 3000, seed: 6 });
    expect(a).toStrictEqual(b);
    expect(c.activationProbability).not.toEqual(a.activationProbability);
    // Default seed is 42; an rng fixes the seed with one draw.
    expect(independentCascade(g, { seeds: ['c'], runs: 500 })).toStrictEqual(
      independentCascade(g, { seeds: ['c'], runs: 500, seed: 42 }),
    );
    expect(independentCascade(g, { seeds: ['c'], runs: 500, rng: () => 0.25 })).toStrictEqual(
      independentCascade(g, { seeds: ['c'], runs: 500, seed: 0x40000000 }),
    );
  });

  it('merging chunks in any order and grouping gives the single-threaded result exactly', () => {
    const g = star();
    const options: CascadeOptions = { seeds: ['c'], runs: 4500, chunkSize: 1000, seed: 9 };
    const whole = independentCascade(g, options);
    const prepared = prepareCascade(g, options);
    const plan = cascadeChunks(prepared);
    expect(plan.map((c) => c.runs)).toEqual([1000, 1000, 1000, 1000, 500]);
    // Simulate in reverse order (as workers might finish), then merge in two uneven groups.
    const chunks = [...plan].reverse().map(({ index, runs }) => simulateChunk(structuredClone(prepared), index, runs));
    const [c4, c3, c2, c1, c0] = chunks as [never, never, never, never, never];
    const merged = mergeChunks([mergeChunks([c3, c0]), mergeChunks([c4, c1, c2])]);
    expect(merged.chunks).toEqual([0, 1, 2, 3, 4]);
    expect(summarizeCascade(prepared, merged)).toStrictEqual(whole);
    expect(summarizeCascade(prepared, mergeChunks(chunks))).toStrictEqual(whole);
    expect(() => mergeChunks([c0, c0])).toThrow(InvalidOptionError);
  });

  it('reports progress after each chunk', () => {
    const calls: [number, number][] = [];
    independentCascade(star(), {
      seeds: ['c'],
      runs: 2500,
      onProgress: (done, total) => {
        calls.push([done, total]);
      },
    });
    expect(calls).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });

  it('reaches seeds that are targets at step 0', () => {
    const r = independentCascade(star(), { seeds: ['c', 'l0', 'c'], runs: 1000 });
    expect(r.seeds).toEqual(['c', 'l0']);
    expect(r.targets.l0).toEqual({ probability: 1, standardError: 0, medianSteps: 0, meanSteps: 0 });
    expect(r.intermediaries.some((i) => i.id === 'c' || i.id === 'l0')).toBe(false);
  });

  it('takes explicit targets', () => {
    const r = independentCascade(star(), { seeds: ['c'], runs: 200, targets: ['l3', 'm'] });
    expect(Object.keys(r.targets)).toEqual(['m', 'l3']); // node order
  });
});

describe('independentCascade: option errors', () => {
  const g = () => roster(['x', 'y'], [['x', 'y', [{ type: 'advises' }]]], ['y']);
  const codeOf = (options: CascadeOptions): string | undefined => {
    try {
      independentCascade(g(), options);
    } catch (error) {
      expect(error).toBeInstanceOf(TrackmapError);
      return (error as TrackmapError).code;
    }
    return undefined;
  };

  it('rejects an unknown seed id, naming it', () => {
    expect(codeOf({ seeds: ['x', 'nobody'] })).toBe('INVALID_OPTION');
    expect(() => independentCascade(g(), { seeds: ['nobody'] })).toThrow(/nobody/);
  });

  it('rejects missing or empty seeds and unknown targets', () => {
    expect(codeOf({ seeds: [] })).toBe('INVALID_OPTION');
    expect(codeOf({} as CascadeOptions)).toBe('INVALID_OPTION');
    expect(codeOf({ seeds: ['x'], targets: ['ghost'] })).toBe('INVALID_OPTION');
  });

  it('requires runs and chunkSize to be positive integers', () => {
    for (const runs of [0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(codeOf({ seeds: ['x'], runs })).toBe('INVALID_OPTION');
    expect(codeOf({ seeds: ['x'], chunkSize: 0 })).toBe('INVALID_OPTION');
    expect(codeOf({ seeds: ['x'], maxSteps: -1 })).toBe('INVALID_OPTION');
    expect(codeOf({ seeds: ['x'], seed: 1, rng: () => 0.5 })).toBe('INVALID_OPTION');
    expect(codeOf({ seeds: ['x'], runs: 1 })).toBeUndefined();
  });
});

describe('seeds compete fairly for a shared neighbour', () => {
  it('the parent of a person two seeds can both reach is uniform, whatever the seed order', () => {
    // s1 → t and s2 → t with p = 1: t is always reached, by s1 or s2 with probability 1/2 each
    // (the seeds' round is shuffled like every other round).
    const { graph, getProbability } = exact(
      ['s1', 's2', 't'],
      [
        ['s1', 't'],
        ['s2', 't'],
      ],
      { 's1>t': 1, 's2>t': 1 },
      ['t'],
    );
    for (const seeds of [
      ['s1', 's2'],
      ['s2', 's1'],
    ]) {
      const r = independentCascade(graph, { seeds, runs: RUNS, getProbability, seed: 5 });
      const share = Object.fromEntries(r.routes.map((route) => [route.nodes.join('-'), route.share]));
      expectShare(share['s1-t'], 0.5);
      expectShare(share['s2-t'], 0.5);
    }
  });
});
