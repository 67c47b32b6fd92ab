/** Loads a bundled sample from data-samples/ and imports and analyses it as the viewer's worker does. */

import { readFileSync } from 'node:fs';
import {
  analyzeRoster,
  assignPersonMetrics,
  type ParseRosterResult,
  parseRoster,
  type RosterSources,
} from '@trackmap/core';

export function sampleSources(name: string): RosterSources {
  const file = (kind: string) => {
    const path = new URL(`../../../data-samples/${name}/${kind}.csv`, import.meta.url);
    return { name: `${kind}.csv`, bytes: new Uint8Array(readFileSync(path)) };
  };
  return { people: file('people'), ties: file('ties'), events: file('events'), attendance: file('attendance') };
}

/** Imported and analysed with the worker's options (no transfer simulation, no permutations). */
export function analysedSample(name: string): ParseRosterResult {
  const imported = parseRoster(sampleSources(name));
  assignPersonMetrics(imported.graph, analyzeRoster(imported, { transferRuns: 0, permutations: 0 }).people);
  return imported;
}
