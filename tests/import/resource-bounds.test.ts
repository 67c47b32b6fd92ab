/**
 * Resource bounds: large inputs either import or stop at once with a clear, positioned error;
 * nothing hangs. Times are not asserted (they are in docs/roster-format.md, "Limits").
 */
import { parseRoster, RosterImportError } from '@trackmap/core';
import { describe, expect, it } from 'vitest';

describe('resource bounds', () => {
  it('10^6 attendance rows that would project 250 million pairs stop at once with CSV_TOO_LARGE', () => {
    const n = 5000;
    const people = `id\n${Array.from({ length: n }, (_, i) => `p${i}`).join('\n')}\n`;
    const events = `id\n${Array.from({ length: 2000 }, (_, i) => `e${i}`).join('\n')}\n`;
    const rows: string[] = ['person,event'];
    for (let i = 0; i < 1_000_000; i++) rows.push(`p${i % n},e${Math.floor(i / 500)}`);
    let error: unknown;
    try {
      parseRoster({
        people: { name: 'people.csv', text: people },
        events: { name: 'events.csv', text: events },
        attendance: { name: 'attendance.csv', text: `${rows.join('\n')}\n` },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RosterImportError);
    expect((error as RosterImportError).issues.map((i) => [i.code, i.source])).toEqual([
      ['CSV_TOO_LARGE', 'attendance.csv'],
    ]);
  }, 120_000);

  it('100,000 columns import, the unknown ones kept', () => {
    const header = `id,${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}`;
    // a complete row (a row of one field would be ragged, and a file of only ragged rows an error)
    const { roster } = parseRoster({ people: { name: 'people.csv', text: `${header}\na${','.repeat(100_000)}\n` } });
    expect(roster.files[0]?.extraColumns).toHaveLength(100_000);
    expect(roster.people.map((p) => p.id)).toEqual(['a']);
  }, 60_000);

  it('a 5 MB cell imports intact (50 MB is measured in docs, not run in CI)', () => {
    const big = 'x'.repeat(5 * 2 ** 20);
    const { roster } = parseRoster({ people: { name: 'people.csv', text: `id,notes\na,"${big}"\n` } });
    expect(roster.people[0]?.extra.notes?.length).toBe(big.length);
  }, 60_000);

  // Issue 16, item 14: a complete tie graph was not counted in the work budget (--max-pairs).
  it('tie rows count in the work budget: a complete tie graph over the budget stops with CSV_TOO_LARGE', () => {
    const n = 40; // 780 ties
    const people = `id\n${Array.from({ length: n }, (_, i) => `p${i}`).join('\n')}\n`;
    const rows = ['source,target'];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) rows.push(`p${i},p${j}`);
    const sources = {
      people: { name: 'people.csv', text: people },
      ties: { name: 'ties.csv', text: `${rows.join('\n')}\n` },
    };
    let error: unknown;
    try {
      parseRoster(sources, { maxProjectedPairs: 779 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RosterImportError);
    expect((error as RosterImportError).issues.map((i) => [i.code, i.source])).toEqual([['CSV_TOO_LARGE', 'ties.csv']]);
    // At the budget exactly, it imports.
    expect(parseRoster(sources, { maxProjectedPairs: 780 }).graph.size).toBe(780);
  });

  it('co-attendance pairs and ties share one budget', () => {
    // 4 people at one event (6 pairs) and 3 ties: 9 links counted.
    const sources = {
      people: { name: 'people.csv', text: 'id\na\nb\nc\nd\n' },
      ties: { name: 'ties.csv', text: 'source,target\na,b\nb,c\nc,d\n' },
      attendance: { name: 'attendance.csv', text: 'person,event\na,e\nb,e\nc,e\nd,e\n' },
    };
    expect(() => parseRoster(sources, { maxProjectedPairs: 8 })).toThrow(RosterImportError);
    expect(parseRoster(sources, { maxProjectedPairs: 9 }).graph.size).toBe(6);
  });
});
