/**
 * `trackmap compare <before> [after] [--at DATE] [--until DATE] [--rounds A,B]`: what changed
 * between two snapshots of a roster: two folders, or one roster cut at dates (or at the ends of
 * two rounds). Writes compare.md, compare.csv and compare.json.
 */

import { join } from 'node:path';
import {
  type AnalyzeOptions,
  assignPersonMetrics,
  buildPersonGraph,
  compareAnalyses,
  compareCsv,
  compareMarkdown,
  cutRoster,
  pseudonymizeRoster,
  type Roster,
  rosterRounds,
  TrackmapError,
} from '@trackmap/core';
import {
  checkOutputFolder,
  readRoster,
  runTasksOnThreads,
  type ThreadOptions,
  writeOutputFiles,
} from '@trackmap/core/node';
import { finishAnalysis, planAnalysis } from '@trackmap/core/parallel';
import type { CliIo } from '../io.js';
import { createProgress, type Progress, READ_STEP, WRITE_STEP } from '../progress.js';
import { UsageError } from '../report-error.js';
import {
  importOptions,
  PSEUDONYMISED_TITLE,
  pseudonymizeOptions,
  ROSTER_FILE_FLAGS,
  type RosterFlags,
  rosterLocation,
} from './roster-input.js';

/** The flags of `compare` (options.ts `COMPARE_OPTIONS`). */
export interface CompareCommandOptions extends RosterFlags {
  at?: string;
  until?: string;
  rounds?: string;
  out: string;
  json?: boolean;
  seed: Required<AnalyzeOptions>['seed'];
  threads?: ThreadOptions['threads'];
}

const BEFORE_STEP = 'analysing the earlier snapshot';
const AFTER_STEP = 'analysing the later snapshot';
const COMPARE_STEP = 'comparing';
const COMPARE_STEPS = [READ_STEP, BEFORE_STEP, AFTER_STEP, COMPARE_STEP, WRITE_STEP];

async function snapshot(roster: Roster, seed: number, threads: number | undefined, progress: Progress) {
  const graph = buildPersonGraph(roster);
  const plan = planAnalysis(
    { roster, graph, issues: [] },
    { seed, transferRuns: 0, onProgress: (p) => progress.tick(p.done, p.total, 'analysis steps') },
  );
  const { people } = finishAnalysis(plan, await runTasksOnThreads(plan, { threads }));
  assignPersonMetrics(graph, people);
  return { roster, graph, people };
}

export async function compareCommand(
  before: string | undefined,
  options: CompareCommandOptions & { args?: string[] },
  io: CliIo,
  after?: string,
): Promise<number> {
  if (before === undefined)
    throw new UsageError('compare: give a roster folder (and a second one, or --at / --rounds)');
  const cut = options.at !== undefined || options.rounds !== undefined;
  if (cut && after !== undefined)
    throw new UsageError('compare: give either two folders, or one folder with --at/--rounds');
  if (!cut && after === undefined)
    throw new UsageError('compare: give a second roster folder, or --at DATE, or --rounds A,B');
  if (!cut && options.until !== undefined)
    throw new UsageError('compare: --until goes with --at (one roster cut at two dates)');
  // A folder that cannot take the outputs fails now, not after both analyses.
  await checkOutputFolder(options.out);
  const progress = createProgress(io.stderr, !options.json, COMPARE_STEPS);
  try {
    progress.step(READ_STEP);
    const imports = importOptions(options);
    // Two folders: each has its own files, so a file flag could only name one of them; a config
    // (--config, or each folder's own) names them relative to each folder.
    const fileFlags = ROSTER_FILE_FLAGS.filter((k) => options[k] !== undefined);
    if (!cut && fileFlags.length > 0) {
      throw new UsageError(
        `compare: --${fileFlags[0]} names one file, but two folders are compared; name the files in a config instead ("files": { "${fileFlags[0]}": "..." } in --config FILE or in each folder's trackmap.config.json, relative to each folder), or compare one roster with --at/--rounds`,
      );
    }
    const first = await readRoster(rosterLocation('compare', before, options), imports);

    let labels: [string, string];
    let rosters: [Roster, Roster];
    if (!cut) {
      const second = await readRoster(rosterLocation('compare', after, options), imports);
      rosters = [first.roster, second.roster];
      labels = [before, after as string];
    } else {
      let at = options.at;
      let until = options.until;
      if (options.rounds !== undefined) {
        const [a, b] = options.rounds.split(',').map((r) => r.trim());
        const rounds = rosterRounds(first.roster);
        const end = (label: string | undefined) => {
          const r = rounds.find((x) => x.round === label);
          if (!r)
            throw new TrackmapError(
              'UNKNOWN_EVENT',
              `no round "${label}" in the roster (rounds: ${rounds.map((x) => x.round).join(', ')})`,
            );
          if (r.last === null)
            throw new TrackmapError(
              'UNKNOWN_EVENT',
              `round "${label}" has no dated event, so it cannot be placed in time`,
            );
          return r.last;
        };
        if (a === undefined || a === '') throw new UsageError('--rounds: expected A,B (e.g. --rounds 4,8)');
        at = end(a);
        if (b !== undefined && b !== '') until = end(b);
      }
      if (until !== undefined && (at as string) > until) {
        throw new UsageError(`compare: the earlier date (${at}) is after the later one (${until})`);
      }
      rosters = [
        cutRoster(first.roster, at as string),
        until !== undefined ? cutRoster(first.roster, until) : first.roster,
      ];
      labels = [`as of ${at}`, until !== undefined ? `as of ${until}` : 'full roster'];
    }
    let title = before;
    if (options.pseudonymize) {
      const { options: opts } = await pseudonymizeOptions(options, { write: progress.message });
      rosters = [pseudonymizeRoster(rosters[0], opts).roster, pseudonymizeRoster(rosters[1], opts).roster];
      // Folder names can name people: two folders become "first roster" and "second roster".
      if (!cut) labels = ['first roster', 'second roster'];
      title = PSEUDONYMISED_TITLE;
    }
    progress.step(BEFORE_STEP);
    const b = await snapshot(rosters[0], options.seed, options.threads, progress);
    progress.step(AFTER_STEP);
    const a = await snapshot(rosters[1], options.seed, options.threads, progress);
    progress.step(COMPARE_STEP);
    const comparison = compareAnalyses(b, a);
    const files: Record<string, string> = {
      'compare.md': compareMarkdown(a.graph, comparison, {
        beforeLabel: labels[0],
        afterLabel: labels[1],
        title,
      }),
      'compare.csv': compareCsv(comparison),
      'compare.json': `${JSON.stringify({ before: labels[0], after: labels[1], ...comparison }, null, 1)}\n`,
    };
    progress.step(WRITE_STEP);
    await writeOutputFiles(
      options.out,
      Object.entries(files).map(([name, content]) => ({ name, content })),
    );
    progress.stop();

    const s = comparison.summary;
    if (options.json) {
      io.stdout.write(
        `${JSON.stringify({ before: labels[0], after: labels[1], summary: s, files: Object.keys(files).map((f) => join(options.out, f)) }, null, 2)}\n`,
      );
      return 0;
    }
    const name = (id: string) => `${a.graph.hasNode(id) ? a.graph.getNodeAttribute(id, 'name') : id} (${id})`;
    const gained = comparison.people.filter((p) => p.access === 'gained');
    const lost = comparison.people.filter((p) => p.access === 'lost');
    io.stdout.write(
      [
        `Compared ${labels[0]} with ${labels[1]}: ${s.people.both} people in both, ${s.people.joined} joined, ${s.people.left} left.`,
        `Access to decision-makers: ${s.access.gained} gained, ${s.access.lost} lost, ${s.access.unchanged} unchanged (${s.access.becameReachable} became reachable, ${s.access.becameUnreachable} became unreachable).`,
        `Links: ${s.links.gained} gained, ${s.links.lost} lost; tie rows: ${s.ties.added} added, ${s.ties.removed} removed.`,
        gained.length
          ? `Gained access: ${gained
              .slice(0, 10)
              .map((p) => name(p.id))
              .join(', ')}${gained.length > 10 ? ', …' : ''}`
          : 'Nobody gained access.',
        lost.length
          ? `Lost access: ${lost
              .slice(0, 10)
              .map((p) => name(p.id))
              .join(', ')}${lost.length > 10 ? ', …' : ''}`
          : 'Nobody lost access.',
        `Written to ${options.out}/: ${Object.keys(files).join(', ')}`,
        '',
      ].join('\n'),
    );
    return 0;
  } finally {
    progress.stop();
  }
}
