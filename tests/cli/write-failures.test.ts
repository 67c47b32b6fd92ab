/**
 * When an output cannot be written (issue 16, item 8): `analyze`, `transfer` and `compare` check
 * the output folder before any work, write every file to a temporary name and put the set in
 * place only at the end. A failure is one line, `error OUTPUT_WRITE <path>: …` with the cause,
 * exit code 1, no stack trace, and the outputs of the earlier run are left exactly as they were.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repo } from '../helpers/paths.js';

const QUICKSTART = repo('data-samples/quickstart');
const DIALOGUE = repo('data-samples/dialogue');

/** Replaces every file of `dir` by a line naming it, as a stand-in for an earlier run's outputs. */
function markEarlier(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    files[name] = `earlier ${name}\n`;
    writeFileSync(join(dir, name), files[name]);
  }
  return files;
}

const contents = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [e.name, readFileSync(join(dir, e.name), 'utf8')]),
  );

function expectWriteError(run: { code: number | null; stderr: string }, path: string) {
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('error OUTPUT_WRITE ');
  expect(run.stderr).toContain(path);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
}

/** Runs `args` once into a fresh folder, marks its files, puts a folder where `blocked` goes, runs again. */
function failAfterEarlierRun(args: string[], blocked: string) {
  const out = mkdtempSync(join(tmpdir(), 'trackmap-write-'));
  const first = runCli([...args, '--out', out]);
  expect(first.code).toBe(0);
  const earlier = markEarlier(out);
  rmSync(join(out, blocked));
  mkdirSync(join(out, blocked));
  delete earlier[blocked];
  const run = runCli([...args, '--out', out]);
  return { out, earlier, run };
}

describe('an output that cannot be written', () => {
  it('analyze: out/paths.csv is a folder → OUTPUT_WRITE naming it; every earlier output unchanged', () => {
    const { out, earlier, run } = failAfterEarlierRun(
      ['analyze', QUICKSTART, '-q', '--transfer-runs', '50'],
      'paths.csv',
    );
    expectWriteError(run, join(out, 'paths.csv'));
    expect(contents(out)).toEqual(earlier); // no new file beside an old one, no temporary file
    expect(readdirSync(out).sort()).toEqual([...Object.keys(earlier), 'paths.csv'].sort());
  });

  it('transfer: out/transfer.md is a folder → the same', () => {
    const { out, earlier, run } = failAfterEarlierRun(
      ['transfer', DIALOGUE, '--from-event', 'rsd-08', '--runs', '100', '-q'],
      'transfer.md',
    );
    expectWriteError(run, join(out, 'transfer.md'));
    expect(contents(out)).toEqual(earlier);
  });

  it('compare: out/compare.csv is a folder → the same', () => {
    const { out, earlier, run } = failAfterEarlierRun(['compare', DIALOGUE, '--rounds', '4,8'], 'compare.csv');
    expectWriteError(run, join(out, 'compare.csv'));
    expect(contents(out)).toEqual(earlier);
  });
});

describe('an output folder that cannot be written is found before any work', () => {
  const base = mkdtempSync(join(tmpdir(), 'trackmap-write-'));
  const file = join(base, 'a-file');
  writeFileSync(file, 'not a folder\n');

  it.each([
    ['analyze', ['analyze', QUICKSTART, '-q']],
    ['transfer', ['transfer', DIALOGUE, '--from-event', 'rsd-08', '--runs', '100', '-q']],
    ['compare', ['compare', DIALOGUE, '--rounds', '4,8']],
  ])('%s --out <a file>, or a folder under a file: OUTPUT_WRITE, nothing created', (_name, args) => {
    for (const out of [file, join(file, 'out')]) expectWriteError(runCli([...args, '--out', out]), out);
    expect(readFileSync(file, 'utf8')).toBe('not a folder\n');
  });

  it('before the roster is read: a missing roster with an unwritable --out reports the folder', () => {
    expectWriteError(runCli(['analyze', join(base, 'no-such-roster'), '--out', file]), file);
  });
});
