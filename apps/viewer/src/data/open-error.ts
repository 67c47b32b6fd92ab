/** Why a roster could not be opened in the viewer (its own module: no DOM types needed). */

import { type ImportIssue, TrackmapError } from '@trackmap/core';

/** The roster could not be opened: the message, and every import issue when there are any. */
export class OpenError extends TrackmapError {
  declare readonly code: 'OPEN_FAILED';
  readonly issues: readonly ImportIssue[];
  constructor(message: string, issues: readonly ImportIssue[]) {
    super('OPEN_FAILED', message);
    this.name = 'OpenError';
    this.issues = issues;
  }
}
