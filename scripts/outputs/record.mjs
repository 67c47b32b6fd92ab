#!/usr/bin/env node
/**
 * Records what every command writes for the bundled samples: each output file, stdout and the
 * exit code, case by case, into a folder (default `out-record`), and prints a manifest of
 * SHA-256 digests. Used to prove that a refactor changes no output:
 *
 *   node scripts/outputs/record.mjs /tmp/before        # on the commit before the change
 *   node scripts/outputs/record.mjs /tmp/after         # after it
 *   diff -r /tmp/before /tmp/after
 *
 * `tests/cli/outputs.test.ts` runs the same cases and compares them with the committed manifest
 * `tests/cli/fixtures/outputs.sha256.json`; `--write-manifest` rewrites that file. Any change to
 * it is a deliberate change of output, named in the commit that makes it.
 *
 * Progress goes to stderr, which is not recorded (it carries timings).
 *
 * Files in `NOT_HASHED` are recorded by presence only (the manifest says why instead of a digest).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(root, 'packages/cli/bin/trackmap.mjs');
const MANIFEST = join(root, 'tests/cli/fixtures/outputs.sha256.json');
/** A fixed, public test key (never use it for real data). */
const TEST_KEY = '78690d55943154e3d0d73457fb1f608c79fe4c8f0ead81a3370ae86df8ecdb47';

/** Every case: a name and its arguments; `{out}` is the case's output folder, `{key}` the key file. */
export const CASES = [
  ['analyze-dialogue', ['analyze', 'data-samples/dialogue', '--out', '{out}', '--threads', '2']],
  ['analyze-quickstart', ['analyze', 'data-samples/quickstart', '--out', '{out}', '--threads', '1']],
  ['analyze-excel-export', ['analyze', 'data-samples/excel-export', '--out', '{out}']],
  ['analyze-southern-women', ['analyze', 'data-samples/southern-women', '--out', '{out}']],
  ['analyze-board-memberships', ['analyze', 'data-samples/board-memberships', '--out', '{out}']],
  [
    'analyze-dialogue-pseudonymized',
    ['analyze', 'data-samples/dialogue', '--out', '{out}', '--pseudonymize', '--key-file', '{key}'],
  ],
  ['paths-text', ['paths', 'data-samples/dialogue', '--person', 'ves-031']],
  ['paths-json', ['paths', 'data-samples/dialogue', '--person', 'ald-030', '--nearest', '--k', '2', '--json']],
  ['suggest-text', ['suggest', 'data-samples/dialogue', '--event', 'rsd-08', '--add', '3', '--drop', '1']],
  ['suggest-json', ['suggest', 'data-samples/dialogue', '--event', 'rsd-04', '--json']],
  [
    'transfer-event',
    ['transfer', 'data-samples/dialogue', '--from-event', 'rsd-08', '--runs', '2000', '--out', '{out}', '-q'],
  ],
  ['transfer-json', ['transfer', 'data-samples/quickstart', '--from', 'ald-03', '--runs', '500', '--json', '-q']],
  ['compare-rounds', ['compare', 'data-samples/dialogue', '--rounds', '4,8', '--out', '{out}']],
  ['compare-at', ['compare', 'data-samples/dialogue', '--at', '2022-06-01', '--out', '{out}', '--json']],
];

/**
 * Outputs listed but not hashed, with the reason. map.html is the single-file viewer build with
 * graph.json inside: its bytes change with every change to the viewer's code, which is not an
 * output change; what it holds is graph.json, which is hashed (tests/cli/map-html.test.ts checks
 * that the two agree).
 */
export const NOT_HASHED = {
  'map.html':
    'not hashed: the viewer build (changes with the viewer code) with graph.json inside; graph.json is hashed',
};

function sha256(buffer) {
  return createHash('sha256').update(buffer).digest('hex');
}

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else out.push(path);
  }
  return out;
}

/** Runs every case into `dir` and returns the manifest: case → file → digest. */
export function record(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const key = join(dir, 'test.key');
  writeFileSync(key, `${TEST_KEY}\n`, { mode: 0o600 });
  const manifest = {};
  for (const [name, args] of CASES) {
    const caseDir = join(dir, name);
    const out = join(caseDir, 'out');
    mkdirSync(caseDir, { recursive: true });
    const argv = args.map((a) => a.replace('{out}', out).replace('{key}', key));
    const run = spawnSync(process.execPath, [BIN, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    // Absolute temporary paths in stdout would differ between runs: record them relative.
    writeFileSync(join(caseDir, 'stdout.txt'), run.stdout.split(dir).join('<dir>'));
    writeFileSync(join(caseDir, 'exit-code.txt'), `${run.status}\n`);
    const entry = {};
    for (const file of files(caseDir)) {
      const name = relative(caseDir, file);
      const base = name.split('/').at(-1);
      entry[name] = Object.hasOwn(NOT_HASHED, base) ? NOT_HASHED[base] : sha256(readFileSync(file));
    }
    manifest[name] = entry;
  }
  rmSync(key);
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const write = args.includes('--write-manifest');
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'out-record');
  const manifest = record(dir);
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  if (write) {
    mkdirSync(dirname(MANIFEST), { recursive: true });
    writeFileSync(MANIFEST, text);
    console.error(`wrote ${relative(root, MANIFEST)}`);
  } else process.stdout.write(text);
}
