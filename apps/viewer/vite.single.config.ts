/**
 * The single-file viewer: `dist/trackmap-viewer.html`
 * ==================================================
 *
 * A second build of the same viewer (run after vite.config.ts by `pnpm build`) into one
 * self-contained HTML file that opens from file:// with no server and no network: scripts and
 * styles inlined by vite-plugin-singlefile, and the three Web Workers inlined as *classic* scripts
 * started from Blob URLs (`?worker&inline`, `worker.format: 'iife'`; from file:// Chromium refuses
 * a module worker from a Blob URL). `trackmap analyze` copies this file into `map.html` with the
 * analysis embedded (core `export/map-html.ts`).
 *
 * - Variants: a module `X.ts` that has a sibling `X.single.ts` is replaced by it, in the page and
 *   in the workers: `workers/spawn/*.single.ts` (inline workers) and `data/samples.single.ts` (no
 *   bundled sample, so a map holds only its own analysis).
 * - Content-Security-Policy: nothing may be fetched (`default-src 'none'`, `connect-src 'none'`);
 *   the inlined scripts are allowed by their SHA-256 hashes (computed after the build, so the
 *   embedded JSON block, which is data and never runs, stays outside them), workers by `blob:`.
 */

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const SINGLE_FILE_NAME = 'trackmap-viewer.html';
const OUT_DIR = fileURLToPath(new URL('./dist/', import.meta.url));

/** Filled in after the build with one `'sha256-…'` source per inline script. */
const HASHES_PLACEHOLDER = "'sha256-SCRIPT-HASHES'";

/** The policy of the single file: no request of any kind; inline code only by hash. */
export const SINGLE_FILE_CSP = [
  "default-src 'none'",
  `script-src ${HASHES_PLACEHOLDER}`,
  'worker-src blob:',
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  "connect-src 'none'",
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Resolves `X.ts` to `X.single.ts` where that file exists. */
function singleFileVariants(): Plugin {
  return {
    name: 'trackmap:single-file-variants',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.endsWith('.ts')) return resolved;
      const variant = resolved.id.replace(/\.ts$/, '.single.ts');
      return existsSync(variant) ? variant : resolved;
    },
  };
}

/** Swaps the served viewer's policy for the single file's, then writes the scripts' hashes into it. */
function singleFileCsp(): Plugin {
  return {
    name: 'trackmap:single-file-csp',
    transformIndexHtml(html) {
      const replaced = html
        .replace(
          /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/,
          (_, open: string, close: string) => `${open}${SINGLE_FILE_CSP}${close}`,
        )
        .replace(
          /<!-- Own origin only:[^>]*-->/,
          () =>
            '<!-- One file, no request of any kind: inline scripts by hash, workers from blob: URLs, blob: and data: only for downloads and the PNG export. -->',
        );
      if (replaced === html) throw new Error('index.html: no Content-Security-Policy meta tag to replace');
      return replaced;
    },
    closeBundle() {
      const path = join(OUT_DIR, SINGLE_FILE_NAME);
      const html = readFileSync(path, 'utf8');
      const hashes: string[] = [];
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const [, attributes = '', code = ''] = m;
        if (/\bsrc=/.test(attributes)) throw new Error(`${SINGLE_FILE_NAME}: a script was not inlined`);
        if (/type="application\/json"/.test(attributes)) continue;
        hashes.push(`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
      }
      if (hashes.length === 0 || !html.includes(HASHES_PLACEHOLDER)) {
        throw new Error(`${SINGLE_FILE_NAME}: no inline script, or no policy to put its hash in`);
      }
      writeFileSync(
        path,
        html.replace(HASHES_PLACEHOLDER, () => hashes.join(' ')),
      );
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  resolve: {
    conditions: ['@trackmap/source', ...defaultClientConditions],
  },
  plugins: [singleFileVariants(), singleFileCsp(), viteSingleFile({ outputFileName: SINGLE_FILE_NAME })],
  worker: {
    format: 'iife',
    plugins: () => [singleFileVariants()],
  },
  build: {
    target: 'es2022',
    outDir: OUT_DIR,
    // The served build (vite.config.ts) wrote dist/ just before: add one file to it.
    emptyOutDir: false,
    sourcemap: false,
  },
});
