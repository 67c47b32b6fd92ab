/**
 * Starts a task worker of the all-pairs pass (task.worker.ts), made by the analysis worker, in the
 * single-file viewer (vite.single.config.ts puts this file in place of task.ts): the worker's code
 * is inlined in the page and started from a Blob URL, as a *classic* script (`worker.format:
 * 'iife'`). From file:// a module worker from a Blob URL fails in Chromium; a classic one works,
 * with `worker-src blob:` in the Content-Security-Policy.
 */
import TaskWorker from '../task.worker.ts?worker&inline';

export function createTaskWorker(): Worker {
  return new TaskWorker();
}
