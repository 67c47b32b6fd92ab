/**
 * One benchmark phase in its own process (spawned by run.ts), so each phase's peak memory is its
 * own: `tsx benchmarks/phase.ts <phase> <roster dir> <work dir> [--sample-tasks k]`.
 *
 * Prints one JSON line: `{ rows: [{ name, ms, cpuMs, maxRssMiB, refMs?, note? }], ... }`, where
 * `maxRssMiB` is the process's RSS high-water mark (process.resourceUsage().maxRSS) right after
 * the step (so in a group of steps it is the peak so far, import included), `cpuMs` the process's
 * user + system CPU over the step (worker threads included), and `refMs` the time of the
 * graphology function computing the same thing on the same graph in the same process.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  analyzeRoster,
  assignPersonMetrics,
  asymmetry,
  betweenness,
  buildPersonGraph,
  closeness,
  constraint,
  effectiveSize,
  eigenvector,
  harmonic,
  louvainDetailed,
  pagerank,
  parseRoster,
  type RosterGraph,
  type RosterSources,
  track1Access,
  transferBetweenness,
} from '@trackmap/core';
import { findRosterFiles, readRoster, writeAnalysis } from '@trackmap/core/node';
import Graph from 'graphology';
import {
  type AllPairsOptions,
  APPROXIMATE_ABOVE,
  createAllPairsScratch,
  prepareAllPairs,
  runAllPairsTask,
} from '../packages/core/src/kernels/all-pairs.js';
import { buildCsr, type CsrGraph } from '../packages/core/src/kernels/csr.js';

// graphology-metrics and the Louvain package are dependencies of @trackmap/core, not of the root:
// resolve them from there (the same copies trackmap uses).
const requireFromCore = createRequire(join(import.meta.dirname, '../packages/core/package.json'));
type Fn = (...args: unknown[]) => unknown;
const ref = {
  betweenness: requireFromCore('graphology-metrics/centrality/betweenness') as Fn,
  closeness: requireFromCore('graphology-metrics/centrality/closeness') as Fn,
  pagerank: requireFromCore('graphology-metrics/centrality/pagerank') as Fn,
  eigenvector: requireFromCore('graphology-metrics/centrality/eigenvector') as Fn,
  louvain: requireFromCore('graphology-communities-louvain') as Fn,
  singleSourceLength: (requireFromCore('graphology-shortest-path/unweighted') as { singleSourceLength: Fn })
    .singleSourceLength,
};

export interface PhaseRow {
  name: string;
  ms: number;
  cpuMs: number;
  maxRssMiB: number;
  refMs?: number;
  /** How the reference time was obtained when not measured in full. */
  refNote?: string;
  note?: string;
}

const [phase, dir, work] = process.argv.slice(2) as [string, string, string];
const flag = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** When set, the exact all-pairs passes run only this many of their source ranges and are extrapolated. */
const sampleTasks = flag('sample-tasks') !== undefined ? Number(flag('sample-tasks')) : undefined;
const skipReference = process.argv.includes('--skip-reference');

const rows: PhaseRow[] = [];
// Each row is also printed as soon as it is measured, so a phase that dies later (out of memory,
// a time limit) still reports what it measured.
const pushRow = rows.push.bind(rows);
rows.push = (...items: PhaseRow[]) => {
  for (const row of items) process.stdout.write(`${JSON.stringify({ row })}\n`);
  return pushRow(...items);
};
const maxRss = () => process.resourceUsage().maxRSS / 1024;

function step<T>(name: string, fn: () => T, reference?: () => unknown, extra: Partial<PhaseRow> = {}): T {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const row: PhaseRow = { name, ms, cpuMs: (c.user + c.system) / 1000, maxRssMiB: maxRss(), ...extra };
  if (reference && !skipReference) {
    const r0 = performance.now();
    reference();
    row.refMs = performance.now() - r0;
  }
  rows.push(row);
  return out;
}

async function stepAsync(name: string, fn: () => Promise<unknown>): Promise<void> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  rows.push({ name, ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, maxRssMiB: maxRss() });
}

/** `computeAllPairs` of the built package (its worker file exists only in dist). */
async function threadedRunner(): Promise<{
  computeAllPairs: (csr: CsrGraph, options: AllPairsOptions, run: { threads: number }) => Promise<unknown>;
} | null> {
  const path = join(import.meta.dirname, '../packages/core/dist/node/threads.js');
  if (!existsSync(path)) return null;
  const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  return typeof mod.computeAllPairs === 'function' ? (mod as never) : null;
}

const baseline = maxRss();
let graph: RosterGraph;

if (phase === 'import-only') {
  await stepAsync('import (read + parse + project)', () => readRoster({ dir }));
} else if (phase === 'import-stream' || phase === 'import-text') {
  // The import at scale: streamed from the files (readRoster) or, as before issue #6 and as the
  // viewer does, each file read whole and parsed from its text (parseRoster).
  let counts = '';
  await stepAsync(phase === 'import-stream' ? 'streamed (readRoster)' : 'whole files (parseRoster)', async () => {
    const r =
      phase === 'import-stream'
        ? await readRoster({ dir })
        : parseRoster(
            Object.fromEntries(
              await Promise.all(
                Object.entries(await findRosterFiles(dir)).map(async ([kind, path]) => [
                  kind,
                  { name: path, bytes: await readFile(path) },
                ]),
              ),
            ) as RosterSources,
          );
    counts = `${r.roster.attendance.length} rows used, ${r.graph.size} links`;
  });
  (rows[0] as PhaseRow).note = counts;
} else {
  // The import is timed here too (its peak memory is the first row's), then the other steps.
  let importedOrNull: Awaited<ReturnType<typeof readRoster>> | null = null;
  if (phase === 'import') {
    await stepAsync('import (read + parse + project)', async () => {
      importedOrNull = await readRoster({ dir });
    });
  }
  const imported = importedOrNull ?? (await readRoster({ dir }));
  graph = imported.graph;
  const { roster } = imported;
  const n = graph.order;
  if (phase === 'import') {
    step('projection alone (buildPersonGraph)', () => buildPersonGraph(roster));
    // The edge list for igraph, and graphology built from the same list.
    const index = new Map(graph.nodes().map((key, i) => [key, i]));
    const edges: string[] = [];
    graph.forEachEdge((_e, a, s, t) => {
      edges.push(`${index.get(s)} ${index.get(t)} ${a.weight}`);
    });
    const dms = graph.filterNodes((_n, a) => a.isDecisionMaker === true).map((k) => index.get(k));
    writeFileSync(join(work, 'edges.txt'), `${n}\n${edges.join('\n')}\n`);
    writeFileSync(join(work, 'decision-makers.txt'), `${dms.join('\n')}\n`);
    const list = graph.mapEdges((_e, a, s, t) => [s, t, a.weight] as const);
    const nodes = graph.nodes();
    step('graph from an edge list (graphology)', () => {
      const g = new Graph({ type: 'undirected' });
      for (const k of nodes) g.addNode(k);
      for (const [s, t, w] of list) g.addEdge(s, t, { weight: w });
      return g;
    });
  } else if (phase === 'measures') {
    const g = graph;
    const big = sampleTasks !== undefined;
    // At L the exact single measures would take many minutes each: the fused pass above is
    // timed on a sample of its source ranges instead, and run.ts extrapolates the references.
    if (!big) {
      step(
        'betweenness',
        () => betweenness(g),
        () => ref.betweenness(g, { getEdgeWeight: null, normalized: true }),
      );
      step('transfer betweenness', () => transferBetweenness(g));
      step(
        'closeness',
        () => closeness(g),
        () => ref.closeness(g, { wassermanFaust: true }),
      );
      step('harmonic', () => harmonic(g));
    }
    step(
      'pagerank',
      () => pagerank(g),
      () => ref.pagerank(g, { getEdgeWeight: 'weight' }),
    );
    step(
      'eigenvector',
      () => eigenvector(g),
      () => ref.eigenvector(g, { getEdgeWeight: null }),
    );
    step('constraint + effective size', () => {
      constraint(g);
      effectiveSize(g);
    });
    const dms = g.filterNodes((_n, a) => a.isDecisionMaker === true);
    // graphology: one BFS per decision-maker (what igraph is timed on too), from 100 of them
    // (a minute at M for all 500), extrapolated.
    const sampled = dms.filter((_d, i) => i % Math.ceil(dms.length / 100) === 0);
    step('access (distances to decision-makers)', () => track1Access(g));
    if (!skipReference) {
      const r0 = performance.now();
      for (const d of sampled) ref.singleSourceLength(g, d);
      const row = rows.at(-1) as PhaseRow;
      row.refMs = ((performance.now() - r0) * dms.length) / sampled.length;
      if (sampled.length < dms.length)
        row.refNote = `extrapolated from ${sampled.length} of ${dms.length} decision-makers`;
    }
    step('asymmetry per round', () => asymmetry(roster, g));
    // The kernels' all-pairs pass last: at L it can reach the time limit, and the cheaper
    // measures above are then already reported.
    const csr = step('CSR from graphology (buildCsr)', () => buildCsr(g));
    // The fused pass: betweenness + closeness + harmonic from one BFS per source, in this thread.
    const plan = prepareAllPairs(csr, { approximate: false });
    const tasks = big ? plan.tasks.slice(0, sampleTasks) : plan.tasks;
    const factor = plan.tasks.length / tasks.length;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const scratch = createAllPairsScratch(plan);
    for (const task of tasks) runAllPairsTask(plan, task, scratch);
    const c = process.cpuUsage(c0);
    rows.push({
      name: 'fused all-pairs pass, exact, 1 thread (betweenness + closeness + harmonic)',
      ms: (performance.now() - t0) * factor,
      cpuMs: ((c.user + c.system) / 1000) * factor,
      maxRssMiB: maxRss(),
      ...(big ? { note: `extrapolated from ${tasks.length}/${plan.tasks.length} source ranges` } : {}),
    });
    // Worker threads need the built worker file: the threaded runner comes from dist.
    const dist = await threadedRunner();
    if (dist) {
      const threads = availableParallelism();
      if (!big) {
        await stepAsync(`fused all-pairs pass, exact, threads ${threads}`, () =>
          dist.computeAllPairs(csr, { approximate: false }, { threads }),
        );
        await stepAsync(`exact betweenness alone, threads ${threads}`, () =>
          dist.computeAllPairs(csr, { approximate: false, closeness: false }, { threads }),
        );
      }
      if (big || n > APPROXIMATE_ABOVE) {
        await stepAsync(`fused all-pairs pass, approximate (ε 0.05, δ 0.1), threads ${threads}`, () =>
          dist.computeAllPairs(csr, { approximate: true }, { threads }),
        );
      }
    }
  } else if (phase === 'louvain') {
    step(
      'louvain',
      () => louvainDetailed(graph),
      () => ref.louvain(graph, { getEdgeWeight: 'weight' }),
    );
  } else if (phase === 'analyze') {
    let last = performance.now();
    let current = '';
    const analysis = step('analyzeRoster (all measures)', () =>
      analyzeRoster(imported, {
        // Each step is reported as it ends (with the peak so far), so a run stopped by the time
        // limit still shows how far it got.
        onProgress: ({ step: s, tasks }) => {
          if (tasks) return; // progress within a step
          const now = performance.now();
          if (current)
            rows.push({ name: `  analyze step: ${current}`, ms: now - last, cpuMs: Number.NaN, maxRssMiB: maxRss() });
          last = now;
          current = s;
        },
      }),
    );
    await stepAsync('reports and outputs (writeAnalysis)', () => {
      assignPersonMetrics(graph, analysis.people);
      return writeAnalysis(join(work, 'out'), { graph, analysis, issues: imported.issues });
    });
  } else {
    throw new Error(`unknown phase ${phase}`);
  }
}
process.stdout.write(`${JSON.stringify({ phase, baselineMiB: baseline, rows })}\n`);
