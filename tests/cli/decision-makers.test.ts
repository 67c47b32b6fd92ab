/**
 * Decision-maker rules that fit real data (issue 12, item 4). Before, a rule matched a whole cell
 * of the people file only: a combined cell ("mayor + senator") was missed silently and that
 * person topped the "highest access" table; `PublicOffice=*` found nobody with exit 0; an office
 * held as a membership role could not be read. Now: `~` contains, `=*` any value, rules on
 * `attendance.`/`events.` columns, several rules OR-ed, counts on stderr and in the reports, a
 * warning (an error under --strict) for a rule matching nobody, and decision-makers marked in the
 * reports' tables. Needs `pnpm build` first.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'trackmap-dm-rules-'));

/** A small board roster: people with an Office column, bodies and memberships with a role. */
function boardRoster(name: string, config?: object): string {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'people.csv'),
    [
      'id,name,Office,side',
      'p1,Ana Duarte,mayor + senator,north',
      'p2,Bo Lind,,north',
      'p3,Cy Moss,,south',
      'p4,Di Park,Senator,south',
      'p5,Ed Roy,,north',
      'p6,Fay Sun,,south',
      'p7,Gil Tam,,north',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'ties.csv'),
    ['source,target', 'p2,p3', 'p3,p5', 'p5,p1', 'p6,p7', 'p7,p4', 'p2,p6', 'p1,p4', ''].join('\n'),
  );
  writeFileSync(
    join(dir, 'bodies.csv'),
    ['id,name,type', 'b1,Senate,parliament', 'b2,Harbour trust,board', 'b3,Reading circle,club', ''].join('\n'),
  );
  writeFileSync(
    join(dir, 'memberships.csv'),
    [
      'person,body,role',
      'p1,b1,Senator',
      'p4,b1,senator (deputy chair)',
      'p2,b2,chair',
      'p3,b2,member',
      'p5,b3,member',
      'p6,b3,member',
      'p7,b2,Deputy Minister',
      '',
    ].join('\n'),
  );
  const files = { events: 'bodies.csv', attendance: 'memberships.csv' };
  writeFileSync(
    join(dir, 'trackmap.config.json'),
    JSON.stringify({ files, columns: { attendance: { event: 'body' } }, ...(config ?? {}) }),
  );
  return dir;
}

const analyze = (dir: string, name: string, rules: string[], extra: string[] = []) => {
  const out = join(work, `${name}-out`);
  const run = runCli([
    'analyze',
    dir,
    '--out',
    out,
    '-q',
    '--transfer-runs',
    '0',
    '--permutations',
    '0',
    ...rules.flatMap((r) => ['--decision-makers', r]),
    ...extra,
  ]);
  const read = (file: string) => readFileSync(join(out, file), 'utf8');
  return { run, out, read };
};

const decisionMakers = (read: (f: string) => string) =>
  JSON.parse(read('graph.json'))
    .nodes.filter((n: { attributes: { isDecisionMaker: boolean } }) => n.attributes.isDecisionMaker)
    .map((n: { key: string }) => n.key);

describe('decision-maker rules on the command line', () => {
  const dir = boardRoster('board');

  it('a combined cell "mayor + senator" is missed by =senator (and listed), found by ~senator', () => {
    const exact = analyze(dir, 'exact', ['Office=senator']);
    expect(exact.run.code, exact.run.stderr).toBe(0);
    expect(decisionMakers(exact.read)).toEqual(['p4']);
    expect(exact.run.stderr).toContain(
      'decision-makers: Office=senator matched 1 person (senator: 1); values that matched nothing: mayor + senator (1)',
    );
    expect(exact.read('report.md')).toContain('| `Office=senator` | 1 | `senator`: 1 | `mayor + senator` (1) |');

    const contains = analyze(dir, 'contains', ['Office~senator']);
    expect(contains.run.code, contains.run.stderr).toBe(0);
    expect(decisionMakers(contains.read)).toEqual(['p1', 'p4']);
    const summary = JSON.parse(contains.read('summary.json'));
    expect(summary.roster.decisionMakerRules).toEqual([
      {
        column: 'Office',
        match: 'contains',
        values: ['senator'],
        matched: { people: 2, values: [{ value: 'senator', people: 2 }], unmatched: [], unmatchedCount: 0 },
      },
    ]);
  });

  it('=* makes everyone with a non-empty value a decision-maker', () => {
    const { run, read } = analyze(dir, 'any', ['Office=*']);
    expect(run.code, run.stderr).toBe(0);
    expect(decisionMakers(read)).toEqual(['p1', 'p4']);
    expect(read('report.md')).toContain('| `Office=*` | 2 | – | – |');
  });

  it('a role rule over memberships (attendance.role), OR-ed with an event rule', () => {
    const { run, read } = analyze(dir, 'roles', ['attendance.role~minister|chair', 'events.type=parliament']);
    expect(run.code, run.stderr).toBe(0);
    expect(decisionMakers(read)).toEqual(['p1', 'p2', 'p4', 'p7']);
    expect(run.stderr).toContain(
      // "senator (deputy chair)" contains "chair": matched, so not listed as unmatched
      'decision-makers: attendance.role~minister|chair matched 3 people (minister: 1, chair: 2); values that matched nothing: member (3), Senator (1)',
    );
    expect(run.stderr).toContain(
      'decision-makers: events.type=parliament matched 2 people (parliament: 2); values that matched nothing: board (3), club (2)',
    );
    const report = read('report.md');
    expect(report).toContain('Decision-makers are the people any of these rules matches');
  });

  it('a rule matching nobody: a warning and exit 0; under --strict an error, exit 1', () => {
    const loose = analyze(dir, 'nobody', ['Office=governor']);
    expect(loose.run.code).toBe(0);
    expect(loose.run.stderr).toMatch(
      /warning CSV_RULE_NO_MATCH .*people\.csv:1:Office: the decision-maker rule Office=governor matches nobody/,
    );
    expect(loose.read('report.md')).toContain('**A rule matches nobody.**');
    expect(loose.read('import-issues.csv')).toContain('CSV_RULE_NO_MATCH');

    const strict = analyze(dir, 'nobody-strict', ['Office=governor'], ['--strict']);
    expect(strict.run.code).toBe(1);
    expect(strict.run.stderr).toContain('CSV_RULE_NO_MATCH');
  });

  it('a rule on a file the roster does not have is a usage error (exit 2)', () => {
    const run = runCli([
      'analyze',
      '--people',
      join(dir, 'people.csv'),
      '--no-config',
      '--decision-makers',
      'attendance.role=chair',
      '--out',
      join(work, 'none'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('attendance');
  });
});

describe('decision-maker rules in the config, and marked in every table', () => {
  const dir = boardRoster('config', { decisionMakers: ['attendance.role~senator', 'events.type=board'] });

  it('the config rules apply; the flags replace them', () => {
    const fromConfig = analyze(dir, 'config', []);
    expect(fromConfig.run.code, fromConfig.run.stderr).toBe(0);
    expect(decisionMakers(fromConfig.read)).toEqual(['p1', 'p2', 'p3', 'p4', 'p7']);
    const flagged = analyze(dir, 'config-flag', ['Office~senator']);
    expect(decisionMakers(flagged.read)).toEqual(['p1', 'p4']);
  });

  it('decision-makers are marked in the tables, whatever rule defined them; brokers are split', () => {
    const { read } = analyze(dir, 'marked', ['attendance.role~senator']);
    const report = read('report.md');
    // no track column in the roster: the mark comes from the rule
    expect(report).toContain('Ana Duarte (`p1`, north, decision-maker)');
    expect(report).not.toContain('Bo Lind (`p2`, north, decision-maker)');
    expect(report).toContain('### Participant brokers');
    const metrics = read('people-metrics.csv');
    expect(metrics.split('\n')[0]).toContain('is_decision_maker');
  });
});
