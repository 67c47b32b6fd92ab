/**
 * The all-pairs pass on a pool of workers
 * =======================================
 *
 * Shared by `@trackmap/core/node` (worker threads) and the viewer (Web Workers). The fused pass
 * (betweenness, transfer betweenness, closeness, harmonic) is a fixed list of tasks that depends
 * only on the graph and the options (`prepareAllPairs`). The tasks are handed to workers as they
 * become free and the partial sums are added **in task order** (`finishAllPairs`), so the result
 * is bit-identical to the one-thread pass, whatever the number of workers and the order in which
 * they finish. Small rosters run in the calling thread: starting workers and copying the graph
 * costs more than it saves below {@link MIN_PEOPLE_FOR_WORKERS} people.
 *
 * Pure: the worker factory is injected (a Node `Worker` or a browser `Worker` behind a small
 * adapter), so the pool runs, and is tested, anywhere.
 */

import {
  type AllPairsPlan,
  type AllPairsResult,
  type AllPairsTaskResult,
  createAllPairsScratch,
  finishAllPairs,
  runAllPairsTask,
} from './all-pairs.js';

/** Below this many people the pass runs in the calling thread (a 1,000-person pass takes ≈ 0.3 s). */
export const MIN_PEOPLE_FOR_WORKERS = 1000;

/** Messages a pass worker receives. */
export type PassRequest = { type: 'init'; plan: AllPairsPlan } | { type: 'task'; position: number };
/** What a pass worker posts back: a task's partial sums, or the error that stopped it. */
export type PassReply = { position: number; result: AllPairsTaskResult } | { error: string };

/** The part of a worker the pool uses; an adapter sets it up over a Node or browser `Worker`. */
export interface PassWorker {
  postMessage(message: PassRequest): void;
  /** Set by the pool: called with each reply of the worker. */
  onmessage: ((event: { data: PassReply }) => void) | null;
  /** Set by the pool: called when the worker fails or stops; ignored once the pool is done. */
  onerror: ((error: Error) => void) | null;
  terminate(): void;
}

export interface PassPoolOptions {
  /** Workers to start (at most one per task). */
  workers: number;
  /** Creates one pass worker. */
  create: () => PassWorker;
  /** Called after each task with tasks done and total. */
  onProgress?: (done: number, total: number) => void;
}

/** Workers the pool starts for a plan: 1 (the calling thread) for small graphs. */
export function workersFor(plan: AllPairsPlan, available: number): number {
  if (plan.spec.n < MIN_PEOPLE_FOR_WORKERS || available < 2) return 1;
  return Math.min(available, plan.tasks.length);
}

/** Runs a plan; same result, bit for bit, as the one-thread `allPairs`. */
export async function runAllPairsPool(plan: AllPairsPlan, options: PassPoolOptions): Promise<AllPairsResult> {
  const total = plan.tasks.length;
  const results: AllPairsTaskResult[] = new Array(total);
  const count = Math.max(1, Math.min(options.workers, total));
  if (count <= 1) {
    const scratch = createAllPairsScratch(plan);
    plan.tasks.forEach((task, i) => {
      results[i] = runAllPairsTask(plan, task, scratch);
      options.onProgress?.(i + 1, total);
    });
    return finishAllPairs(plan, results);
  }
  await new Promise<void>((resolve, reject) => {
    const workers: PassWorker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const stop = () => {
      for (const w of workers) w.terminate();
    };
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      stop();
      reject(error);
    };
    const feed = (worker: PassWorker) => {
      if (next < total) worker.postMessage({ type: 'task', position: next++ });
    };
    for (let w = 0; w < count; w++) {
      const worker = options.create();
      workers.push(worker);
      worker.onmessage = ({ data }) => {
        if (settled) return;
        if ('error' in data) return fail(new Error(`all-pairs worker: ${data.error}`));
        results[data.position] = data.result;
        done++; // not inside `onProgress?.(…)`: an absent callback would skip the increment
        options.onProgress?.(done, total);
        if (done === total) {
          settled = true;
          stop();
          resolve();
        } else feed(worker);
      };
      worker.onerror = fail;
      worker.postMessage({ type: 'init', plan });
      feed(worker);
    }
  });
  return finishAllPairs(plan, results);
}
