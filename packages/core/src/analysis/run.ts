/**
 * Running the heavy tasks of an analysis
 * ======================================
 *
 * A runner takes an {@link AnalysisPlan} and returns its {@link AnalysisResults}: the all-pairs
 * pass and the transfer simulation, each merged in task order, so every runner gives the same
 * result, bit for bit.
 *
 *   runTasksInThread(plan)              here, synchronously (what `analyzeRoster` uses)
 *   runTasksOnWorkers(plan, pool)       on workers made by `pool.create`: Web Workers in the
 *                                       viewer, worker threads in @trackmap/core/node
 *                                       (`runTasksOnThreads` wraps this one)
 *
 * A job of fewer than {@link MIN_PEOPLE_FOR_WORKERS} people runs in the calling thread even with
 * workers available: starting workers and copying the graph costs more than it saves.
 */

import type { AllPairsResult } from '../kernels/all-pairs.js';
import type { CascadeResult } from '../transfer/independent-cascade.js';
import { type PoolWorker, runPool } from '../utils/pool.js';
import { type AnalysisPlan, reportStep, taskProgress } from './plan.js';
import {
  type AnalysisJob,
  type AnalysisJobKind,
  type AnalysisJobKinds,
  type AnalysisTaskResult,
  finishJob,
  jobPeople,
  jobTaskCount,
  runJobInThread,
} from './tasks.js';

/** Below this many people a job runs in the calling thread (a 1,000-person pass takes ≈ 0.3 s). */
export const MIN_PEOPLE_FOR_WORKERS = 1000;

/** What the runners return, for `finishAnalysis`. */
export interface AnalysisResults {
  allPairs: AllPairsResult;
  /** `null` when the plan has no transfer simulation. */
  transfer: CascadeResult | null;
}

/** A worker that runs analysis tasks (see `createTaskHandler`), behind the pool's interface. */
export type TaskWorker = PoolWorker<AnalysisJob, AnalysisTaskResult>;

/** Options of {@link runTasksOnWorkers}: how many workers and how to create one. */
export interface WorkerPoolOptions {
  /** Workers available, e.g. `navigator.hardwareConcurrency` or the threads asked for. */
  workers: number;
  /** Creates one task worker. */
  create: () => TaskWorker;
}

/** Workers used for a job: 1 (the calling thread) for small jobs or one worker available. */
export function workersFor(job: AnalysisJob, available: number): number {
  if (jobPeople(job) < MIN_PEOPLE_FOR_WORKERS || available < 2) return 1;
  return Math.min(available, jobTaskCount(job));
}

/** Runs the heavy tasks in this thread. */
export function runTasksInThread(plan: AnalysisPlan): AnalysisResults {
  const { tasks } = plan;
  reportStep(plan, 'all-pairs');
  const allPairs = runJobInThread<'all-pairs'>(tasks.allPairs, taskProgress(plan, 'all-pairs'));
  reportStep(plan, 'transfer');
  const transfer = tasks.transfer ? runJobInThread<'cascade'>(tasks.transfer, taskProgress(plan, 'transfer')) : null;
  return { allPairs, transfer };
}

/** Runs the heavy tasks on a pool of workers (in this thread where the job is small). */
export async function runTasksOnWorkers(plan: AnalysisPlan, pool: WorkerPoolOptions): Promise<AnalysisResults> {
  const { tasks } = plan;
  reportStep(plan, 'all-pairs');
  const allPairs = await runJob<'all-pairs'>(tasks.allPairs, pool, taskProgress(plan, 'all-pairs'));
  reportStep(plan, 'transfer');
  const transfer = tasks.transfer
    ? await runJob<'cascade'>(tasks.transfer, pool, taskProgress(plan, 'transfer'))
    : null;
  return { allPairs, transfer };
}

/** Runs one job on a pool of workers, or in this thread when {@link workersFor} says 1. */
export function runJob<K extends AnalysisJobKind>(
  job: AnalysisJobKinds[K]['job'],
  pool: WorkerPoolOptions,
  onTask?: ((done: number, total: number) => void) | null,
): Promise<AnalysisJobKinds[K]['result']> {
  return runJobOn<K>(job, { workers: workersFor(job, pool.workers), create: pool.create }, onTask);
}

/** Runs one job on exactly `pool.workers` workers (at most one per task); in this thread for 1. */
export async function runJobOn<K extends AnalysisJobKind>(
  job: AnalysisJobKinds[K]['job'],
  pool: WorkerPoolOptions,
  onTask?: ((done: number, total: number) => void) | null,
): Promise<AnalysisJobKinds[K]['result']> {
  const count = jobTaskCount(job);
  if (Math.min(pool.workers, count) <= 1) return runJobInThread<K>(job, onTask);
  const results = await runPool(job as AnalysisJob, count, {
    workers: pool.workers,
    create: pool.create,
    onProgress: onTask ?? null,
  });
  return finishJob<K>(job, results as AnalysisJobKinds[K]['task'][]);
}
