import { describe, expect, it } from 'vitest';
import { cutRoster } from '../../src/change/cut-roster.js';
import { InvalidOptionError } from '../../src/errors.js';
import { buildPersonGraph } from '../../src/graph/build-person-graph.js';
import { parseRoster } from '../../src/import/roster-csv.js';

/*
 * Cut at 2022-06-10. Dates compare as ISO text, so a partial date is the first day of its period.
 *   ties (line: pair, dates → fate)
 *     1 a–b date 2021-01-01                  → kept (before the cut)
 *     2 a–c date 2022-07-01                  → dropped (after the cut)
 *     3 b–c undated                          → kept (undated ties date from the start)
 *     4 c–d start 2020-01-01, end 2021-12-31 → dropped (ended before the cut)
 *     5 a–d start 2020, end 2022-06-10       → kept (ends on the cut day itself)
 *     6 b–d date 2022-06                     → kept (2022-06 = 1 June ≤ 10 June)
 *     7 c–e start 2022-06-11                 → dropped (begins the day after)
 *     8 d–e date 2021, end 2022-06           → dropped (end 2022-06 = 1 June < 10 June)
 *   events: e1 2021-03-01 kept; e2 2022-06-15 dropped; e3 undated kept; e4 2022-06 kept
 *   attendance: a@e1, b@e1 kept; c@e2, a@e2 dropped with e2; d@e3, e@e4 kept
 */
const imported = parseRoster({
  people: { name: 'people.csv', text: 'id,track\na,2\nb,2\nc,2\nd,1\ne,2\n' },
  ties: {
    name: 'ties.csv',
    text: [
      'source,target,type,date,start,end',
      'a,b,friend,2021-01-01,,',
      'a,c,friend,2022-07-01,,',
      'b,c,friend,,,',
      'c,d,advises,,2020-01-01,2021-12-31',
      'a,d,advises,,2020,2022-06-10',
      'b,d,briefed,2022-06,,',
      'c,e,friend,,2022-06-11,',
      'd,e,family,2021,,2022-06',
      '',
    ].join('\n'),
  },
  events: { name: 'events.csv', text: 'id,date\ne1,2021-03-01\ne2,2022-06-15\ne3,\ne4,2022-06\n' },
  attendance: { name: 'attendance.csv', text: 'person,event\na,e1\nb,e1\nc,e2\na,e2\nd,e3\ne,e4\n' },
});

describe('cutRoster', () => {
  const cut = cutRoster(imported.roster, '2022-06-10');

  it('keeps ties begun by the cut (or undated) and not ended before it', () => {
    expect(cut.ties.map((t) => `${t.source}-${t.target}`)).toEqual(['a-b', 'b-c', 'a-d', 'b-d']);
  });

  it('drops events dated after the cut, with their attendance; keeps undated ones', () => {
    expect(cut.events.map((e) => e.id)).toEqual(['e1', 'e3', 'e4']);
    expect(cut.attendance.map((a) => `${a.person}@${a.event}`)).toEqual(['a@e1', 'b@e1', 'd@e3', 'e@e4']);
  });

  it('keeps every person, the files and the decision-maker rule', () => {
    expect(cut.people.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(cut.files).toBe(imported.roster.files);
    expect(cut.decisionMakers).toEqual(imported.roster.decisionMakers);
  });

  it('leaves the input roster untouched', () => {
    expect(imported.roster.ties).toHaveLength(8);
    expect(imported.roster.events).toHaveLength(4);
    expect(imported.roster.attendance).toHaveLength(6);
  });

  it('gives the graph as it stood: a–b (tie and e1), b–c, a–d, b–d', () => {
    const g = buildPersonGraph(cut);
    expect(g.order).toBe(5);
    expect(g.size).toBe(4); // no shared event survives except e1 (a, b), already linked by a tie
    expect(g.getEdgeAttributes(g.edge('a', 'b') as string).sharedEvents).toBe(1);
    expect(g.hasEdge('a', 'c')).toBe(false);
    expect(g.degree('e')).toBe(0);
  });

  it('cuts at a partial date as the first day of its period', () => {
    // 2022-06 = 1 June: tie 6 (2022-06) is kept, tie 5 (end 2022-06-10 ≥ 2022-06) is kept,
    // tie 8 (end 2022-06, equal) is kept; e4 (2022-06) is kept, e2 is dropped
    const june = cutRoster(imported.roster, '2022-06');
    expect(june.ties.map((t) => t.line)).toEqual([2, 4, 6, 7, 9]);
    expect(june.events.map((e) => e.id)).toEqual(['e1', 'e3', 'e4']);
  });

  it.each(['10/06/2022', '2022-13-01', '', 'yesterday'])('rejects %j as a date', (date) => {
    expect(() => cutRoster(imported.roster, date)).toThrow(InvalidOptionError);
    try {
      cutRoster(imported.roster, date);
    } catch (e) {
      expect((e as InvalidOptionError).code).toBe('INVALID_OPTION');
      expect((e as InvalidOptionError).option).toBe('date');
    }
  });
});
