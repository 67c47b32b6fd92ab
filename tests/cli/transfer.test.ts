/**
 * `trackmap transfer`: the independent-cascade simulation through the CLI.
 * Exact case: a path s – a – m (m a decision-maker) whose ties have type "x", with
 * --probability x=0.5 and no shared events: P(idea reaches m) = 0.5 × 0.5 = 0.25, at 2 steps,
 * always through a. Tolerance: 4 binomial standard errors (sqrt(0.25 × 0.75 / 20000) ≈ 0.0031).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

function roster(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'trackmap-transfer-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const path = roster({
  'people.csv': 'id,name,track\ns,Sam,2\na,Ann,2\nm,Mia,1\nz,Zed,2\n',
  'ties.csv': 'source,target,type\ns,a,x\na,m,x\n',
  'events.csv': 'id,name\nw1,Workshop\nw2,Empty\n',
  'attendance.csv': 'person,event\ns,w1\n',
});

describe('trackmap transfer', () => {
  it('matches the exact answer on a path, within Monte Carlo error', () => {
    const out = join(path, 'out');
    const run = runCli([
      'transfer',
      path,
      '--from',
      's',
      '--probability',
      'x=0.5',
      '--runs',
      '20000',
      '--out',
      out,
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Math.abs(result.targets.m.probability - 0.25)).toBeLessThanOrEqual(4 * Math.sqrt((0.25 * 0.75) / 20000));
    expect(result.targets.m.medianSteps).toBe(2);
    expect(result.routes[0].nodes).toEqual(['s', 'a', 'm']);
    expect(result.intermediaries.map((i: { id: string }) => i.id)).toEqual(['a']);
    expect(readdirSync(out).sort()).toEqual([
      'transfer-intermediaries.csv',
      'transfer.csv',
      'transfer.json',
      'transfer.md',
    ]);
  });

  it("starts from an event's participants, and the result does not depend on the number of threads", () => {
    const a = runCli([
      'transfer',
      path,
      '--from-event',
      'w1',
      '--probability',
      'x=0.5',
      '--runs',
      '5000',
      '--threads',
      '1',
      '--out',
      join(path, 'o1'),
    ]);
    const b = runCli([
      'transfer',
      path,
      '--from-event',
      'w1',
      '--probability',
      'x=0.5',
      '--runs',
      '5000',
      '--threads',
      '2',
      '--out',
      join(path, 'o2'),
    ]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(readFileSync(join(path, 'o2', 'transfer.json'), 'utf8')).toBe(
      readFileSync(join(path, 'o1', 'transfer.json'), 'utf8'),
    );
    expect(a.stdout).toContain('Most likely routes:');
    expect(a.stdout).toContain('Sam → Ann → Mia');
  });

  it('runs on the dialogue sample and names routes and carriers', () => {
    const run = runCli([
      'transfer',
      'data-samples/dialogue',
      '--from-event',
      'rsd-03',
      '--runs',
      '2000',
      '--out',
      join(path, 'd'),
    ]);
    expect(run.code).toBe(0);
    const report = readFileSync(join(path, 'd', 'transfer.md'), 'utf8');
    expect(report).toContain('## Most likely transfer routes');
    expect(report).toContain('## Who carries the idea');
    expect(report).toContain('assumptions, not estimates');
  });

  it('clear errors: unknown event or person, event without participants, no decision-makers, no route', () => {
    const unknownEvent = runCli(['transfer', path, '--from-event', 'nope', '--out', join(path, 'e')]);
    expect(unknownEvent.code).toBe(1);
    expect(unknownEvent.stderr).toContain('UNKNOWN_EVENT');
    expect(runCli(['transfer', path, '--from-event', 'w2', '--out', join(path, 'e')]).stderr).toContain(
      'UNKNOWN_EVENT',
    );
    const unknownPerson = runCli(['transfer', path, '--from', 's,ghost', '--out', join(path, 'e')]);
    expect(unknownPerson.code).toBe(1);
    expect(unknownPerson.stderr).toContain('"ghost"');
    const noRoute = runCli(['transfer', path, '--from', 'z', '--out', join(path, 'e')]);
    expect(noRoute.code).toBe(1);
    expect(noRoute.stderr).toContain('NO_ROUTE');
    const none = roster({ 'people.csv': 'id,track\na,2\nb,2\n', 'ties.csv': 'source,target\na,b\n' });
    const noDm = runCli(['transfer', none, '--from', 'a', '--out', join(none, 'e')]);
    expect(noDm.code).toBe(1);
    expect(noDm.stderr).toContain('NO_DECISION_MAKERS');
  });

  it('lists the probabilities as the simulation matched them, and escapes names in transfer.md', () => {
    const hostile = roster({
      'people.csv': 'id,name,track\ns,<b>Sam</b>,2\nm,Mia,1\n',
      'ties.csv': 'source,target,type\ns,m,advises\n',
      'events.csv': 'id,name\nw,<img src=x onerror=alert(1)>\n',
      'attendance.csv': 'person,event\ns,w\n',
    });
    const out = join(hostile, 'o');
    const run = runCli([
      'transfer',
      hostile,
      '--from-event',
      'w',
      '--probability',
      'Advises=0.4',
      '--runs',
      '200',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'transfer.json'), 'utf8'));
    expect(json.probabilities.advises).toBe(0.4);
    expect(json.probabilities).not.toHaveProperty('Advises');
    const md = readFileSync(join(out, 'transfer.md'), 'utf8');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
  });

  it('usage errors exit 2', () => {
    expect(runCli(['transfer', path]).code).toBe(2);
    expect(runCli(['transfer', path, '--from', 's', '--from-event', 'w1']).code).toBe(2);
    expect(runCli(['transfer', path, '--from', 's', '--runs', '0']).code).toBe(2);
    expect(runCli(['transfer', path, '--from', 's', '--probability', 'x=2']).code).toBe(2);
  });
});
