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

/** Where an issue is, within a file whose name the sink already knows, and what to tell the user. */
export interface IssueAt {
  line?: number;
  column?: string;
  columnIndex?: number;
  /** The offending cell, when there is one. */
  value?: string;
  /** What the user can do about it. */
  hint?: string;
}

/**
 * The one place the importer's issues go. Each kind of outcome has its verb, so a call says what
 * happens to the row: `stop` (an error: the import stops), `skip` (a warning: the row is skipped,
 * and the file's `rowsSkipped` counted with it, so `rowsRead = rowsUsed + rowsSkipped` cannot
 * drift), `drop` (a warning: one value dropped), `keep` (a warning: the value kept as written),
 * `rename` (a warning: a column kept under another name) and `note` (a warning, nothing changed).
 */
export class IssueSink {
  readonly issues: ImportIssue[] = [];

  /** Issues of one file, positioned in `source`; `onSkip` is called once per skipped row. */
  file(source: string, onSkip?: () => void): FileIssues {
    return new FileIssues(this, source, onSkip);
  }

  add(...issues: ImportIssue[]): void {
    this.issues.push(...issues);
  }

  hasErrors(): boolean {
    return this.issues.some((i) => i.level === 'error');
  }
}

/** The sink's verbs for one file (see {@link IssueSink}). */
export class FileIssues {
  constructor(
    private readonly sink: IssueSink,
    readonly source: string,
    private readonly onSkip?: () => void,
  ) {}

  private push(code: CsvIssueCode, level: IssueLevel, action: IssueAction, detail: string, at: IssueAt): void {
    this.sink.issues.push(makeIssue(code, level, action, detail, { source: this.source, ...at }));
  }

  /** An error: the import stops (after every file is read, so all errors are shown at once). */
  stop(code: CsvIssueCode, detail: string, at: IssueAt = {}): void {
    this.push(code, 'error', 'import-stopped', detail, at);
  }

  /** A warning: the row is skipped and counted in the file's `rowsSkipped`. */
  skip(code: CsvIssueCode, detail: string, at: IssueAt = {}): void {
    this.onSkip?.();
    this.push(code, 'warning', 'row-skipped', detail, at);
  }

  /** A warning: one value is dropped, the row kept. */
  drop(code: CsvIssueCode, detail: string, at: IssueAt = {}): void {
    this.push(code, 'warning', 'value-dropped', detail, at);
  }

  /** A warning: the value is kept as written. */
  keep(code: CsvIssueCode, detail: string, at: IssueAt = {}): void {
    this.push(code, 'warning', 'value-kept', detail, at);
  }

  /** A warning: the value is kept, changed as the message says (e.g. characters removed). */
  change(code: CsvIssueCode, detail: string, at: IssueAt = {}): void {
    this.push(code, 'warning', 'value-changed', detail, at);
  }

  /** A warning: a column is kept under another name. */
  rename(code: CsvIssueCode, detail: string, at: IssueAt = {}): void {
    this.push(code, 'warning', 'column-renamed', detail, at);
  }

  /** A warning that changes nothing (the user should know). */
  note(code: CsvIssueCode, detail: string, at: IssueAt = {}): void {
    this.push(code, 'warning', 'none', detail, at);
  }
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
