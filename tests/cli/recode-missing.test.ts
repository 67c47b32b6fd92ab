/**
 * Recoding and missing values (issue 12, "Recoding and missing values"; "every automatic mapping
 * appears in the report"). Before, sex coded 1/2/9999998 made "9999998" a third gender in the
 * diversity report, and the roster designer invited people because their gender was unknown
 * ("adds gender: 9999998"); a column named Sex was mapped to gender without a word in the report.
 * Needs `pnpm build` first.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'trackmap-recode-'));

/**
 * Two members of an event with sex 1; two candidates: `u`, sex unknown (9999998) and a new
 * ideology bin, and `f`, sex F (female once recoded) in a bin already covered. Without the
 * config the designer picks `u` (a "new" category 9999998 and a new bin); with it, `f`.
 */
function roster(name: string, config?: object): string {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'people.csv'),
    ['id,name,Sex,ideology', 'm1,Ana,1,0.0', 'm2,Bo,1,0.05', 'u,Cy,9999998,0.9', 'f,Di,F,0.0', ''].join('\n'),
  );
  writeFileSync(join(dir, 'events.csv'), ['id,name,date', 'e1,Round 1,2024-01-01', ''].join('\n'));
  writeFileSync(join(dir, 'attendance.csv'), ['person,event', 'm1,e1', 'm2,e1', ''].join('\n'));
  if (config) writeFileSync(join(dir, 'trackmap.config.json'), JSON.stringify(config));
  return dir;
}

const coding = {
  attributes: { Sex: { recode: { '1': 'male', '2': 'female', F: 'female', M: 'male' }, missing: ['9999998'] } },
};

describe('recoding changes the designer’s choice', () => {
  const suggest = (dir: string) => runCli(['suggest', dir, '--event', 'e1', '--add', '1', '--json']);

  it('without recoding, the unknown code 9999998 looks like a new gender and is invited', () => {
    const run = suggest(roster('coded'));
    expect(run.code, run.stderr).toBe(0);
    const steps = JSON.parse(run.stdout).steps;
    expect(steps.map((s: { person: string; categories: string[] }) => [s.person, s.categories[0]])).toEqual([
      ['u', 'gender: 9999998'],
    ]);
  });

  it('with recode and missing in the config, the designer invites the woman, and reports coverage', () => {
    const run = suggest(roster('recoded', coding));
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.steps.map((s: { person: string; categories: string[] }) => [s.person, s.categories])).toEqual([
      ['f', ['gender: female']],
    ]);
    expect(result.after.coverage.gender).toBe(1);
  });
});

describe('missing values left out of the analysis, and every mapping in the report', () => {
  const dir = roster('report', coding);
  const out = join(work, 'report-out');
  const run = runCli(['analyze', dir, '--out', out, '-q', '--transfer-runs', '0', '--permutations', '0']);

  it('the report lists the alias header, the recoded values and the missing code, with rows', () => {
    expect(run.code, run.stderr).toBe(0);
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report).toContain('| people | header read by its alias | gender | `Sex` | `gender` | 4 |');
    expect(report).toContain('| people | value recoded | gender | `1` | `male` | 2 |');
    expect(report).toContain('| people | value recoded | gender | `F` | `female` | 1 |');
    expect(report).toContain('| people | missing-value code | gender | `9999998` | (missing) | 1 |');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.roster.mappings).toHaveLength(4);
  });

  it('composition counts no "9999998" gender and reports the share known', () => {
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    const diversity = report.slice(report.indexOf('## Diversity of the roster'));
    expect(diversity).not.toContain('9999998');
    expect(diversity).toMatch(/\| gender \| 75 % \| male 67 %, female 33 %/);
    const rosters = readFileSync(join(out, 'rosters.csv'), 'utf8');
    expect(rosters).not.toContain('9999998');
  });
});
