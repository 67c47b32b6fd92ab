/**
 * Loading a roster
 * ================
 *
 * The stub opens on the bundled quickstart sample: its CSV files are imported as text at
 * build time (Vite `?raw`), so opening the viewer makes no request at all. The texts go
 * through the same pure pipeline as the CLI: `parseRoster` then `analyzeRoster`.
 */

import {
  type Analysis,
  analyzeRoster,
  type ImportIssue,
  type PersonMetrics,
  parseRoster,
  type Roster,
  type RosterGraph,
  type RosterSources,
} from '@trackmap/core';
import attendance from '../../../../data-samples/quickstart/attendance.csv?raw';
import events from '../../../../data-samples/quickstart/events.csv?raw';
import people from '../../../../data-samples/quickstart/people.csv?raw';
import ties from '../../../../data-samples/quickstart/ties.csv?raw';

export interface LoadedRoster {
  /** Where the roster came from, for display. */
  label: string;
  roster: Roster;
  /** The person graph; its nodes carry every measure after `analyzeRoster`. */
  graph: RosterGraph;
  issues: ImportIssue[];
  analysis: Analysis;
  /** Per-person measures by person id. */
  metrics: Map<string, PersonMetrics>;
}

/** Imports and analyses a roster given as CSV texts. Throws `RosterImportError` on errors. */
export function loadRoster(label: string, sources: RosterSources): LoadedRoster {
  const imported = parseRoster(sources);
  const analysis = analyzeRoster(imported);
  return {
    label,
    roster: imported.roster,
    graph: imported.graph,
    issues: imported.issues,
    analysis,
    metrics: new Map(analysis.people.map((p) => [p.id, p])),
  };
}

/** The bundled sample, `data-samples/quickstart/`. */
export function loadSample(): LoadedRoster {
  return loadRoster('data-samples/quickstart', {
    people: { name: 'people.csv', text: people },
    ties: { name: 'ties.csv', text: ties },
    events: { name: 'events.csv', text: events },
    attendance: { name: 'attendance.csv', text: attendance },
  });
}
