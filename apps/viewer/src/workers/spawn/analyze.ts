/**
 * Starts the analysis worker (analyze.worker.ts), one per roster opened: a module worker, a file
 * of the served viewer's own origin. The single-file build (vite.single.config.ts) uses
 * analyze.single.ts instead.
 */
export function createAnalyzeWorker(): Worker {
  return new Worker(new URL('../analyze.worker.ts', import.meta.url), { type: 'module' });
}
