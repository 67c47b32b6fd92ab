/**
 * A pool of workers for a fixed list of tasks
 * ===========================================
 *
 * The heavy passes of an analysis (the all-pairs pass, the transfer simulation) are each a job:
 * plain data (typed arrays, numbers) that every worker receives once, and a fixed number of
 * tasks, numbered 0 … count − 1, that depend only on the job. The pool hands the task numbers to
 * its workers as they become free and returns the results **in task order**, whatever order the
 * workers finish in; the caller then merges them in that order, so the outcome is the same, bit
 * for bit, on any number of workers.
 *
 * Pure: the worker factory is injected (a Node `Worker` or a browser `Worker` behind a small
 * adapter that speaks {@link PoolRequest} and {@link PoolReply}), so the pool runs, and is
 * tested, anywhere. Running the tasks in the calling thread is the caller's business (no worker
 * is started for one).
 */

/** Messages a pool worker receives: the job once, then task numbers. */
export type PoolRequest<J> = { type: 'init'; job: J } | { type: 'task'; position: number };
/** What a pool worker posts back: a task's result, or the error that stopped it. */
export type PoolReply<R> = { position: number; result: R } | { error: string };

/** The part of a worker the pool uses; an adapter sets it up over a Node or browser `Worker`. */
export interface PoolWorker<J, R> {
  postMessage(message: PoolRequest<J>): void;
  /** Set by the pool: called with each reply of the worker. */
  onmessage: ((event: { data: PoolReply<R> }) => void) | null;
  /** Set by the pool: called when the worker fails or stops; ignored once the pool is done. */
  onerror: ((error: Error) => void) | null;
  terminate(): void;
}

export interface PoolOptions<J, R> {
  /** Workers to start (at most one per task, at least one). */
  workers: number;
  /** Creates one worker. */
  create: () => PoolWorker<J, R>;
  /** Called after each task with tasks done, total, and the task's number. */
  onProgress?: ((done: number, total: number, position: number) => void) | null;
}

/** Runs the `count` tasks of `job` on workers; the results in task order. */
export function runPool<J, R>(job: J, count: number, options: PoolOptions<J, R>): Promise<R[]> {
  const results: R[] = new Array(count);
  if (count === 0) return Promise.resolve(results);
  const size = Math.max(1, Math.min(options.workers, count));
  return new Promise<R[]>((resolve, reject) => {
    const workers: PoolWorker<J, R>[] = [];
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
    const feed = (worker: PoolWorker<J, R>) => {
      if (next < count) worker.postMessage({ type: 'task', position: next++ });
    };
    for (let w = 0; w < size; w++) {
      const worker = options.create();
      workers.push(worker);
      worker.onmessage = ({ data }) => {
        if (settled) return;
        if ('error' in data) return fail(new Error(`worker: ${data.error}`));
        results[data.position] = data.result;
        done++; // not inside `onProgress?.(…)`: an absent callback would skip the increment
        options.onProgress?.(done, count, data.position);
        if (done === count) {
          settled = true;
          stop();
          resolve(results);
        } else feed(worker);
      };
      worker.onerror = fail;
      worker.postMessage({ type: 'init', job });
      feed(worker);
    }
  });
}
