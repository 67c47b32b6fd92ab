/**
 * One roster input for every command (issue 12, "Every file and row accounted for", item 3):
 * analyze, paths, suggest, transfer, compare and view take the same file, mapping and rule
 * flags. A folder whose events and attendance files have other names (bodies.csv,
 * memberships.csv, with a `body` column) is run through every command with explicit files, and
 * each must see the links those files make (before, compare --at ignored them and compared a
 * roster with 0 links; view had no such flags). The same folder through a config's "files", and
 * --no-config. Needs `pnpm build` first.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRoster, parseRosterConfig, type RosterSources, rosterConfigOptions } from '@trackmap/core';
import { describe, expect, it } from 'vitest';
import { classifyFiles } from '../../apps/viewer/src/data/classify-files.js';
import { BIN, runCli } from '../helpers/cli.js';
import { repo } from '../helpers/paths.js';

const work = mkdtempSync(join(tmpdir(), 'trackmap-roster-input-'));

/** The quickstart people, its events as bodies.csv and its attendance as memberships.csv (event → body). */
function bodiesFolder(name: string, config?: object): string {
  const dir = join(work, name);
  mkdirSync(dir);
  const q = (f: string) => readFileSync(repo(`data-samples/quickstart/${f}`), 'utf8');
  writeFileSync(join(dir, 'people.csv'), q('people.csv'));
  writeFileSync(join(dir, 'bodies.csv'), q('events.csv'));
  writeFileSync(join(dir, 'memberships.csv'), q('attendance.csv').replace(/^person,event,role/, 'person,body,role'));
  if (config) writeFileSync(join(dir, 'trackmap.config.json'), JSON.stringify(config));
  return dir;
}

const dir = bodiesFolder('bodies');
const FILES = [
  '--events',
  join(dir, 'bodies.csv'),
  '--attendance',
  join(dir, 'memberships.csv'),
  '--column',
  'attendance.event=body',
];

// biome-ignore lint/suspicious/noExplicitAny: each command prints its own JSON shape
function json(args: string[]): any {
  const run = runCli(args);
  expect(run.stderr).not.toMatch(/^error/m);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe('every command reads the files named on the command line', () => {
  it('analyze', () => {
    const out = join(work, 'analyze');
    json(['analyze', dir, ...FILES, '--out', out, '--json', '-q', '--transfer-runs', '0', '--permutations', '0']);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.graph.links).toBeGreaterThan(0);
    expect(summary.roster.events).toBe(2);
  });

  it('paths', () => {
    const result = json(['paths', dir, ...FILES, '--person', 'ald-03', '--json']);
    expect(result.routes.length).toBeGreaterThan(0);
  });

  it('suggest', () => {
    const result = json(['suggest', dir, ...FILES, '--event', 'ev-1', '--json']);
    expect(result.before.size).toBe(8);
    expect(result.before.decisionMakersReached).toBeGreaterThan(0);
  });

  it('transfer', () => {
    const result = json([
      'transfer',
      dir,
      ...FILES,
      '--from-event',
      'ev-1',
      '--runs',
      '50',
      '--json',
      '-q',
      '--out',
      join(work, 'transfer'),
    ]);
    expect(result.routes.length).toBeGreaterThan(0);
  });

  it('compare --at (it ignored --events/--attendance and compared a roster with 0 links)', () => {
    const out = join(work, 'compare');
    json(['compare', dir, ...FILES, '--at', '2023-06-01', '--out', out, '--json']);
    const comparison = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(comparison.summary.links.before).toBeGreaterThan(0);
    expect(comparison.summary.links.gained).toBeGreaterThan(0);
  });

  it('compare with two folders refuses a file flag (it could name only one of them) and says how', () => {
    const run = runCli(['compare', dir, dir, ...FILES, '--out', join(work, 'compare2')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"files"');
  });

  it('view serves the named files and a config that says which is which; the viewer finds the links', async () => {
    const child = spawn(process.execPath, [BIN, 'view', dir, '--port', '0', ...FILES], {
      cwd: repo('.'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      child.stderr.on('data', (d) => {
        err += d;
      });
      const port = await new Promise<number>((ok, ko) => {
        const timer = setInterval(() => {
          const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
          if (m) {
            clearInterval(timer);
            ok(Number(m[1]));
          }
        }, 20);
        child.on('exit', (code) => {
          clearInterval(timer);
          ko(new Error(`view exited with ${code}: ${err}`));
        });
      });
      const base = `http://127.0.0.1:${port}/roster/`;
      const manifest = (await (await fetch(`${base}manifest.json`)).json()) as { files: string[] };
      expect(manifest.files).toEqual(['bodies.csv', 'memberships.csv', 'people.csv', 'trackmap.config.json']);
      // What the viewer's worker does with them: the config first, then the files by its "files".
      const files = await Promise.all(
        manifest.files.map(async (name) => ({
          name,
          bytes: new Uint8Array(await (await fetch(`${base}${name}`)).arrayBuffer()),
        })),
      );
      const configFile = files.find((f) => f.name === 'trackmap.config.json')!;
      const config = parseRosterConfig(configFile.name, new TextDecoder().decode(configFile.bytes));
      expect(config.files).toEqual({ events: 'bodies.csv', attendance: 'memberships.csv', people: 'people.csv' });
      const classified = classifyFiles(files, config.files);
      const sources = Object.fromEntries(
        Object.entries(classified.csv).map(([kind, f]) => [kind, { name: f.name, bytes: f.bytes }]),
      ) as unknown as RosterSources;
      const { graph, roster } = parseRoster(sources, rosterConfigOptions(config));
      expect(roster.events).toHaveLength(2);
      expect(graph.size).toBeGreaterThan(0);
    } finally {
      child.kill('SIGINT');
    }
  });
});

describe('file names in trackmap.config.json, and --no-config', () => {
  const configured = bodiesFolder('configured', {
    files: { events: 'bodies.csv', attendance: 'memberships.csv' },
    columns: { attendance: { event: 'body' } },
  });

  it('a folder whose config names its files needs no flag', () => {
    const out = join(work, 'configured-out');
    json(['analyze', configured, '--out', out, '--json', '-q', '--transfer-runs', '0', '--permutations', '0']);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.graph.links).toBeGreaterThan(0);
  });

  it('--no-config ignores the folder config (before, --config /dev/null failed with "not valid JSON")', () => {
    const out = join(work, 'no-config-out');
    json([
      'analyze',
      configured,
      '--no-config',
      '--out',
      out,
      '--json',
      '-q',
      '--transfer-runs',
      '0',
      '--permutations',
      '0',
    ]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.graph.links).toBe(0);
  });

  it('an unknown file kind in "files" is an error that names the kinds', () => {
    const bad = bodiesFolder('bad-config', { files: { bodies: 'bodies.csv' } });
    const run = runCli(['analyze', bad, '--out', join(work, 'bad-out'), '-q']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('unknown file "bodies" in "files" (expected people, ties, events, attendance)');
  });
});
