/**
 * Writing the outputs of `trackmap analyze` (Node only)
 * =====================================================
 *
 * Serialises with the pure exporters of the core and writes every file into one folder.
 * All texts are produced first and written only if every serialiser succeeded, so a failure
 * never leaves half a set of outputs.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { graphGexf } from '../export/gexf.js';
import { graphJson } from '../export/graph-json.js';
import { graphGraphml } from '../export/graphml.js';
import { importIssuesCsv } from '../export/import-issues.js';
import { pathsCsv, pathsJson } from '../export/paths.js';
import { peopleMetricsCsv } from '../export/people-metrics.js';
import { rostersCsv } from '../export/rosters-csv.js';
import type { Analysis, ImportIssue, RosterGraph } from '../index.js';
import { type MarkdownReportOptions, markdownReport } from '../report/markdown.js';

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
] as const;

export interface WriteAnalysisInput {
  graph: RosterGraph;
  analysis: Analysis;
  issues: readonly ImportIssue[];
  title?: string;
  /** Set when the roster was pseudonymised: the columns kept and dropped, and the values shown, for the report. */
  pseudonymized?: MarkdownReportOptions['pseudonymized'];
}

/** Writes the analysis files into `outDir` (created if needed); returns their paths. */
export async function writeAnalysis(outDir: string, input: WriteAnalysisInput): Promise<string[]> {
  const { graph, analysis, issues } = input;
  const texts: Record<(typeof ANALYSIS_FILES)[number], string> = {
    'people-metrics.csv': peopleMetricsCsv(
      graph,
      analysis.people,
      analysis.summary.roster.files.find((f) => f.kind === 'people')?.extraColumns,
    ),
    'summary.json': `${JSON.stringify(analysis.summary, null, 2)}\n`,
    'report.md': markdownReport(graph, analysis, issues, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.pseudonymized ? { pseudonymized: input.pseudonymized } : {}),
      files: [...ANALYSIS_FILES],
    }),
    'import-issues.csv': importIssuesCsv(issues),
    'paths.csv': pathsCsv(graph, analysis.routes),
    'paths.json': pathsJson(analysis.routes),
    'rosters.csv': rostersCsv(analysis.homophily.rosters),
    'homophily.json': `${JSON.stringify({ eiIndex: analysis.homophily.details, communities: analysis.homophily.communities }, null, 1)}\n`,
    'graph.json': graphJson(graph),
    'graph.gexf': graphGexf(graph),
    'graph.graphml': graphGraphml(graph),
  };
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const name of ANALYSIS_FILES) {
    const path = join(outDir, name);
    await writeFile(path, texts[name], 'utf8');
    written.push(path);
  }
  return written;
}
