import { describe, expect, it } from 'vitest';
import { buildPersonGraph } from '../../src/graph/build-person-graph.js';
import type { Attendance, Person, Roster, Tie } from '../../src/types.js';

const person = (id: string, extra: Partial<Person> = {}): Person => ({
  id,
  name: id.toUpperCase(),
  track: '',
  isDecisionMaker: false,
  extra: {},
  source: 'people.csv',
  line: 0,
  ...extra,
});
const tie = (source: string, target: string, type: string, weight: number, directed: boolean, line: number): Tie => ({
  source,
  target,
  type,
  weight,
  directed,
  extra: {},
  line,
});
const attend = (p: string, event: string): Attendance => ({ person: p, event, extra: {}, line: 0 });

const roster = (parts: Partial<Roster>): Roster => ({
  people: [],
  ties: [],
  events: [],
  attendance: [],
  files: [],
  decisionMakers: [{ column: 'track', values: ['1'] }],
  ...parts,
});

/**
 * a, b, c, d (d isolated).
 * ties: line 2 a–b colleague 1.5 undirected; line 3 b→a advises 2 directed.
 * attendance: e1 {a, b}; e2 {a, b, c}.
 */
const example = () =>
  roster({
    people: [person('a', { track: '1', isDecisionMaker: true }), person('b'), person('c'), person('d')],
    ties: [
      tie('a', 'b', 'colleague', 1.5, false, 2),
      { ...tie('b', 'a', 'advises', 2, true, 3), date: '2020-05', evidence: 'CV' },
    ],
    attendance: [attend('a', 'e1'), attend('b', 'e1'), attend('a', 'e2'), attend('b', 'e2'), attend('c', 'e2')],
  });

describe('buildPersonGraph', () => {
  it('is an undirected simple graph without self-loops, with every person (isolates too)', () => {
    const g = buildPersonGraph(example());
    expect(g.type).toBe('undirected');
    expect(g.multi).toBe(false);
    expect(g.allowSelfLoops).toBe(false);
    expect(g.nodes()).toEqual(['a', 'b', 'c', 'd']);
    expect(g.degree('d')).toBe(0);
  });

  it('link weight = sum of tie weights + number of shared events', () => {
    const g = buildPersonGraph(example());
    // a–b: ties 1.5 + 2 = 3.5; shared events e1, e2 = 2; weight 3.5 + 2 = 5.5
    expect(g.getEdgeAttributes(g.edge('a', 'b') as string)).toMatchObject({
      weight: 5.5,
      tieWeight: 3.5,
      sharedEvents: 2,
      events: ['e1', 'e2'],
      types: ['advises', 'colleague'],
    });
    // a–c and b–c: no tie, one shared event (e2): weight 0 + 1 = 1
    for (const [x, y] of [
      ['a', 'c'],
      ['b', 'c'],
    ] as const) {
      expect(g.getEdgeAttributes(g.edge(x, y) as string)).toEqual({
        weight: 1,
        tieWeight: 0,
        sharedEvents: 1,
        events: ['e2'],
        types: [],
        ties: [],
      });
    }
    // 3 pairs linked: a–b, a–c, b–c
    expect(g.size).toBe(3);
  });

  it('keeps every tie on the link with its own direction, type, weight, dates, evidence and line', () => {
    const g = buildPersonGraph(example());
    expect(g.getEdgeAttribute(g.edge('b', 'a') as string, 'ties')).toEqual([
      { from: 'a', to: 'b', type: 'colleague', weight: 1.5, directed: false, line: 2 },
      { from: 'b', to: 'a', type: 'advises', weight: 2, directed: true, line: 3, date: '2020-05', evidence: 'CV' },
    ]);
  });

  it('lists distinct tie types, sorted', () => {
    // colleague, advises, colleague (other direction), briefed → advises, briefed, colleague
    const g = buildPersonGraph(
      roster({
        people: [person('a'), person('b')],
        ties: [
          tie('a', 'b', 'colleague', 1, false, 2),
          tie('a', 'b', 'advises', 1, true, 3),
          tie('b', 'a', 'colleague', 1, true, 4),
          tie('b', 'a', 'briefed', 1, true, 5),
        ],
      }),
    );
    const attrs = g.getEdgeAttributes(g.edge('a', 'b') as string);
    expect(attrs.types).toEqual(['advises', 'briefed', 'colleague']);
    expect(attrs.ties).toHaveLength(4);
    expect(attrs.weight).toBe(4); // four ties of weight 1, no events
  });

  it('puts on each node the events attended, in file order, and the person fields', () => {
    const g = buildPersonGraph(example());
    expect(g.getNodeAttribute('a', 'events')).toEqual(['e1', 'e2']);
    expect(g.getNodeAttribute('c', 'events')).toEqual(['e2']);
    expect(g.getNodeAttribute('d', 'events')).toEqual([]);
    expect(g.getNodeAttributes('a')).toMatchObject({ label: 'A', name: 'A', track: '1', isDecisionMaker: true });
  });

  it('copies optional person fields and extra columns onto the node, omitting absent ones', () => {
    const g = buildPersonGraph(
      roster({
        people: [
          person('a', { side: 'North', ideology: -0.5, seniority: 3, extra: { role: 'minister' } }),
          person('b'),
        ],
      }),
    );
    expect(g.getNodeAttributes('a')).toMatchObject({ side: 'North', ideology: -0.5, seniority: 3, role: 'minister' });
    expect(g.hasNodeAttribute('b', 'side')).toBe(false);
    expect(g.hasNodeAttribute('b', 'ideology')).toBe(false);
  });

  it('inserts edges deterministically: ties in file order, then shared events by first attendance', () => {
    const g = buildPersonGraph(example());
    // e0 from the ties (a–b); e1 = a–c, e2 = b–c from e2's attendees [a, b, c]
    expect(g.mapEdges((key, _attrs, s, t) => [key, s, t])).toEqual([
      ['e0', 'a', 'b'],
      ['e1', 'a', 'c'],
      ['e2', 'b', 'c'],
    ]);
    // same roster, same graph
    expect(buildPersonGraph(example()).export()).toEqual(g.export());
  });

  it('stores the decision-maker rules as a graph attribute', () => {
    const rule = [{ column: 'role', values: ['minister'] }];
    expect(buildPersonGraph(roster({ decisionMakers: rule })).getAttribute('decisionMakers')).toEqual(rule);
  });
});
