import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { InvalidGraphError, InvalidOptionError, type TrackmapError } from '../../../src/errors.js';
import { parseRoster } from '../../../src/import/roster-csv.js';
import {
  BROKERAGE_ROLES,
  type BrokerageCounts,
  type BrokerageRole,
  brokerageRoles,
} from '../../../src/metrics/brokerage/gould-fernandez.js';
import { createRng } from '../../../src/utils/rng.js';

const ZERO: BrokerageCounts = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };

/** Counts from the roles given, zero elsewhere, total = their sum. */
function counts(roles: Partial<Record<BrokerageRole, number>>): BrokerageCounts {
  const c = { ...ZERO, ...roles };
  return { ...c, total: BROKERAGE_ROLES.reduce((s, r) => s + c[r], 0) };
}

/** A directed graph; `groups` maps node → `track` (nodes in that order); arcs as `'a>b c>d'`. */
function digraph(groups: Record<string, string>, arcs: string): Graph {
  const g = new Graph({ type: 'directed' });
  for (const [node, track] of Object.entries(groups)) g.addNode(node, { track });
  for (const arc of arcs.split(/\s+/).filter(Boolean)) {
    const [a, b] = arc.split('>') as [string, string];
    g.addEdge(a, b);
  }
  return g;
}

/**
 * The hand-worked example. Groups X = {x1, x2, x3}, Y = {y1, y2, iso}, Z = {z1}.
 *
 *   x1 → x2 → x3 → x1       a directed cycle inside X
 *   x3 → z1,  z1 → y1,  z1 → x2
 *   y1 → y2,  y2 → y1       a reciprocal pair
 *   y2 → x1,  y1 → x1
 *   iso                     no arcs
 *
 * In- and out-neighbours, and every pair (a, c) with a → b → c, a ≠ c:
 *
 *   x1  in {x3, y1, y2}  out {x2}
 *       x3 → x1 → x2   X X X  coordinator    (x2 → x3 is c → a: does not close)
 *       y1 → x1 → x2   Y X X  gatekeeper
 *       y2 → x1 → x2   Y X X  gatekeeper
 *   x2  in {x1, z1}      out {x3}
 *       x1 → x2 → x3   X X X  coordinator    (x3 → x1 is c → a)
 *       z1 → x2 → x3   Z X X  gatekeeper     (x3 → z1 is c → a)
 *   x3  in {x2}          out {x1, z1}
 *       x2 → x3 → x1   X X X  coordinator    (x1 → x2 is c → a)
 *       x2 → x3 → z1   X X Z  representative
 *   z1  in {x3}          out {x2, y1}
 *       x3 → z1 → x2   X Z X  itinerant      (x2 → x3 is c → a)
 *       x3 → z1 → y1   X Z Y  liaison
 *   y1  in {z1, y2}      out {y2, x1}
 *       z1 → y1 → y2   Z Y Y  gatekeeper
 *       z1 → y1 → x1   Z Y X  liaison
 *       y2 → y1 → x1   closed by y2 → x1: not counted
 *       y2 → y1 → y2   a = c: not a pair
 *   y2  in {y1}          out {y1, x1}
 *       y1 → y2 → x1   closed by y1 → x1: not counted
 *       y1 → y2 → y1   a = c: not a pair
 *   iso nothing
 *
 * Every role occurs: coordinator 3, itinerant 1, representative 1, gatekeeper 4, liaison 2.
 */
const GROUPS = { x1: 'X', x2: 'X', x3: 'X', y1: 'Y', y2: 'Y', z1: 'Z', iso: 'Y' };
const ARCS = 'x1>x2 x2>x3 x3>x1 x3>z1 z1>y1 z1>x2 y1>y2 y2>y1 y2>x1 y1>x1';
const EXPECTED: Record<string, BrokerageCounts> = {
  x1: counts({ coordinator: 1, gatekeeper: 2 }),
  x2: counts({ coordinator: 1, gatekeeper: 1 }),
  x3: counts({ coordinator: 1, representative: 1 }),
  y1: counts({ gatekeeper: 1, liaison: 1 }),
  y2: ZERO,
  z1: counts({ itinerant: 1, liaison: 1 }),
  iso: ZERO,
};

/**
 * The same example as a roster, grouped by `side`; everyone is on track 2. The arcs come from
 * ties: y1–y2 is one undirected tie (both arcs) plus a directed y2 → y1 that repeats one of
 * them; x1 → x2 is given twice (advises, briefed). Everyone attends e1 and x1, x2, y2 attend e2,
 * which links every pair in the person graph but must add no brokerage.
 */
const ROSTER_TIES = [
  'source,target,type,directed',
  'x1,x2,advises,true',
  'x1,x2,briefed,yes',
  'x2,x3,advises,true',
  'x3,x1,advises,true',
  'x3,z1,advises,true',
  'z1,y1,advises,true',
  'z1,x2,advises,true',
  'y1,y2,colleague,false',
  'y2,y1,briefed,true',
  'y2,x1,advises,true',
  'y1,x1,advises,true',
].join('\n');

function roster(ties = ROSTER_TIES, withAttendance = true) {
  const people = ['id,name,track,side', ...Object.entries(GROUPS).map(([id, side]) => `${id},${id},2,${side}`)];
  const attendance = ['person,event', ...Object.keys(GROUPS).map((id) => `${id},e1`), 'x1,e2', 'x2,e2', 'y2,e2'];
  return parseRoster({
    people: { name: 'people.csv', text: people.join('\n') },
    ties: { name: 'ties.csv', text: ties },
    ...(withAttendance ? { attendance: { name: 'attendance.csv', text: attendance.join('\n') } } : {}),
  });
}

/** Straight from the definition: every ordered triple of distinct nodes, arcs looked up in `arcs`. */
function bruteForce(graph: AbstractGraph, hasArc: (a: string, b: string) => boolean, attribute = 'track') {
  const group = (n: string) => String(graph.getNodeAttribute(n, attribute) ?? '');
  const out: Record<string, BrokerageCounts> = {};
  const nodes = graph.nodes();
  for (const b of nodes) {
    const c0 = { ...ZERO };
    for (const a of nodes) {
      for (const c of nodes) {
        if (a === b || b === c || a === c) continue;
        if (!hasArc(a, b) || !hasArc(b, c) || hasArc(a, c)) continue;
        const [ga, gb, gc] = [group(a), group(b), group(c)];
        let role: BrokerageRole;
        if (ga === gb && gb === gc) role = 'coordinator';
        else if (ga === gc) role = 'itinerant';
        else if (ga === gb) role = 'representative';
        else if (gb === gc) role = 'gatekeeper';
        else role = 'liaison';
        c0[role]++;
        c0.total++;
      }
    }
    out[b] = c0;
  }
  return out;
}

function expectError<E extends TrackmapError>(fn: () => unknown, type: new (...args: never[]) => E): E {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  return expect.unreachable('expected an error');
}

describe('BROKERAGE_ROLES', () => {
  it('lists the five roles in the order of Gould & Fernandez, frozen', () => {
    expect(BROKERAGE_ROLES).toEqual(['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison']);
    expect(Object.isFrozen(BROKERAGE_ROLES)).toBe(true);
  });
});

describe('brokerageRoles on a directed graph', () => {
  it('matches the hand-worked counts, with every role present', () => {
    const result = brokerageRoles(digraph(GROUPS, ARCS));
    expect(result).toEqual(EXPECTED);
    for (const role of BROKERAGE_ROLES) expect(Object.values(result).some((c) => c[role] > 0)).toBe(true);
  });

  it('lists every node, in graph order, with total = sum of the roles', () => {
    const g = digraph(GROUPS, ARCS);
    const result = brokerageRoles(g);
    expect(Object.keys(result)).toEqual(g.nodes());
    for (const c of Object.values(result)) expect(c.total).toBe(BROKERAGE_ROLES.reduce((s, r) => s + c[r], 0));
    expect(result.iso).toEqual(ZERO);
  });

  it('gives zeros everywhere for a graph without arcs, and an empty mapping for an empty graph', () => {
    expect(brokerageRoles(digraph({ a: 'X', b: 'Y' }, ''))).toEqual({ a: ZERO, b: ZERO });
    expect(brokerageRoles(new Graph({ type: 'directed' }))).toEqual({});
  });

  it('is closed only by a → c: c → a does not block, a → c does', () => {
    // a → b → c with c → a: still counted (a has no arc to c)
    expect(brokerageRoles(digraph({ a: 'X', b: 'X', c: 'X' }, 'a>b b>c c>a')).b).toEqual(counts({ coordinator: 1 }));
    // a → b → c with a → c: closed
    expect(brokerageRoles(digraph({ a: 'X', b: 'X', c: 'X' }, 'a>b b>c a>c')).b).toEqual(ZERO);
  });

  it('counts (a, c) and (c, a) separately: reciprocal arcs a ⇄ b ⇄ c make b representative and gatekeeper', () => {
    const r = brokerageRoles(digraph({ a: 'X', b: 'X', c: 'Y' }, 'a>b b>a b>c c>b'));
    expect(r.b).toEqual(counts({ representative: 1, gatekeeper: 1 }));
    expect(r.a).toEqual(ZERO);
    expect(r.c).toEqual(ZERO);
  });

  it('total does not depend on the partition', () => {
    const g = digraph(GROUPS, ARCS);
    g.forEachNode((n) => {
      g.setNodeAttribute(n, 'one', 'all');
    });
    const byTrack = brokerageRoles(g);
    const oneGroup = brokerageRoles(g, { nodeGroupAttribute: 'one' });
    for (const n of g.nodes()) {
      expect(oneGroup[n]).toEqual(counts({ coordinator: byTrack[n]?.total ?? -1 }));
    }
  });

  it('puts missing, null and empty group values in one group "", and compares values as strings', () => {
    const g = new Graph({ type: 'directed' });
    g.addNode('a'); // no track at all
    g.addNode('b', { track: '' });
    g.addNode('c', { track: null });
    g.addNode('p', { track: 1 });
    g.addNode('q');
    g.addNode('r', { track: '1' });
    g.addNode('s', { track: 'X' });
    for (const [x, y] of [
      ['a', 'b'],
      ['b', 'c'],
      ['p', 'q'],
      ['q', 'r'],
      ['r', 's'],
    ] as const)
      g.addEdge(x, y);
    const r = brokerageRoles(g);
    // a → b → c: all in '' → coordinator
    expect(r.b).toEqual(counts({ coordinator: 1 }));
    // p(1) → q('') → r('1'): p and r in one group, q outside → itinerant
    expect(r.q).toEqual(counts({ itinerant: 1 }));
    // q('') → r('1') → s('X'): three groups → liaison
    expect(r.r).toEqual(counts({ liaison: 1 }));
  });

  it('reads a multi graph as binary and ignores self-loops', () => {
    const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    for (const n of ['a', 'b', 'c']) g.addNode(n, { track: n === 'c' ? 'Y' : 'X' });
    g.addEdge('a', 'b');
    g.addEdge('a', 'b');
    g.addEdge('b', 'c');
    g.addEdge('b', 'b');
    g.addEdge('a', 'a');
    expect(brokerageRoles(g)).toEqual({ a: ZERO, b: counts({ representative: 1 }), c: ZERO });
  });

  it('on a mixed graph, directed edges are one arc and undirected edges two', () => {
    const g = new Graph({ type: 'mixed' });
    for (const n of ['a', 'b', 'c']) g.addNode(n, { track: 'X' });
    g.addDirectedEdge('a', 'b');
    g.addUndirectedEdge('b', 'c');
    // arcs a → b, b → c, c → b: b brokers (a, c) only; (c, a) needs c → b → a, and b ↛ a
    expect(brokerageRoles(g)).toEqual({ a: ZERO, b: counts({ coordinator: 1 }), c: ZERO });
  });

  it('agrees with a brute-force count over all ordered triples on seeded random graphs', () => {
    const rng = createRng(20240607);
    for (let round = 0; round < 5; round++) {
      const g = new Graph({ type: 'directed' });
      const n = 25;
      const labels = ['A', 'B', 'C', '', undefined];
      for (let i = 0; i < n; i++) {
        const label = labels[Math.floor(rng() * labels.length)];
        g.addNode(`n${i}`, label === undefined ? {} : { track: label });
      }
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) if (i !== j && rng() < 0.12 + 0.04 * round) g.addEdge(`n${i}`, `n${j}`);
      const expected = bruteForce(g, (a, b) => g.hasDirectedEdge(a, b));
      expect(brokerageRoles(g)).toEqual(expected);
      // the example is not trivial: some brokerage in several roles
      expect(Object.values(expected).reduce((s, c) => s + c.total, 0)).toBeGreaterThan(50);
    }
  });

  it('does not modify the graph', () => {
    const g = digraph(GROUPS, ARCS);
    const before = JSON.stringify(g.export());
    brokerageRoles(g);
    expect(JSON.stringify(g.export())).toBe(before);
  });
});

describe('brokerageRoles on the person graph (ties)', () => {
  it('reads the arcs from ties and gives the hand-worked counts; shared events add nothing', () => {
    const { graph, issues } = roster();
    expect(issues).toEqual([]);
    // attendance links every pair: the person graph is complete
    expect(graph.size).toBe((graph.order * (graph.order - 1)) / 2);
    expect(brokerageRoles(graph, { nodeGroupAttribute: 'side' })).toEqual(EXPECTED);
    expect(brokerageRoles(roster(ROSTER_TIES, false).graph, { nodeGroupAttribute: 'side' })).toEqual(EXPECTED);
  });

  it('uses track by default: one track, so every brokerage is coordination', () => {
    const result = brokerageRoles(roster().graph);
    for (const [node, expected] of Object.entries(EXPECTED))
      expect(result[node]).toEqual(counts({ coordinator: expected.total }));
  });

  it('reads an undirected tie as two arcs', () => {
    const people = 'id,side\na,P\nb,P\nc,Q\n';
    const ties = (extra = '') => `source,target,directed\na,b,false\nb,c,false\n${extra}`;
    const run = (extra?: string) =>
      brokerageRoles(
        parseRoster({ people: { name: 'people.csv', text: people }, ties: { name: 'ties.csv', text: ties(extra) } })
          .graph,
        { nodeGroupAttribute: 'side' },
      );
    // a – b – c: b brokers a to c (P P Q, representative) and c to a (Q P P, gatekeeper)
    expect(run()).toEqual({ a: ZERO, b: counts({ representative: 1, gatekeeper: 1 }), c: ZERO });
    // a directed c → a closes c to a only
    expect(run('c,a,true\n').b).toEqual(counts({ representative: 1 }));
    // an undirected a – c closes both
    expect(run('a,c,false\n').b).toEqual(ZERO);
  });

  it('gives zeros to everyone when there are only shared events', () => {
    const { graph } = parseRoster({
      people: { name: 'people.csv', text: 'id,side\na,P\nb,Q\nc,P\n' },
      attendance: { name: 'attendance.csv', text: 'person,event\na,e1\nb,e1\nb,e2\nc,e2\n' },
    });
    // links a–b (e1) and b–c (e2): an open path a – b – c, yet no arc
    expect(graph.size).toBe(2);
    expect(brokerageRoles(graph, { nodeGroupAttribute: 'side' })).toEqual({ a: ZERO, b: ZERO, c: ZERO });
  });

  it('agrees with a brute-force count over the roster ties on a seeded random roster', () => {
    const rng = createRng(7);
    const n = 20;
    const sides = ['India', 'Pakistan', 'third', ''];
    const people = ['id,side'];
    for (let i = 0; i < n; i++) people.push(`p${i},${sides[Math.floor(rng() * sides.length)]}`);
    const ties = ['source,target,type,directed'];
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const u = rng();
        if (u < 0.06) ties.push(`p${i},p${j},advises,true`);
        else if (u < 0.09) ties.push(`p${i},p${j},colleague,false`);
        else if (u < 0.1) ties.push(`p${i},p${j},briefed,true`);
      }
    const attendance = ['person,event'];
    for (let i = 0; i < n; i++) if (rng() < 0.5) attendance.push(`p${i},w1`);
    const { graph, roster: parsed } = parseRoster({
      people: { name: 'people.csv', text: people.join('\n') },
      ties: { name: 'ties.csv', text: ties.join('\n') },
      attendance: { name: 'attendance.csv', text: attendance.join('\n') },
    });
    // arcs straight from the tie table, not from the links of the graph
    const arcs = new Set<string>();
    for (const t of parsed.ties) {
      arcs.add(`${t.source}>${t.target}`);
      if (!t.directed) arcs.add(`${t.target}>${t.source}`);
    }
    const expected = bruteForce(graph, (a, b) => arcs.has(`${a}>${b}`), 'side');
    expect(brokerageRoles(graph, { nodeGroupAttribute: 'side' })).toEqual(expected);
    expect(Object.values(expected).reduce((s, c) => s + c.total, 0)).toBeGreaterThan(20);
  });

  it('getArcs can keep only some tie types', () => {
    const { graph } = roster();
    const advises = function* (g: AbstractGraph) {
      for (const { attributes } of g.edgeEntries())
        for (const tie of attributes.ties as { from: string; to: string; type: string }[])
          if (tie.type === 'advises') yield [tie.from, tie.to] as const;
    };
    // without the y1–y2 ties, y1 keeps only z1 → y1 → x1 (liaison) and y2 brokers nothing
    expect(brokerageRoles(graph, { nodeGroupAttribute: 'side', getArcs: advises })).toEqual({
      ...EXPECTED,
      y1: counts({ liaison: 1 }),
    });
  });
});

describe('brokerageRoles errors', () => {
  it('rejects an undirected graph whose links have no ties', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    const error = expectError(() => brokerageRoles(g), InvalidGraphError);
    expect(error.code).toBe('INVALID_GRAPH');
  });

  it('rejects a tie that is not a tie', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b', { ties: [{ from: 'a', to: 'b' }] });
    expect(expectError(() => brokerageRoles(g), InvalidGraphError).code).toBe('INVALID_GRAPH');
  });

  it('rejects an arc naming an unknown node', () => {
    const g = digraph({ a: 'X', b: 'X' }, 'a>b');
    const error = expectError(() => brokerageRoles(g, { getArcs: () => [['a', 'ghost']] }), InvalidGraphError);
    expect(error.code).toBe('INVALID_GRAPH');
  });

  it('rejects bad options, naming the option', () => {
    const g = digraph({ a: 'X' }, '');
    const bad: [unknown, string][] = [
      [{ nodeGroupAttribute: '' }, 'nodeGroupAttribute'],
      [{ nodeGroupAttribute: 3 }, 'nodeGroupAttribute'],
      [{ getArcs: 'ties' }, 'getArcs'],
      [{ normalized: true }, 'normalized'],
    ];
    for (const [options, option] of bad) {
      const error = expectError(() => brokerageRoles(g, options as never), InvalidOptionError);
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.option).toBe(option);
    }
    const error = expectError(() => brokerageRoles.assign(g, { prefix: 1 } as never), InvalidOptionError);
    expect(error.option).toBe('prefix');
  });
});

describe('brokerageRoles.assign', () => {
  it('writes brokerage_<attribute>_<role> and _total by default', () => {
    const g = digraph(GROUPS, ARCS);
    brokerageRoles.assign(g);
    expect(g.getNodeAttributes('z1')).toEqual({
      track: 'Z',
      brokerage_track_coordinator: 0,
      brokerage_track_itinerant: 1,
      brokerage_track_representative: 0,
      brokerage_track_gatekeeper: 0,
      brokerage_track_liaison: 1,
      brokerage_track_total: 2,
    });
  });

  it('uses the prefix given, and the group attribute in the default prefix', () => {
    const { graph } = roster();
    brokerageRoles.assign(graph, { nodeGroupAttribute: 'side' });
    brokerageRoles.assign(graph, { nodeGroupAttribute: 'side', prefix: 'gf_' });
    for (const [node, expected] of Object.entries(EXPECTED)) {
      const attrs = graph.getNodeAttributes(node);
      for (const key of [...BROKERAGE_ROLES, 'total'] as const) {
        expect(attrs[`brokerage_side_${key}`]).toBe(expected[key]);
        expect(attrs[`gf_${key}`]).toBe(expected[key]);
      }
    }
  });
});
