/**
 * The all-pairs pass on every core (Node only)
 * ============================================
 *
 * The fused pass (kernels/all-pairs.ts) is a fixed list of tasks — contiguous ranges of
 * sources, chunks of pair samples — that depends only on the graph and the options. Here the
 * tasks are handed to worker threads as they become free, and the partial sums are added **in
 * task order** at the end, so the result is bit-identical to `allPairs` in one thread, whatever
 * the number of threads and the order in which tasks finish.
 *
 * Workers are not worth their start-up (≈ 30 ms each, plus a copy of the graph) on small
 * graphs: below {@link MIN_PEOPLE_FOR_THREADS} people, or with one thread, or when the compiled
 * worker is not available (running from TypeScript sources), the tasks run in this thread.
 * In a browser the same tasks can run on Web Workers (`runAllPairsTask` is pure).
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
import {
  type AllPairsOptions,
  type AllPairsPlan,
  type AllPairsResult,
  type AllPairsTaskResult,
  createAllPairsScratch,
  finishAllPairs,
  prepareAllPairs,
  runAllPairsTask,
} from '../kernels/all-pairs.js';
import { buildCsr, type CsrGraph } from '../kernels/csr.js';

/** Below this many people the pass runs in the calling thread (a 1,000-person pass takes ≈ 0.3 s). */
export const MIN_PEOPLE_FOR_THREADS = 1000;

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
  const results: AllPairsTaskResult[] = new Array(plan.tasks.length);
  let done = 0;
  if (threads <= 1) {
    const scratch = createAllPairsScratch(plan);
    plan.tasks.forEach((task, i) => {
      results[i] = runAllPairsTask(plan, task, scratch);
      run.onProgress?.(++done, plan.tasks.length);
    });
    return { ...finishAllPairs(plan, results), threads: 1 };
  }
  await runOnWorkers(plan, threads, (position, result) => {
    results[position] = result;
    run.onProgress?.(++done, plan.tasks.length);
  });
  return { ...finishAllPairs(plan, results), threads };
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

function runOnWorkers(
  plan: AllPairsPlan,
  threads: number,
  onTask: (position: number, result: AllPairsTaskResult) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let pending = plan.tasks.length;
    let failed = false;
    const workers: Worker[] = [];
    const stop = () => {
      for (const w of workers) void w.terminate();
    };
    const feed = (worker: Worker) => {
      if (next < plan.tasks.length) worker.postMessage({ type: 'task', position: next++ });
    };
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(WORKER);
      workers.push(worker);
      worker.on('message', ({ position, result }: { position: number; result: AllPairsTaskResult }) => {
        onTask(position, result);
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
      // A worker that dies without an error event (out of memory, killed) must not leave us waiting.
      worker.on('exit', (code) => {
        if (failed || pending === 0) return;
        failed = true;
        stop();
        reject(new Error(`all-pairs worker stopped (exit code ${code}) before finishing its tasks`));
      });
      worker.postMessage({ type: 'init', plan });
      feed(worker);
    }
  });
}
