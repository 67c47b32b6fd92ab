/**
 * `trackmap suggest` and `trackmap compare` through the built binary.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'trackmap-sc-'));

describe('trackmap suggest', () => {
  it('proposes invitations for the latest dialogue round that raise access and diversity, explained', () => {
    const run = runCli(['suggest', 'data-samples/dialogue', '--event', 'rsd-08', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.steps).toHaveLength(3);
    expect(result.after.access).toBeGreaterThan(result.before.access);
    expect(result.after.diversity).toBeGreaterThan(result.before.diversity);
    for (const step of result.steps) expect(step.decisionMakers.length + step.categories.length).toBeGreaterThan(0);
  });

  it('prints a before/after table and a what-if for named people', () => {
    const run = runCli([
      'suggest',
      'data-samples/dialogue',
      '--event',
      'rsd-08',
      '--with',
      'ves-075',
      '--without',
      'fac-001',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('| decision-makers within 2 steps |');
    expect(run.stdout).toContain('**Invite**');
    expect(run.stdout).toContain('**Drop**');
  });

  it('accepts a candidate people file (new people add diversity only)', () => {
    const dir = tmp();
    const file = join(dir, 'candidates.csv');
    writeFileSync(
      file,
      'id,name,track,side,sector,gender,school,ideology\nnew-1,Nadia Hawk,2,Veskar,military,female,realist,0.9\nald-045,,2,,,,,\n',
    );
    const run = runCli(['suggest', 'data-samples/dialogue', '--event', 'rsd-08', '--candidates', file, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.steps.map((s: { person: string }) => s.person).sort()).toEqual(['ald-045', 'new-1']);
  });

  it('errors: no --event is a usage error; an unknown event is a data error', () => {
    expect(runCli(['suggest', 'data-samples/dialogue']).code).toBe(2);
    const run = runCli(['suggest', 'data-samples/dialogue', '--event', 'nope']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('UNKNOWN_EVENT');
  });
});

describe('trackmap compare', () => {
  it('two rounds of the dialogue: lists who gained access, writes the diff', () => {
    const out = tmp();
    const run = runCli(['compare', 'data-samples/dialogue', '--rounds', '4,8', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Gained access:');
    expect(readdirSync(out).sort()).toEqual(['compare.csv', 'compare.json', 'compare.md']);
    const rows = parseCsv(readFileSync(join(out, 'compare.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const gained = rows.filter((r) => r.access === 'gained');
    expect(gained.length).toBeGreaterThan(0);
    const json = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(json.summary.access.gained).toBe(gained.length);
    expect(json.summary.access.gained + json.summary.access.lost + json.summary.access.unchanged).toBe(
      json.summary.people.both,
    );
    expect(readFileSync(join(out, 'compare.md'), 'utf8')).toContain('## Who gained access');
  });

  it('two folders: a tie removed in the later roster makes someone lose access', () => {
    const a = tmp();
    const b = tmp();
    for (const [dir, ties] of [
      [a, 'source,target\np,m\nq,p\n'],
      [b, 'source,target\nq,p\n'],
    ] as const) {
      writeFileSync(join(dir, 'people.csv'), 'id,name,track\nm,Mia,1\np,Pia,2\nq,Quin,2\n');
      writeFileSync(join(dir, 'ties.csv'), ties);
    }
    const out = tmp();
    const run = runCli(['compare', a, b, '--out', out, '--json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout).summary;
    expect(summary.access.lost).toBe(2); // p (1 → none) and q (2 → none)
    expect(summary.access.becameUnreachable).toBe(2);
    const rows = parseCsv(readFileSync(join(out, 'compare.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.find((r) => r.id === 'p')?.distance).toBe('became-unreachable');
  });

  it('usage errors exit 2', () => {
    expect(runCli(['compare', 'data-samples/dialogue']).code).toBe(2);
    expect(runCli(['compare']).code).toBe(2);
  });
});

describe('trackmap analyze --reference', () => {
  it('measures the rosters against a reference population given as a people file', () => {
    // Reference: 3 people, all side Veskar. The whole dialogue roster is about half Aldoria, so
    // its total variation distance on side from the reference is its share of non-Veskar people.
    const dir = tmp();
    const reference = join(dir, 'reference.csv');
    writeFileSync(reference, 'id,side\nr1,Veskar\nr2,Veskar\nr3,Veskar\n');
    const out = join(dir, 'out');
    const run = runCli([
      'analyze',
      'data-samples/dialogue',
      '--reference',
      reference,
      '--out',
      out,
      '--transfer-runs',
      '0',
      '--permutations',
      '0',
    ]);
    expect(run.code).toBe(0);
    const rows = parseCsv(readFileSync(join(out, 'rosters.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const all = rows.find((r) => r.roster === 'all')!;
    expect(Number(all.tvd_side)).toBeCloseTo(1 - Number(all.share_side_veskar), 12);
    const missing = runCli(['analyze', 'data-samples/dialogue', '--reference', join(dir, 'missing.csv'), '--out', out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('CSV_MISSING_FILE');
    expect(missing.stderr).not.toContain('internal error');
  });
});
