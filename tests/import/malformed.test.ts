/**
 * Every malformed sample gives its documented code, level and position.
 * Source of the expectations: data-samples/malformed/expected.json (and its README), written
 * from docs/roster-format.md; lines were checked against the files' bytes by
 * scripts/samples/make-malformed.mjs.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type ImportIssue, RosterImportError } from '@trackmap/core';
import { readRoster } from '@trackmap/core/node';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/paths.js';

interface Expected {
  folder: string;
  code: string;
  level: 'error' | 'warning';
  file: string;
  line: number;
  column: string | null;
}

const cases = JSON.parse(readFileSync(repo('data-samples/malformed/expected.json'), 'utf8')) as Expected[];

function position(issue: ImportIssue) {
  return {
    code: issue.code,
    level: issue.level,
    file: basename(issue.source ?? ''),
    line: issue.line,
    column: issue.column ?? null,
  };
}

describe('malformed samples', () => {
  it('cover every case listed in the README', () => {
    expect(cases.length).toBe(12);
  });

  it.each(cases)('$folder → $code at $file:$line:$column ($level)', async (c) => {
    const dir = repo(`data-samples/malformed/${c.folder}`);
    const want = { code: c.code, level: c.level, file: c.file, line: c.line, column: c.column };
    if (c.level === 'error') {
      const error = await readRoster({ dir }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RosterImportError);
      const errors = (error as RosterImportError).issues.filter((i) => i.level === 'error');
      expect(errors.map(position)).toEqual([want]);
    } else {
      const { issues, roster } = await readRoster({ dir });
      // exactly the planted problem, nothing else
      expect(issues.map(position)).toEqual([want]);
      for (const f of roster.files) expect(f.rowsRead).toBe(f.rowsUsed + f.rowsSkipped);
    }
  });

  it('strict mode turns the planted warning into a failed import', async () => {
    const error = await readRoster({ dir: repo('data-samples/malformed/self-tie') }, { onInvalidRow: 'throw' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RosterImportError);
    expect((error as RosterImportError).issues.map((i) => i.code)).toEqual(['CSV_SELF_TIE']);
  });

  it('Windows-1252 names are decoded correctly', async () => {
    const { roster } = await readRoster({ dir: repo('data-samples/malformed/windows-1252') });
    const names = roster.people.map((p) => p.name);
    expect(names).toContain('Zoë Mürvik');
    expect(names).toContain('François Lévaro');
  });

  it('a missing people file is an error naming the folder', async () => {
    const error = await readRoster({ dir: repo('data-samples/malformed') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterImportError);
    expect((error as RosterImportError).issues[0]?.code).toBe('CSV_MISSING_FILE');
  });
});
