#!/usr/bin/env node
/**
 * `pnpm check:packages`: the packed packages, as npm would receive them, checked by publint and
 * Are the Types Wrong (attw)
 * ===========================================================================================
 *
 * Packs @trackmap/core and @trackmap/cli into a temporary folder (pack-all.mjs, after
 * `pnpm build`), then runs on each tarball:
 * - `publint run <tgz> --strict` (exports, files, types, licence, engines, ...): must print no
 *   message at all, suggestions included;
 * - `attw <tgz> --profile esm-only`: every entry point of the `exports` map (found by attw: core's
 *   subpaths and the CLI's `.`) must resolve to JavaScript and types under Node 16+ ESM resolution
 *   and bundlers. The packages are ESM only (docs/design-choices.md, "Packages that install anywhere"), so the
 *   profile leaves out the node10 and CommonJS-`require` resolutions, the two it cannot pass.
 *
 * Exits 1 with the tools' reports when either finds anything. Runs inside `pnpm test`.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packAll } from './pack-all.mjs';

/** The JavaScript file of a package's bin, to run with this Node (no shell, any platform). */
function binOf(pkg, name) {
  // The root's devDependencies, linked into the root node_modules (not every package exports ./package.json).
  const manifestPath = fileURLToPath(new URL(`../../node_modules/${pkg}/package.json`, import.meta.url));
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin[name]);
}

const TOOLS = [
  {
    name: 'publint',
    bin: binOf('publint', 'publint'),
    args: (tgz) => ['run', tgz, '--strict'],
    // publint prints "All good!" only when it has no message of any level.
    clean: (run) => run.status === 0 && /All good!/.test(run.stdout),
  },
  {
    name: 'attw',
    bin: binOf('@arethetypeswrong/cli', 'attw'),
    args: (tgz) => [tgz, '--profile', 'esm-only', '--no-color', '--no-emoji'],
    // Exit code 0: no problem under the profile (it still lists, as ignored, the two resolutions left out).
    clean: (run) => run.status === 0,
  },
];

const out = mkdtempSync(join(tmpdir(), 'trackmap-check-packages-'));
let failed = 0;
try {
  const tarballs = Object.values(packAll(out));
  for (const tgz of tarballs) {
    for (const tool of TOOLS) {
      const run = spawnSync(process.execPath, [tool.bin, ...tool.args(tgz)], { encoding: 'utf8' });
      const ok = tool.clean(run);
      process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${tool.name} ${basename(tgz)}\n`);
      if (!ok) {
        failed += 1;
        process.stdout.write(`${run.stdout}${run.stderr}\n`);
      }
    }
  }
} catch (error) {
  process.stderr.write(`check:packages: ${error.message}\n`);
  failed += 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (failed > 0) process.exitCode = 1;
