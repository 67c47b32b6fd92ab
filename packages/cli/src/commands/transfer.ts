/**
 * `trackmap transfer <roster> --from-event ID | --from PERSON,... [--runs N] [--seed S]`:
 * independent-cascade simulation of an idea spreading from a workshop (or named people) to the
 * decision-makers. Writes transfer.csv, transfer-intermediaries.csv, transfer.json, transfer.md.
 */

import {
  type CascadeOptions,
  DEFAULT_CASCADE_OPTIONS,
  DEFAULT_TYPE_PROBABILITY,
  formatFixed,
  formatPercent,
  normaliseTieType,
  plural,
  TrackmapError,
  track1Access,
  transferIntermediariesCsv,
  transferReport,
  transferTargetsCsv,
} from '@trackmap/core';
import { checkOutputFolder, runCascade, type ThreadOptions, writeOutputFiles } from '@trackmap/core/node';
import type { CliIo } from '../io.js';
import { createProgress, type Progress, READ_STEP, WRITE_STEP } from '../progress.js';
import { UsageError } from '../report-error.js';
import { type RosterFlags, readRosterFromFlags } from './roster-input.js';

type Cascade = Required<CascadeOptions>;

/** The flags of `transfer` (options.ts `TRANSFER_OPTIONS`), typed as the cascade options they set. */
export interface TransferCommandOptions extends RosterFlags {
  fromEvent?: string;
  from?: string;
  runs: Cascade['runs'];
  seed: Cascade['seed'];
  threads?: ThreadOptions['threads'];
  maxSteps?: Cascade['maxSteps'];
  probability?: Record<string, number>;
  eventProbability?: Cascade['eventProbability'];
  defaultProbability?: Cascade['defaultProbability'];
  out: string;
  json?: boolean;
  quiet?: boolean;
}

export async function transferCommand(
  roster: string | undefined,
  options: TransferCommandOptions,
  io: CliIo,
): Promise<number> {
  if ((options.fromEvent === undefined) === (options.from === undefined)) {
    throw new UsageError('transfer: give exactly one of --from-event ID and --from PERSON,PERSON,...');
  }
  // A folder that cannot take the outputs fails now, not after the simulation.
  await checkOutputFolder(options.out);
  const progress = createProgress(io.stderr, !options.quiet && !options.json, TRANSFER_STEPS);
  try {
    return await transfer(roster, options, io, progress);
  } finally {
    progress.stop();
  }
}

const SIMULATE_STEP = 'simulating the cascades';
const TRANSFER_STEPS = [READ_STEP, SIMULATE_STEP, WRITE_STEP];

async function transfer(
  roster: string | undefined,
  options: TransferCommandOptions,
  io: CliIo,
  progress: Progress,
): Promise<number> {
  progress.step(READ_STEP);
  const { imported, location, title, privacy, resolveId, resolveEvent } = await readRosterFromFlags(
    'transfer',
    roster,
    options,
    { write: progress.message },
  );
  const { graph, roster: data } = imported;

  let seeds: string[];
  let origin: string;
  if (options.fromEvent !== undefined) {
    // Under --pseudonymize the event is named by its pseudonym in everything written.
    const eventId = resolveEvent(options.fromEvent);
    const event = data.events.find((e) => e.id === eventId);
    const attended = data.attendance.filter((a) => a.event === eventId);
    if (!event && attended.length === 0) {
      throw new TrackmapError('UNKNOWN_EVENT', `no event with id "${options.fromEvent}" in the roster`);
    }
    seeds = [...new Set(attended.map((a) => a.person))];
    if (seeds.length === 0) {
      throw new TrackmapError(
        'UNKNOWN_EVENT',
        `event "${options.fromEvent}" has no attendance rows, so the idea has nowhere to start`,
      );
    }
    origin = `the participants of "${event?.name ?? eventId}" (${eventId})`;
  } else {
    seeds = [
      ...new Set(
        (options.from as string)
          .split(',')
          .map((s) => resolveId(s.trim()))
          .filter((s) => s !== ''),
      ),
    ];
    if (seeds.length === 0) throw new UsageError('--from: give at least one person id');
    for (const id of seeds) {
      if (!graph.hasNode(id)) throw new TrackmapError('UNKNOWN_PERSON', `no person with id "${id}" in the roster`);
    }
    origin = seeds.length === 1 ? `person ${seeds[0]}` : `${seeds.length} named people`;
  }

  const decisionMakers = graph.filterNodes((_n, a) => a.isDecisionMaker === true);
  if (decisionMakers.length === 0) {
    throw new TrackmapError('NO_DECISION_MAKERS', 'the roster has no decision-makers for the idea to reach');
  }
  const seedSet = new Set(seeds);
  const access = track1Access(graph, { isDecisionMaker: (n) => seedSet.has(n) });
  if (!decisionMakers.some((d) => access[d]?.distance_to_track1 !== null)) {
    throw new TrackmapError('NO_ROUTE', `no route from ${origin} to any decision-maker: the idea cannot reach Track I`);
  }

  // The table as the simulation uses it: types matched like tie types (case, spaces, hyphens).
  const probabilities: Record<string, number> = { ...DEFAULT_TYPE_PROBABILITY };
  for (const [type, q] of Object.entries(options.probability ?? {})) probabilities[normaliseTieType(type)] = q;
  probabilities['(other types)'] = options.defaultProbability ?? DEFAULT_CASCADE_OPTIONS.defaultProbability;
  probabilities['(shared event)'] = options.eventProbability ?? DEFAULT_CASCADE_OPTIONS.eventProbability;
  progress.step(SIMULATE_STEP);
  const result = await runCascade(
    graph,
    {
      seeds,
      runs: options.runs,
      seed: options.seed,
      ...(options.maxSteps !== undefined ? { maxSteps: options.maxSteps } : {}),
      ...(options.probability ? { typeProbability: options.probability } : {}),
      ...(options.eventProbability !== undefined ? { eventProbability: options.eventProbability } : {}),
      ...(options.defaultProbability !== undefined ? { defaultProbability: options.defaultProbability } : {}),
    },
    {
      ...(options.threads !== undefined ? { threads: options.threads } : {}),
      onProgress: (done, total) => progress.tick(done, total, 'runs'),
    },
  );

  const { threads, ...cascade } = result;
  const files: Record<string, string> = {
    'transfer.csv': transferTargetsCsv(graph, cascade),
    'transfer-intermediaries.csv': transferIntermediariesCsv(graph, cascade),
    'transfer.json': `${JSON.stringify({ origin, seed: options.seed, probabilities, ...cascade }, null, 1)}\n`,
    'transfer.md': transferReport(graph, cascade, {
      origin,
      seed: options.seed,
      probabilities,
      title: privacy ? title : (location.dir ?? ''),
    }),
  };
  progress.step(WRITE_STEP);
  const written = await writeOutputFiles(
    options.out,
    Object.entries(files).map(([name, content]) => ({ name, content })),
  );

  progress.stop();
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ files: written, origin, ...cascade }, null, 2)}\n`);
    return 0;
  }
  const best = Object.entries(cascade.targets)
    .sort(([, a], [, b]) => b.probability - a.probability)
    .slice(0, 5);
  const carriers = cascade.intermediaries.slice(0, 5);
  const name = (id: string) => graph.getNodeAttribute(id, 'name');
  io.stdout.write(
    [
      `Simulated ${cascade.runs} cascades from ${origin} (${plural(threads, 'thread')}, seed ${options.seed}).`,
      `Expected reach: ${formatFixed(cascade.expectedReach, 1)} people.`,
      'Most likely to be reached:',
      ...best.map(
        ([id, t]) =>
          `  ${formatPercent(t.probability, 1).padStart(7)}  ${name(id)} (${id})${t.medianSteps !== null ? `, median ${plural(t.medianSteps, 'step')}` : ''}`,
      ),
      'Most likely routes:',
      ...cascade.routes
        .filter((r) => r.nodes.length > 1)
        .slice(0, 3)
        .map((r) => `  ${formatPercent(r.share, 1).padStart(7)}  ${r.nodes.map(name).join(' → ')}`),
      carriers.length
        ? 'Carried most often by:'
        : 'No intermediary: the idea reached decision-makers directly or not at all.',
      ...carriers.map((i) => `  ${formatPercent(i.share, 1).padStart(7)}  ${name(i.id)} (${i.id})`),
      `Results written to ${options.out}/: ${Object.keys(files).join(', ')}`,
      '',
    ].join('\n'),
  );
  return 0;
}
