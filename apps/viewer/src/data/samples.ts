/**
 * The bundled samples
 * ===================
 *
 * `data-samples/dialogue` (163 people, the default) and `data-samples/quickstart` (12 people,
 * `?sample=quickstart`), imported as text at build time (Vite `?raw`), so opening the viewer
 * makes no request. They go through the worker like any file the user opens.
 *
 * The single-file viewer (`trackmap-viewer.html`, and every `map.html`) bundles no sample: it uses
 * samples.single.ts instead, so a map holds only its own analysis.
 */

import dAttendance from '../../../../data-samples/dialogue/attendance.csv?raw';
import dEvents from '../../../../data-samples/dialogue/events.csv?raw';
import dPeople from '../../../../data-samples/dialogue/people.csv?raw';
import dTies from '../../../../data-samples/dialogue/ties.csv?raw';
import qAttendance from '../../../../data-samples/quickstart/attendance.csv?raw';
import qEvents from '../../../../data-samples/quickstart/events.csv?raw';
import qPeople from '../../../../data-samples/quickstart/people.csv?raw';
import qTies from '../../../../data-samples/quickstart/ties.csv?raw';
import type { InputFile } from './protocol.js';

export const SAMPLES = {
  dialogue: { people: dPeople, ties: dTies, events: dEvents, attendance: dAttendance },
  quickstart: { people: qPeople, ties: qTies, events: qEvents, attendance: qAttendance },
} as const;

export type SampleName = keyof typeof SAMPLES;

export function isSampleName(name: string): name is SampleName {
  return Object.hasOwn(SAMPLES, name);
}

export function sampleFiles(name: SampleName): { label: string; files: InputFile[] } {
  const encoder = new TextEncoder();
  const texts = SAMPLES[name];
  return {
    label: `data-samples/${name} (bundled sample)`,
    files: Object.entries(texts).map(([kind, text]) => ({ name: `${kind}.csv`, bytes: encoder.encode(text) })),
  };
}

/** Whether this build bundles the samples (the served viewer does; the single-file one does not). */
export const HAS_SAMPLES = true;

/** The roster opened at start-up: the sample named by `?sample=` (dialogue by default). */
export function startSample(name: string | null): { label: string; files: InputFile[] } | null {
  return sampleFiles(name !== null && isSampleName(name) ? name : 'dialogue');
}
