/**
 * Opening a roster
 * ================
 *
 * `openRoster(label, files, onProgress)` hands the files to a fresh analysis worker and resolves
 * with the loaded roster: the person graph rebuilt on the main thread (graphology, every measure
 * on the nodes), the import warnings, routes and rosters. It rejects with `OpenError` (the
 * message and every import issue) when the roster cannot be opened. `cancel()` stops the worker,
 * e.g. when the user opens another roster before this one is done.
 */

import type { ImportIssue, PersonAttributes, RosterGraph, Route } from '@trackmap/core';
import Graph from 'graphology';
import { createAnalyzeWorker } from '../workers/spawn/analyze.js';
import { OpenError } from './open-error.js';
import type { Headline, InputFile, LoadRequest, RosterView, WorkerMessage } from './protocol.js';

export interface LoadedRoster {
  label: string;
  kind: 'csv' | 'graph-json';
  graph: RosterGraph;
  issues: ImportIssue[];
  /** Routes to the nearest decision-makers, by participant id. */
  routesByPerson: Map<string, Route[]>;
  /** Routes ending at each decision-maker. */
  routesByTarget: Map<string, Route[]>;
  rosters: RosterView[];
  headline: Headline;
  ignored: string[];
}

export interface Progress {
  step: string;
  done: number;
  total: number;
  /** Within a long step (the all-pairs pass): its tasks done and their number. */
  tasks?: { done: number; total: number };
}

function group(routes: Route[], key: (r: Route) => string): Map<string, Route[]> {
  const out = new Map<string, Route[]>();
  for (const r of routes) (out.get(key(r)) ?? out.set(key(r), []).get(key(r)))?.push(r);
  return out;
}

export function openRoster(
  label: string,
  files: InputFile[],
  onProgress: (p: Progress) => void,
): { promise: Promise<LoadedRoster>; cancel: () => void } {
  const worker = createAnalyzeWorker();
  let settled = false;
  let rejectPromise: (e: Error) => void = () => {};
  const promise = new Promise<LoadedRoster>((resolve, reject) => {
    rejectPromise = reject;
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const msg = event.data;
      if (msg.type === 'progress') {
        onProgress(msg);
        return;
      }
      settled = true;
      worker.terminate();
      if (msg.type === 'failed') {
        reject(new OpenError(msg.message, msg.issues));
        return;
      }
      const p = msg.payload;
      const graph = Graph.from(p.graph) as unknown as RosterGraph;
      graph.forEachNode((id, a: PersonAttributes) => {
        if (typeof a.label !== 'string') graph.setNodeAttribute(id, 'label', id);
      });
      resolve({
        label: p.label,
        kind: p.kind,
        graph,
        issues: p.issues,
        routesByPerson: group(p.routes, (r) => r.source),
        routesByTarget: group(p.routes, (r) => r.target),
        rosters: p.rosters,
        headline: p.headline,
        ignored: p.ignored,
      });
    };
    worker.onerror = (event) => {
      settled = true;
      worker.terminate();
      reject(new OpenError(`the analysis worker stopped: ${event.message || 'unknown error'}`, []));
    };
  });
  const request: LoadRequest = { type: 'load', label, files };
  worker.postMessage(request);
  return {
    promise,
    cancel: () => {
      if (settled) return;
      settled = true;
      worker.terminate();
      rejectPromise(new OpenError('cancelled', []));
    },
  };
}
