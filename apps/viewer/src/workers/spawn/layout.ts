/**
 * Starts the layout worker (layout.worker.ts): a module worker, a file of the served viewer's own
 * origin. The single-file build (vite.single.config.ts) uses layout.single.ts instead.
 */
export function createLayoutWorker(): Worker {
  return new Worker(new URL('../layout.worker.ts', import.meta.url), { type: 'module' });
}
