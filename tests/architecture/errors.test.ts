/**
 * One error hierarchy: every error class trackmap declares, in the core, the CLI or the viewer,
 * extends `TrackmapError` (directly or through another one) and carries a stable `code`. A plain
 * `class XError extends Error` anywhere fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ConvergenceError,
  InvalidGraphError,
  InvalidOptionError,
  RosterImportError,
  TrackmapError,
} from '@trackmap/core';
import { describe, expect, it } from 'vitest';
import { OpenError } from '../../apps/viewer/src/data/open-error.js';
import { KeyError } from '../../apps/viewer/src/export/key.js';
import { EXIT_USAGE, reportError, UsageError } from '../../packages/cli/src/report-error.js';
import { OutputWriteError } from '../../packages/core/src/node/output-files.js';
import { repo } from '../helpers/paths.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

describe('one error hierarchy', () => {
  const declared = ['packages/core/src', 'packages/cli/src', 'apps/viewer/src'].flatMap((root) =>
    sources(repo(root)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/class\s+(\w+)\s+extends\s+(\w+)/g)].map((m) => ({
        file: relative(repo('.'), file),
        name: m[1] as string,
        base: m[2] as string,
      })),
    ),
  );
  const errorClasses = declared.filter(
    (c) => c.name !== 'TrackmapError' && (/Error$/.test(c.name) || /Error$/.test(c.base)),
  );

  it('every error class extends TrackmapError, directly or through another trackmap error', () => {
    const names = new Set(errorClasses.map((c) => c.name));
    const outside = errorClasses.filter((c) => c.base !== 'TrackmapError' && !names.has(c.base));
    expect(outside.map((c) => `${c.file}: ${c.name} extends ${c.base}`)).toEqual([]);
    expect(errorClasses.map((c) => c.name).sort()).toEqual([
      'ConvergenceError',
      'InvalidGraphError',
      'InvalidOptionError',
      'KeyError',
      'OpenError',
      'OutputWriteError',
      'RosterImportError',
      'UsageError',
    ]);
  });

  it('each class has its own stable code and name', () => {
    const errors = [
      new RosterImportError([]),
      new InvalidOptionError('runs', 'an integer ≥ 1', 0),
      new InvalidGraphError('mixed graph'),
      new ConvergenceError('pagerank', 100, 1e-6),
      new UsageError('--person is required'),
      new OpenError('cancelled', []),
      new KeyError('too short'),
      new OutputWriteError('out/paths.csv', Object.assign(new Error('is a folder'), { code: 'EISDIR' })),
    ];
    for (const e of errors) expect(e).toBeInstanceOf(TrackmapError);
    expect(errors.map((e) => [e.name, e.code])).toEqual([
      ['RosterImportError', 'IMPORT_FAILED'],
      ['InvalidOptionError', 'INVALID_OPTION'],
      ['InvalidGraphError', 'INVALID_GRAPH'],
      ['ConvergenceError', 'CONVERGENCE'],
      ['UsageError', 'USAGE'],
      ['OpenError', 'OPEN_FAILED'],
      ['KeyError', 'INVALID_KEY'],
      ['OutputWriteError', 'OUTPUT_WRITE'],
    ]);
  });

  it('a UsageError is still reported as a usage error (exit 2), now that it is a TrackmapError', () => {
    let text = '';
    expect(reportError(new UsageError('--k: expected an integer ≥ 1, got "0"'), (s) => (text += s))).toBe(EXIT_USAGE);
    expect(text).toBe('trackmap: --k: expected an integer ≥ 1, got "0"\nRun "trackmap --help" for usage.\n');
  });
});
