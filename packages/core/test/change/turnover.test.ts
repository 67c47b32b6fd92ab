import { describe, expect, it } from 'vitest';
import { rosterRounds, roundTurnover } from '../../src/change/turnover.js';
import { parseRoster } from '../../src/import/roster-csv.js';

/*
 * Three rounds and a side event. The file lists round 3 first and round 1 last, so the order
 * must come from the dates:
 *   round 1: r1a (2021-01-10) p1, p2; r1b (2021-01-20) p2, p3    → P1 = {p1, p2, p3}
 *   round 2: r2  (2021-06-01) p1, p4                              → P2 = {p1, p4}
 *   side     (2021-07-01, no round) p5                            → not a round, not counted
 *   round 3: r3  (2022-01-01) p6, p5, p4, p2 (listed backwards)   → P3 = {p2, p4, p5, p6}
 */
const { roster } = parseRoster({
  people: { name: 'people.csv', text: 'id,track\np1,2\np2,2\np3,2\np4,2\np5,2\np6,2\n' },
  events: {
    name: 'events.csv',
    text: 'id,round,date\nr3,3,2022-01-01\nside,,2021-07-01\nr2,2,2021-06-01\nr1b,1,2021-01-20\nr1a,1,2021-01-10\n',
  },
  attendance: {
    name: 'attendance.csv',
    text: 'person,event\np1,r1a\np2,r1a\np2,r1b\np3,r1b\np1,r2\np4,r2\np5,side\np6,r3\np5,r3\np4,r3\np2,r3\n',
  },
});

describe('roundTurnover', () => {
  const rounds = roundTurnover(roster);

  it('orders rounds by their earliest event date and dates each by its last event', () => {
    expect(rounds.map((r) => [r.round, r.date])).toEqual([
      ['1', '2021-01-20'], // r1b is the later of r1a, r1b
      ['2', '2021-06-01'],
      ['3', '2022-01-01'],
    ]);
  });

  it('round 1: everyone is new', () => {
    expect(rounds[0]).toEqual({
      round: '1',
      date: '2021-01-20',
      participants: 3, // p1, p2 (counted once though at both events), p3
      newcomers: 3,
      returning: 0,
      left: 0,
      turnover: 1, // 3 / 3
      retention: null, // no previous round
      newIds: ['p1', 'p2', 'p3'],
      returningIds: [],
      leftIds: [],
    });
  });

  it('round 2: one newcomer, one returning, two left', () => {
    expect(rounds[1]).toEqual({
      round: '2',
      date: '2021-06-01',
      participants: 2, // p1, p4
      newcomers: 1, // p4
      returning: 1, // p1
      left: 2, // p2, p3 attended round 1 but not round 2
      turnover: 0.5, // 1 / 2
      retention: 1 / 3, // of P1 = {p1, p2, p3} only p1 came back
      newIds: ['p4'],
      returningIds: ['p1'],
      leftIds: ['p2', 'p3'],
    });
  });

  it('round 3: returning counts any earlier round; a side event does not make anyone a returner', () => {
    expect(rounds[2]).toEqual({
      round: '3',
      date: '2022-01-01',
      participants: 4, // p2, p4, p5, p6
      newcomers: 2, // p5 (only the side event before) and p6
      returning: 2, // p2 (round 1, skipped round 2) and p4 (round 2)
      left: 1, // p1 was in round 2, not in round 3
      turnover: 0.5, // 2 / 4
      retention: 0.5, // of P2 = {p1, p4} only p4 came back
      newIds: ['p5', 'p6'], // roster order, not attendance order
      returningIds: ['p2', 'p4'],
      leftIds: ['p1'],
    });
  });

  it('newcomers + returning = participants in every round', () => {
    for (const r of rounds) expect(r.newcomers + r.returning).toBe(r.participants);
  });

  it('returns nothing for a roster without rounds', () => {
    const plain = parseRoster({
      people: { name: 'people.csv', text: 'id\na\n' },
      events: { name: 'events.csv', text: 'id,date\ne,2021-01-01\n' },
      attendance: { name: 'attendance.csv', text: 'person,event\na,e\n' },
    });
    expect(roundTurnover(plain.roster)).toEqual([]);
  });
});

describe('rosterRounds', () => {
  it('puts undated rounds last, labels compared as numbers', () => {
    // "10" and "2" are undated: after the dated round "5", and 2 before 10
    const { roster: r } = parseRoster({
      people: { name: 'people.csv', text: 'id\na\n' },
      events: { name: 'events.csv', text: 'id,round,date\nx,10,\ny,2,\nz,5,2020-01-01\n' },
    });
    expect(rosterRounds(r)).toEqual([
      { round: '5', eventIds: ['z'], first: '2020-01-01', last: '2020-01-01' },
      { round: '2', eventIds: ['y'], first: null, last: null },
      { round: '10', eventIds: ['x'], first: null, last: null },
    ]);
  });
});
