/**
 * Import issues
 * =============
 *
 * Every problem the importer finds becomes one `ImportIssue`: a stable `code`, a level
 * (`error` stops the import, `warning` skips a row or drops a value), a position as an editor
 * shows it (`people.csv:14:weight`), and what was done about it. Nothing is dropped without
 * an issue that says so. The table of codes and levels is in docs/roster-format.md.
 */

import {
  type CsvIssueCode,
  type CsvPosition,
  formatPosition,
  type ImportIssue,
  type IssueAction,
  type IssueLevel,
} from '../errors.js';

// The issue's shape sits with the error codes (errors.ts), which RosterImportError carries.
export type { ImportIssue, IssueAction, IssueLevel };

/** Builds an issue, formatting the message from the position. */
export function makeIssue(
  code: CsvIssueCode,
  level: IssueLevel,
  action: IssueAction,
  detail: string,
  position: CsvPosition & { value?: string; hint?: string },
): ImportIssue {
  const issue: ImportIssue = {
    code,
    level,
    action,
    detail,
    message: `${formatPosition(position)}: ${detail}`,
  };
  if (position.source !== undefined) issue.source = position.source;
  if (position.line !== undefined) issue.line = position.line;
  if (position.column !== undefined) issue.column = position.column;
  if (position.columnIndex !== undefined) issue.columnIndex = position.columnIndex;
  if (position.value !== undefined) issue.value = position.value;
  if (position.hint !== undefined) issue.hint = position.hint;
  return issue;
}

/** Orders issues by file, then line, then column index, errors first on ties. */
export function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  return [...issues].sort(
    (a, b) =>
      (a.source ?? '').localeCompare(b.source ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.columnIndex ?? -1) - (b.columnIndex ?? -1) ||
      (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1),
  );
}
