/**
 * What the main thread and the analysis worker say to each other
 * ==============================================================
 *
 * The page posts the files the user opened (names and bytes); the worker answers with progress
 * messages, then either the loaded roster (the analysed graph serialised as graphology does it,
 * the import warnings, the routes to decision-makers, the rosters with their composition) or the
 * error, with every import issue when the import failed.
 */

import type { ImportIssue, RosterComposition, RosterGraph, RosterKind, Route } from '@trackmap/core';

export type SerializedGraph = ReturnType<RosterGraph['export']>;

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface LoadRequest {
  type: 'load';
  /** Where the files came from, for display ("data-samples/dialogue", "3 files"...). */
  label: string;
  files: InputFile[];
}

/** One roster of the programme (everyone, an event, a round, an initiative) and who is in it. */
export interface RosterView {
  key: string;
  kind: RosterKind;
  label: string;
  members: string[];
  composition: RosterComposition;
}

export interface Headline {
  people: number;
  links: number;
  events: number;
  communities: number | null;
  decisionMakers: number;
}

export interface LoadedPayload {
  label: string;
  /** `csv` when the worker imported and analysed CSV files, `graph-json` for an analyze output. */
  kind: 'csv' | 'graph-json';
  graph: SerializedGraph;
  issues: ImportIssue[];
  routes: Route[];
  rosters: RosterView[];
  headline: Headline;
  /** Files that were opened but not used (not a roster file). */
  ignored: string[];
}

export type WorkerMessage =
  | { type: 'progress'; step: string; done: number; total: number; tasks?: { done: number; total: number } }
  | { type: 'loaded'; payload: LoadedPayload }
  | { type: 'failed'; message: string; issues: ImportIssue[] };
