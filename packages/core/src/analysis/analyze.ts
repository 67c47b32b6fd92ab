/**
 * The analysis pipeline
 * =====================
 *
 * `analyzeRoster(imported, options)` runs every per-person and graph-level measure on the
 * person graph, writes the values onto the graph's nodes (so `graph.json` carries them) and
 * returns the rows of `people-metrics.csv` and the content of `summary.json`. Pure: no I/O.
 * Long steps report through `onProgress`, so a CLI can draw a bar and a browser a spinner.
 *
 * The graph is turned once into a CSR (kernels/csr.ts) that every kernel shares. Betweenness,
 * transfer betweenness, closeness and harmonic come from ONE fused pass (kernels/all-pairs.ts),
 * exact, or sampled with stated error bounds above `approximateAbove` people. The pass can be
 * run elsewhere (worker threads: @trackmap/core/node `computeRosterAllPairs`; Web Workers) and
 * handed in as `allPairs`, which keeps this function pure and synchronous.
 */

import type { RoundTurnover } from '../change/turnover.js';
import type { CommunityProfile } from '../communities/echo-chambers.js';
import { louvainDetailed } from '../communities/louvain.js';
import type { RosterComposition } from '../diversity/composition.js';
import { ConvergenceError, InvalidOptionError } from '../errors.js';
import type { ImportIssue } from '../import/issues.js';
import { type AllPairsApproximation, type AllPairsResult, allPairs } from '../kernels/all-pairs.js';
import { buildCsr, valuesByKey } from '../kernels/csr.js';
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
import { edgeWeightReader, strength } from '../metrics/centrality/degree.js';
import { DEFAULT_EIGENVECTOR_OPTIONS, eigenvector } from '../metrics/centrality/eigenvector.js';
import { DEFAULT_PAGERANK_OPTIONS, pagerank } from '../metrics/centrality/pagerank.js';
import { type GraphSummary, graphSummary } from '../metrics/graph/summary.js';
import { integerOption, positiveInteger, positiveNumber, probability, resolveOptions } from '../options.js';
import { participantRoutes, type Route } from '../paths/routes.js';
import {
  type BrokerageColumn,
  EI_COLUMNS,
  type EiColumn,
  type FileReport,
  type Person,
  type Roster,
  type RosterGraph,
} from '../types.js';
import { createRng } from '../utils/rng.js';
import { median } from '../utils/stats.js';
import { type RosterAllPairsOptions, rosterAllPairsInput } from './all-pairs-input.js';
import { type Asymmetry, asymmetry } from './asymmetry.js';
import { type HomophilyAnalysis, homophilyAnalysis } from './homophily-summary.js';
import { type LatestRoundTransfer, latestRoundTransfer, type PrecomputedTransfer } from './latest-round-transfer.js';

export interface AnalyzeOptions {
  /** Seed of the Louvain RNG. @defaultValue `42` */
  seed?: number;
  /** Louvain resolution. @defaultValue `1` */
  resolution?: number;
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
  /** Called before each step and after the last. */
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
  /**
   * The all-pairs measures, computed beforehand with the same roster options (for example on
   * worker threads by `computeRosterAllPairs` of @trackmap/core/node); `null` computes them here.
   * @defaultValue `null`
   */
  allPairs?: AllPairsResult | null;
  /**
   * The latest-round transfer simulation, computed beforehand with the same `transferRuns` and
   * `seed` (for example on worker threads by `computeLatestRoundTransfer` of
   * @trackmap/core/node; the result is identical); `null` simulates it here. @defaultValue `null`
   */
  transfer?: PrecomputedTransfer | null;
}

export interface AnalysisProgress {
  step: string;
  done: number;
  total: number;
}

export const DEFAULT_ANALYZE_OPTIONS: Readonly<Required<AnalyzeOptions>> = Object.freeze({
  seed: 42,
  resolution: 1,
  routesPerPerson: 3,
  transferRuns: 2000,
  permutations: 1000,
  reference: null,
  onProgress: null,
  approximate: 'auto',
  approximateAbove: 20_000,
  epsilon: 0.05,
  delta: 0.1,
  allPairs: null,
  transfer: null,
});

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

export interface AccessSummary {
  decisionMakers: number;
  /** People who are not decision-makers. */
  participants: number;
  /** Participants by hop distance to the nearest decision-maker ('unreachable' for none). */
  distanceHistogram: Record<string, number>;
  /** Share of participants with at least one decision-maker within 1 (2) hops. */
  shareWithin1: number;
  shareWithin2: number;
  /** Share of participants with no path to any decision-maker. */
  shareUnreachable: number;
  medianDistance: number | null;
}

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
    decisionMakerRule: Roster['decisionMakers'];
  };
  import: { warnings: number; byCode: Record<string, number> };
  graph: GraphSummary & { modularity: number; communities: number; communitySizes: number[] };
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
  settings: { seed: number; resolution: number; routesPerPerson: number; transferRuns: number; permutations: number };
}

export interface Analysis {
  people: PersonMetrics[];
  summary: AnalysisSummary;
  /** Everything about homophily, communities and roster composition (homophily.json, rosters.csv). */
  homophily: HomophilyAnalysis;
  /** The k shortest routes from each participant to the nearest decision-makers. */
  routes: Route[];
}

export const TRACKMAP_VERSION = '0.1.0';

const STEPS = [
  'degree and strength',
  'betweenness, transfer betweenness, closeness, harmonic (one pass)',
  'access to decision-makers',
  'pagerank',
  'eigenvector',
  'constraint, effective size, clustering',
  'communities',
  'brokerage roles',
  'asymmetry between sides',
  'routes to decision-makers',
  'transfer simulation from the latest round',
  'homophily, communities and roster diversity',
  'graph summary',
] as const;

/**
 * Computes every measure of a roster.
 *
 * @param imported - `{ roster, graph, issues }` as returned by `parseRoster`.
 * @param options - seed, resolution, progress callback.
 * @returns per-person rows and the summary; the graph's nodes gain one attribute per measure.
 */
export function analyzeRoster(
  imported: { roster: Roster; graph: RosterGraph; issues: readonly ImportIssue[] },
  options?: AnalyzeOptions,
): Analysis {
  const opts = resolveOptions(DEFAULT_ANALYZE_OPTIONS, options, {
    seed: integerOption,
    resolution: positiveNumber,
    routesPerPerson: positiveInteger,
    transferRuns: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? undefined : 'an integer ≥ 0'),
    permutations: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? undefined : 'an integer ≥ 0'),
    reference: (v) => (v === null || Array.isArray(v) ? undefined : 'a list of people or null'),
    onProgress: (v) => (v === null || typeof v === 'function' ? undefined : 'a function or null'),
    approximate: (v) => (v === 'auto' || typeof v === 'boolean' ? undefined : "true, false or 'auto'"),
    approximateAbove: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? undefined : 'an integer ≥ 0'),
    epsilon: probability,
    delta: probability,
    allPairs: (v) =>
      v === null || (typeof v === 'object' && typeof (v as AllPairsResult).n === 'number')
        ? undefined
        : 'the result of computeRosterAllPairs, or null',
    transfer: (v) =>
      v === null ||
      (typeof v === 'object' &&
        typeof (v as PrecomputedTransfer).runs === 'number' &&
        typeof (v as PrecomputedTransfer).seed === 'number' &&
        'result' in (v as object))
        ? undefined
        : 'the result of computeLatestRoundTransfer, or null',
  });
  if (opts.transfer !== null && (opts.transfer.runs !== opts.transferRuns || opts.transfer.seed !== opts.seed)) {
    throw new InvalidOptionError(
      'transfer',
      `a simulation with transferRuns ${opts.transferRuns} and seed ${opts.seed}`,
      `runs ${opts.transfer.runs}, seed ${opts.transfer.seed}`,
    );
  }
  const { roster, graph } = imported;
  let done = 0;
  const step = (name: string) => opts.onProgress?.({ step: name, done: done++, total: STEPS.length });

  step(STEPS[0]);
  // One CSR for every kernel; link weights read (and validated) once, for PageRank.
  const csr = buildCsr(graph, edgeWeightReader(DEFAULT_PAGERANK_OPTIONS.getEdgeWeight));
  const byKey = (a: ArrayLike<number>) => valuesByKey(csr.nodes, a);
  // Each step gives exactly the measures the registry assigns to it (`MeasuresOfStep`).
  const degreeStep: StepColumns<'degree'> = { degree: byKey(degreeKernel(csr)), strength: strength(graph) };
  step(STEPS[1]);
  const pairs = opts.allPairs ?? allPairs(csr, rosterAllPairsInput(graph, csr, allPairsSettings(opts)));
  if (pairs.n !== csr.n || !pairs.betweenness || !pairs.closeness || !pairs.harmonic || !pairs.transfer) {
    throw new InvalidOptionError('allPairs', `all four all-pairs measures for ${csr.n} people`, pairs.n);
  }
  const allPairsStep: StepColumns<'all-pairs'> = {
    betweenness: byKey(pairs.betweenness),
    closeness: byKey(pairs.closeness),
    harmonic: byKey(pairs.harmonic),
    transfer_betweenness: byKey(pairs.transfer),
  };
  step(STEPS[2]);
  const access = track1Access(graph);
  const accessStep: StepColumns<'access'> = {
    distance_to_track1: accessField(access, 'distance_to_track1'),
    track1_within_1: accessField(access, 'track1_within_1'),
    track1_within_2: accessField(access, 'track1_within_2'),
    nearest_track1: accessField(access, 'nearest_track1'),
    access_score: accessField(access, 'access_score'),
  };
  step(STEPS[3]);
  const pagerankStep: StepColumns<'pagerank'> = {
    pagerank: csr.hasSelfLoops || csr.n === 0 ? pagerank(graph) : byKey(pagerankValues(csr)),
  };
  step(STEPS[4]);
  const eigenvectorStep: StepColumns<'eigenvector'> = {
    eigenvector: csr.hasSelfLoops || graph.size === 0 ? eigenvector(graph) : byKey(eigenvectorValues(csr)),
  };
  step(STEPS[5]);
  const ends = neighbourLinkEndsKernel(csr);
  const localStep: StepColumns<'local'> = {
    constraint: byKey(constraintKernel(csr)),
    effective_size: byKey(effectiveSizeKernel(csr, ends)),
    clustering: byKey(clusteringKernel(csr, ends)),
  };
  step(STEPS[6]);
  const louvain = louvainDetailed(graph, { rng: createRng(opts.seed), resolution: opts.resolution });
  const communitiesStep: StepColumns<'communities'> = { community: louvain.communities };
  step(STEPS[7]);
  const brokerage = {
    track: brokerageRoles(graph, { nodeGroupAttribute: 'track' }),
    side: brokerageRoles(graph, { nodeGroupAttribute: 'side' }),
  };
  step(STEPS[8]);
  const sides = asymmetry(roster, graph);
  step(STEPS[9]);
  const routes = participantRoutes(graph, { k: opts.routesPerPerson });
  step(STEPS[10]);
  const transfer =
    opts.transferRuns === 0
      ? null
      : opts.transfer !== null
        ? opts.transfer.result
        : latestRoundTransfer(roster, graph, opts.transferRuns, opts.seed);
  step(STEPS[11]);
  const homophily = homophilyAnalysis(roster, graph, louvain.communities, {
    seed: opts.seed,
    permutations: opts.permutations,
    reference: opts.reference,
  });
  step(STEPS[12]);
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
    const { id: _id, name: _name, track: _track, ...measures } = row;
    graph.mergeNodeAttributes(node, measures);
  }
  opts.onProgress?.({ step: 'done', done, total: STEPS.length });

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
        decisionMakerRule: roster.decisionMakers,
      },
      import: { warnings: imported.issues.length, byCode },
      graph: {
        ...structure,
        modularity: louvain.modularity,
        communities: louvain.count,
        communitySizes: louvain.sizes,
      },
      access: accessSummary(graph, people),
      asymmetry: sides,
      transfer,
      allPairs: { mode: pairs.approximation ? 'approximate' : 'exact', approximation: pairs.approximation },
      settings: {
        seed: opts.seed,
        resolution: opts.resolution,
        routesPerPerson: opts.routesPerPerson,
        transferRuns: opts.transferRuns,
        permutations: opts.permutations,
      },
    },
    routes,
  };
}

/** The all-pairs settings of an analysis (seed, approximation), as `computeRosterAllPairs` takes them. */
function allPairsSettings(opts: Required<AnalyzeOptions>): RosterAllPairsOptions {
  return {
    seed: opts.seed,
    approximate: opts.approximate,
    approximateAbove: opts.approximateAbove,
    epsilon: opts.epsilon,
    delta: opts.delta,
  };
}

function pagerankValues(csr: ReturnType<typeof buildCsr>): Float64Array {
  const o = DEFAULT_PAGERANK_OPTIONS;
  const r = pagerankKernel(csr, o.alpha, o.maxIterations, o.tolerance);
  if (!r.converged) throw new ConvergenceError('pagerank', o.maxIterations, o.tolerance);
  return r.values;
}

function eigenvectorValues(csr: ReturnType<typeof buildCsr>): Float64Array {
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

function accessSummary(graph: RosterGraph, people: PersonMetrics[]): AccessSummary {
  const participants = people.filter((p) => !graph.getNodeAttribute(p.id, 'isDecisionMaker'));
  const histogram: Record<string, number> = {};
  const distances: number[] = [];
  for (const p of participants) {
    const key = p.distance_to_track1 === null ? 'unreachable' : String(p.distance_to_track1);
    histogram[key] = (histogram[key] ?? 0) + 1;
    if (p.distance_to_track1 !== null) distances.push(p.distance_to_track1);
  }
  const share = (pred: (p: PersonMetrics) => boolean) =>
    participants.length === 0 ? 0 : participants.filter(pred).length / participants.length;
  return {
    decisionMakers: people.length - participants.length,
    participants: participants.length,
    distanceHistogram: Object.fromEntries(
      Object.entries(histogram).sort(([a], [b]) =>
        a === 'unreachable' ? 1 : b === 'unreachable' ? -1 : Number(a) - Number(b),
      ),
    ),
    shareWithin1: share((p) => (p.track1_within_1 ?? 0) > 0),
    shareWithin2: share((p) => (p.track1_within_2 ?? 0) > 0),
    shareUnreachable: share((p) => p.distance_to_track1 === null),
    medianDistance: median(distances),
  };
}
