/**
 * The viewer as one file, opened from file:// with no server: apps/viewer/dist/trackmap-viewer.html
 * (built by `pnpm build`) opens roster CSVs through its file input, and a map.html written by
 * `trackmap analyze` draws its embedded analysis. Every request of the page is recorded: none may
 * leave file://, blob: or data: (the page's CSP forbids them; this checks it holds).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { readCsv, repo, rosterFiles, type ViewerWindow, waitForOrder, waitReady } from './helpers.js';

const SINGLE_FILE = repo('apps/viewer/dist/trackmap-viewer.html');

/** Opens a file:// page and records every request that is not to a local file, a blob or data. */
async function openFile(page: Page, path: string): Promise<string[]> {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|blob|data):/.test(r.url())) outside.push(r.url());
  });
  await page.goto(pathToFileURL(path).href, { waitUntil: 'commit' });
  await waitReady(page);
  return outside;
}

test('trackmap-viewer.html from file:// opens the Excel export sample through its file input', async ({ page }) => {
  const outside = await openFile(page, SINGLE_FILE);
  // No sample is bundled: the page waits for files.
  await expect(page.getByTestId('status')).toContainText('Open the CSV files');
  expect(await page.evaluate(() => (window as unknown as ViewerWindow).__graph)).toBeUndefined();
  await page.locator('#open-files').setInputFiles(rosterFiles('data-samples/excel-export'));
  const people = readCsv('data-samples/quickstart/people.csv');
  await waitForOrder(page, people.length);
  // The sample's README: the same roster as the quick start, read with no warning.
  await expect(page.getByTestId('status')).toContainText(`${people.length} people`);
  await expect(page.getByTestId('status')).not.toContainText('warning');
  await expect(page.getByTestId('import-issues')).toBeHidden();
  expect(outside).toEqual([]);
});

test('trackmap-viewer.html from file:// lists the import warning of an Excel CSV saved as Windows-1252', async ({
  page,
}) => {
  const outside = await openFile(page, SINGLE_FILE);
  await page.locator('#open-files').setInputFiles(rosterFiles('data-samples/malformed/windows-1252'));
  await page.waitForFunction(() => (window as unknown as ViewerWindow).__graph !== undefined, null, {
    timeout: 90_000,
  });
  await waitReady(page);
  const issues = page.getByTestId('import-issues').locator('li');
  await expect(issues.filter({ hasText: /^\s*(?:[^\s:]*\/)?people\.csv:3\b[\s\S]*CSV_ENCODING/ })).toHaveCount(1);
  await expect(page.getByTestId('status')).toContainText(/warning/i);
  // Decoded as Windows-1252: the accented names read right.
  const names = await page.evaluate(() => {
    const g = (window as unknown as ViewerWindow).__graph!;
    return g.nodes().map((n) => g.getNodeAttribute(n, 'name'));
  });
  expect(names).toContain('Zoë Mürvik');
  expect(outside).toEqual([]);
});

test('map.html from trackmap analyze opens from file:// and draws its analysis', async ({ page }) => {
  const out = join(mkdtempSync(join(tmpdir(), 'trackmap-map-e2e-')), 'out');
  execFileSync(
    process.execPath,
    [repo('packages/cli/bin/trackmap.mjs'), 'analyze', 'data-samples/quickstart'].concat(['--out', out, '-q']),
    {
      cwd: repo('.'),
    },
  );
  const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { nodes: { key: string }[] };
  const outside = await openFile(page, join(out, 'map.html'));
  await waitForOrder(page, graph.nodes.length);
  const ids = await page.evaluate(() => (window as unknown as ViewerWindow).__graph!.nodes().sort());
  expect(ids).toEqual(graph.nodes.map((n) => n.key).sort());
  // Drawn: sigma placed every person on screen.
  const placed = await page.evaluate(() => {
    const w = window as unknown as ViewerWindow;
    return w.__graph!.nodes().filter((n) => w.__sigma!.getNodeDisplayData(n) !== undefined).length;
  });
  expect(placed).toBe(graph.nodes.length);
  await expect(page.getByTestId('status')).toContainText('graph.json');
  expect(outside).toEqual([]);
});
