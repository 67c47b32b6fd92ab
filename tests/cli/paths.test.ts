/**
 * `trackmap paths`: routes from a person to decision-makers, and its errors.
 * Expected routes are derived by hand from the small roster written below.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/*
 *   p1 —(advises→)— b —(briefed→)— m1        m1, m2 decision-makers (track 1)
 *   p1 ——— c ——— m1                          p1 — c: shared event e1 (both attended)
 *   m2 — d                                   d — m2; lonely has no link at all
 *
 * From p1 to m1: two routes of 2 steps (via b, via c); to m2: none.
 */
function roster(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trackmap-paths-'));
  writeFileSync(
    join(dir, 'people.csv'),
    'id,name,track\np1,Pia,2\nb,Ben,2\nc,Cem,2\nm1,Mara,1\nm2,Miro,1\nd,Dan,2\nlonely,Lou,2\n',
  );
  writeFileSync(
    join(dir, 'ties.csv'),
    'source,target,type,directed,evidence\np1,b,advises,true,interview\nb,m1,briefed,true,CV\nc,m1,colleague,false,\nm2,d,friend,false,\n',
  );
  writeFileSync(join(dir, 'events.csv'), 'id,name\ne1,Workshop\n');
  writeFileSync(join(dir, 'attendance.csv'), 'person,event\np1,e1\nc,e1\n');
  return dir;
}

describe('trackmap paths', () => {
  const dir = roster();

  it('lists the k shortest routes with what links each step', () => {
    const run = runCli(['paths', dir, '--person', 'p1', '--to', 'm1']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Pia → Ben → Mara');
    expect(run.stdout).toContain('Pia → Cem → Mara');
    expect(run.stdout).toContain('advises → (interview)');
    expect(run.stdout).toContain('1 shared event ("Workshop" (e1))');
  });

  it('--json gives the routes with steps, ties and direction', () => {
    const run = runCli(['paths', dir, '--person', 'p1', '--to-track1', '--json']);
    expect(run.code).toBe(0);
    const { routes } = JSON.parse(run.stdout) as {
      routes: { target: string; hops: number; nodes: string[]; steps: { ties: { direction: string }[] }[] }[];
    };
    expect(routes.map((r) => [r.target, r.hops])).toEqual([
      ['m1', 2],
      ['m1', 2],
    ]);
    const viaB = routes.find((r) => r.nodes[1] === 'b');
    expect(viaB?.steps.map((s) => s.ties.map((t) => t.direction))).toEqual([['with'], ['with']]);
  });

  it('a route against a directed tie says so', () => {
    const run = runCli(['paths', dir, '--person', 'm1', '--to', 'p1', '--json']);
    const { routes } = JSON.parse(run.stdout) as {
      routes: { nodes: string[]; steps: { ties: { direction: string }[] }[] }[];
    };
    const viaB = routes.find((r) => r.nodes[1] === 'b');
    expect(viaB?.steps.map((s) => s.ties.map((t) => t.direction))).toEqual([['against'], ['against']]);
  });

  it('an unknown person is an error naming the id (exit 1)', () => {
    const run = runCli(['paths', dir, '--person', 'nobody']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('UNKNOWN_PERSON');
    expect(run.stderr).toContain('"nobody"');
  });

  it('a person with no route is an error (exit 1)', () => {
    const run = runCli(['paths', dir, '--person', 'lonely']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('NO_ROUTE');
  });

  it('a roster with no decision-makers is an error (exit 1)', () => {
    const none = mkdtempSync(join(tmpdir(), 'trackmap-paths-'));
    writeFileSync(join(none, 'people.csv'), 'id,track\na,2\nb,2\n');
    writeFileSync(join(none, 'ties.csv'), 'source,target\na,b\n');
    const run = runCli(['paths', none, '--person', 'a']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('NO_DECISION_MAKERS');
  });

  it('usage errors exit 2', () => {
    expect(runCli(['paths', dir]).code).toBe(2);
    expect(runCli(['paths', dir, '--person', 'p1', '--to', 'm1', '--nearest']).code).toBe(2);
    expect(runCli(['paths', dir, '--person', 'p1', '--k', '0']).code).toBe(2);
  });
});
