/**
 * The heavy tasks of an analysis
 * ==============================
 *
 * Two passes of an analysis are worth spreading over threads or Web Workers: the all-pairs pass
 * (betweenness, transfer betweenness, closeness, harmonic; kernels/all-pairs.ts) and the
 * transfer simulation (transfer/independent-cascade.ts). Each is a *job*: plain data that a
 * worker receives once (the pass's plan, the prepared cascade), and a fixed list of tasks (source
 * ranges or sample chunks; cascade chunks) that depends only on the job. Task results are merged
 * in task order, so a job gives the same result, bit for bit, in one thread or on any number of
 * workers.
 *
 *   jobTaskCount(job)               → how many tasks
 *   taskRunner(job)                 → runs task i (with scratch buffers kept between tasks)
 *   finishJob(job, results)         → merges the results, in task order
 *   createTaskHandler()             → the message handler of a worker (Node thread or Web Worker)
 *
 * Used by the runners (analysis/run.ts, node/threads.ts) and by the workers themselves.
 */

import {
  type AllPairsPlan,
  type AllPairsResult,
  type AllPairsTaskResult,
  createAllPairsScratch,
  finishAllPairs,
  runAllPairsTask,
} from '../kernels/all-pairs.js';
import {
  type CascadeCounts,
  type CascadeResult,
  cascadeChunks,
  finishCascade,
  type PreparedCascade,
  simulateChunk,
} from '../transfer/independent-cascade.js';
import type { PoolReply, PoolRequest } from '../utils/pool.js';

/** What each kind of job is, what one of its tasks returns, and what the job gives once merged. */
export interface AnalysisJobKinds {
  'all-pairs': { job: { kind: 'all-pairs'; plan: AllPairsPlan }; task: AllPairsTaskResult; result: AllPairsResult };
  cascade: { job: { kind: 'cascade'; prepared: PreparedCascade }; task: CascadeCounts; result: CascadeResult };
}

/** The kind of a heavy task: the all-pairs pass or a chunk of the transfer simulation. */
export type AnalysisJobKind = keyof AnalysisJobKinds;
/** A heavy job of an analysis: plain data, postable to a worker. */
export type AnalysisJob = AnalysisJobKinds[AnalysisJobKind]['job'];
/** The result of one task of a job. */
export type AnalysisTaskResult = AnalysisJobKinds[AnalysisJobKind]['task'];
/** Messages a task worker receives, and what it posts back. */
export type TaskRequest = PoolRequest<AnalysisJob>;
/** A message from a task worker: a result or an error, for one request. */
export type TaskReply = PoolReply<AnalysisTaskResult>;

interface KindSpec<K extends AnalysisJobKind> {
  /** People in the job (the pool starts workers only from `MIN_PEOPLE_FOR_WORKERS`). */
  people(job: AnalysisJobKinds[K]['job']): number;
  count(job: AnalysisJobKinds[K]['job']): number;
  runner(job: AnalysisJobKinds[K]['job']): (position: number) => AnalysisJobKinds[K]['task'];
  finish(job: AnalysisJobKinds[K]['job'], results: AnalysisJobKinds[K]['task'][]): AnalysisJobKinds[K]['result'];
  /** The buffers of a result, transferred rather than copied when posted. */
  buffers(result: AnalysisJobKinds[K]['task']): ArrayBufferLike[];
}

const KINDS: { [K in AnalysisJobKind]: KindSpec<K> } = {
  'all-pairs': {
    people: ({ plan }) => plan.spec.n,
    count: ({ plan }) => plan.tasks.length,
    runner: ({ plan }) => {
      const scratch = createAllPairsScratch(plan);
      return (position) => {
        const task = plan.tasks[position];
        if (!task) throw new RangeError(`no all-pairs task ${position}`);
        return runAllPairsTask(plan, task, scratch);
      };
    },
    finish: ({ plan }, results) => finishAllPairs(plan, results),
    buffers: (result) => {
      if (result.kind === 'rk') return [result.hits.buffer];
      const p = result.partial;
      return [p.betweenness, p.transfer, p.distanceSum, p.reach, p.harmonic]
        .filter((a): a is Float64Array | Int32Array => a !== null)
        .map((a) => a.buffer);
    },
  },
  cascade: {
    people: ({ prepared }) => prepared.nodes.length,
    count: ({ prepared }) => prepared.chunkCount,
    runner: ({ prepared }) => {
      const chunks = cascadeChunks(prepared);
      return (position) => {
        const chunk = chunks[position];
        if (!chunk) throw new RangeError(`no cascade chunk ${position}`);
        return simulateChunk(prepared, chunk.index, chunk.runs);
      };
    },
    finish: ({ prepared }, results) => finishCascade(prepared, results),
    buffers: (result) => [result.activated.buffer, result.onPath.buffer, result.stepTotal.buffer],
  },
};

function spec<K extends AnalysisJobKind>(job: AnalysisJobKinds[K]['job']): KindSpec<K> {
  return KINDS[job.kind as K];
}

/** People in a job. */
export function jobPeople(job: AnalysisJob): number {
  return spec(job).people(job as never);
}

/** Number of tasks of a job. */
export function jobTaskCount(job: AnalysisJob): number {
  return spec(job).count(job as never);
}

/** A function that runs task `position` of `job`; keeps its scratch buffers between calls. */
export function taskRunner<K extends AnalysisJobKind>(
  job: AnalysisJobKinds[K]['job'],
): (position: number) => AnalysisJobKinds[K]['task'] {
  return spec<K>(job).runner(job);
}

/** Merges the task results of a job, `results[i]` being the result of task i. */
export function finishJob<K extends AnalysisJobKind>(
  job: AnalysisJobKinds[K]['job'],
  results: AnalysisJobKinds[K]['task'][],
): AnalysisJobKinds[K]['result'] {
  return spec<K>(job).finish(job, results);
}

/** Every task of a job in this thread, in order; `onTask` after each. */
export function runJobInThread<K extends AnalysisJobKind>(
  job: AnalysisJobKinds[K]['job'],
  onTask?: ((done: number, total: number) => void) | null,
): AnalysisJobKinds[K]['result'] {
  const run = taskRunner<K>(job);
  const count = jobTaskCount(job);
  const results: AnalysisJobKinds[K]['task'][] = new Array(count);
  for (let i = 0; i < count; i++) {
    results[i] = run(i);
    onTask?.(i + 1, count);
  }
  return finishJob<K>(job, results);
}

/**
 * The message handler of a task worker (a Node worker thread or a Web Worker): keeps the job it
 * was sent, runs the tasks it is asked for, and returns the reply to post with the buffers to
 * transfer (`null` after `init`, which needs no reply). Errors become `{ error }` replies.
 */
export function createTaskHandler(): (message: TaskRequest) => { reply: TaskReply; transfer: ArrayBuffer[] } | null {
  let job: AnalysisJob | undefined;
  let run: ((position: number) => AnalysisTaskResult) | undefined;
  return (message) => {
    try {
      if (message.type === 'init') {
        job = message.job;
        run = taskRunner(job);
        return null;
      }
      if (!job || !run) throw new Error('task received before the job');
      const result = run(message.position);
      return {
        reply: { position: message.position, result },
        transfer: spec(job).buffers(result as never) as ArrayBuffer[],
      };
    } catch (error) {
      return { reply: { error: error instanceof Error ? error.message : String(error) }, transfer: [] };
    }
  };
}
