import { describe, expect, it } from 'vitest';
import { analyzeRoster } from '../../src/analysis/analyze.js';
import { type AnalysisSnapshot, compareAnalyses } from '../../src/analysis/compare.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import { twoSnapshots } from '../change/fixtures.js';

/*
 * Hand-derived from the pictures in fixtures.ts (hops; DMs D and E; access score = Σ 0.5^hops
 * over reachable decision-makers other than oneself, seniority 1):
 *
 *   person  distance     within_2   access score          class
 *   D       0 → 0        0 → 1      0 → 0.25 (E at 2)     gained (same distance, E now within 2: D–W–E)
 *   E       0 → 0        0 → 1      0 → 0.25 (D at 2)     gained (likewise)
 *   Y       3 → 1        0 → 1      0.125 → 0.625         gained (closer: new tie Y–D; E at 3)
 *   m1      2 → 2        1 → 1      0.25 → 0.3125         unchanged (E at 4 adds 0.0625)
 *   m2      1 → 1        1 → 1      0.5 → 0.625           unchanged (E at 3 adds 0.125)
 *   X       – → 2        0 → 1      0 → 0.3125            gained (became reachable: X–J–D; E at 4)
 *   Z       1 → –        1 → 0      0.5 → 0               lost (became unreachable: Z–D removed)
 *   W       1 → 1        1 → 2      0.5 → 1               gained (same distance, E now within 1)
 *   L       3 → absent                                   left
 *   J       absent → 1                                   joined
 */
describe('compareAnalyses', () => {
  const { before, after } = twoSnapshots();
  const c = compareAnalyses(before, after);
  const person = (id: string) => {
    const p = c.people.find((q) => q.id === id);
    if (!p) throw new Error(`no ${id}`);
    return p;
  };

  it('lists everyone in either snapshot: the earlier order, then those who joined', () => {
    expect(c.people.map((p) => [p.id, p.status])).toEqual([
      ['D', 'both'],
      ['E', 'both'],
      ['Y', 'both'],
      ['m1', 'both'],
      ['m2', 'both'],
      ['X', 'both'],
      ['Z', 'both'],
      ['L', 'only-before'],
      ['W', 'both'],
      ['J', 'only-after'],
    ]);
  });

  it('classifies the change in distance and access (table above)', () => {
    const rows = c.people.map((p) => [
      p.id,
      p.measures.distance_to_track1.before,
      p.measures.distance_to_track1.after,
      p.distance,
      p.access,
    ]);
    expect(rows).toEqual([
      ['D', 0, 0, 'same', 'gained'],
      ['E', 0, 0, 'same', 'gained'],
      ['Y', 3, 1, 'closer', 'gained'],
      ['m1', 2, 2, 'same', 'unchanged'],
      ['m2', 1, 1, 'same', 'unchanged'],
      ['X', null, 2, 'became-reachable', 'gained'],
      ['Z', 1, null, 'became-unreachable', 'lost'],
      ['L', 3, null, null, null],
      ['W', 1, 1, 'same', 'gained'],
      ['J', null, 1, null, null],
    ]);
  });

  it('gives before, after and delta of each measure', () => {
    expect(person('Y').measures.distance_to_track1).toEqual({ before: 3, after: 1, delta: -2 });
    expect(person('X').measures.distance_to_track1).toEqual({ before: null, after: 2, delta: null });
    expect(person('W').measures.track1_within_1).toEqual({ before: 1, after: 2, delta: 1 });
    expect(person('W').measures.access_score).toEqual({ before: 0.5, after: 1, delta: 0.5 });
    expect(person('m1').measures.access_score).toEqual({ before: 0.25, after: 0.3125, delta: 0.0625 });
    // D's neighbours: m2, Z, W before; m2, W, Y, J after
    expect(person('D').measures.degree).toEqual({ before: 3, after: 4, delta: 1 });
    expect(person('L').measures.degree).toEqual({ before: 1, after: null, delta: null });
    expect(person('J').measures.track1_within_2).toEqual({ before: null, after: 1, delta: null });
    // Open directed two-paths a → D → c (no sides: everyone is in the '' group, total counts them all).
    // before: in-arcs m2 (advises is directed m2 → D), Z, W; out-arcs Z, W
    //   → (m2,Z) (m2,W) (Z,W) (W,Z) = 4
    // after: in-arcs m2, W, Y, J (J → D directed); out-arcs W, Y
    //   → (m2,W) (m2,Y) (W,Y) (Y,W) (J,W) (J,Y) = 6
    expect(person('D').measures.brokerage_side_total).toEqual({ before: 4, after: 6, delta: 2 });
    // m1 was the only route of Y and L (before): it brokered between them and D
    expect(person('m1').measures.transfer_betweenness.before).toBeGreaterThan(0);
    expect(person('Z').measures.betweenness).toEqual({ before: 0, after: 0, delta: 0 });
  });

  it('lists the neighbours each person gained and lost', () => {
    const sorted = (ids: string[]) => [...ids].sort();
    expect(sorted(person('D').neighboursGained)).toEqual(['J', 'Y']);
    expect(person('D').neighboursLost).toEqual(['Z']);
    expect(person('Z').neighboursLost).toEqual(['D']);
    expect(person('m1').neighboursLost).toEqual(['L']);
    expect(person('m1').neighboursGained).toEqual([]); // m1–Y written the other way round: same link
    expect(person('X').neighboursGained).toEqual(['J']);
    expect(sorted(person('J').neighboursGained)).toEqual(['D', 'X']); // joined: every neighbour is new
    expect(person('L').neighboursLost).toEqual(['m1']); // left: every neighbour is lost
  });

  it('lists the links and tie rows gained and lost', () => {
    const pair = ([a, b]: [string, string]) => [a, b].sort().join('–');
    expect(c.links.gained.map(pair).sort()).toEqual(['D–J', 'D–Y', 'E–W', 'J–X']);
    expect(c.links.lost.map(pair).sort()).toEqual(['D–Z', 'L–m1']);
    // m1,Y (reversed) matches Y,m1; W–D with weight 2 matches weight 1: neither is a change
    expect(c.ties.added.map((t) => [t.source, t.target, t.type])).toEqual([
      ['Y', 'D', 'briefed'],
      ['X', 'J', 'friend'],
      ['J', 'D', 'advises'],
      ['W', 'E', 'family'],
    ]);
    expect(c.ties.removed.map((t) => [t.source, t.target, t.type])).toEqual([
      ['Z', 'D', 'briefed'],
      ['L', 'm1', 'friend'],
    ]);
  });

  it('summarises: gained + lost + unchanged = people in both', () => {
    expect(c.summary.people).toEqual({ before: 9, after: 9, both: 8, joined: 1, left: 1 });
    expect(c.summary.access).toEqual({
      gained: 5, // D, E, Y, X, W
      lost: 1, // Z
      unchanged: 2, // m1, m2
      becameReachable: 1, // X
      becameUnreachable: 1, // Z
      closer: 1, // Y
      farther: 0,
      within2Increased: 5, // D, E, Y, X, W
      within2Decreased: 1, // Z
    });
    // distance deltas among those reachable in both: D 0, E 0, Y −2, m1 0, m2 0, W 0 → median 0
    expect(c.summary.medianDistanceChange).toBe(0);
    // access deltas: −0.5, 0.0625, 0.125, 0.25, 0.25, 0.3125, 0.5, 0.5 → (0.25 + 0.25) / 2
    expect(c.summary.medianAccessScoreChange).toBe(0.25);
    expect(c.summary.decisionMakers).toEqual({ before: 2, after: 2, added: [], removed: [] });
    expect(c.summary.links).toEqual({ before: 6, after: 8, gained: 4, lost: 2 });
    expect(c.summary.ties).toEqual({ before: 6, after: 8, added: 4, removed: 2 });
  });

  it('compares tie rows as a multiset on pair, type and direction', () => {
    const snap = (ties: string, repeatFirst: boolean): AnalysisSnapshot => {
      const imported = parseRoster({
        people: { name: 'p.csv', text: 'id,track\na,1\nb,2\n' },
        ties: { name: 't.csv', text: `source,target,type,directed\n${ties}` },
      });
      // parseRoster skips a repeated row (CSV_DUPLICATE_TIE), but a roster built in code may hold one
      const first = imported.roster.ties[0];
      if (repeatFirst && first) imported.roster.ties.push({ ...first, line: 99 });
      return { ...imported, people: analyzeRoster(imported, { transferRuns: 0 }).people };
    };
    // before: a–b friend twice (line 2 and its copy, line 99) and a directed a → b advises;
    // after: one b–a friend row, a directed b → a advises (same unordered pair: no change), and
    // an undirected a–b advises row (differs in `directed`: added)
    const r = compareAnalyses(
      snap('a,b,friend,false\na,b,advises,true\n', true),
      snap('b,a,friend,false\nb,a,advises,true\na,b,advises,false\n', false),
    );
    expect(r.ties.removed.map((t) => [t.type, t.line])).toEqual([['friend', 99]]); // the unmatched copy
    expect(r.ties.added.map((t) => [t.type, t.directed, t.line])).toEqual([['advises', false, 4]]);
    expect(r.links).toEqual({ gained: [], lost: [] });
  });

  it('records decision-makers added and removed; becoming one is gaining access', () => {
    const snap = (people: string): AnalysisSnapshot => {
      const imported = parseRoster({
        people: { name: 'p.csv', text: `id,track\n${people}` },
        ties: { name: 't.csv', text: 'source,target\na,p\n' },
      });
      return { ...imported, people: analyzeRoster(imported, { transferRuns: 0 }).people };
    };
    // p is promoted to track 1 and q stops being one; a stays a decision-maker
    const r = compareAnalyses(snap('a,1\np,2\nq,1\n'), snap('a,1\np,1\nq,2\n'));
    expect(r.summary.decisionMakers).toEqual({ before: 2, after: 2, added: ['p'], removed: ['q'] });
    const p = r.people.find((x) => x.id === 'p');
    expect(p?.decisionMaker).toEqual({ before: false, after: true });
    expect([p?.distance, p?.access]).toEqual(['closer', 'gained']); // 1 → 0
    const q = r.people.find((x) => x.id === 'q');
    expect([q?.distance, q?.access]).toEqual(['became-unreachable', 'lost']); // 0 → no path (isolated)
  });
});
