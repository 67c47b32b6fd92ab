/**
 * The analysis worker
 * ===================
 *
 * Runs off the main thread what `trackmap analyze` runs: `parseRoster` on the opened CSV files
 * (bytes, so the core detects the encoding as the CLI does), then `analyzeRoster`, reporting
 * each step. The transfer simulation and the E-I permutation test are skipped: the viewer shows
 * neither, and every measure it shows is computed exactly as the CLI computes it (same seed).
 * A `graph.json` from `trackmap analyze` is read instead when no CSV file was opened; its
 * routes to decision-makers are recomputed with the core's `participantRoutes`. On rosters of
 * 1,000 people or more, the all-pairs pass runs on several Web Workers (the core's
 * kernels/all-pairs-pool.ts).
 */

import {
  analyzeRoster,
  buildCsr,
  DEFAULT_ANALYZE_OPTIONS,
  type ImportIssue,
  makeIssue,
  type ParseRosterOptions,
  type PassReply,
  type PassWorker,
  parseRoster,
  participantRoutes,
  prepareAllPairs,
  type RosterGraph,
  RosterImportError,
  type RosterSources,
  rosterAllPairsInput,
  runAllPairsPool,
  TrackmapError,
  workersFor,
} from '@trackmap/core';
import Graph from 'graphology';
import { classifyFiles } from '../data/classify-files.js';
import { parseConfig } from '../data/config.js';
import type { InputFile, LoadedPayload, LoadRequest, WorkerMessage } from '../data/protocol.js';
import { rosterFromGraph, rosterViews } from '../data/roster-views.js';

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

/**
 * The all-pairs pass (betweenness, transfer betweenness, closeness, harmonic) on up to as many
 * Web Workers as the browser reports cores, with the analysis' own settings; the same result, bit
 * for bit, as `analyzeRoster` computing it alone (see the core's
 * kernels/all-pairs-pool.ts).
 */
async function allPairsOnWorkers(graph: RosterGraph) {
  const d = DEFAULT_ANALYZE_OPTIONS;
  const csr = buildCsr(graph);
  const plan = prepareAllPairs(
    csr,
    rosterAllPairsInput(graph, csr, {
      seed: d.seed,
      approximate: d.approximate,
      approximateAbove: d.approximateAbove,
      epsilon: d.epsilon,
      delta: d.delta,
    }),
  );
  const workers = workersFor(plan, navigator.hardwareConcurrency ?? 1);
  if (workers <= 1) return null;
  const step = `betweenness, closeness, harmonic on ${workers} workers`;
  return runAllPairsPool(plan, {
    workers,
    create: passWorker,
    onProgress: (done, total) => post({ type: 'progress', step, done, total }),
  });
}

/** A Web Worker behind the pool's `PassWorker` interface. */
function passWorker(): PassWorker {
  const worker = new Worker(new URL('./all-pairs.worker.ts', import.meta.url), { type: 'module' });
  const pass: PassWorker = {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    onmessage: null,
    onerror: null,
  };
  worker.onmessage = (event: MessageEvent<PassReply>) => pass.onmessage?.({ data: event.data });
  worker.onerror = (event) => pass.onerror?.(new Error(`all-pairs worker: ${event.message || 'failed'}`));
  return pass;
}

async function loadCsv(
  request: LoadRequest,
  classified: ReturnType<typeof classifyFiles<InputFile>>,
): Promise<LoadedPayload> {
  const people = classified.csv.people;
  if (!people) throw missingPeople(request.label);
  const sources: RosterSources = { people: { name: people.name, bytes: people.bytes } };
  for (const kind of ['ties', 'events', 'attendance'] as const) {
    const f = classified.csv[kind];
    if (f) sources[kind] = { name: f.name, bytes: f.bytes };
  }
  const options: ParseRosterOptions = classified.config
    ? parseConfig(classified.config.name, new TextDecoder().decode(classified.config.bytes))
    : {};
  post({ type: 'progress', step: 'reading the roster', done: 0, total: 1 });
  const imported = parseRoster(sources, options);
  const allPairs = await allPairsOnWorkers(imported.graph);
  const analysis = analyzeRoster(imported, {
    allPairs,
    transferRuns: 0,
    permutations: 0,
    onProgress: (p) => post({ type: 'progress', ...p }),
  });
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
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes));
  } catch (error) {
    throw new TrackmapError('INVALID_GRAPH', `${file.name}: not a JSON file (${(error as Error).message})`);
  }
  const shape = data as { nodes?: unknown; edges?: unknown };
  if (typeof data !== 'object' || data === null || !Array.isArray(shape.nodes)) {
    throw new TrackmapError('INVALID_GRAPH', `${file.name}: not a graph.json from trackmap analyze (no "nodes" list)`);
  }
  let graph: RosterGraph;
  try {
    graph = Graph.from(data as Parameters<typeof Graph.from>[0], { type: 'undirected' }) as unknown as RosterGraph;
  } catch (error) {
    throw new TrackmapError(
      'INVALID_GRAPH',
      `${file.name}: not a graph trackmap can read (${(error as Error).message})`,
    );
  }
  graph.forEachNode((id, a) => {
    if (typeof a.label !== 'string') graph.setNodeAttribute(id, 'label', typeof a.name === 'string' ? a.name : id);
  });
  graph.forEachEdge((edge, a) => {
    if (typeof a.weight !== 'number' || !Number.isFinite(a.weight))
      throw new TrackmapError('INVALID_GRAPH', `${file.name}: link ${edge} has no numeric weight`);
  });
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
    const classified = classifyFiles(request.files);
    const payload =
      Object.keys(classified.csv).length === 0 && classified.graphJson
        ? loadGraphJson(
            request,
            classified.graphJson,
            classified.ignored.map((f) => f.name),
          )
        : await loadCsv(request, classified);
    post({ type: 'loaded', payload });
  } catch (error) {
    const issues: ImportIssue[] = error instanceof RosterImportError ? [...error.issues] : [];
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', message, issues });
  }
};
