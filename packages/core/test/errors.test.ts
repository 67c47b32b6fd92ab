import { describe, expect, it } from 'vitest';
import {
  ConvergenceError,
  formatPosition,
  InvalidGraphError,
  InvalidOptionError,
  RosterImportError,
  TrackmapError,
} from '../src/errors.js';
import { makeIssue } from '../src/import/issues.js';

describe('formatPosition', () => {
  it.each([
    [{ source: 'people.csv', line: 14, column: 'weight' }, 'people.csv:14:weight'],
    [{ source: 'people.csv', line: 14 }, 'people.csv:14'],
    [{ source: 'people.csv', column: 'weight' }, 'people.csv'], // a column without a line is not shown
    [{}, '<input>'],
  ])('%j → %s', (position, expected) => {
    expect(formatPosition(position)).toBe(expected);
  });
});

describe('error classes', () => {
  it('RosterImportError keeps every issue, warnings included', () => {
    const issues = [
      makeIssue('CSV_SYNTAX', 'error', 'import-stopped', 'bad quote', { source: 'a.csv', line: 2 }),
      makeIssue('CSV_BAD_DATE', 'warning', 'value-dropped', 'bad date', { source: 'a.csv', line: 3 }),
      makeIssue('CSV_DUPLICATE_ID', 'error', 'import-stopped', 'dup', { source: 'b.csv', line: 4 }),
    ];
    const e = new RosterImportError(issues);
    expect(e).toBeInstanceOf(TrackmapError);
    expect(e.code).toBe('IMPORT_FAILED');
    expect(e.issues).toEqual(issues);
  });

  it('InvalidOptionError, InvalidGraphError and ConvergenceError have their codes', () => {
    const o = new InvalidOptionError('resolution', 'a finite number > 0', -1);
    expect([o.code, o.option]).toEqual(['INVALID_OPTION', 'resolution']);
    expect(new InvalidGraphError('x').code).toBe('INVALID_GRAPH');
    const c = new ConvergenceError('pagerank', 100, 1e-6);
    expect([c.code, c.iterations, c.tolerance]).toEqual(['CONVERGENCE', 100, 1e-6]);
    for (const err of [o, c]) expect(err).toBeInstanceOf(TrackmapError);
  });
});

describe('makeIssue', () => {
  it('builds the message from the position and keeps only given fields', () => {
    const i = makeIssue('CSV_BAD_NUMBER', 'warning', 'row-skipped', 'expected a number', {
      source: 'ties.csv',
      line: 7,
      column: 'weight',
    });
    expect(i).toEqual({
      code: 'CSV_BAD_NUMBER',
      level: 'warning',
      action: 'row-skipped',
      detail: 'expected a number',
      message: 'ties.csv:7:weight: expected a number',
      source: 'ties.csv',
      line: 7,
      column: 'weight',
    });
  });
});
