/**
 * The all-pairs pass on every core (Node only)
 * ============================================
 *
 * The fused pass (kernels/all-pairs.ts) is a fixed list of tasks — contiguous ranges of
 * sources, chunks of pair samples — that depends only on the graph and the options. Here the
 * tasks are handed to worker threads by the pool the viewer also uses (kernels/all-pairs-pool.ts):
 * as workers become free, with the partial sums added **in task order** at the end, so the result
 * is bit-identical to `allPairs` in one thread, whatever the number of threads and the order in
 * which tasks finish.
 *
 * Workers are not worth their start-up (≈ 30 ms each, plus a copy of the graph) on small
 * graphs: below {@link MIN_PEOPLE_FOR_THREADS} people, or with one thread, or when the compiled
 * worker is not available (running from TypeScript sources), the tasks run in this thread.
 * The viewer runs the same pool on Web Workers.
 */

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AbstractGraph } from 'graphology-types';
import type { RosterAllPairsOptions } from '../analysis/all-pairs-input.js';
import { rosterAllPairsInput } from '../analysis/all-pairs-input.js';
import { DEFAULT_ANALYZE_OPTIONS } from '../analysis/analyze.js';
import { InvalidOptionError } from '../errors.js';
import { type AllPairsOptions, type AllPairsPlan, type AllPairsResult, prepareAllPairs } from '../kernels/all-pairs.js';
import { MIN_PEOPLE_FOR_WORKERS, type PassReply, type PassWorker, runAllPairsPool } from '../kernels/all-pairs-pool.js';
import { buildCsr, type CsrGraph } from '../kernels/csr.js';

/** Below this many people the pass runs in the calling thread (the pool's threshold). */
export const MIN_PEOPLE_FOR_THREADS = MIN_PEOPLE_FOR_WORKERS;

export interface RunAllPairsOptions {
  /** Worker threads. @defaultValue the machine's available parallelism */
  threads?: number;
  /** Called after each task with tasks done and total. */
  onProgress?: (done: number, total: number) => void;
}

const WORKER = new URL('./all-pairs-worker.js', import.meta.url);

/** Threads actually used for a plan: 1 for small graphs or when workers are unavailable. */
export function threadsFor(plan: AllPairsPlan, threads: number): number {
  const workerAvailable = WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
  if (!workerAvailable || plan.spec.n < MIN_PEOPLE_FOR_THREADS) return 1;
  return Math.max(1, Math.min(threads, plan.tasks.length));
}

function checkThreads(threads: unknown): number {
  if (threads === undefined) return availableParallelism();
  if (typeof threads !== 'number' || !Number.isInteger(threads) || threads < 1) {
    throw new InvalidOptionError('threads', 'a positive integer', threads);
  }
  return threads;
}

/** Runs a plan on `threads` worker threads. Same result, bit for bit, as in one thread. */
export async function runAllPairs(
  plan: AllPairsPlan,
  run: RunAllPairsOptions = {},
): Promise<AllPairsResult & { threads: number }> {
  const threads = threadsFor(plan, checkThreads(run.threads));
  const result = await runAllPairsPool(plan, {
    workers: threads,
    create: threadWorker,
    ...(run.onProgress ? { onProgress: run.onProgress } : {}),
  });
  return { ...result, threads };
}

/** Plans and runs the all-pairs pass of a CSR graph on worker threads. */
export function computeAllPairs(
  csr: Pick<CsrGraph, 'n' | 'offsets' | 'targets'>,
  options?: AllPairsOptions,
  run?: RunAllPairsOptions,
): Promise<AllPairsResult & { threads: number }> {
  return runAllPairs(prepareAllPairs(csr, options), run);
}

/**
 * The all-pairs pass of `analyzeRoster` on worker threads; pass the result to `analyzeRoster`
 * as `allPairs`, with the same seed and approximation settings.
 */
export function computeRosterAllPairs(
  graph: AbstractGraph,
  settings: Partial<RosterAllPairsOptions> = {},
  run?: RunAllPairsOptions,
): Promise<AllPairsResult & { threads: number }> {
  const d = DEFAULT_ANALYZE_OPTIONS;
  const csr = buildCsr(graph);
  const input = rosterAllPairsInput(graph, csr, {
    seed: settings.seed ?? d.seed,
    approximate: settings.approximate ?? d.approximate,
    approximateAbove: settings.approximateAbove ?? d.approximateAbove,
    epsilon: settings.epsilon ?? d.epsilon,
    delta: settings.delta ?? d.delta,
  });
  return computeAllPairs(csr, input, run);
}

/** A worker thread behind the pool's `PassWorker` interface. */
function threadWorker(): PassWorker {
  const worker = new Worker(WORKER);
  const pass: PassWorker = {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => void worker.terminate(),
    onmessage: null,
    onerror: null,
  };
  worker.on('message', (data: PassReply) => pass.onmessage?.({ data }));
  worker.on('error', (error) => pass.onerror?.(error));
  // A worker that dies without an error event (out of memory, killed) must not leave us waiting;
  // the pool ignores this once it has every result (it terminates its workers then).
  worker.on('exit', (code) =>
    pass.onerror?.(new Error(`all-pairs worker stopped (exit code ${code}) before finishing its tasks`)),
  );
  return pass;
}
