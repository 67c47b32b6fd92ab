/**
 * `report.md`: the readable report
 * ================================
 *
 * Plain Markdown that reads well in any viewer (GitHub, VS Code, a Markdown-to-PDF tool):
 * tables, and bar charts drawn with Unicode block characters inside code blocks, so no
 * image files, scripts or remote services are needed. Names and every other roster value are
 * data, never markup: they are escaped before they go into the report.
 *
 * The report is its sections in order, one function each in `sections/` (pure: the analysis in,
 * lines out, none when a section has nothing to say); every number, percentage and name in them
 * is written by `format.ts`.
 */

import type { Analysis } from '../analysis/analyze.js';
import type { ImportIssue } from '../import/issues.js';
import type { RosterGraph } from '../types.js';
import { accessSection } from './sections/access.js';
import { asymmetrySection } from './sections/asymmetry.js';
import { brokersSection } from './sections/brokers.js';
import { diversitySection } from './sections/diversity.js';
import { filesSection } from './sections/files.js';
import { headlineSection } from './sections/headline.js';
import { homophilySection } from './sections/homophily.js';
import { importFindingsSection } from './sections/import-findings.js';
import { measuresSection } from './sections/measures.js';
import { pseudonymisedSection } from './sections/pseudonymised.js';
import { rosterSection } from './sections/roster.js';
import { routesSection } from './sections/routes.js';
import type { MarkdownReportOptions, ReportSection } from './sections/section.js';
import { structureSection } from './sections/structure.js';
import { suggestionsSection } from './sections/suggestions.js';
import { transferSection } from './sections/transfer.js';
import { turnoverSection } from './sections/turnover.js';

export type { MarkdownReportOptions } from './sections/section.js';

/** The sections of `report.md`, in the order they appear. */
const SECTIONS: readonly ReportSection[] = [
  headlineSection,
  pseudonymisedSection,
  rosterSection,
  importFindingsSection,
  accessSection,
  // the next four only when the roster has decision-makers
  asymmetrySection,
  brokersSection,
  routesSection,
  transferSection,
  diversitySection,
  homophilySection,
  turnoverSection,
  suggestionsSection,
  measuresSection,
  structureSection,
  filesSection,
];

/** Renders the report. Pure: same input, same text (no timestamps). */
export function markdownReport(
  graph: RosterGraph,
  analysis: Analysis,
  issues: readonly ImportIssue[],
  options: MarkdownReportOptions = {},
): string {
  const report = { graph, analysis, issues, options, top: options.top ?? 10, maxRows: options.maxRows ?? 30 };
  return SECTIONS.flatMap((section) => section(report)).join('\n');
}
