/**
 * Starts the layout worker (layout.worker.ts), in the single-file viewer (vite.single.config.ts
 * puts this file in place of layout.ts): the worker's code is inlined in the page and started from
 * a Blob URL, as a *classic* script (`worker.format: 'iife'`). From file:// a module worker from a
 * Blob URL fails in Chromium; a classic one works, with `worker-src blob:` in the
 * Content-Security-Policy.
 */
import LayoutWorker from '../layout.worker.ts?worker&inline';

export function createLayoutWorker(): Worker {
  return new LayoutWorker();
}
