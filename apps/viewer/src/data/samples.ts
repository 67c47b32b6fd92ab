/**
 * The bundled samples
 * ===================
 *
 * `data-samples/dialogue` (163 people, the default) and `data-samples/quickstart` (12 people,
 * `?sample=quickstart`), imported as text at build time (Vite `?raw`), so opening the viewer
 * makes no request. They go through the worker like any file the user opens.
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
