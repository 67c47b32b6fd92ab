/**
 * Outputs unchanged: every file that analyze, paths, suggest, transfer and compare write for the
 * bundled samples (plus stdout and the exit code) is byte-identical to the digests recorded in
 * `fixtures/outputs.sha256.json`. A refactor must leave this green; an intended change of output
 * rewrites the manifest (`node scripts/outputs/record.mjs out-record --write-manifest`) in the
 * commit that makes it, and names the change there. To see what changed, record the commit
 * before and after into two folders and `diff -r` them (scripts/outputs/record.mjs).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { CASES, record } from '../../scripts/outputs/record.mjs';
import { repo } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'trackmap-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('outputs on the bundled samples', () => {
  const expected = JSON.parse(readFileSync(repo('tests/cli/fixtures/outputs.sha256.json'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  const actual = record(dir) as Record<string, Record<string, string>>;

  it('covers every recorded case', () => {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    expect((CASES as unknown[]).length).toBe(Object.keys(expected).length);
  });

  for (const name of Object.keys(expected)) {
    it(`${name}: every file byte for byte`, () => {
      expect(actual[name]).toEqual(expected[name]);
    });
  }
});
