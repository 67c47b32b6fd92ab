import { describe, expect, it } from 'vitest';
import { compareAnalyses } from '../../src/analysis/compare.js';
import { compareMarkdown } from '../../src/report/compare-markdown.js';
import { HOSTILE, twoSnapshots } from './fixtures.js';

// The snapshots of fixtures.ts; compare.test.ts derives every number used here.
const { before, after } = twoSnapshots();
const comparison = compareAnalyses(before, after);
const md = compareMarkdown(after.graph, comparison, {
  beforeLabel: 'round 4 | <b>early</b>',
  afterLabel: 'round 8',
  title: 'Riverside',
});

describe('compareMarkdown', () => {
  it('has the headline, the caution and every section', () => {
    expect(md.startsWith('# Change in the network: Riverside\n')).toBe(true);
    for (const heading of [
      '## How to read this',
      '## Distance to decision-makers',
      '## Who gained access',
      '## Who lost access',
      '## Largest changes in access score',
      '## Largest changes in transfer betweenness',
      '## Ties gained and lost',
      '## Who joined and who left',
    ]) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md).toContain('**5** gained access to decision-makers, **1** lost access and 2 were unchanged');
    expect(md).toContain('Links in the person graph: +4, −2. Tie rows: +4, −2.');
    expect(md).toContain('not proof that any idea passed');
    expect(md).toContain('may be unrecorded rather than ended');
  });

  it('escapes names and labels; ids go in code spans', () => {
    expect(md).not.toContain(HOSTILE);
    expect(md).not.toContain('<b>');
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt; (`X`)');
    expect(md).toContain('**round 4 \\| &lt;b&gt;early&lt;/b&gt;**');
  });

  it('charts the distance changes: X became reachable, Y −2, five the same, Z became unreachable', () => {
    const chart = md.slice(md.indexOf('## Distance to decision-makers'), md.indexOf('## Who gained access'));
    const counts = Object.fromEntries(
      [...chart.matchAll(/^(.+?) +│ [█▏▎▍▌▋▊▉]* ?(\d+)$/gm)].map((m) => [m[1], Number(m[2])]),
    );
    expect(counts).toEqual({
      'became reachable': 1,
      '−3 or more': 0,
      '−2': 1,
      '−1': 0,
      '0': 5,
      '+1': 0,
      '+2': 0,
      '+3 or more': 0,
      'became unreachable': 1,
      'no path in either': 0,
    });
  });

  it('lists who gained and who lost access, the first to become reachable first', () => {
    const gained = md.slice(md.indexOf('## Who gained access'), md.indexOf('## Who lost access'));
    const rows = gained
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| person') && !l.startsWith('| ---'));
    // D and E gained access by becoming decision-makers: marked so
    expect(rows.map((r) => /\(`(\w+)`/.exec(r)?.[1])).toEqual(['X', 'Y', 'W', 'D', 'E']);
    expect(rows[0]).toContain('| no path → 2 | 0 → 1 |');
    const lost = md.slice(md.indexOf('## Who lost access'), md.indexOf('## Largest changes in access score'));
    expect(lost).toContain('| Zeno (`Z`) | 1 → no path | 1 → 0 | 0.5 → 0 (−0.5) | Dana |');
  });

  it('counts tie rows by type and lists them, with direction', () => {
    const ties = md.slice(md.indexOf('## Ties gained and lost'), md.indexOf('## Who joined and who left'));
    expect(ties).toContain('| briefed | 1 | 1 |');
    expect(ties).toContain('| advises | 1 | 0 |');
    expect(ties).toContain('| Jo → Dana | advises | – |');
    expect(ties).toContain('| Lena — Mo | friend | – |');
  });

  it('names who joined and who left', () => {
    expect(md).toContain('Joined (1): Jo (`J`).');
    expect(md).toContain('Left (1): Lena (`L`).');
  });

  it('limits tables to `top` rows', () => {
    const short = compareMarkdown(after.graph, comparison, { beforeLabel: 'a', afterLabel: 'b', top: 2 });
    expect(short).toContain('… and 3 more.'); // 5 gained, 2 shown
    expect(short).toContain('Rises (7, top 2):');
  });

  it('says so when nothing changed', () => {
    const same = compareMarkdown(after.graph, compareAnalyses(after, after), { beforeLabel: 'a', afterLabel: 'a' });
    expect(same).toContain('Nobody present in both gained access.');
    expect(same).toContain('Nobody present in both lost access.');
    expect(same).toContain("Nobody's access score changed.");
    expect(same).toContain('The tie rows are the same in both');
    expect(same).toContain('The same people are on both rosters.');
  });
});
