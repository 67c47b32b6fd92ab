/**
 * Which Chromium the end-to-end tests drive, found without a manual step (issue 13):
 *
 * 1. `CHROMIUM_PATH`, when set (an error if nothing is there: a named browser must exist);
 * 2. a system Chromium or Chrome (`/usr/bin/chromium`, `chromium-browser`, `google-chrome`, …);
 * 3. `@sparticuz/chromium`, an optional dependency that arrives with `pnpm install` on Linux x64:
 *    a headless Chromium with SwiftShader WebGL inside the npm package, unpacked into the
 *    temporary folder on first use (no download at run time);
 * 4. elsewhere (macOS, Windows, Linux arm64), Playwright's own browser, which
 *    `pnpm exec playwright install chromium` fetches once.
 *
 * Whatever the source, the launch flags are ours (browser-testing.md section 2): never
 * @sparticuz/chromium's own list, which turns off web security and would void the tests of the
 * viewer's Content-Security-Policy.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface FoundBrowser {
  /** undefined: Playwright's own browser. */
  executablePath: string | undefined;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium' | 'playwright';
}

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser> {
  const named = env.CHROMIUM_PATH;
  if (named !== undefined && named !== '') {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH names ${named}, which does not exist`);
    return { executablePath: named, source: 'CHROMIUM_PATH' };
  }
  const system = SYSTEM.find((p) => existsSync(p));
  if (system !== undefined) return { executablePath: system, source: 'system' };
  if (process.platform === 'linux' && process.arch === 'x64') {
    const require = createRequire(import.meta.url);
    let resolved: string | undefined;
    try {
      resolved = require.resolve('@sparticuz/chromium');
    } catch {
      resolved = undefined;
    }
    if (resolved !== undefined) {
      const { default: chromium } = (await import('@sparticuz/chromium')) as {
        default: { executablePath(): Promise<string> };
      };
      return { executablePath: await chromium.executablePath(), source: '@sparticuz/chromium' };
    }
  }
  return { executablePath: undefined, source: 'playwright' };
}
