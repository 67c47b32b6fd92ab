/**
 * Screenshots of the viewer for the README (docs/images/viewer-*.png, 1280×800).
 *
 *   pnpm screenshots        # builds, then runs this script
 *
 * Serves the built viewer on the dialogue sample with `trackmap view data-samples/dialogue`
 * (127.0.0.1, any free port), drives Debian's Chromium with the e2e suite's flags
 * (playwright.config.ts) and writes:
 * - viewer-overview.png          the dialogue sample as it opens (coloured by track);
 * - viewer-person.png            a participant two steps from the decision-makers: panel and routes;
 * - viewer-roster.png            the roster panel on the last round, its participants highlighted;
 * - viewer-colour-ideology.png   coloured by ideology (diverging scale) with its legend.
 * The layout is seeded, so the pictures are the same on every run of the same build.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.js';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const OUT = root('docs/images');

interface ViewerWindow {
  __ready?: boolean;
  __error?: string;
  __graph?: {
    nodes(): string[];
    getNodeAttribute(n: string, a: string): unknown;
    degree(n: string): number;
  };
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as ViewerWindow).__ready === true || !!(window as unknown as ViewerWindow).__error,
    null,
    { timeout: 120_000 },
  );
  const error = await page.evaluate(() => (window as unknown as ViewerWindow).__error);
  if (error) throw new Error(`the viewer reported: ${error}`);
}

async function shot(page: Page, name: string): Promise<void> {
  // Let the camera animation and the hover state settle: wait for two painted frames after ready.
  await ready(page);
  await page.mouse.move(0, 0);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${OUT}/${name}`, animations: 'disabled' });
  console.log(`wrote docs/images/${name}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const env = { ...process.env };
  delete env.npm_lifecycle_event;
  delete env.INIT_CWD;
  const server = spawn(
    process.execPath,
    [root('packages/cli/bin/trackmap.mjs'), 'view', 'data-samples/dialogue', '--port', '0'],
    {
      cwd: root('.'),
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((ok, ko) => {
    let out = '';
    server.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?src=local/.exec(out);
      if (m) ok(m[0]);
    });
    server.on('exit', (code) => ko(new Error(`trackmap view exited with ${code}`)));
  });

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'commit' });
    await shot(page, 'viewer-overview.png');

    // A participant two steps from their nearest decision-maker (the best connected such person),
    // so the routes have an intermediary.
    const person = await page.evaluate(() => {
      const g = (window as unknown as ViewerWindow).__graph!;
      const candidates = g
        .nodes()
        .filter(
          (n) => g.getNodeAttribute(n, 'isDecisionMaker') !== true && g.getNodeAttribute(n, 'distance_to_track1') === 2,
        )
        .sort((a, b) => g.degree(b) - g.degree(a));
      const id = candidates[0] ?? g.nodes()[0]!;
      return String(g.getNodeAttribute(id, 'label'));
    });
    await page.locator('#search').fill(person);
    await page.locator('#search').press('Enter');
    await page.getByTestId('routes').locator('li').first().waitFor();
    await shot(page, 'viewer-person.png');

    await page.locator('#search').fill('');
    await page.keyboard.press('Escape');
    await page.goto(url, { waitUntil: 'commit' });
    await ready(page);
    const rounds = await page
      .locator('#roster-select optgroup[label="Rounds"] option')
      .evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
    const all = await page
      .locator('#roster-select option')
      .evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
    await page.locator('#roster-select').selectOption(rounds.at(-1) ?? all.at(-1)!);
    await page.getByTestId('roster-panel').scrollIntoViewIfNeeded();
    await shot(page, 'viewer-roster.png');

    await page.goto(url, { waitUntil: 'commit' });
    await ready(page);
    await page.locator('#color-by').selectOption('ideology');
    await shot(page, 'viewer-colour-ideology.png');
  } finally {
    await browser.close();
    server.kill('SIGINT');
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
