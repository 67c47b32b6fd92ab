/**
 * Starts a task worker of the all-pairs pass (task.worker.ts), made by the analysis worker: a
 * module worker, a file of the served viewer's own origin. The single-file build
 * (vite.single.config.ts) uses task.single.ts instead.
 */
export function createTaskWorker(): Worker {
  return new Worker(new URL('../task.worker.ts', import.meta.url), { type: 'module' });
}
