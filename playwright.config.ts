/**
 * End-to-end tests of the viewer (tests/e2e/*.spec.ts) in Debian's Chromium, WebGL in software
 * (SwiftShader). Setup, flags and measurements: /work/shared/browser-testing.md, summarised in
 * tests/e2e/README.md. Never run `playwright install`: the browser is /usr/bin/chromium
 * (`apt-get install chromium`), or the one named by CHROMIUM_PATH.
 *
 * The web server serves the built viewer (apps/viewer/dist, built by `pnpm build`, which
 * `pnpm test` runs first) with `vite preview` on 127.0.0.1:4173.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const root = (p: string) => fileURLToPath(new URL(p, import.meta.url));

if (!existsSync(root('./apps/viewer/dist/index.html'))) {
  throw new Error('apps/viewer/dist is missing: run `pnpm build` first (`pnpm test` does)');
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM_PATH)) {
  throw new Error(
    `no browser at ${CHROMIUM_PATH}: install Debian's Chromium (apt-get install chromium), or set CHROMIUM_PATH; never "playwright install"`,
  );
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
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
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
