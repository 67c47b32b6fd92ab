/**
 * One way to write a number: every report and the CLI's printed summaries format numbers,
 * percentages and counts through `packages/core/src/report/format.ts`, so no two places can
 * disagree ("33 %" here, "33%" there). A `toFixed` or `toLocaleString` anywhere else in them
 * is a formatter of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/paths.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('numbers are formatted in one place', () => {
  const files = [...sources(repo('packages/core/src/report')), ...sources(repo('packages/cli/src'))].filter(
    (f) => !f.endsWith('report/format.ts'),
  );

  it('finds the reports, their sections and the CLI commands', () => {
    expect(files.some((f) => f.includes('report/sections/'))).toBe(true);
    expect(files.some((f) => f.includes('cli/src/commands/'))).toBe(true);
  });

  it('no report or CLI file calls toFixed or toLocaleString (report/format.ts does)', () => {
    const offenders = files
      .filter((f) => /\.(toFixed|toLocaleString)\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(repo('.'), f));
    expect(offenders).toEqual([]);
  });
});
