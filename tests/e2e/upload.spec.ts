/**
 * Opening a roster with the file inputs (`setInputFiles`) or by dropping files on the page: a
 * valid roster replaces the sample; a malformed one lists its problem at file:line:column with its code, as the CLI does.
 * Expected codes and positions: data-samples/malformed/expected.json.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test } from '@playwright/test';
import { openViewer, readCsv, repo, rosterFiles, uploadRoster, type ViewerWindow, waitForOrder } from './helpers.js';

interface Expected {
  folder: string;
  code: string;
  level: 'error' | 'warning';
  file: string;
  line: number;
  column: string | null;
}

const cases = JSON.parse(readFileSync(repo('data-samples/malformed/expected.json'), 'utf8')) as Expected[];
const position = (c: Expected) => [c.file, c.line, c.column].filter((p) => p !== null).join(':');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('opening the quick-start files replaces the dialogue sample with its 12 people', async ({ page }) => {
  await openViewer(page, '');
  const people = readCsv('data-samples/quickstart/people.csv');
  await uploadRoster(page, 'data-samples/quickstart', 'files');
  await waitForOrder(page, people.length);
  const ids = await page.evaluate(() => (window as unknown as ViewerWindow).__graph!.nodes().sort());
  expect(ids).toEqual(people.map((p) => p.id).sort());
});

test('dropping the quick-start files on the page opens them', async ({ page }) => {
  await openViewer(page, '');
  const people = readCsv('data-samples/quickstart/people.csv');
  const files = rosterFiles('data-samples/quickstart').map((path) => ({
    name: basename(path),
    text: readFileSync(path, 'utf8'),
  }));
  // A drag of real File objects, as the browser builds it when files are dropped from the desktop.
  const dataTransfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    return dt;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer });
  await waitForOrder(page, people.length);
  const ids = await page.evaluate(() => (window as unknown as ViewerWindow).__graph!.nodes().sort());
  expect(ids).toEqual(people.map((p) => p.id).sort());
});

// One error that stops the import, one warning that lets it through.
for (const folder of ['unclosed-quote', 'unknown-node']) {
  const c = cases.find((x) => x.folder === folder)!;
  test(`opening the folder malformed/${folder} lists ${c.code} at ${position(c)} (${c.level})`, async ({ page }) => {
    await openViewer(page);
    await uploadRoster(page, `data-samples/malformed/${folder}`);
    const issues = page.getByTestId('import-issues').locator('li');
    // The line begins with the position (the file name may carry its folder), and names the code.
    const line = new RegExp(`^\\s*(?:[^\\s:]*/)?${escapeRegExp(position(c))}\\b[\\s\\S]*${escapeRegExp(c.code)}`);
    await expect(issues.filter({ hasText: line })).toHaveCount(1);
    await expect(page.getByTestId('status')).toContainText(c.level === 'error' ? /error/i : /warning/i);
    if (c.level === 'error') {
      // Nothing was imported: the roster shown before (the quick-start sample) stays on screen.
      const before = readCsv('data-samples/quickstart/people.csv');
      expect(await page.evaluate(() => (window as unknown as ViewerWindow).__graph!.order)).toBe(before.length);
    } else {
      // The import went through: the graph is the malformed folder's roster.
      const people = readCsv(`data-samples/malformed/${folder}/people.csv`);
      await waitForOrder(page, people.length);
    }
  });
}
