/**
 * No bundled samples: the single-file viewer
 * ==========================================
 *
 * vite.single.config.ts puts this file in place of samples.ts, so `trackmap-viewer.html` and every
 * `map.html` hold no roster but the one embedded in them (a pseudonymised map must hold only what
 * the other outputs hold). It starts empty, waiting for the user's files.
 */

import type { InputFile } from './protocol.js';

/** Whether this build bundles the samples (the served viewer does; the single-file one does not). */
export const HAS_SAMPLES = false;

/** The roster opened at start-up: none in the single-file viewer. */
export function startSample(_name: string | null): { label: string; files: InputFile[] } | null {
  return null;
}
