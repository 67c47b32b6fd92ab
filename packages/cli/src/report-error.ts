/**
 * One place that turns errors into what the user reads, and into the exit code:
 * 0 ok, 1 data error (the roster could not be imported or analysed), 2 usage error
 * (bad command line or option). Known `TrackmapError`s print short lines with
 * `file:line:column`; anything else is a bug in trackmap and prints its stack.
 */

import { plural, RosterImportError, TrackmapError } from '@trackmap/core';

export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;

/** A malformed command line: an unknown value, a missing argument, a flag out of range. Exit 2. */
export class UsageError extends TrackmapError {
  declare readonly code: 'USAGE';
  constructor(message: string) {
    super('USAGE', message);
    this.name = 'UsageError';
  }
}

export function reportError(error: unknown, write: (text: string) => void): number {
  if (error instanceof UsageError) {
    write(`trackmap: ${error.message}\nRun "trackmap --help" for usage.\n`);
    return EXIT_USAGE;
  }
  if (error instanceof RosterImportError) {
    const errors = error.issues.filter((i) => i.level === 'error');
    const warnings = error.issues.filter((i) => i.level === 'warning');
    const lines = errors.map((i) => `error ${i.code} ${i.message}${i.hint ? `\n  → ${i.hint}` : ''}`);
    if (errors.length === 0) {
      // strict mode: warnings were promoted
      lines.push(...warnings.map((i) => `error ${i.code} ${i.message}${i.hint ? `\n  → ${i.hint}` : ''}`));
      lines.push(`${plural(warnings.length, 'problem')} stopped the import (--strict). Nothing was written.`);
    } else {
      if (warnings.length > 0) lines.push(`(${plural(warnings.length, 'warning')} too; fix the errors first)`);
      lines.push(`${plural(errors.length, 'error')}: the roster was not imported and nothing was written.`);
    }
    write(`${lines.join('\n')}\n`);
    return EXIT_DATA;
  }
  if (error instanceof TrackmapError) {
    write(`error ${error.code} ${error.message}\n`);
    return error.code === 'INVALID_OPTION' ? EXIT_USAGE : EXIT_DATA;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  write(`trackmap: unexpected internal error (please report it with the command you ran):\n${stack}\n`);
  return EXIT_DATA;
}
