/**
 * Planning an analysis
 * ====================
 *
 * An analysis runs in three parts, the same in the CLI, in the viewer and in `analyzeRoster`:
 *
 *   planAnalysis(imported, options)   → the plan: resolved options, the CSR, the heavy tasks
 *   a runner                          → runs the heavy tasks: in this thread (`runTasksInThread`),
 *                                       on Web Workers (`runTasksOnWorkers`), or on Node threads
 *                                       (`runTasksOnThreads` of @trackmap/core/node)
 *   finishAnalysis(plan, results)     → every other step, and the `Analysis`
 *
 * The heavy tasks are the all-pairs pass (betweenness, transfer betweenness, closeness,
 * harmonic) and the transfer simulation from the latest round (analysis/tasks.ts). Their results
 * are the same, bit for bit, whichever runner ran them, so the analysis is too.
 *
 * Progress comes from one list, {@link ANALYSIS_STEPS}: the runner reports the two heavy steps,
 * `finishAnalysis` the others, each as `{ step, done, total }` with `done` the step's position.
 *
 * Pure: nothing here reads files, starts workers or changes the caller's graph.
 */

import { DEFAULT_LOUVAIN_OPTIONS } from '../communities/louvain.js';
import type { ImportIssue } from '../errors.js';
import { prepareAllPairs } from '../kernels/all-pairs.js';
import { buildCsr, type CsrGraph } from '../kernels/csr.js';
import { edgeWeightReader } from '../metrics/centrality/degree.js';
import { DEFAULT_PAGERANK_OPTIONS } from '../metrics/centrality/pagerank.js';
import { autoOr, inRange, nullOr, OPTION_RANGES, oneOf, resolveOptions } from '../options.js';
import { DEFAULT_ROUTES_OPTIONS } from '../paths/routes.js';
import { prepareCascade } from '../transfer/independent-cascade.js';
import type { Person, Roster, RosterGraph } from '../types.js';
import { rosterAllPairsInput } from './all-pairs-input.js';
import { type LatestRound, latestRound } from './latest-round-transfer.js';
import type { AnalysisJobKinds } from './tasks.js';

/** Options of an analysis: seed, resolution, routes, transfer runs, permutations and approximation. */
export interface AnalyzeOptions {
  /** Seed of the Louvain RNG, the E-I permutations, the samples and the transfer simulation. @defaultValue `42` */
  seed?: number;
  /** Louvain resolution. @defaultValue `1` */
  resolution?: number;
  /**
   * Louvain runs (drawn in turn from the `seed` stream), 1 to 1000 or `'auto'` (100 up to 2,000
   * links, 10 up to 500,000, 3 above: `autoLouvainRuns`); the partition of highest modularity is
   * kept and the others give its stability (communities/louvain.ts). @defaultValue `'auto'`
   */
  communityRuns?: number | 'auto';
  /** Shortest routes to decision-makers kept per participant (paths.csv). @defaultValue `3` */
  routesPerPerson?: number;
  /**
   * Runs of the transfer simulation from the latest round's participants shown in the report
   * (0 to skip). @defaultValue `2000`
   */
  transferRuns?: number;
  /** Permutations of the E-I index test. @defaultValue `1000` */
  permutations?: number;
  /**
   * Reference population for the rosters' distance (TVD) and Shannon's K: the whole people file
   * when null. @defaultValue `null`
   */
  reference?: Person[] | null;
  /** Called at the start of each step of {@link ANALYSIS_STEPS}, after each heavy task, and at the end. */
  onProgress?: ((progress: AnalysisProgress) => void) | null;
  /**
   * Sample the all-pairs measures (betweenness, transfer betweenness, closeness, harmonic):
   * `'auto'` above `approximateAbove` people, `true` always, `false` never. @defaultValue `'auto'`
   */
  approximate?: boolean | 'auto';
  /** Size above which `'auto'` samples. @defaultValue `20000` */
  approximateAbove?: number;
  /** Additive error bound of the approximations. @defaultValue `0.05` */
  epsilon?: number;
  /** Probability that a bound fails. @defaultValue `0.1` */
  delta?: number;
}

/** Defaults of {@link AnalyzeOptions}, as the CLI uses them. */
export const DEFAULT_ANALYZE_OPTIONS: Readonly<Required<AnalyzeOptions>> = Object.freeze({
  seed: 42,
  resolution: 1,
  communityRuns: DEFAULT_LOUVAIN_OPTIONS.runs,
  routesPerPerson: DEFAULT_ROUTES_OPTIONS.k,
  transferRuns: 2000,
  permutations: 1000,
  reference: null,
  onProgress: null,
  approximate: 'auto',
  approximateAbove: 20_000,
  epsilon: 0.05,
  delta: 0.1,
});

/**
 * The steps of an analysis, in the order they run: first the two heavy ones (run by a runner),
 * then the ones `finishAnalysis` runs. The per-person measures name their step in the measure
 * registry.
 */
export const ANALYSIS_STEPS = [
  { id: 'all-pairs', title: 'betweenness, transfer betweenness, closeness, harmonic (one pass)' },
  { id: 'transfer', title: 'transfer simulation from the latest round' },
  { id: 'degree', title: 'degree and strength' },
  { id: 'access', title: 'access to decision-makers' },
  { id: 'pagerank', title: 'pagerank' },
  { id: 'eigenvector', title: 'eigenvector' },
  { id: 'local', title: 'constraint, effective size, clustering, core number' },
  { id: 'communities', title: 'communities' },
  { id: 'brokerage', title: 'brokerage roles' },
  { id: 'asymmetry', title: 'asymmetry between sides' },
  { id: 'routes', title: 'routes to decision-makers' },
  { id: 'homophily', title: 'homophily, communities and roster diversity' },
  { id: 'summary', title: 'graph summary' },
] as const;

/** The id of one of the {@link ANALYSIS_STEPS}. */
export type AnalysisStepId = (typeof ANALYSIS_STEPS)[number]['id'];

/** A progress report of an analysis: the step and how many are done. */
export interface AnalysisProgress {
  /** The step's title (`'done'` at the end). */
  step: string;
  /** Steps finished: the position of this step in {@link ANALYSIS_STEPS}. */
  done: number;
  /** Number of steps. */
  total: number;
  /** Within a heavy step: its tasks finished and their number. */
  tasks?: { done: number; total: number };
}

/** What an analysis reads: the result of `parseRoster` (or a roster and its person graph). */
export interface AnalysisInput {
  roster: Roster;
  graph: RosterGraph;
  issues: readonly ImportIssue[];
}

/** The heavy tasks of an analysis: plain data, postable to workers (analysis/tasks.ts). */
export interface AnalysisTasks {
  /** The all-pairs pass. */
  allPairs: AnalysisJobKinds['all-pairs']['job'];
  /** The transfer simulation from the latest round; `null` when skipped or impossible. */
  transfer: AnalysisJobKinds['cascade']['job'] | null;
}

/** What `planAnalysis` returns, for a runner and then `finishAnalysis`. */
export interface AnalysisPlan {
  readonly input: AnalysisInput;
  readonly options: Readonly<Required<AnalyzeOptions>>;
  /** The person graph as a CSR, built once for every kernel (link weights read for PageRank). */
  readonly csr: CsrGraph;
  /** Where the transfer simulation starts; `null` when it is skipped or impossible. */
  readonly latestRound: LatestRound | null;
  readonly tasks: Readonly<AnalysisTasks>;
}

/**
 * Plans an analysis: validates the options, builds the CSR and prepares the heavy tasks.
 *
 * @param imported - `{ roster, graph, issues }` as returned by `parseRoster`; not modified.
 * @param options - see {@link AnalyzeOptions}.
 * @returns the plan, for a runner and `finishAnalysis`.
 * @throws InvalidOptionError for an option out of range (naming it).
 */
export function planAnalysis(imported: AnalysisInput, options?: AnalyzeOptions): AnalysisPlan {
  const opts = resolveOptions(DEFAULT_ANALYZE_OPTIONS, options, {
    seed: inRange(OPTION_RANGES.seed),
    resolution: inRange(OPTION_RANGES.resolution),
    communityRuns: autoOr(OPTION_RANGES.communityRuns),
    routesPerPerson: inRange(OPTION_RANGES.routes),
    transferRuns: inRange(OPTION_RANGES.transferRuns),
    permutations: inRange(OPTION_RANGES.permutations),
    reference: (v) => (v === null || Array.isArray(v) ? undefined : 'a list of people or null'),
    onProgress: nullOr((v) => (typeof v === 'function' ? undefined : 'a function')),
    approximate: oneOf(true, false, 'auto'),
    approximateAbove: inRange(OPTION_RANGES.approximateAbove),
    epsilon: inRange(OPTION_RANGES.errorBound),
    delta: inRange(OPTION_RANGES.errorBound),
  });
  const { roster, graph } = imported;
  const csr = buildCsr(graph, edgeWeightReader(DEFAULT_PAGERANK_OPTIONS.getEdgeWeight));
  const allPairs = prepareAllPairs(
    csr,
    rosterAllPairsInput(graph, csr, {
      seed: opts.seed,
      approximate: opts.approximate,
      approximateAbove: opts.approximateAbove,
      epsilon: opts.epsilon,
      delta: opts.delta,
    }),
  );
  const round = opts.transferRuns > 0 ? latestRound(roster, graph) : null;
  const transfer =
    round === null
      ? null
      : ({
          kind: 'cascade',
          prepared: prepareCascade(graph, { seeds: round.seeds, runs: opts.transferRuns, seed: opts.seed }),
        } as const);
  return Object.freeze({
    input: imported,
    options: Object.freeze({ ...opts }),
    csr,
    latestRound: round,
    tasks: Object.freeze({ allPairs: { kind: 'all-pairs', plan: allPairs } as const, transfer }),
  });
}

/** Reports the start of step `id` through the plan's `onProgress`. */
export function reportStep(plan: AnalysisPlan, id: AnalysisStepId): void {
  const on = plan.options.onProgress;
  if (!on) return;
  const done = ANALYSIS_STEPS.findIndex((s) => s.id === id);
  on({ step: (ANALYSIS_STEPS[done] as (typeof ANALYSIS_STEPS)[number]).title, done, total: ANALYSIS_STEPS.length });
}

/** A task callback that reports the progress of heavy step `id`; `null` without `onProgress`. */
export function taskProgress(plan: AnalysisPlan, id: AnalysisStepId): ((done: number, total: number) => void) | null {
  const on = plan.options.onProgress;
  if (!on) return null;
  const position = ANALYSIS_STEPS.findIndex((s) => s.id === id);
  const title = (ANALYSIS_STEPS[position] as (typeof ANALYSIS_STEPS)[number]).title;
  return (done, total) => on({ step: title, done: position, total: ANALYSIS_STEPS.length, tasks: { done, total } });
}

/** Reports the end of the analysis. */
export function reportDone(plan: AnalysisPlan): void {
  plan.options.onProgress?.({ step: 'done', done: ANALYSIS_STEPS.length, total: ANALYSIS_STEPS.length });
}
