/**
 * Writing the outputs of `trackmap analyze` (Node only)
 * =====================================================
 *
 * Serialises with the pure exporters of the core and writes every file into one folder through
 * `writeOutputFiles` (output-files.ts): the large outputs (people-metrics.csv, paths.csv,
 * paths.json, graph.json, graph.gexf, graph.graphml) are streamed piece by piece, never built as
 * one string, and the set is put in place only when every file is written, so a failure leaves
 * the previous outputs as they were. `map.html` (export/map-html.ts) is written only when the
 * viewer's one-file build is given and the graph has at most MAP_MAX_LINKS links.
 */

import type { Analysis } from '../analysis/analyze.js';
import type { ImportIssue } from '../errors.js';
import { graphGexfChunks } from '../export/gexf.js';
import { graphJsonChunks } from '../export/graph-json.js';
import { graphGraphmlChunks } from '../export/graphml.js';
import { importIssuesCsv } from '../export/import-issues.js';
import { mapHtmlChunks, mapNotWrittenReason } from '../export/map-html.js';
import { type EventNames, pathsCsvChunks, pathsJsonChunks } from '../export/paths.js';
import { peopleMetricsCsvChunks } from '../export/people-metrics.js';
import { rostersCsv } from '../export/rosters-csv.js';
import { type MarkdownReportOptions, markdownReport } from '../report/markdown.js';
import type { RosterGraph } from '../types.js';
import { type OutputContent, writeOutputFiles } from './output-files.js';

/** The files `analyze` writes into its output folder, in order (map.html only up to MAP_MAX_LINKS links). */
export const ANALYSIS_FILES = [
  'people-metrics.csv',
  'summary.json',
  'report.md',
  'import-issues.csv',
  'paths.csv',
  'paths.json',
  'rosters.csv',
  'homophily.json',
  'graph.json',
  'graph.gexf',
  'graph.graphml',
  'map.html',
] as const;

/**
 * What {@link writeAnalysis} writes: the graph, the analysis, the import issues, the title and what
 * pseudonymisation kept.
 */
export interface WriteAnalysisInput {
  graph: RosterGraph;
  analysis: Analysis;
  issues: readonly ImportIssue[];
  title?: string;
  /** Event id → name, to show events by name in paths.csv (e.g. from `roster.events`). */
  eventNames?: EventNames;
  /** Set when the roster was pseudonymised: the columns kept and dropped, and the values shown, for the report. */
  pseudonymized?: MarkdownReportOptions['pseudonymized'];
  /**
   * The text of the single-file viewer (`trackmap-viewer.html`) that map.html is made from;
   * without it (or above `MAP_MAX_LINKS` links) map.html is not written, and the report's
   * file list says why.
   */
  mapTemplate?: string;
}

/**
 * Writes the analysis files into `outDir` (created if needed), all or nothing; returns their paths.
 *
 * @throws OutputWriteError (code `OUTPUT_WRITE`) naming the file and the cause when a file cannot
 * be written; `outDir` then holds exactly what it held before.
 */
export async function writeAnalysis(outDir: string, input: WriteAnalysisInput): Promise<string[]> {
  const { graph, analysis, issues } = input;
  const mapSkipped = mapNotWrittenReason(graph, input.mapTemplate);
  const written = ANALYSIS_FILES.filter((name) => name !== 'map.html' || mapSkipped === null);
  // Each text is produced when its file is written (a function), the large ones in pieces.
  const contents: Record<(typeof ANALYSIS_FILES)[number], () => OutputContent> = {
    'people-metrics.csv': () =>
      peopleMetricsCsvChunks(
        graph,
        analysis.people,
        analysis.summary.roster.files.find((f) => f.kind === 'people')?.extraColumns,
      ),
    'summary.json': () => `${JSON.stringify(analysis.summary, null, 2)}\n`,
    'report.md': () =>
      markdownReport(graph, analysis, issues, {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.pseudonymized ? { pseudonymized: input.pseudonymized } : {}),
        ...(input.eventNames ? { eventNames: input.eventNames } : {}),
        files: [...written],
        ...(mapSkipped !== null ? { filesNotWritten: [{ file: 'map.html', reason: mapSkipped }] } : {}),
      }),
    'import-issues.csv': () => importIssuesCsv(issues),
    'paths.csv': () => pathsCsvChunks(graph, analysis.routes, input.eventNames ? { eventNames: input.eventNames } : {}),
    'paths.json': () => pathsJsonChunks(analysis.routes),
    'rosters.csv': () => rostersCsv(analysis.homophily.rosters),
    'homophily.json': () =>
      `${JSON.stringify({ eiIndex: analysis.homophily.details, coverage: analysis.homophily.coverage, communities: analysis.homophily.communities }, null, 1)}\n`,
    'graph.json': () => graphJsonChunks(graph),
    'graph.gexf': () => graphGexfChunks(graph),
    'graph.graphml': () => graphGraphmlChunks(graph),
    'map.html': () => mapHtmlChunks(input.mapTemplate ?? '', graph),
  };
  return writeOutputFiles(
    outDir,
    written.map((name) => ({ name, content: contents[name] })),
  );
}
