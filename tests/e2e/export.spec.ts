/**
 * Exports download real files: a PNG (by its signature), an SVG and a GEXF that parse, with the
 * graph's people in them; pseudonymised exports hold none of the roster's ids or names, and
 * their pseudonyms are the core's (the same as `trackmap --pseudonymize` with that key).
 */
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { pseudonym } from '@trackmap/core';
import { openViewer, readCsv, type ViewerWindow } from './helpers.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// A fixed test key (64 hex digits, as trackmap.key holds); never a real one.
const KEY_HEX = '66078fe47b6529670ed2a9a8ad01ca2936782d9f5b1a6593204959a98c49150a';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Parses XML in the page (DOMParser builds an inert document): root name and element counts. */
function parseXml(page: Page, text: string, type: 'image/svg+xml' | 'application/xml', count: string[]) {
  return page.evaluate(
    ({ text, type, count }) => {
      const doc = new DOMParser().parseFromString(text, type);
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.localName,
        counts: Object.fromEntries(count.map((c) => [c, doc.getElementsByTagNameNS('*', c).length])),
        texts: Array.from(doc.getElementsByTagNameNS('*', 'text')).map((t) => t.textContent ?? ''),
      };
    },
    { text, type, count },
  );
}

test('PNG, SVG and GEXF exports download files that are what they say, with the people of the graph', async ({
  page,
}) => {
  await openViewer(page);
  const people = readCsv('data-samples/quickstart/people.csv');
  const order = await page.evaluate(() => (window as unknown as ViewerWindow).__graph!.order);
  const size = await page.evaluate(() => (window as unknown as ViewerWindow).__graph!.size);

  const png = await download(page, '#export-png');
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.bytes.length).toBeGreaterThan(1000);

  const svg = await download(page, '#export-svg');
  expect(svg.name).toMatch(/\.svg$/);
  const parsedSvg = await parseXml(page, svg.bytes.toString('utf8'), 'image/svg+xml', ['circle']);
  expect(parsedSvg.error).toBe(false);
  expect(parsedSvg.root).toBe('svg');
  expect(parsedSvg.counts.circle).toBeGreaterThanOrEqual(order);

  const gexf = await download(page, '#export-gexf');
  expect(gexf.name).toMatch(/\.gexf$/);
  const parsedGexf = await parseXml(page, gexf.bytes.toString('utf8'), 'application/xml', ['node', 'edge']);
  expect(parsedGexf.error).toBe(false);
  expect(parsedGexf.root).toBe('gexf');
  expect(parsedGexf.counts.node).toBe(order);
  expect(parsedGexf.counts.edge).toBe(size);
  // Without pseudonymisation the GEXF holds the names.
  for (const p of people) expect(gexf.bytes.toString('utf8')).toContain(p.id);
});

test('pseudonymised exports hold no id or name of the roster, only the core pseudonyms for the key', async ({
  page,
}) => {
  await openViewer(page);
  const people = readCsv('data-samples/quickstart/people.csv');
  const events = readCsv('data-samples/quickstart/events.csv');
  await page.locator('#export-pseudonymize').check();
  await page.locator('#export-key').fill(KEY_HEX);

  const files = [
    await download(page, '#export-gexf'),
    await download(page, '#export-svg'),
    await download(page, '#export-png'),
  ];
  const xmlEscape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  for (const { name, bytes } of files) {
    const text = bytes.toString('latin1');
    const utf8 = bytes.toString('utf8');
    for (const p of people) {
      for (const secret of [p.id, p.name, xmlEscape(p.name), p.organisation].filter((s): s is string => !!s)) {
        expect(text.includes(secret) || utf8.includes(secret), `${name} contains "${secret}"`).toBe(false);
      }
    }
    // Issue 16, item 2: event ids (which can name people) were left in the GEXF.
    for (const e of events) expect(utf8.includes(e.id as string), `${name} contains "${e.id}"`).toBe(false);
  }
  const key = Buffer.from(KEY_HEX, 'hex');
  const want = people.map((p) => pseudonym(new Uint8Array(key), p.id)).sort();
  const gexf = files[0]!.bytes.toString('utf8');
  const found = [...new Set(gexf.match(/P-[0-9a-f]{10}/g) ?? [])].sort();
  expect(found).toEqual(want);
});
