/**
 * The analysis worker
 * ===================
 *
 * Runs off the main thread what `trackmap analyze` runs, with the same calls: `parseRoster` on the
 * opened CSV files (bytes, so the core detects the encoding as the CLI does), then `planAnalysis`,
 * a runner, `finishAnalysis`, reporting each step. The runner is the core's `runTasksOnWorkers`:
 * from 1,000 people the all-pairs pass runs on several Web Workers (task.worker.ts), below that in
 * this worker. The transfer simulation and the E-I permutation test are skipped: the viewer shows
 * neither, and every measure it shows is computed exactly as the CLI computes it (same seed).
 * A `graph.json` from `trackmap analyze` is read instead (the core's `parseGraphJson`) when no CSV file was opened; its routes
 * to decision-makers are recomputed with the core's `participantRoutes`.
 */

import {
  assignPersonMetrics,
  type ImportIssue,
  makeIssue,
  type ParseRosterOptions,
  parseGraphJson,
  parseRoster,
  parseRosterConfig,
  participantRoutes,
  type RosterConfig,
  RosterImportError,
  type RosterSources,
  rosterConfigOptions,
} from '@trackmap/core';
import {
  finishAnalysis,
  planAnalysis,
  runTasksOnWorkers,
  type TaskReply,
  type TaskWorker,
} from '@trackmap/core/parallel';
import { baseName, CONFIG_FILE_NAME, classifyFiles } from '../data/classify-files.js';
import type { InputFile, LoadedPayload, LoadRequest, WorkerMessage } from '../data/protocol.js';
import { rosterFromGraph, rosterViews } from '../data/roster-views.js';
import { createTaskWorker } from './spawn/task.js';

const post = (message: WorkerMessage) => self.postMessage(message);

function missingPeople(label: string): RosterImportError {
  return new RosterImportError([
    makeIssue(
      'CSV_MISSING_FILE',
      'error',
      'import-stopped',
      'no people file among the opened files (expected people.csv, participants.csv or persons.csv, or a graph.json)',
      {
        source: label,
        hint: 'open every CSV file of the roster folder, or the graph.json that trackmap analyze wrote',
      },
    ),
  ]);
}

/** A Web Worker behind the core's task-worker interface. */
function taskWorker(): TaskWorker {
  const worker = createTaskWorker();
  const task: TaskWorker = {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    onmessage: null,
    onerror: null,
  };
  worker.onmessage = (event: MessageEvent<TaskReply>) => task.onmessage?.({ data: event.data });
  worker.onerror = (event) => task.onerror?.(new Error(`task worker: ${event.message || 'failed'}`));
  return task;
}

async function loadCsv(
  request: LoadRequest,
  classified: ReturnType<typeof classifyFiles<InputFile>>,
  config: RosterConfig | null,
): Promise<LoadedPayload> {
  const people = classified.csv.people;
  if (!people) throw missingPeople(request.label);
  const sources: RosterSources = { people: { name: people.name, bytes: people.bytes } };
  for (const kind of ['ties', 'events', 'attendance'] as const) {
    const f = classified.csv[kind];
    if (f) sources[kind] = { name: f.name, bytes: f.bytes };
  }
  const options: ParseRosterOptions = config ? rosterConfigOptions(config) : {};
  post({ type: 'progress', step: 'reading the roster', done: 0, total: 1 });
  const imported = parseRoster(sources, options);
  const plan = planAnalysis(imported, {
    transferRuns: 0,
    permutations: 0,
    onProgress: (p) => post({ type: 'progress', ...p }),
  });
  const workers = { workers: navigator.hardwareConcurrency ?? 1, create: taskWorker };
  const analysis = finishAnalysis(plan, await runTasksOnWorkers(plan, workers));
  assignPersonMetrics(imported.graph, analysis.people);
  post({ type: 'progress', step: 'composition of each roster', done: 1, total: 1 });
  return {
    label: request.label,
    kind: 'csv',
    graph: imported.graph.export(),
    issues: imported.issues,
    routes: analysis.routes,
    rosters: rosterViews(imported.roster),
    headline: {
      people: imported.graph.order,
      links: imported.graph.size,
      events: imported.roster.events.length,
      communities: analysis.summary.graph.communities,
      decisionMakers: analysis.summary.access.decisionMakers,
    },
    ignored: classified.ignored.map((f) => f.name),
  };
}

function loadGraphJson(request: LoadRequest, file: InputFile, ignored: string[]): LoadedPayload {
  post({ type: 'progress', step: 'reading graph.json', done: 0, total: 2 });
  const graph = parseGraphJson(file.name, file.bytes);
  post({ type: 'progress', step: 'routes to decision-makers', done: 1, total: 2 });
  const routes = participantRoutes(graph, { k: 3 });
  const roster = rosterFromGraph(graph);
  const communities = new Set(graph.mapNodes((_n, a) => a.community).filter((c) => typeof c === 'number'));
  return {
    label: request.label,
    kind: 'graph-json',
    graph: graph.export(),
    issues: [],
    routes,
    rosters: rosterViews(roster),
    headline: {
      people: graph.order,
      links: graph.size,
      events: roster.events.length,
      communities: communities.size > 0 ? communities.size : null,
      decisionMakers: graph.filterNodes((_n, a) => a.isDecisionMaker === true).length,
    },
    ignored,
  };
}

self.onmessage = async (event: MessageEvent<LoadRequest>) => {
  const request = event.data;
  try {
    // The config first: its `files` say which file is which.
    const configFile = request.files.find((f) => baseName(f.name).toLowerCase() === CONFIG_FILE_NAME);
    const config = configFile ? parseRosterConfig(configFile.name, new TextDecoder().decode(configFile.bytes)) : null;
    const classified = classifyFiles(request.files, config?.files);
    const payload =
      Object.keys(classified.csv).length === 0 && classified.graphJson
        ? loadGraphJson(
            request,
            classified.graphJson,
            classified.ignored.map((f) => f.name),
          )
        : await loadCsv(request, classified, config);
    post({ type: 'loaded', payload });
  } catch (error) {
    const issues: ImportIssue[] = error instanceof RosterImportError ? [...error.issues] : [];
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', message, issues });
  }
};
