/**
 * The heavy tasks on worker threads (Node only)
 * =============================================
 *
 * `runTasksOnThreads(plan)` is the Node runner of an analysis: the all-pairs pass and the
 * transfer simulation of an `AnalysisPlan`, their tasks handed to worker threads by the core's
 * pool (utils/pool.ts, the pool the viewer runs on Web Workers) and merged **in task order**, so
 * the results are bit-identical to `runTasksInThread`, whatever the number of threads and the
 * order in which tasks finish. Pass them to `finishAnalysis`.
 *
 * Workers are not worth their start-up (≈ 30 ms each, plus a copy of the graph) on small graphs:
 * below `MIN_PEOPLE_FOR_WORKERS` people, with one thread, or when the compiled worker is not
 * available (running from TypeScript sources), the tasks run in this thread.
 *
 * `computeAllPairs` and `runCascade` run one pass of either kind on its own (benchmarks,
 * `trackmap transfer`).
 */

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AbstractGraph } from 'graphology-types';
import type { AnalysisPlan } from '../analysis/plan.js';
import {
  type AnalysisResults,
  runJob,
  runJobOn,
  runTasksOnWorkers,
  type TaskWorker,
  workersFor,
} from '../analysis/run.js';
import type { TaskReply } from '../analysis/tasks.js';
import { type AllPairsOptions, type AllPairsResult, prepareAllPairs } from '../kernels/all-pairs.js';
import type { CsrGraph } from '../kernels/csr.js';
import { checkOption, inRange, OPTION_RANGES } from '../options.js';
import { type CascadeOptions, type CascadeResult, prepareCascade } from '../transfer/independent-cascade.js';

/** How many worker threads to use (default: the machine's available parallelism; 1 runs in the calling thread). */
export interface ThreadOptions {
  /** Worker threads. @defaultValue the machine's available parallelism */
  threads?: number;
}

/** Options of {@link runTasksOnThreads} and {@link runCascade}: threads, and a progress callback. */
export interface RunOnThreadsOptions extends ThreadOptions {
  /** Called after each task with tasks (or, for `runCascade`, runs) done and total. */
  onProgress?: (done: number, total: number) => void;
}

const WORKER = new URL('./task-worker.js', import.meta.url);

function workerAvailable(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
}

/** The threads asked for, checked; 1 when the compiled worker is not available. */
function threadsOf(threads: unknown): number {
  if (threads !== undefined) checkOption('threads', threads, inRange(OPTION_RANGES.threads));
  return workerAvailable() ? ((threads as number | undefined) ?? availableParallelism()) : 1;
}

/** Runs the heavy tasks of an analysis plan on worker threads; pass the results to `finishAnalysis`. */
export async function runTasksOnThreads(plan: AnalysisPlan, options: ThreadOptions = {}): Promise<AnalysisResults> {
  return runTasksOnWorkers(plan, { workers: threadsOf(options.threads), create: threadWorker });
}

/** Plans and runs the all-pairs pass of a CSR graph on worker threads. Same result as `allPairs`. */
export async function computeAllPairs(
  csr: Pick<CsrGraph, 'n' | 'offsets' | 'targets'>,
  options?: AllPairsOptions,
  run: RunOnThreadsOptions = {},
): Promise<AllPairsResult & { threads: number }> {
  const job = { kind: 'all-pairs', plan: prepareAllPairs(csr, options) } as const;
  const pool = { workers: threadsOf(run.threads), create: threadWorker };
  const result = await runJob<'all-pairs'>(job, pool, run.onProgress);
  return { ...result, threads: workersFor(job, pool.workers) };
}

/**
 * The transfer simulation on worker threads (as many as asked for, at most one per chunk, whatever
 * the roster's size), progress counted in runs. Same result as `independentCascade` (same chunks
 * and seeds).
 */
export async function runCascade(
  graph: AbstractGraph,
  options: CascadeOptions,
  run: RunOnThreadsOptions = {},
): Promise<CascadeResult & { threads: number }> {
  const prepared = prepareCascade(graph, { ...options, onProgress: null });
  const job = { kind: 'cascade', prepared } as const;
  const threads = Math.max(1, Math.min(threadsOf(run.threads), prepared.chunkCount));
  const { onProgress } = run;
  const result = await runJobOn<'cascade'>(
    job,
    { workers: threads, create: threadWorker },
    onProgress ? (done) => onProgress(Math.min(done * prepared.chunkSize, prepared.runs), prepared.runs) : null,
  );
  return { ...result, threads };
}

/** A worker thread behind the pool's worker interface. */
function threadWorker(): TaskWorker {
  const worker = new Worker(WORKER);
  const task: TaskWorker = {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => void worker.terminate(),
    onmessage: null,
    onerror: null,
  };
  worker.on('message', (data: TaskReply) => task.onmessage?.({ data }));
  worker.on('error', (error) => task.onerror?.(error));
  // A worker that dies without an error event (out of memory, killed) must not leave us waiting;
  // the pool ignores this once it has every result (it terminates its workers then).
  worker.on('exit', (code) =>
    task.onerror?.(new Error(`task worker stopped (exit code ${code}) before finishing its tasks`)),
  );
  return task;
}
