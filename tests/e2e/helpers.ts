/**
 * Shared steps of the viewer's end-to-end tests: open the viewer and wait for it, read the
 * graph it drew, find a node on screen, count drawn pixels, read the bundled samples.
 * The app's test contract (ids, `window.__*`) is in apps/viewer/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';

/** What the viewer puts on `window` for tests (only the parts the tests read). */
export interface ViewerWindow {
  __ready?: boolean;
  __error?: unknown;
  __pwned?: unknown;
  __graph?: {
    order: number;
    size: number;
    nodes(): string[];
    hasNode(node: string): boolean;
    areNeighbors(a: string, b: string): boolean;
    getNodeAttribute(node: string, name: string): unknown;
    getNodeAttributes(node: string): Record<string, unknown>;
  };
  __sigma?: {
    graphToViewport(point: { x: number; y: number }): { x: number; y: number };
    getNodeDisplayData(
      node: string,
    ): { x: number; y: number; size: number; color: string; hidden?: boolean } | undefined;
    getCamera(): { getState(): { x: number; y: number; ratio: number; angle: number }; isAnimated(): boolean };
    // biome-ignore lint/suspicious/noExplicitAny: sigma's internals (its WebGL contexts) are read in one test
    [key: string]: any;
  };
}

export const win = (w: unknown) => w as ViewerWindow;

export const repo = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** Waits for the app to say it is ready (or failed), after a navigation that waited only for "commit". */
export async function waitReady(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as ViewerWindow;
      return w.__ready === true || w.__error !== undefined;
    },
    null,
    { timeout },
  );
  const error = await page.evaluate(() => (window as unknown as ViewerWindow).__error);
  expect(error, 'window.__error').toBeUndefined();
}

/**
 * Opens the viewer: `?sample=quickstart` (12 people) unless another query is given; `''` opens
 * the default dialogue sample (163 people). Waits for `window.__ready`. The "load" event is not
 * awaited: the layout may hold it back (browser-testing.md).
 */
export async function openViewer(page: Page, query = '?sample=quickstart'): Promise<void> {
  await page.goto(`/${query}`, { waitUntil: 'commit' });
  await waitReady(page);
}

/** After an action that loads another roster: waits until the graph is the new one and ready. */
export async function waitForOrder(page: Page, order: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const w = window as unknown as ViewerWindow;
      return w.__ready === true && w.__graph?.order === n;
    },
    order,
    { timeout: 90_000 },
  );
}

/**
 * Waits until the camera stands still (no animation, and the same state over two animation
 * frames), so that screen positions computed now are still right at the next click.
 */
export async function cameraSettled(page: Page): Promise<void> {
  // page.evaluate awaits the promise (waitForFunction would take the promise itself as truthy).
  const still = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((ok) => {
          const camera = (window as unknown as ViewerWindow).__sigma!.getCamera();
          const before = JSON.stringify(camera.getState());
          requestAnimationFrame(() =>
            requestAnimationFrame(() => ok(!camera.isAnimated() && JSON.stringify(camera.getState()) === before)),
          );
        }),
    );
  await expect.poll(still, { message: 'the camera stands still' }).toBe(true);
}

export interface NodeOnScreen {
  id: string;
  label: string;
  /** Page coordinates of the node's centre. */
  x: number;
  y: number;
}

/** Where a node is drawn, in page coordinates (container box + sigma's viewport position). */
export async function nodeOnScreen(page: Page, id: string): Promise<NodeOnScreen> {
  await cameraSettled(page);
  const box = await page.locator('#container').boundingBox();
  if (!box) throw new Error('#container is not visible');
  const p = await page.evaluate((node) => {
    const w = window as unknown as ViewerWindow;
    const display = w.__sigma!.getNodeDisplayData(node);
    const position = w.__sigma!.graphToViewport(
      display ?? (w.__graph!.getNodeAttributes(node) as { x: number; y: number }),
    );
    return { label: String(w.__graph!.getNodeAttribute(node, 'label')), x: position.x, y: position.y };
  }, id);
  return { id, label: p.label, x: box.x + p.x, y: box.y + p.y };
}

/**
 * Among `candidates`, the node drawn farthest from any other node (so a click on its centre
 * cannot hit a neighbour), inside the container with a margin and not covered by a panel.
 */
export async function mostIsolatedNode(page: Page, candidates: string[]): Promise<NodeOnScreen> {
  await cameraSettled(page);
  const box = await page.locator('#container').boundingBox();
  if (!box) throw new Error('#container is not visible');
  const best = await page.evaluate(
    ({ candidates, width, height }) => {
      const w = window as unknown as ViewerWindow;
      const at = (n: string) => w.__sigma!.graphToViewport(w.__graph!.getNodeAttributes(n) as { x: number; y: number });
      const all = w.__graph!.nodes().map((n) => ({ n, ...at(n) }));
      const rect = document.querySelector('#container')!.getBoundingClientRect();
      let pick: { n: string; x: number; y: number; gap: number } | undefined;
      for (const c of candidates) {
        const p = at(c);
        if (p.x < 30 || p.y < 30 || p.x > width - 30 || p.y > height - 30) continue;
        // Not under or beside a panel or header that overlaps the graph: the topmost element at the
        // centre and 20 px around it is the graph's.
        const around = [
          [0, 0],
          [20, 0],
          [-20, 0],
          [0, 20],
          [0, -20],
        ];
        if (
          !around.every(([dx, dy]) =>
            document.elementFromPoint(rect.left + p.x + dx!, rect.top + p.y + dy!)?.closest('#container'),
          )
        )
          continue;
        let gap = Number.POSITIVE_INFINITY;
        for (const o of all) if (o.n !== c) gap = Math.min(gap, Math.hypot(o.x - p.x, o.y - p.y));
        if (!pick || gap > pick.gap) pick = { n: c, x: p.x, y: p.y, gap };
      }
      if (!pick) return undefined;
      return { id: pick.n, label: String(w.__graph!.getNodeAttribute(pick.n, 'label')), x: pick.x, y: pick.y };
    },
    { candidates, width: box.width, height: box.height },
  );
  if (!best) throw new Error('none of the candidate nodes is drawn inside the container');
  return { ...best, x: box.x + best.x, y: box.y + best.y };
}

/**
 * Share of a screenshot's pixels that differ from its most common colour (the background), by
 * more than a small tolerance on any channel. The PNG is decoded in the page (an <img> from a
 * data: URL drawn on a 2D canvas), so no image package is needed.
 */
export async function drawnShare(page: Page, target: Locator): Promise<number> {
  const png = (await target.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let background = 0;
    let most = -1;
    for (const [key, n] of counts)
      if (n > most) {
        most = n;
        background = key;
      }
    const [br, bg, bb] = [(background >> 16) & 255, (background >> 8) & 255, background & 255];
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - br) > 16 || Math.abs(data[i + 1]! - bg) > 16 || Math.abs(data[i + 2]! - bb) > 16) drawn++;
    }
    return drawn / (data.length / 4);
  }, png);
}

/** A CSV row keyed by header; the columns every sample file has are typed as present. */
export type CsvRecord = Record<'id' | 'name' | 'person' | 'event', string> & Record<string, string | undefined>;

/** A CSV file of the repository as records keyed by header. */
export function readCsv(relative: string): CsvRecord[] {
  return parseCsv(readFileSync(repo(relative)), { columns: true, bom: true, skip_empty_lines: true }) as CsvRecord[];
}

/** The CSV files of a roster folder, as absolute paths (for `setInputFiles`). */
export function rosterFiles(relative: string): string[] {
  return readdirSync(repo(relative))
    .filter((f) => /\.(csv|tsv)$/i.test(f))
    .sort()
    .map((f) => join(repo(relative), f));
}

/**
 * Opens a roster folder as a user would: the whole folder through the folder picker
 * (`#open-folder`, a `webkitdirectory` input; `via: 'folder'`), or its CSV files through the
 * file picker (`#open-files`; `via: 'files'`).
 */
export async function uploadRoster(page: Page, relative: string, via: 'folder' | 'files' = 'folder'): Promise<void> {
  if (via === 'folder') await page.locator('#open-folder').setInputFiles(repo(relative));
  else await page.locator('#open-files').setInputFiles(rosterFiles(relative));
}
