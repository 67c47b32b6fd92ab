import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRoster } from '../../src/analysis/analyze.js';
import { compareAnalyses } from '../../src/analysis/compare.js';
import { cutRoster } from '../../src/change/cut-roster.js';
import { roundTurnover } from '../../src/change/turnover.js';
import { buildPersonGraph } from '../../src/graph/build-person-graph.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import { compareMarkdown } from '../../src/report/compare-markdown.js';

// The bundled fictional sample; data-samples/dialogue/README.md gives the counts checked here.
const read = (file: string) => ({
  name: file,
  text: readFileSync(new URL(`../../../../data-samples/dialogue/${file}`, import.meta.url), 'utf8'),
});
const full = parseRoster({
  people: read('people.csv'),
  ties: read('ties.csv'),
  events: read('events.csv'),
  attendance: read('attendance.csv'),
});

describe('rounds and change on the dialogue sample', () => {
  const rounds = roundTurnover(full.roster);

  it('finds the eight workshop rounds with the README participant counts', () => {
    // README: people per workshop rsd-01 … rsd-08; the side events have no round
    expect(rounds.map((r) => [r.round, r.participants])).toEqual([
      ['1', 18],
      ['2', 19],
      ['3', 14],
      ['4', 19],
      ['5', 20],
      ['6', 20],
      ['7', 16],
      ['8', 20],
    ]);
    expect(rounds[0]?.newcomers).toBe(18);
    for (const r of rounds) expect(r.newcomers + r.returning).toBe(r.participants);
  });

  it('compares the network after round 4 with the full network', () => {
    const date = rounds.find((r) => r.round === '4')?.date;
    expect(date).toBe('2022-08-30'); // events.csv: rsd-04
    const cut = cutRoster(full.roster, date as string);
    // rounds 1 to 4 and the seminar (2022-05-17) are on record; the later six events are not
    expect(cut.events.map((e) => e.id)).toEqual(['rsd-01', 'rsd-02', 'rsd-03', 'sem-01', 'rsd-04']);
    const early = { roster: cut, graph: buildPersonGraph(cut), issues: [] };
    const before = { ...early, people: analyzeRoster(early, { transferRuns: 0 }).people };
    const after = { ...full, people: analyzeRoster(full, { transferRuns: 0 }).people };
    const c = compareAnalyses(before, after);
    const s = c.summary;

    // cutRoster keeps everyone (163 people, README), so nobody joins or leaves
    const n = full.roster.people.length;
    expect(s.people).toEqual({ before: n, after: n, both: n, joined: 0, left: 0 });
    expect(s.access.gained + s.access.lost + s.access.unchanged).toBe(s.people.both);
    expect(s.access.gained).toBeGreaterThan(0);
    // the cut roster is a sub-roster of the full one (same people, a subset of the ties, events and
    // attendance), so its graph is a subgraph: nothing is removed and no distance can grow
    expect(s.ties.removed).toBe(0);
    expect(s.ties.added).toBe(full.roster.ties.length - cut.ties.length);
    expect(s.links.lost).toBe(0);
    expect(s.links.after - s.links.before).toBe(s.links.gained);
    expect(s.access.lost).toBe(0);
    expect(s.access.becameUnreachable).toBe(0);
    expect(s.medianAccessScoreChange).toBeGreaterThanOrEqual(0);
    expect(s.decisionMakers).toEqual({ before: 44, after: 44, added: [], removed: [] });

    const md = compareMarkdown(after.graph, c, { beforeLabel: `after round 4 (${date})`, afterLabel: 'after round 8' });
    expect(md).toContain(`**${s.access.gained}** gained access`);
  });
});
