/**
 * `trackmap view <folder>` end to end: the built CLI serves the built viewer and a folder on
 * 127.0.0.1, and the browser opened at the URL it prints shows that roster: from a roster
 * folder's CSV files, and from the graph.json of an `analyze --out` folder.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readCsv, repo, type ViewerWindow, waitReady } from './helpers.js';

const BIN = repo('packages/cli/bin/trackmap.mjs');

function cliEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.npm_lifecycle_event;
  delete env.INIT_CWD;
  return env;
}

/** Starts `trackmap view <folder> --port 0`; resolves with the URL it prints. */
async function view(folder: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'view', folder, '--port', '0'], {
    cwd: repo('.'),
    env: cliEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => {
    err += d;
  });
  const url = await new Promise<string>((ok, ko) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?src=local/.exec(out);
      if (m) ok(m[0]);
    });
    child.on('exit', (code) => ko(new Error(`trackmap view exited with ${code}: ${err}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((ok) => child.on('exit', ok));
  child.kill('SIGINT');
  await exited;
}

test('trackmap view on the quick-start folder opens it in the browser', async ({ page }) => {
  const people = readCsv('data-samples/quickstart/people.csv');
  const { child, url } = await view('data-samples/quickstart');
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitReady(page);
    const labels = await page.evaluate(() => {
      const w = window as unknown as ViewerWindow;
      return Object.fromEntries(w.__graph!.nodes().map((n) => [n, w.__graph!.getNodeAttribute(n, 'label')]));
    });
    expect(labels).toEqual(Object.fromEntries(people.map((p) => [p.id, p.name])));
  } finally {
    await stop(child);
  }
});

test('trackmap view on an analyze --out folder opens its graph.json', async ({ page }) => {
  const people = readCsv('data-samples/quickstart/people.csv');
  const out = join(mkdtempSync(join(tmpdir(), 'trackmap-e2e-')), 'out');
  const analyze = spawnSync(
    process.execPath,
    [BIN, 'analyze', 'data-samples/quickstart', '--out', out, '-q', '--transfer-runs', '0', '--permutations', '0'],
    { cwd: repo('.'), env: cliEnv(), encoding: 'utf8' },
  );
  expect(analyze.status, analyze.stderr).toBe(0);
  const { child, url } = await view(out);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitReady(page);
    const ids = await page.evaluate(() => (window as unknown as ViewerWindow).__graph!.nodes().sort());
    expect(ids).toEqual(people.map((p) => p.id).sort());
  } finally {
    await stop(child);
  }
});
