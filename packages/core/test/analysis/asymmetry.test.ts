import { describe, expect, it } from 'vitest';
import { asymmetry, sideAccess } from '../../src/analysis/asymmetry.js';
import { cutRoster } from '../../src/change/cut-roster.js';
import { rosterRounds } from '../../src/change/turnover.js';
import { buildPersonGraph } from '../../src/graph/build-person-graph.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import { track1Access } from '../../src/metrics/access/track1-access.js';
import type { Attendance, Person, Roster, RosterEvent, RosterGraph, Tie } from '../../src/types.js';
import { createRng } from '../../src/utils/rng.js';
import { median } from '../../src/utils/stats.js';

/*
 * Sides A and B; decision-makers A1 (side A) and B1 (side B); participants a (A), b and c (B).
 *   ties: a–A1 (undated), c–a (undated), b–B1 (dated 2022-03-01)
 *   e1, round 1, 2021-05-01: a, c        e2, round 2, 2022-05-01: b, c
 * Full network: A1–a–c–b–B1 (a path), so distances are easy to read off.
 */
const imported = parseRoster({
  people: { name: 'people.csv', text: 'id,track,side\nA1,1,A\nB1,1,B\na,2,A\nb,2,B\nc,2,B\n' },
  ties: { name: 'ties.csv', text: 'source,target,date\na,A1,\nc,a,\nb,B1,2022-03-01\n' },
  events: { name: 'events.csv', text: 'id,round,date\ne1,1,2021-05-01\ne2,2,2022-05-01\n' },
  attendance: { name: 'attendance.csv', text: 'person,event\na,e1\nc,e1\nb,e2\nc,e2\n' },
});
const result = asymmetry(imported.roster, imported.graph);

describe('asymmetry between sides', () => {
  it('overall: own and other side, hand-derived on the path A1–a–c–b–B1', () => {
    expect(result.bySide).toEqual([
      {
        side: 'A',
        participants: 1, // a
        ownDecisionMakers: 1,
        otherDecisionMakers: 1,
        ownWithin1: 1, // a–A1
        ownWithin2: 1,
        otherWithin1: 0, // B1 is 3 steps from a
        otherWithin2: 0,
        medianDistanceOwn: 1,
        medianDistanceOther: 3,
        medianAccessOwn: 0.5, // 0.5^1
        medianAccessOther: 0.125, // 0.5^3
      },
      {
        side: 'B',
        participants: 2, // b, c
        ownDecisionMakers: 1,
        otherDecisionMakers: 1,
        ownWithin1: 0.5, // b only
        ownWithin2: 1, // c–b–B1
        otherWithin1: 0,
        otherWithin2: 0.5, // c–a–A1; b is 3 away
        medianDistanceOwn: 1.5, // (1 + 2) / 2
        medianDistanceOther: 2.5, // (2 + 3) / 2
        medianAccessOwn: 0.375, // (0.5 + 0.25) / 2
        medianAccessOther: 0.1875, // (0.25 + 0.125) / 2
      },
    ]);
  });

  it("per round: the network as of each round, for that round's participants", () => {
    // Round 1 (to 2021-05-01): b–B1 (2022) and e2 not yet on record, so B1 is isolated.
    //   A: a → own 1 step; other unreachable.   B: c → own unreachable; other A1 at 2 (c–a–A1).
    // Round 2 (to 2022-05-01): everything; participants b, c (side B only).
    expect(
      result.byRound.map((r) => [
        r.round,
        r.date,
        r.side,
        r.participants,
        r.ownWithin1,
        r.ownWithin2,
        r.otherWithin1,
        r.otherWithin2,
        r.medianDistanceOwn,
        r.medianDistanceOther,
      ]),
    ).toEqual([
      ['1', '2021-05-01', 'A', 1, 1, 1, 0, 0, 1, null],
      ['1', '2021-05-01', 'B', 1, 0, 0, 0, 1, null, 2],
      ['2', '2022-05-01', 'B', 2, 0.5, 1, 0, 0.5, 1.5, 2.5],
    ]);
  });

  it('a tie that ended before a round began does not count in it', () => {
    const ended = parseRoster({
      people: { name: 'people.csv', text: 'id,track,side\nA1,1,A\na,2,A\n' },
      ties: { name: 'ties.csv', text: 'source,target,start,end\na,A1,2019-01-01,2020-12-31\n' },
      events: { name: 'events.csv', text: 'id,round,date\ne1,1,2021-05-01\n' },
      attendance: { name: 'attendance.csv', text: 'person,event\na,e1\n' },
    });
    const r = asymmetry(ended.roster, ended.graph);
    expect(r.bySide[0]?.ownWithin1).toBe(1); // overall, the tie is in the graph
    expect(r.byRound[0]?.ownWithin1).toBe(0); // but not in round 1 (2021)
  });
});

/**
 * The per-round figures used to come from rebuilding the person graph of `cutRoster(roster, date)`
 * for every round (tens of seconds at 150 rounds); they are now computed from each link's first
 * cut. This is the old computation, kept as the reference the new one must equal exactly.
 */
function referenceByRound(roster: Roster) {
  const out = [];
  for (const r of rosterRounds(roster)) {
    const ids = new Set(r.eventIds);
    const snapshot = r.last === null ? roster : cutRoster(roster, r.last);
    const g = buildPersonGraph(snapshot);
    const present = new Set(roster.attendance.filter((a) => ids.has(a.event)).map((a) => a.person));
    for (const s of sideAccess(g, present, { accessScores: false })) out.push({ round: r.round, date: r.last, ...s });
  }
  return out;
}

/** A seeded roster with everything that moves a cut: partial and missing dates, ended ties, undated rounds. */
function randomRoster(seed: number): Roster {
  const rng = createRng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)] as T;
  const dates = [undefined, '2020', '2020-06', '2020-06-15', '2021-01-01', '2021-03', '2022-07-30', '2023-12-31'];
  const n = 15 + Math.floor(rng() * 30);
  const people: Person[] = Array.from({ length: n }, (_, i) => {
    const p: Person = {
      id: `p${i}`,
      name: `p${i}`,
      track: '',
      isDecisionMaker: rng() < 0.2,
      extra: {},
      source: 'people.csv',
      line: i + 2,
    };
    const side = pick(['A', 'B', 'C', undefined]);
    if (side !== undefined) p.side = side;
    if (p.isDecisionMaker && rng() < 0.7) p.seniority = pick([0.5, 1, 2, 3, 5]);
    return p;
  });
  const ties: Tie[] = [];
  for (let k = 0; k < n; k++) {
    const s = Math.floor(rng() * n);
    const t = Math.floor(rng() * n);
    if (s === t) continue;
    const tie: Tie = {
      source: `p${s}`,
      target: `p${t}`,
      type: 'tie',
      weight: 1,
      directed: false,
      extra: {},
      line: k + 2,
    };
    const date = pick(dates);
    if (date !== undefined) tie[rng() < 0.5 ? 'date' : 'start'] = date;
    const end = rng() < 0.3 ? pick(dates) : undefined;
    if (end !== undefined) tie.end = end;
    ties.push(tie);
  }
  const events: RosterEvent[] = [];
  const attendance: Attendance[] = [];
  const m = 3 + Math.floor(rng() * 12);
  for (let e = 0; e < m; e++) {
    const event: RosterEvent = { id: `e${e}`, name: `e${e}`, extra: {}, line: e + 2 };
    const date = pick(dates);
    if (date !== undefined) event.date = date;
    if (rng() < 0.85) event.round = String(1 + Math.floor(rng() * 5));
    events.push(event);
  }
  // e99 is not in the events list: its attendance is kept by every cut, as undated.
  for (const id of [...events.map((e) => e.id), 'e99']) {
    const size = 2 + Math.floor(rng() * 8);
    const seen = new Set<number>();
    for (let k = 0; k < size; k++) seen.add(Math.floor(rng() * n));
    for (const i of seen) attendance.push({ person: `p${i}`, event: id, extra: {}, line: attendance.length + 2 });
  }
  return {
    people,
    ties,
    events,
    attendance,
    files: [],
    decisionMakers: [{ column: 'track', values: ['1'] }],
    maxEventSize: 6,
  };
}

describe('asymmetry per round equals the graph rebuilt at every cut (issue #6)', () => {
  it('on 200 seeded rosters', () => {
    let rounds = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const roster = randomRoster(seed);
      const expected = referenceByRound(roster);
      rounds += expected.length;
      expect(asymmetry(roster, buildPersonGraph(roster)).byRound, `seed ${seed}`).toEqual(expected);
    }
    expect(rounds).toBeGreaterThan(400);
  });
});

/** The overall figures as they were computed before issue #6: track1Access per side and group. */
function referenceBySide(graph: RosterGraph) {
  const sides = [...new Set(graph.mapNodes((n) => graph.getNodeAttribute(n, 'side') ?? ''))]
    .filter((s) => s !== '')
    .sort();
  const out = [];
  for (const side of sides) {
    const own = track1Access(graph, { isDecisionMaker: (_n, a) => a.isDecisionMaker === true && a.side === side });
    const other = track1Access(graph, {
      isDecisionMaker: (_n, a) =>
        a.isDecisionMaker === true && typeof a.side === 'string' && a.side !== '' && a.side !== side,
    });
    const group = graph.filterNodes((_n, a) => a.side === side && a.isDecisionMaker !== true);
    if (group.length === 0) continue;
    const share = (f: (n: string) => boolean) => group.filter(f).length / group.length;
    const dist = (acc: typeof own) =>
      median(group.map((n) => acc[n]?.distance_to_track1).filter((d): d is number => typeof d === 'number'));
    out.push({
      side,
      participants: group.length,
      ownDecisionMakers: graph.filterNodes((_n, a) => a.isDecisionMaker === true && a.side === side).length,
      otherDecisionMakers: graph.filterNodes(
        (_n, a) => a.isDecisionMaker === true && typeof a.side === 'string' && a.side !== '' && a.side !== side,
      ).length,
      ownWithin1: share((n) => (own[n]?.track1_within_1 ?? 0) > 0),
      ownWithin2: share((n) => (own[n]?.track1_within_2 ?? 0) > 0),
      otherWithin1: share((n) => (other[n]?.track1_within_1 ?? 0) > 0),
      otherWithin2: share((n) => (other[n]?.track1_within_2 ?? 0) > 0),
      medianDistanceOwn: dist(own),
      medianDistanceOther: dist(other),
      medianAccessOwn: median(group.map((n) => own[n]?.access_score ?? 0)),
      medianAccessOther: median(group.map((n) => other[n]?.access_score ?? 0)),
    });
  }
  return out;
}

describe('asymmetry overall equals track1Access per side and group (issue #6)', () => {
  it('on 200 seeded rosters with three sides, people without one and seniorities, to the last bit', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const graph = buildPersonGraph(randomRoster(seed));
      expect(sideAccess(graph), `seed ${seed}`).toEqual(referenceBySide(graph));
    }
  });
});
