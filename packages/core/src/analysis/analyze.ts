/**
 * Finishing an analysis
 * =====================
 *
 * `finishAnalysis(plan, results)` runs every step of {@link ANALYSIS_STEPS} after the two heavy
 * ones (whose results a runner computed from the plan, see analysis/plan.ts and analysis/run.ts)
 * and assembles the `Analysis`: the rows of `people-metrics.csv`, the content of `summary.json`,
 * the homophily details and the routes. `analyzeRoster(imported, options)` is plan, run in this
 * thread, finish, in one synchronous call.
 *
 * Pure: no I/O, and the caller's graph is never changed. Writing the measures onto the graph's
 * nodes (so `graph.json` carries them) is the separate, explicit `assignPersonMetrics`.
 *
 * The per-person measures come from the measure registry (measure-registry.ts): each step below
 * returns exactly the measures the registry assigns to it (`StepColumns`), and each row lists
 * them in registry order. The graph is turned once into a CSR (kernels/csr.ts, in the plan) that
 * every kernel shares.
 */

import type { RoundTurnover } from '../change/turnover.js';
import type { CommunityProfile } from '../communities/echo-chambers.js';
import { louvainDetailed } from '../communities/louvain.js';
import type { RosterComposition } from '../diversity/composition.js';
import { ConvergenceError, InvalidOptionError } from '../errors.js';
import type { AllPairsApproximation } from '../kernels/all-pairs.js';
import { coreNumberKernel } from '../kernels/core-number.js';
import { type CsrGraph, valuesByKey } from '../kernels/csr.js';
import {
  clusteringKernel,
  constraintKernel,
  degreeKernel,
  effectiveSizeKernel,
  neighbourLinkEndsKernel,
} from '../kernels/local.js';
import { eigenvectorKernel, pagerankKernel } from '../kernels/spectral.js';
import {
  MEASURE_REGISTRY,
  type MeasureStep,
  type MeasuresOfStep,
  type PersonMeasure,
  type PersonMeasureValues,
} from '../measure-registry.js';
import { type Track1Access, track1Access } from '../metrics/access/track1-access.js';
import { type BrokerageCounts, brokerageRoles } from '../metrics/brokerage/gould-fernandez.js';
import { strength } from '../metrics/centrality/degree.js';
import { DEFAULT_EIGENVECTOR_OPTIONS, eigenvector } from '../metrics/centrality/eigenvector.js';
import { DEFAULT_PAGERANK_OPTIONS, pagerank } from '../metrics/centrality/pagerank.js';
import { type GraphSummary, graphSummary } from '../metrics/graph/summary.js';
import { participantRoutes, type Route } from '../paths/routes.js';
import {
  type BrokerageColumn,
  EI_COLUMNS,
  type EiColumn,
  type FileReport,
  type ImportMapping,
  type Roster,
  type RosterGraph,
} from '../types.js';
import { createRng } from '../utils/rng.js';
import { type Asymmetry, asymmetry } from './asymmetry.js';
import { type HomophilyAnalysis, homophilyAnalysis } from './homophily-summary.js';
import { type LatestRoundTransfer, latestRoundSummary } from './latest-round-transfer.js';
import {
  type AnalysisInput,
  type AnalysisPlan,
  type AnalysisStepId,
  type AnalyzeOptions,
  planAnalysis,
  reportDone,
  reportStep,
} from './plan.js';
import { type AccessSummary, accessSummary } from './roster-access.js';
import { type AnalysisResults, runTasksInThread } from './run.js';

/**
 * One row of people-metrics.csv: `id`, `name`, `track`, every measure of the registry
 * (measure-registry.ts) under its key, then the brokerage and E-I columns.
 */
export interface PersonMetrics
  extends PersonMeasureValues,
    Record<BrokerageColumn, number>,
    Record<EiColumn, number | null> {
  id: string;
  name: string;
  track: string;
}

export type { AccessSummary } from './roster-access.js';

/** The roster-level results written to summary.json. */
export interface AnalysisSummary {
  trackmap: { version: string; schema: 1 };
  /** Newman assortativity of the person graph by attribute (categorical; `ideology` numeric). */
  assortativity: Record<string, number | null>;
  /** Whole-network E-I index by categorical attribute (unweighted). */
  ei_index: Record<string, number | null>;
  /** Communities with composition, ideological spread, E-I and the echo-chamber flag. */
  communities: Omit<CommunityProfile, 'members'>[];
  /** Diversity of the whole people file (the `all` row of rosters.csv). */
  diversity: RosterComposition | null;
  turnover: RoundTurnover[];
  /** Suggested invitations for the latest dated event (null when there is none). */
  suggestions: HomophilyAnalysis['suggestions'];
  roster: {
    files: FileReport[];
    people: number;
    ties: number;
    events: number;
    attendance: number;
    byTrack: Record<string, number>;
    bySide: Record<string, number>;
    /** The decision-maker rules (combined with OR), each with what it matched. */
    decisionMakerRules: Roster['decisionMakers'];
    /** Every automatic mapping the import made, with the rows each touched. */
    mappings: ImportMapping[];
  };
  import: { warnings: number; byCode: Record<string, number> };
  graph: GraphSummary & {
    modularity: number;
    communities: number;
    communitySizes: number[];
    /**
     * Mean adjusted Rand index between the communities kept (the best of `settings.communityRuns`
     * Louvain runs) and each other run's: 1 = every run found them; null with one run.
     */
    communityStability: number | null;
  };
  access: AccessSummary;
  /** Access of each side's participants to their own and the other sides' decision-makers. */
  asymmetry: Asymmetry;
  /** Transfer simulation from the latest round's participants (null when skipped or impossible). */
  transfer: LatestRoundTransfer | null;
  /**
   * How betweenness, transfer betweenness, closeness and harmonic were computed: `exact`, or
   * `approximate` with the samples and error bounds (docs/measures.md).
   */
  allPairs: { mode: 'exact' | 'approximate'; approximation: AllPairsApproximation | null };
  settings: {
    seed: number;
    resolution: number;
    communityRuns: number;
    routesPerPerson: number;
    transferRuns: number;
    permutations: number;
  };
}

/** A whole analysis: every person's measures, the summary, homophily, routes, asymmetry and the transfer estimate. */
export interface Analysis {
  people: PersonMetrics[];
  summary: AnalysisSummary;
  /** Everything about homophily, communities and roster composition (homophily.json, rosters.csv). */
  homophily: HomophilyAnalysis;
  /** The k shortest routes from each participant to the nearest decision-makers. */
  routes: Route[];
}

/** The version of trackmap written into every summary.json. */
export const TRACKMAP_VERSION = '0.1.0';

/**
 * Runs the steps after the heavy ones and assembles the analysis.
 *
 * @param plan - from `planAnalysis`.
 * @param results - the plan's heavy tasks, from a runner (`runTasksInThread`, `runTasksOnWorkers`,
 *   `runTasksOnThreads` of @trackmap/core/node).
 * @returns per-person rows, the summary, the homophily details and the routes. The graph is not
 *   changed: call `assignPersonMetrics` to write the measures onto it.
 * @throws InvalidOptionError if `results` do not belong to `plan`.
 */
export function finishAnalysis(plan: AnalysisPlan, results: AnalysisResults): Analysis {
  const { input: imported, options: opts, csr } = plan;
  const { roster, graph } = imported;
  const pairs = results.allPairs;
  if (pairs.n !== csr.n || !pairs.betweenness || !pairs.closeness || !pairs.harmonic || !pairs.transfer) {
    throw new InvalidOptionError('results', `the all-pairs pass of this plan (${csr.n} people)`, pairs.n);
  }
  if ((results.transfer === null) !== (plan.tasks.transfer === null)) {
    throw new InvalidOptionError('results', 'the transfer simulation of this plan', results.transfer === null);
  }
  const step = (id: AnalysisStepId) => reportStep(plan, id);

  const byKey = (a: ArrayLike<number>) => valuesByKey(csr.nodes, a);
  // Each step gives exactly the measures the registry assigns to it (`MeasuresOfStep`).
  const allPairsStep: StepColumns<'all-pairs'> = {
    betweenness: byKey(pairs.betweenness),
    closeness: byKey(pairs.closeness),
    harmonic: byKey(pairs.harmonic),
    transfer_betweenness: byKey(pairs.transfer),
  };
  step('degree');
  const degreeStep: StepColumns<'degree'> = { degree: byKey(degreeKernel(csr)), strength: strength(graph) };
  step('access');
  const access = track1Access(graph);
  const accessStep: StepColumns<'access'> = {
    distance_to_track1: accessField(access, 'distance_to_track1'),
    track1_within_1: accessField(access, 'track1_within_1'),
    track1_within_2: accessField(access, 'track1_within_2'),
    nearest_track1: accessField(access, 'nearest_track1'),
    access_score: accessField(access, 'access_score'),
  };
  step('pagerank');
  const pagerankStep: StepColumns<'pagerank'> = {
    pagerank: csr.hasSelfLoops || csr.n === 0 ? pagerank(graph) : byKey(pagerankValues(csr)),
  };
  step('eigenvector');
  const eigenvectorStep: StepColumns<'eigenvector'> = {
    eigenvector: csr.hasSelfLoops || graph.size === 0 ? eigenvector(graph) : byKey(eigenvectorValues(csr)),
  };
  step('local');
  const ends = neighbourLinkEndsKernel(csr);
  const localStep: StepColumns<'local'> = {
    constraint: byKey(constraintKernel(csr)),
    effective_size: byKey(effectiveSizeKernel(csr, ends)),
    clustering: byKey(clusteringKernel(csr, ends)),
    k_core: byKey(coreNumberKernel(csr)),
  };
  step('communities');
  const louvain = louvainDetailed(graph, {
    rng: createRng(opts.seed),
    resolution: opts.resolution,
    runs: opts.communityRuns,
  });
  const communitiesStep: StepColumns<'communities'> = { community: louvain.communities };
  step('brokerage');
  const brokerage = {
    track: brokerageRoles(graph, { nodeGroupAttribute: 'track' }),
    side: brokerageRoles(graph, { nodeGroupAttribute: 'side' }),
  };
  step('asymmetry');
  const sides = asymmetry(roster, graph);
  step('routes');
  const routes = participantRoutes(graph, { k: opts.routesPerPerson });
  const transfer =
    plan.latestRound !== null && results.transfer !== null
      ? latestRoundSummary(plan.latestRound, results.transfer, opts.transferRuns, opts.seed)
      : null;
  step('homophily');
  const homophily = homophilyAnalysis(roster, graph, louvain.communities, {
    seed: opts.seed,
    permutations: opts.permutations,
    reference: opts.reference,
  });
  step('summary');
  const structure = graphSummary(graph);

  const columns: PersonColumns = {
    ...degreeStep,
    ...allPairsStep,
    ...accessStep,
    ...pagerankStep,
    ...eigenvectorStep,
    ...localStep,
    ...communitiesStep,
  };
  const people: PersonMetrics[] = [];
  for (const node of graph.nodes()) {
    const attrs = graph.getNodeAttributes(node);
    const row = {
      id: node,
      name: attrs.name,
      track: attrs.track,
      ...personMeasures(columns, node),
      ...brokerageColumns('track', brokerage.track[node]),
      ...brokerageColumns('side', brokerage.side[node]),
      ...eiColumns(homophily, node),
    } as PersonMetrics;
    people.push(row);
  }
  reportDone(plan);

  const byCode: Record<string, number> = {};
  for (const issue of imported.issues) byCode[issue.code] = (byCode[issue.code] ?? 0) + 1;

  return {
    people,
    homophily,
    summary: {
      trackmap: { version: TRACKMAP_VERSION, schema: 1 },
      assortativity: homophily.assortativity,
      ei_index: homophily.eiIndex,
      communities: homophily.communities.map(({ members: _m, ...rest }) => rest),
      diversity: homophily.rosters.find((r) => r.kind === 'all')?.composition ?? null,
      turnover: homophily.turnover,
      suggestions: homophily.suggestions,
      roster: {
        files: roster.files,
        people: roster.people.length,
        ties: roster.ties.length,
        events: roster.events.length,
        attendance: roster.attendance.length,
        byTrack: countBy(roster.people.map((p) => p.track || '(none)')),
        bySide: countBy(roster.people.map((p) => p.side ?? '(none)')),
        decisionMakerRules: roster.decisionMakers,
        mappings: roster.mappings ?? [],
      },
      import: { warnings: imported.issues.length, byCode },
      graph: {
        ...structure,
        modularity: louvain.modularity,
        communities: louvain.count,
        communitySizes: louvain.sizes,
        communityStability: louvain.stability,
      },
      access: accessSummary(graph, people),
      asymmetry: sides,
      transfer,
      allPairs: { mode: pairs.approximation ? 'approximate' : 'exact', approximation: pairs.approximation },
      settings: {
        seed: opts.seed,
        resolution: opts.resolution,
        communityRuns: louvain.runs,
        routesPerPerson: opts.routesPerPerson,
        transferRuns: opts.transferRuns,
        permutations: opts.permutations,
      },
    },
    routes,
  };
}

/**
 * Computes every measure of a roster, in this thread: `planAnalysis`, `runTasksInThread`,
 * `finishAnalysis`. Same result as running the heavy tasks on threads or Web Workers.
 *
 * @param imported - `{ roster, graph, issues }` as returned by `parseRoster`; not modified.
 * @param options - see {@link AnalyzeOptions}.
 * @returns per-person rows and the summary. Call `assignPersonMetrics` to write the measures
 *   onto the graph.
 * @throws InvalidOptionError for an option out of range (naming it).
 */
export function analyzeRoster(imported: AnalysisInput, options?: AnalyzeOptions): Analysis {
  const plan = planAnalysis(imported, options);
  return finishAnalysis(plan, runTasksInThread(plan));
}

/**
 * Writes each person's measures onto the graph's node, under their column names, in column
 * order (the rows' `id` picks the node; `name` and `track` are left as they are). The explicit
 * mutation, graphology's `.assign`: after it, `graph.json`, GEXF and GraphML carry the measures.
 *
 * @param graph - the graph the analysis was computed on (or a copy of it).
 * @param people - `analysis.people`.
 */
export function assignPersonMetrics(graph: RosterGraph, people: readonly PersonMetrics[]): void {
  for (const row of people) {
    const { id, name: _name, track: _track, ...measures } = row;
    graph.mergeNodeAttributes(id, measures);
  }
}

function pagerankValues(csr: CsrGraph): Float64Array {
  const o = DEFAULT_PAGERANK_OPTIONS;
  const r = pagerankKernel(csr, o.alpha, o.maxIterations, o.tolerance);
  if (!r.converged) throw new ConvergenceError('pagerank', o.maxIterations, o.tolerance);
  return r.values;
}

function eigenvectorValues(csr: CsrGraph): Float64Array {
  const o = DEFAULT_EIGENVECTOR_OPTIONS;
  const r = eigenvectorKernel(csr, o.maxIterations, o.tolerance);
  if (!r.converged) throw new ConvergenceError('eigenvector', o.maxIterations, o.tolerance);
  return r.values;
}

/** Per-person values of one measure, by person id. */
type Column = Readonly<Record<string, number | null | string[] | undefined>>;

/** Every measure of the registry, each as a column of values by person id. */
type PersonColumns = { [K in PersonMeasure]: Column };

/** The columns an analysis step gives: exactly the measures the registry assigns to it. */
type StepColumns<S extends MeasureStep> = { [K in MeasuresOfStep<S>]: Column };

/**
 * A person's measures in registry order (the column order of people-metrics.csv): a list as it
 * is, `null` where a nullable measure is undefined; any other measure must be a number.
 */
function personMeasures(columns: PersonColumns, node: string): PersonMeasureValues {
  const out: Record<string, unknown> = {};
  for (const m of MEASURE_REGISTRY) {
    const v = columns[m.key][node];
    if (m.kind === 'list') out[m.key] = v;
    else if (m.nullable) out[m.key] = v === undefined ? null : v;
    else if (typeof v === 'number') out[m.key] = v;
    else throw new Error(`internal: ${m.key} missing for node ${node}`);
  }
  return out as PersonMeasureValues;
}

/** One field of `track1Access` as a column. */
function accessField(access: Record<string, Track1Access>, field: MeasuresOfStep<'access'>): Column {
  const out: Record<string, number | null | string[]> = {};
  for (const [node, a] of Object.entries(access)) out[node] = a[field];
  return out;
}

/** Per-person E-I index by attribute; `null` where the attribute is unused or the person has no value. */
function eiColumns(homophily: HomophilyAnalysis, node: string): Record<EiColumn, number | null> {
  const out = {} as Record<EiColumn, number | null>;
  for (const column of EI_COLUMNS) out[column] = homophily.details[column.slice(3)]?.people[node] ?? null;
  return out;
}

function brokerageColumns(
  partition: 'track' | 'side',
  counts: BrokerageCounts | undefined,
): Partial<Record<BrokerageColumn, number>> {
  const out: Partial<Record<BrokerageColumn, number>> = {};
  for (const [role, n] of Object.entries(counts ?? {})) out[`brokerage_${partition}_${role}` as BrokerageColumn] = n;
  return out;
}

/** Counts by key. Built on a Map: keys such as `constructor` or `__proto__` are data here. */
function countBy(keys: string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return Object.fromEntries(counts);
}
