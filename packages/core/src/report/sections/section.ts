/**
 * What every section of `report.md` is given, and what it returns: the lines of its Markdown
 * (each paragraph, table or chart followed by an empty line), or none when it has nothing to
 * say. A section is pure: the same input gives the same lines.
 */

import type { Analysis } from '../../analysis/analyze.js';
import type { ImportIssue } from '../../import/issues.js';
import type { KeptColumnValues } from '../../privacy/pseudonymize.js';
import type { RosterGraph } from '../../types.js';

/** Options of {@link markdownReport}: title, rows per table and the files to list. */
export interface MarkdownReportOptions {
  /** Title shown at the top (e.g. the roster folder's name). */
  title?: string;
  /** How many people to list per measure (and per ranking). @defaultValue 10 */
  top?: number;
  /**
   * Most rows of a list that is not a ranking (communities, rounds); the rest are counted in a
   * line that says where the full list is. @defaultValue 30
   */
  maxRows?: number;
  /** Output files to list at the end. */
  files?: string[];
  /** Output files left out, each with the reason (one line of trackmap's own words, no roster text), listed after {@link files}. */
  filesNotWritten?: { file: string; reason: string }[];
  /** Event id → name, to show events by name (with the id) in the routes. @defaultValue ids only */
  eventNames?: ReadonlyMap<string, string>;
  /**
   * Set when the roster was pseudonymised: the columns kept and dropped, and the distinct values
   * of every kept categorical column (listed for the user to check before sharing).
   */
  pseudonymized?: { kept: string[]; dropped: string[]; values?: readonly KeptColumnValues[] };
}

/** The input of every section: the analysed graph, its analysis, the import issues and the options. */
export interface ReportInput {
  graph: RosterGraph;
  analysis: Analysis;
  issues: readonly ImportIssue[];
  options: MarkdownReportOptions;
  /** How many people a table lists (`options.top`, 10 by default). */
  top: number;
  /** Most rows of a long list (`options.maxRows`, 30 by default). */
  maxRows: number;
}

/** One section of the report: its Markdown lines. */
export type ReportSection = (report: ReportInput) => string[];
