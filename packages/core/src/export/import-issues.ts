/** `import-issues.csv`: every warning (or error) with its code, position and what was done. */

import type { ImportIssue } from '../import/issues.js';
import { toCsv } from './csv.js';

/** import-issues.csv: every import issue with its file, line, column, action and hint. */
export function importIssuesCsv(issues: readonly ImportIssue[]): string {
  return toCsv(
    issues.map((i) => ({ ...i, file: i.source })),
    ['level', 'code', 'file', 'line', 'column', 'value', 'action', 'detail', 'hint'],
  );
}
