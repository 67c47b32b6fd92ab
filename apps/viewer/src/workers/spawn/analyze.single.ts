/**
 * Starts the analysis worker (analyze.worker.ts), one per roster opened, in the single-file viewer
 * (vite.single.config.ts puts this file in place of analyze.ts): the worker's code is inlined in
 * the page and started from a Blob URL, as a *classic* script (`worker.format: 'iife'`). From
 * file:// a module worker from a Blob URL fails in Chromium; a classic one works, with `worker-src
 * blob:` in the Content-Security-Policy.
 */
import AnalyzeWorker from '../analyze.worker.ts?worker&inline';

export function createAnalyzeWorker(): Worker {
  return new AnalyzeWorker();
}
