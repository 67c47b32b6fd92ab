#!/usr/bin/env node
/**
 * `pnpm pack:all`: installable tarballs of @trackmap/core and @trackmap/cli
 * =========================================================================
 *
 * Usage: `node scripts/pack/pack-all.mjs [--out DIR]` (default `packed/`, gitignored), after
 * `pnpm build` (`pnpm pack:all` builds first). Writes `trackmap-core-<version>.tgz` and
 * `trackmap-cli-<version>.tgz`, which install with npm alone:
 * `npm install -g packed/trackmap-core-*.tgz packed/trackmap-cli-*.tgz`.
 *
 * - core: `pnpm pack` of packages/core, as is.
 * - cli: `pnpm pack` of packages/cli (which turns `workspace:*` into core's version and
 *   `catalog:` into the catalog's range), unpacked into a temporary folder, given the built viewer
 *   (apps/viewer/dist without its source maps, as `viewer/`; it holds trackmap-viewer.html, the
 *   single-file viewer that `analyze` makes map.html from) and the bundled samples
 *   (data-samples/dialogue and quickstart, as `samples/`), then packed again with `npm pack`.
 *   The checkout itself is never written to, so tests that serve the viewer while this runs
 *   see no half-copied folder. The CLI finds these folders beside its code (src/assets.ts).
 *
 * Prints the tarballs' paths, one a line. Exits 1 with the reason when something is missing
 * (run `pnpm build`) or a step fails.
 */

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const repo = (path) => join(root, path);

/** The samples shipped in the CLI package (`trackmap init --sample NAME`); packages/cli/src/assets.ts lists the same. */
export const SHIPPED_SAMPLES = ['dialogue', 'quickstart'];

const windows = process.platform === 'win32';

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', shell: windows });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) failed with ${result.error ?? `exit code ${result.status}`}\n${result.stdout ?? ''}${result.stderr ?? ''}`,
    );
  }
  return result.stdout;
}

/** `pnpm pack` of one package into a fresh temporary folder; the tarball's path. */
function pnpmPack(dir, scratch) {
  const dest = mkdtempSync(join(scratch, 'pnpm-pack-'));
  run('pnpm', ['pack', '--pack-destination', dest], dir);
  const [tarball] = readdirSync(dest).filter((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${dir}`);
  return join(dest, tarball);
}

function requireBuilt(path, what) {
  if (!existsSync(repo(path))) throw new Error(`${what} is not built (no ${path}): run "pnpm build" first`);
}

/**
 * Packs both packages into `out` (created if needed; tarballs of the same name are replaced).
 * @returns the paths of the core and cli tarballs.
 */
export function packAll(out = repo('packed')) {
  requireBuilt('packages/core/dist/index.js', '@trackmap/core');
  requireBuilt('packages/cli/dist/cli.js', '@trackmap/cli');
  requireBuilt('apps/viewer/dist/index.html', 'The viewer');
  requireBuilt('apps/viewer/dist/trackmap-viewer.html', 'The single-file viewer');
  mkdirSync(out, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'trackmap-pack-'));
  try {
    const packedCore = pnpmPack(repo('packages/core'), scratch);
    const core = join(out, basename(packedCore));
    renameOrCopy(packedCore, core);

    // The CLI: pnpm's tarball, plus the viewer and the samples, packed again.
    const stage = join(scratch, 'cli');
    mkdirSync(stage);
    run('tar', ['-xzf', pnpmPack(repo('packages/cli'), scratch), '-C', stage], scratch);
    const pkg = join(stage, 'package');
    cpSync(repo('apps/viewer/dist'), join(pkg, 'viewer'), {
      recursive: true,
      filter: (src) => !src.endsWith('.map'),
    });
    for (const sample of SHIPPED_SAMPLES) {
      cpSync(repo(`data-samples/${sample}`), join(pkg, 'samples', sample), { recursive: true });
    }
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    const coreVersion = JSON.parse(readFileSync(repo('packages/core/package.json'), 'utf8')).version;
    if (manifest.dependencies?.['@trackmap/core'] !== coreVersion) {
      throw new Error(
        `the packed CLI depends on @trackmap/core ${manifest.dependencies?.['@trackmap/core']}, not ${coreVersion}`,
      );
    }
    const dest = mkdtempSync(join(scratch, 'npm-pack-'));
    run('npm', ['pack', pkg, '--pack-destination', dest, '--ignore-scripts', '--silent'], scratch);
    const [tarball] = readdirSync(dest);
    const cli = join(out, tarball);
    renameOrCopy(join(dest, tarball), cli);
    return { core, cli };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function renameOrCopy(from, to) {
  rmSync(to, { force: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to); // another file system
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? resolve(process.argv[i + 1] ?? 'packed') : repo('packed');
  try {
    const { core, cli } = packAll(out);
    process.stdout.write(`${core}\n${cli}\n`);
  } catch (error) {
    process.stderr.write(`pack:all: ${error.message}\n`);
    process.exitCode = 1;
  }
}
