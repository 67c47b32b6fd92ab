/**
 * `trackmap analyze <roster> [--out DIR]`: import, measure, write the reports.
 * Calls the exported API only; no analysis happens here.
 */

import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  ANALYSIS_STEPS,
  type Analysis,
  type AnalyzeOptions,
  assignPersonMetrics,
  formatPercentTight,
  type ImportIssue,
  parseRoster,
  plural,
  pseudonymizeRoster,
  TrackmapError,
} from '@trackmap/core';
import {
  checkOutputFolder,
  mapNotWrittenReason,
  runTasksOnThreads,
  type ThreadOptions,
  writeAnalysis,
} from '@trackmap/core/node';
import { finishAnalysis, planAnalysis } from '@trackmap/core/parallel';
import { findAsset, SINGLE_FILE_VIEWER, VIEWER_PLACES } from '../assets.js';
import type { CliIo } from '../io.js';
import { createProgress, READ_STEP, WRITE_STEP } from '../progress.js';
import { UsageError } from '../report-error.js';
import { importOptions, type RosterFlags, readRosterFromFlags } from './roster-input.js';

type Analyze = Required<AnalyzeOptions>;

/** The flags of `analyze` (options.ts `ANALYZE_OPTIONS`), typed as the analysis options they set. */
export interface AnalyzeCommandOptions extends RosterFlags {
  out: string;
  seed: Analyze['seed'];
  resolution: Analyze['resolution'];
  communityRuns: Analyze['communityRuns'];
  k: Analyze['routesPerPerson'];
  transferRuns: Analyze['transferRuns'];
  permutations: Analyze['permutations'];
  reference?: string;
  json?: boolean;
  quiet?: boolean;
  threads?: ThreadOptions['threads'];
  approximate?: boolean;
  exact?: boolean;
  epsilon: Analyze['epsilon'];
  delta: Analyze['delta'];
}

/** The step of reading `--reference`. */
const REFERENCE_STEP = 'reading the reference people file';

/** `--approximate` / `--exact` → the `approximate` option of planAnalysis. */
export function approximationMode(options: { approximate?: boolean; exact?: boolean }): boolean | 'auto' {
  if (options.approximate && options.exact) throw new UsageError('--approximate and --exact exclude each other');
  return options.approximate ? true : options.exact ? false : 'auto';
}

export async function analyzeCommand(
  roster: string | undefined,
  options: AnalyzeCommandOptions,
  io: CliIo,
): Promise<number> {
  const approximate = approximationMode(options);
  // A folder that cannot take the outputs fails now, not after the analysis.
  await checkOutputFolder(options.out);
  const steps = [
    READ_STEP,
    ...(options.reference !== undefined ? [REFERENCE_STEP] : []),
    ...ANALYSIS_STEPS.map((s) => s.title),
    WRITE_STEP,
  ];
  const progress = createProgress(io.stderr, !options.quiet && !options.json, steps);
  let analysis: Analysis;
  let files: string[];
  let title: string;
  let imported: Awaited<ReturnType<typeof readRosterFromFlags>>['imported'];
  let mapTemplate: string | undefined;
  try {
    progress.step(READ_STEP);
    const input = await readRosterFromFlags('analyze', roster, options, { write: progress.message });
    ({ imported, title } = input);
    const { privacy } = input;
    // A reference population for the diversity distances, read like a people file.
    if (options.reference !== undefined) progress.step(REFERENCE_STEP);
    const reference =
      options.reference !== undefined
        ? parseRoster(
            { people: { name: options.reference, bytes: await readReference(options.reference) } },
            importOptions(options),
          )
        : undefined;
    if (reference && privacy) {
      reference.roster = pseudonymizeRoster(reference.roster, { key: privacy.key }).roster;
    }
    const plan = planAnalysis(imported, {
      seed: options.seed,
      resolution: options.resolution,
      communityRuns: options.communityRuns,
      routesPerPerson: options.k,
      transferRuns: options.transferRuns,
      permutations: options.permutations,
      reference: reference?.roster.people ?? null,
      approximate,
      epsilon: options.epsilon,
      delta: options.delta,
      onProgress: progress.analysis,
    });
    analysis = finishAnalysis(plan, await runTasksOnThreads(plan, { threads: options.threads }));
    assignPersonMetrics(imported.graph, analysis.people);
    progress.step(WRITE_STEP);
    mapTemplate = await readMapTemplate();
    files = await writeAnalysis(options.out, {
      graph: imported.graph,
      analysis,
      issues: imported.issues,
      title,
      eventNames: new Map(imported.roster.events.map((e) => [e.id, e.name])),
      ...(privacy ? { pseudonymized: { kept: privacy.kept, dropped: privacy.dropped, values: privacy.values } } : {}),
      ...(mapTemplate !== undefined ? { mapTemplate } : {}),
    });
  } finally {
    progress.stop();
  }

  if (options.json) {
    io.stdout.write(`${JSON.stringify({ out: resolve(options.out), files, summary: analysis.summary }, null, 2)}\n`);
  } else {
    const s = analysis.summary;
    const a = s.access;
    io.stdout.write(
      [
        `Analysed ${title}: ${s.roster.people} people (${a.decisionMakers} decision-makers), ${s.graph.links} links, ${s.graph.communities} communities.`,
        a.participants > 0 && a.decisionMakers > 0
          ? `Access: ${formatPercentTight(a.shareWithin1)} of participants are 1 step from a decision-maker, ${formatPercentTight(a.shareWithin2)} within 2, ${formatPercentTight(a.shareUnreachable)} have no path.`
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
  const mapSkipped = mapNotWrittenReason(imported.graph, mapTemplate);
  if (mapSkipped !== null) io.stderr.write(`map.html not written: ${mapSkipped}.\n`);
  if (imported.issues.length > 0) io.stderr.write(warningDigest(imported.issues, options.out));
  return 0;
}

/** The single-file viewer that map.html is made from (the package's copy, or the checkout's build). */
async function readMapTemplate(): Promise<string | undefined> {
  const dir = findAsset(VIEWER_PLACES, SINGLE_FILE_VIEWER);
  return dir === undefined ? undefined : readFile(join(dir, SINGLE_FILE_VIEWER), 'utf8');
}

function warningDigest(issues: readonly ImportIssue[], out: string): string {
  // Files not read first: a whole file left out matters more than a row.
  const ordered = [
    ...issues.filter((i) => i.action === 'file-not-read'),
    ...issues.filter((i) => i.action !== 'file-not-read'),
  ];
  const shown = ordered.slice(0, 5).map((i) => `warning ${i.code} ${i.message}`);
  const more = issues.length > shown.length ? [`... ${issues.length - shown.length} more`] : [];
  return [
    ...shown,
    ...more,
    `${plural(issues.length, 'import warning')}: rows skipped or values dropped are listed in ${out}/import-issues.csv.`,
    '',
  ].join('\n');
}

async function readReference(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new TrackmapError(
      'CSV_MISSING_FILE',
      `${path}: cannot read the reference people file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      { cause: error },
    );
  }
}
