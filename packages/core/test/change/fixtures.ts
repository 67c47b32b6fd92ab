/*
 * Two snapshots of one small roster, for the comparison and report tests. Decision-makers D and
 * E (track 1, seniority 1 by default); everyone else track 2. X's name is hostile markup.
 *
 *   before: Y–m1, m1–m2, m2→D (advises), Z–D, L–m1, W–D; E and X isolated
 *   after:  L left, J joined; Z–D and L–m1 gone; new Y–D, X–J, J→D, W–E;
 *           m1–Y written the other way round, W–D with weight 2 (both still the same rows)
 *
 *   before:  D ── m2 ── m1 ── Y        after:  D ── m2 ── m1 ── Y
 *            │ \        │                      │ \ \__________/
 *            Z  W       L                      J  W ── E
 *                                              │
 *            E   X  (isolated)                 X        Z (isolated)
 */
import { analyzeRoster, assignPersonMetrics } from '../../src/analysis/analyze.js';
import type { AnalysisSnapshot } from '../../src/analysis/compare.js';
import { parseRoster } from '../../src/import/roster-csv.js';

export const HOSTILE = '<img src=x onerror=alert(1)>';

function snapshot(people: string, ties: string): AnalysisSnapshot {
  const imported = parseRoster({
    people: { name: 'people.csv', text: people },
    ties: { name: 'ties.csv', text: ties },
  });
  const rows = analyzeRoster(imported, { transferRuns: 0 }).people;
  assignPersonMetrics(imported.graph, rows); // compareMarkdown reads nearest_track1 from the graph
  return { ...imported, people: rows };
}

export function twoSnapshots(): { before: AnalysisSnapshot; after: AnalysisSnapshot } {
  const before = snapshot(
    `id,name,track\nD,Dana,1\nE,Emil,1\nY,Yara,2\nm1,Mo,2\nm2,Mia,2\nX,${HOSTILE},2\nZ,Zeno,2\nL,Lena,2\nW,Wim,2\n`,
    [
      'source,target,type,weight,directed',
      'Y,m1,friend,1,false',
      'm1,m2,friend,1,false',
      'm2,D,advises,1,true',
      'Z,D,briefed,1,false',
      'L,m1,friend,1,false',
      'W,D,former_colleague,1,false',
      '',
    ].join('\n'),
  );
  const after = snapshot(
    `id,name,track\nD,Dana,1\nE,Emil,1\nY,Yara,2\nm1,Mo,2\nm2,Mia,2\nX,${HOSTILE},2\nZ,Zeno,2\nW,Wim,2\nJ,Jo,2\n`,
    [
      'source,target,type,weight,directed',
      'm1,Y,friend,1,false',
      'm1,m2,friend,1,false',
      'm2,D,advises,1,true',
      'W,D,former_colleague,2,false',
      'Y,D,briefed,1,false',
      'X,J,friend,1,false',
      'J,D,advises,1,true',
      'W,E,family,1,false',
      '',
    ].join('\n'),
  );
  return { before, after };
}
