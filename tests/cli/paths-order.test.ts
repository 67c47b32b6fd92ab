/**
 * Routes that say what they are (issue 12, "Routes and paths that say what they are"):
 * - `paths` lists its routes shortest first, in the same order in the text and in --json (the
 *   reported bug: `--nearest` printed ranks 1, 3, 2 because the text grouped routes by target);
 * - a route longer than the person's distance is marked `alternative`, never called shortest, in
 *   the text, paths.json, paths.csv (column `kind`) and report.md;
 * - events are shown by name with the id in parentheses;
 * - `--person` and `--to` take a name as well as an id; a name shared by several people is a
 *   usage error that lists them.
 * Expected values come from the small roster drawn below, worked out by hand.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repo } from '../helpers/paths.js';

/*
 *   p — a — m1                 m1, m2 decision-makers; p's distance to them is 2
 *   p — b — c — m2             a 3-step route to m2
 *   p — b — a                  so p — b — a — m1 is a 3-step alternative to m1
 *   p and a both attended e1 ("Round 1, Riverside"); two people are named "Ann Lee".
 */
function roster(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trackmap-paths-order-'));
  writeFileSync(
    join(dir, 'people.csv'),
    'id,name,track\np,Pia,2\na,Ann Lee,2\nb,Ben,2\nc,ann  lee,2\nm1,Mara,1\nm2,Miro,1\n',
  );
  writeFileSync(
    join(dir, 'ties.csv'),
    'source,target,type\na,m1,friend\np,b,friend\nb,c,friend\nc,m2,friend\nb,a,friend\n',
  );
  writeFileSync(join(dir, 'events.csv'), 'id,name\ne1,"Round 1, Riverside"\n');
  writeFileSync(join(dir, 'attendance.csv'), 'person,event\np,e1\na,e1\n');
  return dir;
}

const dir = roster();

describe('trackmap paths: order, kind, names', () => {
  it('--nearest: the text lists the routes in the order of --json, shortest first, alternatives marked', () => {
    const json = runCli(['paths', dir, '--person', 'p', '--nearest', '--k', '3', '--json']);
    expect(json.code).toBe(0);
    const routes = JSON.parse(json.stdout).routes as { rank: number; hops: number; kind: string; nodes: string[] }[];
    expect(routes.map((r) => [r.rank, r.hops, r.kind, r.nodes.join(' ')])).toEqual([
      [1, 2, 'shortest', 'p a m1'],
      [2, 3, 'alternative', 'p b a m1'],
      [3, 3, 'alternative', 'p b c m2'],
    ]);
    const text = runCli(['paths', dir, '--person', 'p', '--nearest', '--k', '3']);
    expect(text.code).toBe(0);
    const listed = text.stdout.split('\n').filter((l) => /^ {2}\d+\. /.test(l));
    expect(listed).toEqual([
      '  1. 2 steps, to Mara (m1): Pia → Ann Lee → Mara',
      '  2. 3 steps, a longer alternative, to Mara (m1): Pia → Ben → Ann Lee → Mara',
      '  3. 3 steps, a longer alternative, to Miro (m2): Pia → Ben → ann  lee → Miro',
    ]);
  });

  it('shows events by name, with the id in parentheses', () => {
    const text = runCli(['paths', dir, '--person', 'p', '--to', 'm1', '--k', '1']);
    expect(text.stdout).toContain('Pia → Ann Lee: 1 shared event ("Round 1, Riverside" (e1))');
  });

  it('--person and --to take a name (case and spacing aside); a shared name is a usage error listing the people', () => {
    const byName = runCli(['paths', dir, '--person', 'PIA', '--to', ' mara ', '--k', '1', '--json']);
    expect(byName.code).toBe(0);
    expect(JSON.parse(byName.stdout).routes[0].nodes).toEqual(['p', 'a', 'm1']);
    const shared = runCli(['paths', dir, '--person', 'ann lee', '--nearest']);
    expect(shared.code).toBe(2);
    expect(shared.stderr).toContain(
      '--person: 2 people have this name: Ann Lee (a), ann  lee (c). Give the id instead.',
    );
  });

  it('analyze: paths.csv has a kind column and events by name; report.md never calls an alternative shortest', () => {
    const out = mkdtempSync(join(tmpdir(), 'trackmap-paths-order-out-'));
    const run = runCli(['analyze', dir, '--out', out, '--k', '3', '--transfer-runs', '0']);
    expect(run.code).toBe(0);
    const csv = readFileSync(join(out, 'paths.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('person,person_name,rank,kind,target,target_name,hops,route,route_ids,links');
    const pia = csv.filter((l) => l.startsWith('p,'));
    expect(pia.map((l) => l.split(',').slice(2, 4).join(' '))).toEqual([
      '1 shortest',
      '2 alternative',
      '3 alternative',
    ]);
    expect(pia[0]).toContain('1 shared event (""Round 1, Riverside"" (e1))');
    const json = JSON.parse(readFileSync(join(out, 'paths.json'), 'utf8')).routes as { kind: string; hops: number }[];
    expect(json.filter((r) => r.kind === 'alternative').every((r) => r.hops > 2)).toBe(true);
  });

  it('on the dialogue sample, every --nearest listing is in rank order with non-decreasing length', () => {
    const sample = repo('data-samples/dialogue');
    for (const person of ['ves-073', 'ald-101', 'ves-020']) {
      const run = runCli(['paths', sample, '--person', person, '--nearest', '--k', '5', '--json']);
      if (run.code !== 0) continue; // a decision-maker or an unreachable person: nothing to order
      const routes = JSON.parse(run.stdout).routes as { rank: number; hops: number; kind: string }[];
      expect(routes.map((r) => r.rank)).toEqual(routes.map((_r, i) => i + 1));
      const shortest = routes[0]?.hops ?? 0;
      for (let i = 1; i < routes.length; i++) expect(routes[i]?.hops).toBeGreaterThanOrEqual(routes[i - 1]?.hops ?? 0);
      for (const r of routes) expect(r.kind).toBe(r.hops === shortest ? 'shortest' : 'alternative');
    }
  });
});
