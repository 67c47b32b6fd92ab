/**
 * End-to-end tests of the viewer (tests/e2e/*.spec.ts) in headless Chromium, WebGL in software
 * (SwiftShader). Setup, flags and measurements: tests/e2e/README.md. The browser is found by
 * tests/e2e/browser.ts: CHROMIUM_PATH, then a system Chromium or Chrome, then the one that
 * `pnpm install` unpacks from the npm registry (@sparticuz/chromium, Linux x64), else Playwright's.
 *
 * The web server serves the built viewer (apps/viewer/dist, built by `pnpm build`, which
 * `pnpm test` runs first) with `vite preview` on 127.0.0.1:4173.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/browser.js';

const root = (p: string) => fileURLToPath(new URL(p, import.meta.url));

if (!existsSync(root('./apps/viewer/dist/index.html'))) {
  throw new Error('apps/viewer/dist is missing: run `pnpm build` first (`pnpm test` does)');
}

const browser = await findChromium();
/** The browser's executable (undefined: Playwright's own browser). */
export const CHROMIUM_PATH = browser.executablePath;
if (!process.env.TRACKMAP_BROWSER_QUIET) {
  // Once per process (the runner and each worker load this file): say which browser runs.
  process.env.TRACKMAP_BROWSER_QUIET = '1';
  console.log(`e2e browser: ${CHROMIUM_PATH ?? "Playwright's own Chromium"} (${browser.source})`);
}

// browser-testing.md section 2: software WebGL (SwiftShader), root needs --no-sandbox, no
// background traffic of Chromium's own.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWER_URL = 'http://127.0.0.1:4173';

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: './test-results/e2e',
  // One worker: 2 cores, and software GL is CPU-bound.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: VIEWER_URL,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    browserName: 'chromium',
    launchOptions: { ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}), args: CHROMIUM_ARGS },
    acceptDownloads: true,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: {
    command: 'pnpm exec vite preview --host 127.0.0.1 --port 4173 --strictPort',
    cwd: root('./apps/viewer'),
    url: `${VIEWER_URL}/`,
    // A server already on 4173 would be an older build: never reuse it.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
