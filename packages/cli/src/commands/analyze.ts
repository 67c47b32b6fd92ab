/**
 * `trackmap analyze <roster> [--out DIR]`: import, measure, write the reports.
 * Calls the exported API only; no analysis happens here.
 */

import { resolve } from 'node:path';
import { analyzeRoster, type ImportIssue } from '@trackmap/core';
import { readRoster, rosterTitle, writeAnalysis } from '@trackmap/core/node';
import type { CliIo } from '../cli.js';
import { createProgress } from '../progress.js';
import { UsageError } from '../report-error.js';

export interface AnalyzeCommandOptions {
  out: string;
  people?: string;
  ties?: string;
  events?: string;
  attendance?: string;
  config?: string;
  column?: Record<string, Record<string, string>>;
  track?: Record<string, string>;
  decisionMakers?: { column: string; values: string[] };
  strict?: boolean;
  seed: number;
  resolution: number;
  json?: boolean;
  quiet?: boolean;
}

export async function analyzeCommand(
  roster: string | undefined,
  options: AnalyzeCommandOptions,
  io: CliIo,
): Promise<number> {
  if (roster === undefined && options.people === undefined) {
    throw new UsageError(
      'analyze: give a roster folder, e.g. "trackmap analyze data-samples/dialogue", or --people FILE',
    );
  }
  const location = {
    ...(roster !== undefined ? { dir: roster } : {}),
    ...pick(options, ['people', 'ties', 'events', 'attendance', 'config'] as const),
  };
  const imported = await readRoster(location, {
    ...(options.column ? { columns: options.column } : {}),
    ...(options.track ? { tracks: options.track } : {}),
    ...(options.decisionMakers ? { decisionMakers: options.decisionMakers } : {}),
    onInvalidRow: options.strict ? 'throw' : 'collect',
  });
  const progress = createProgress(io.stderr, !options.quiet && !options.json);
  let analysis: ReturnType<typeof analyzeRoster>;
  try {
    analysis = analyzeRoster(imported, {
      seed: options.seed,
      resolution: options.resolution,
      onProgress: (p) => progress.update(p),
    });
  } finally {
    progress.stop();
  }
  const title = rosterTitle(location);
  const files = await writeAnalysis(options.out, { graph: imported.graph, analysis, issues: imported.issues, title });

  if (options.json) {
    io.stdout.write(`${JSON.stringify({ out: resolve(options.out), files, summary: analysis.summary }, null, 2)}\n`);
  } else {
    const s = analysis.summary;
    const a = s.access;
    io.stdout.write(
      [
        `Analysed ${title}: ${s.roster.people} people (${a.decisionMakers} decision-makers), ${s.graph.links} links, ${s.graph.communities} communities.`,
        a.participants > 0 && a.decisionMakers > 0
          ? `Access: ${pct(a.shareWithin1)} of participants are 1 step from a decision-maker, ${pct(a.shareWithin2)} within 2, ${pct(a.shareUnreachable)} have no path.`
          : undefined,
        `Reports written to ${options.out}/:`,
        ...files.map((f) => `  ${f}`),
        `Open ${files.find((f) => f.endsWith('report.md'))} to read the report.`,
        '',
      ]
        .filter((l) => l !== undefined)
        .join('\n'),
    );
  }
  if (imported.issues.length > 0) io.stderr.write(warningDigest(imported.issues, options.out));
  return 0;
}

function pct(x: number): string {
  return `${Math.round(100 * x)}%`;
}

function warningDigest(issues: readonly ImportIssue[], out: string): string {
  const shown = issues.slice(0, 5).map((i) => `warning ${i.code} ${i.message}`);
  const more = issues.length > shown.length ? [`... ${issues.length - shown.length} more`] : [];
  return [
    ...shown,
    ...more,
    `${issues.length} import warning${issues.length === 1 ? '' : 's'}: rows skipped or values dropped are listed in ${out}/import-issues.csv.`,
    '',
  ].join('\n');
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
