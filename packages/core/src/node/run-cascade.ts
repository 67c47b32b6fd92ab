/**
 * Running the transfer simulation on every core (Node only)
 * =========================================================
 *
 * The independent-cascade runs are split into fixed chunks, each with its own seeded generator
 * (see transfer/independent-cascade.ts). Here the chunks are handed to worker threads as they
 * become free, and the counts are merged **in chunk order** at the end, so the result is
 * identical to the single-threaded `independentCascade` whatever the number of threads and
 * whatever order the chunks finish in. With one thread (or when the compiled worker is not
 * available, e.g. running from TypeScript sources) the chunks run in this thread.
 */

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AbstractGraph } from 'graphology-types';
import {
  type LatestRoundTransfer,
  latestRound,
  latestRoundSummary,
  type PrecomputedTransfer,
} from '../analysis/latest-round-transfer.js';
import { InvalidOptionError } from '../errors.js';
import {
  type CascadeCounts,
  type CascadeOptions,
  type CascadeResult,
  cascadeChunks,
  mergeChunks,
  type PreparedCascade,
  prepareCascade,
  simulateChunk,
  summarizeCascade,
} from '../transfer/independent-cascade.js';
import type { Roster, RosterGraph } from '../types.js';

export interface RunCascadeOptions {
  /** Worker threads. @defaultValue the machine's available parallelism */
  threads?: number;
  /** Called after each chunk with runs done and total. */
  onProgress?: (done: number, total: number) => void;
}

const WORKER = new URL('./cascade-worker.js', import.meta.url);

/** Below this many people `computeLatestRoundTransfer` stays in the calling thread (workers cost ≈ 30 ms each). */
export const MIN_PEOPLE_FOR_CASCADE_THREADS = 1000;

/**
 * The latest-round transfer simulation of `analyzeRoster` (see analysis/latest-round-transfer.ts),
 * on worker threads: same chunks and seeds, so the result is identical to the one `analyzeRoster`
 * computes itself. Pass it as the `transfer` option with the same `transferRuns` and `seed`.
 */
export async function computeLatestRoundTransfer(
  roster: Roster,
  graph: RosterGraph,
  settings: { runs: number; seed: number },
  run: RunCascadeOptions = {},
): Promise<PrecomputedTransfer> {
  const { runs, seed } = settings;
  if (run.threads !== undefined && !(Number.isInteger(run.threads) && run.threads >= 1)) {
    throw new InvalidOptionError('threads', 'a positive integer', run.threads);
  }
  const round = runs > 0 ? latestRound(roster, graph) : null;
  let result: LatestRoundTransfer | null = null;
  if (round !== null) {
    const threads = graph.order < MIN_PEOPLE_FOR_CASCADE_THREADS ? 1 : run.threads;
    const cascade = await runCascade(graph, { seeds: round.seeds, runs, seed }, { ...run, threads });
    result = latestRoundSummary(round, cascade, runs, seed);
  }
  return { runs, seed, result };
}

/** The simulation, on `threads` worker threads. Same result as `independentCascade`. */
export async function runCascade(
  graph: AbstractGraph,
  options: CascadeOptions,
  run: RunCascadeOptions = {},
): Promise<CascadeResult & { threads: number }> {
  const prepared = prepareCascade(graph, { ...options, onProgress: null });
  const chunks = cascadeChunks(prepared);
  const wanted = Math.max(1, Math.floor(run.threads ?? availableParallelism()));
  const threads = Math.min(wanted, chunks.length);
  const workerAvailable = WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
  const results: (CascadeCounts | undefined)[] = new Array(chunks.length);
  let done = 0;

  if (threads <= 1 || !workerAvailable) {
    for (const c of chunks) {
      results[c.index] = simulateChunk(prepared, c.index, c.runs);
      done += c.runs;
      run.onProgress?.(done, prepared.runs);
    }
    return { ...summarizeCascade(prepared, mergeChunks(results as CascadeCounts[])), threads: 1 };
  }

  await runOnWorkers(prepared, chunks, threads, (index, counts, runs) => {
    results[index] = counts;
    done += runs;
    run.onProgress?.(done, prepared.runs);
  });
  return { ...summarizeCascade(prepared, mergeChunks(results as CascadeCounts[])), threads };
}

function runOnWorkers(
  prepared: PreparedCascade,
  chunks: { index: number; runs: number }[],
  threads: number,
  onChunk: (index: number, counts: CascadeCounts, runs: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const queue = [...chunks];
    const runsOf = new Map(chunks.map((c) => [c.index, c.runs]));
    const workers: Worker[] = [];
    let pending = chunks.length;
    let failed = false;
    const stop = () => {
      for (const w of workers) void w.terminate();
    };
    const feed = (worker: Worker) => {
      const next = queue.shift();
      if (next) worker.postMessage({ type: 'chunk', index: next.index, runs: next.runs });
    };
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(WORKER);
      workers.push(worker);
      worker.on('message', ({ index, counts }: { index: number; counts: CascadeCounts }) => {
        onChunk(index, counts, runsOf.get(index) as number);
        pending--;
        if (pending === 0) {
          stop();
          resolve();
        } else feed(worker);
      });
      worker.on('error', (error) => {
        if (failed) return;
        failed = true;
        stop();
        reject(error);
      });
      worker.postMessage({ type: 'init', prepared });
      feed(worker);
    }
  });
}
