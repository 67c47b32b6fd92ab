/**
 * Reports that cannot mislead (issue 12, "Reports that cannot mislead"): each behaviour on a small
 * hand-made roster whose right answer is known by construction.
 */
import { describe, expect, it } from 'vitest';
import { analyzeRoster } from '../../src/analysis/analyze.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import { markdownReport } from '../../src/report/markdown.js';
import { capRows, isConstant, rankTop } from '../../src/report/ranking.js';

function report(people: string, ties: string, options: { top?: number; maxRows?: number } = {}): string {
  const imported = parseRoster({
    people: { name: 'people.csv', text: people },
    ties: { name: 'ties.csv', text: ties },
  });
  const analysis = analyzeRoster(imported, { transferRuns: 0, permutations: 0, communityRuns: 1 });
  return markdownReport(imported.graph, analysis, imported.issues, options);
}

/** The lines of one section, from its heading to the next `## `. */
function section(md: string, title: string): string {
  const start = md.indexOf(`## ${title}`);
  if (start < 0) return '';
  const end = md.indexOf('\n## ', start + 3);
  return md.slice(start, end < 0 ? undefined : end);
}

/** The headline: everything before the first `## `. */
const headline = (md: string) => md.slice(0, md.indexOf('\n## '));

describe('rankTop, isConstant, capRows', () => {
  const key = (x: number) => String(x);
  it('ranks ties together (competition ranking) when the cut does not split them', () => {
    const r = rankTop([9, 8, 8, 7, 6], key, 4);
    expect(r.rows.map((x) => [x.item, x.rank])).toEqual([
      [9, 1],
      [8, 2],
      [8, 2],
      [7, 4],
    ]);
    expect(r.tiedAtCut).toBeNull();
    expect(r.omitted).toBe(1);
  });

  it('leaves a tie group that the cut would split out of the rows, whole', () => {
    const r = rankTop([9, 8, 5, 5, 5, 5, 1], key, 3);
    expect(r.rows.map((x) => x.item)).toEqual([9, 8]);
    expect(r.tiedAtCut).toEqual({ rank: 3, key: '5', items: [5, 5, 5, 5] });
    expect(r.omitted).toBe(1);
    // the whole top tied: no rows, one group
    expect(rankTop([1, 1, 1], key, 2)).toEqual({
      rows: [],
      tiedAtCut: { rank: 1, key: '1', items: [1, 1, 1] },
      omitted: 0,
    });
  });

  it('finds constant lists and caps long ones', () => {
    expect(isConstant([0, 0, 0], key)).toBe(true);
    expect(isConstant([0, 1], key)).toBe(false);
    expect(isConstant([0], key)).toBe(false);
    expect(capRows([1, 2, 3], 2)).toEqual({ shown: [1, 2], omitted: 1 });
  });
});

describe('the headline calls out isolated decision-makers and participants with no path', () => {
  // dm1 is linked to p1; dm2 has no link at all; p2 and p3 are linked to each other only.
  const md = report(
    'id,name,track\ndm1,Minister One,1\ndm2,Minister Alone,1\np1,Ann,2\np2,Bea,2\np3,Cal,2\n',
    'source,target\ndm1,p1\np2,p3\n',
  );

  it('names the isolated decision-maker', () => {
    expect(headline(md)).toContain('**1 of the 2 decision-makers is isolated**');
    expect(headline(md)).toContain('Minister Alone');
  });

  it('names the participants with no path', () => {
    expect(headline(md)).toContain('**2 participants have no path to any decision-maker** (Bea, Cal)');
  });

  it('says nothing of the kind when everyone is connected', () => {
    const ok = report('id,name,track\ndm1,Minister One,1\np1,Ann,2\n', 'source,target\ndm1,p1\n');
    expect(headline(ok)).not.toContain('isolated**');
    expect(headline(ok)).not.toContain('no path to any decision-maker**');
  });
});

describe('long tables are capped, with a line saying how many were left out', () => {
  // 12 disjoint pairs: 12 communities of two
  const people = ['id,name,track', ...Array.from({ length: 24 }, (_, i) => `x${i},Person ${i},2`)].join('\n');
  const ties = ['source,target', ...Array.from({ length: 12 }, (_, i) => `x${2 * i},x${2 * i + 1}`)].join('\n');
  const md = report(`${people}\n`, `${ties}\n`, { maxRows: 5 });

  it('shows the largest communities and counts the rest', () => {
    const s = section(md, 'Homophily and echo chambers');
    expect(s.match(/^\| \d+ \| 2 \|/gm)).toHaveLength(5);
    expect(s).toContain(
      'Only the 5 largest of 12 communities of two or more people are shown (7 smaller ones left out)',
    );
    expect(s).toContain('`homophily.json`');
  });

  it('is not capped below the limit', () => {
    const s = section(report(`${people}\n`, `${ties}\n`), 'Homophily and echo chambers');
    expect(s.match(/^\| \d+ \| 2 \|/gm)).toHaveLength(12);
    expect(s).not.toContain('Only the');
  });
});

describe('skipped sections say why in one line', () => {
  // decision-makers, no sides, no events (so no rounds, no latest round, no designer)
  const md = report('id,name,track\ndm1,Minister One,1\np1,Ann,2\np2,Bea,2\n', 'source,target\ndm1,p1\np1,p2\n');

  it.each([
    ['Asymmetry between sides', 'Not computed: no sides in the roster. Add a `side` column'],
    ['If an idea came out of the latest round', 'Not simulated: skipped with `--transfer-runs 0`'],
    ['Rounds: who comes back', 'Not computed: no rounds in the roster.'],
    ['Whom to invite next', 'Not proposed: no dated event with attendance'],
  ])('%s', (title, why) => {
    expect(section(md, title)).toContain(why);
  });

  it('says why the transfer simulation did not run when there are no dated events', () => {
    const imported = parseRoster({
      people: { name: 'people.csv', text: 'id,name,track\ndm1,Minister One,1\np1,Ann,2\n' },
      ties: { name: 'ties.csv', text: 'source,target\ndm1,p1\n' },
    });
    const out = markdownReport(imported.graph, analyzeRoster(imported, { permutations: 0 }), imported.issues);
    expect(section(out, 'If an idea came out of the latest round')).toContain(
      'Not simulated: no dated event with attendance',
    );
  });

  it('says why the Track I sections are empty without decision-makers', () => {
    const none = report('id,name,track\np1,Ann,2\np2,Bea,2\n', 'source,target\np1,p2\n');
    for (const title of [
      'Brokers between Track II and Track I',
      'Routes to decision-makers',
      'Asymmetry between sides',
    ])
      expect(section(none, title)).toContain('Not computed: the roster has no decision-makers');
  });
});

describe('constant measures are reported in one line, ties as ties', () => {
  // a star: dm at the centre, 12 participants each linked to dm only
  const leaves = Array.from({ length: 12 }, (_, i) => `p${i}`);
  const md = report(
    `id,name,track\ndm,Minister,1\n${leaves.map((p, i) => `${p},Leaf ${i},2`).join('\n')}\n`,
    `source,target\n${leaves.map((p) => `dm,${p}`).join('\n')}\n`,
  );
  const measures = section(md, 'Who stands out, measure by measure');

  it('does not rank a measure that is the same for everyone (clustering is 0 in a star)', () => {
    expect(measures).toMatch(
      /Not ranked, because everyone has the same value on this roster: [^\n]*Clustering \(`clustering`, 0 for all 13\)/,
    );
    expect(measures).not.toContain('### Clustering');
  });

  it('shows a tie that the top 10 would split as one line', () => {
    // degree: the centre 12, then 12 leaves tied at 1
    const degree = measures.slice(
      measures.indexOf('### Degree'),
      measures.indexOf('###', measures.indexOf('### Degree') + 4),
    );
    expect(degree.match(/^\| 1 \| Minister/gm)).toHaveLength(1);
    expect(degree).toContain('**12 people tied** at rank 2 with 1: Leaf 0, Leaf 1');
    expect(degree).toContain('and 2 more');
  });

  it('shows tied participants in the access table as one line', () => {
    expect(section(md, 'Access to decision-makers')).toContain('**12 participants tied** at rank 1');
  });

  it('shows no brokerage roles without sides, and says why in one line', () => {
    // a chain dm – b – p1, p2: b brokers; with no sides everyone would be one group
    const chain = report(
      'id,name,track\ndm,Minister,1\nb,Broker,2\np1,Ann,2\np2,Bea,2\n',
      'source,target\ndm,b\nb,p1\nb,p2\n',
    );
    const s = section(chain, 'Brokers between Track II and Track I');
    expect(s).toContain('| 1 | Broker');
    expect(s).not.toContain('gatekeeper |');
    expect(s).not.toContain('coordinator |');
    expect(s).toContain('Brokerage roles between sides not computed: no sides in the roster.');
  });

  it('drops the brokerage roles that are 0 for everyone, with one line', () => {
    // with sides: b (north) brokers between dm (north) and p1, p2 (south) as a gatekeeper/representative only
    const sided = report(
      'id,name,track,side\ndm,Minister,1,north\nb,Broker,2,north\np1,Ann,2,south\np2,Bea,2,south\n',
      'source,target\ndm,b\nb,p1\nb,p2\n',
    );
    const s = section(sided, 'Brokers between Track II and Track I');
    expect(s).toContain('| 1 | Broker');
    expect(s).toMatch(/0 for everyone on this roster, so not shown: [a-z, ]*liaison/);
    expect(s).not.toContain('liaison |');
  });
});
