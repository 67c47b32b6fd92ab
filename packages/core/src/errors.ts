/**
 * trackmap errors
 * ===============
 *
 * One hierarchy with stable codes. Callers (and tests) branch on `code` or on
 * `instanceof`, never on the message text, which may be reworded.
 *
 *   TrackmapError (code)
 *   ├── RosterImportError   IMPORT_FAILED  every issue of a failed import, with positions
 *   ├── InvalidOptionError  INVALID_OPTION an option outside its range: names it and the range
 *   ├── InvalidGraphError   INVALID_GRAPH  a graph shape an algorithm does not support
 *   ├── ConvergenceError    CONVERGENCE    a power iteration ran out of iterations
 *   ├── UsageError          USAGE          (CLI) a malformed command line; exit 2
 *   ├── OpenError           OPEN_FAILED    (viewer) a roster could not be opened
 *   ├── KeyError            INVALID_KEY    (viewer) text that is not a pseudonymisation key
 *   └── OutputWriteError    OUTPUT_WRITE   (node) an output file or folder that cannot be written
 *
 * Plain `TrackmapError`s carry the codes that need no fields of their own (`UNKNOWN_PERSON`,
 * `NO_DECISION_MAKERS`, …). An error that is not a `TrackmapError` is a bug in trackmap.
 */

/** Codes of problems found while importing a roster. See docs/roster-format.md. */
export type CsvIssueCode =
  | 'CSV_SYNTAX'
  | 'CSV_MISSING_FILE'
  | 'CSV_MISSING_COLUMN'
  | 'CSV_DUPLICATE_COLUMN'
  | 'CSV_DUPLICATE_ID'
  | 'CSV_RESERVED_ID'
  | 'CSV_RAGGED_ROW'
  | 'CSV_MISSING_ID'
  | 'CSV_UNKNOWN_NODE'
  | 'CSV_BAD_NUMBER'
  | 'CSV_OUT_OF_RANGE'
  | 'CSV_SELF_TIE'
  | 'CSV_DUPLICATE_TIE'
  | 'CSV_BAD_BOOLEAN'
  | 'CSV_BAD_DATE'
  | 'CSV_UNKNOWN_TRACK'
  | 'CSV_RESERVED_COLUMN'
  | 'CSV_ENCODING'
  | 'CSV_EMPTY_FILE'
  | 'CSV_LARGE_EVENT'
  | 'CSV_TOO_LARGE'
  | 'CSV_UNKNOWN_COLUMN'
  | 'CSV_AMBIGUOUS_FILE'
  | 'CSV_NUMBER_TOO_LARGE'
  | 'CSV_INVALID_ID'
  | 'CSV_CONTROL_CHARACTER'
  | 'CSV_UNICODE_FORM'
  | 'CSV_REPEATED_HEADER'
  | 'CSV_RAGGED_FILE'
  | 'CSV_UNREAD_FILE'
  | 'CSV_RULE_NO_MATCH';

/** Every code a `TrackmapError` can carry: the import's codes and the others. Stable across versions. */
export type TrackmapErrorCode =
  | CsvIssueCode
  | 'INVALID_GRAPH'
  | 'INVALID_OPTION'
  | 'CONVERGENCE'
  | 'IMPORT_FAILED'
  | 'UNKNOWN_PERSON'
  | 'UNKNOWN_EVENT'
  | 'NO_DECISION_MAKERS'
  | 'NO_ROUTE'
  | 'USAGE'
  | 'OPEN_FAILED'
  | 'INVALID_KEY'
  | 'OUTPUT_WRITE';

/** Base class of every error trackmap throws on purpose. */
export class TrackmapError extends Error {
  readonly code: TrackmapErrorCode;

  constructor(code: TrackmapErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TrackmapError';
    this.code = code;
  }
}

/** Where in which file a problem is, as a text editor shows it. */
export interface CsvPosition {
  /** File name as the user gave it (e.g. `people.csv`), if known. */
  source?: string;
  /** 1-based line, counting the physical lines of the file (multi-line cells count fully). */
  line?: number;
  /** Header name of the column, as written in the file. */
  column?: string;
  /** 0-based index of the column in the row. */
  columnIndex?: number;
}

/** `error` stops the import; `warning` skips a row or drops a value. */
export type IssueLevel = 'error' | 'warning';

/** What the importer did with the row or value. */
export type IssueAction =
  | 'import-stopped'
  | 'row-skipped'
  | 'value-dropped'
  | 'value-kept'
  | 'value-changed'
  | 'column-renamed'
  | 'file-not-read'
  | 'none';

/** One problem the importer found: code, level, position, and what was done about it. */
export interface ImportIssue extends CsvPosition {
  code: CsvIssueCode;
  level: IssueLevel;
  action: IssueAction;
  /** Full message, starting with the position: `ties.csv:7:weight: expected a number, got "three"`. */
  message: string;
  /** The message without the position. */
  detail: string;
  /** The offending cell, when there is one. */
  value?: string;
  /** What the user can do about it. */
  hint?: string;
}

/** Formats `people.csv:14:weight` from whatever parts of a position are known. */
export function formatPosition(position: CsvPosition): string {
  const parts: string[] = [position.source ?? '<input>'];
  if (position.line !== undefined) parts.push(String(position.line));
  if (position.column !== undefined && position.line !== undefined) parts.push(position.column);
  return parts.join(':');
}

/**
 * The import found errors. Carries every issue found (errors and warnings), so a caller
 * can show them all at once instead of one per run.
 */
export class RosterImportError extends TrackmapError {
  readonly issues: readonly ImportIssue[];

  constructor(issues: readonly ImportIssue[]) {
    const errors = issues.filter((issue) => issue.level === 'error');
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
    super('IMPORT_FAILED', first ? `${first.message}${more}` : 'import failed');
    this.name = 'RosterImportError';
    this.issues = issues;
  }
}

/** The graph has a shape an algorithm does not support (e.g. multi or mixed graph). */
export class InvalidGraphError extends TrackmapError {
  constructor(message: string) {
    super('INVALID_GRAPH', message);
    this.name = 'InvalidGraphError';
  }
}

/** An option has a value outside what it accepts. The message names the option and the expected value. */
export class InvalidOptionError extends TrackmapError {
  readonly option: string;
  constructor(option: string, expected: string, got: unknown) {
    super('INVALID_OPTION', `option "${option}": expected ${expected}, got ${JSON.stringify(got)}`);
    this.name = 'InvalidOptionError';
    this.option = option;
  }
}

/** A power iteration did not converge within its budget (NetworkX `PowerIterationFailedConvergence`). */
export class ConvergenceError extends TrackmapError {
  readonly iterations: number;
  readonly tolerance: number;
  constructor(algorithm: string, iterations: number, tolerance: number) {
    super(
      'CONVERGENCE',
      `${algorithm} did not converge within ${iterations} iterations (tolerance ${tolerance}); raise maxIterations or tolerance`,
    );
    this.name = 'ConvergenceError';
    this.iterations = iterations;
    this.tolerance = tolerance;
  }
}
