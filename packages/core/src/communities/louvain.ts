/**
 * Communities (Louvain, best of several runs)
 * ===========================================
 *
 * Groups of people more densely linked among themselves than with the rest, found by
 * greedy optimisation of weighted modularity (Louvain method [1]):
 *
 *   Q = 1/(2m) Σ_ij [ w_ij - γ s_i s_j / (2m) ] δ(c_i, c_j)
 *
 * with w_ij the link weight, s_i the strength, m the total weight and γ the resolution
 * (higher γ, smaller communities) [2].
 *
 * Several runs, the best kept. Louvain is greedy and depends on the order in which it visits
 * the nodes, so one run can stop at a visibly worse partition (Blondel et al.'s own 16-node
 * example: Q 0.375 against 0.392; the Petersen graph: 0.133 against 1/6). trackmap runs it
 * `runs` times (10 by default), each run drawing its node order from the same `rng` stream in
 * turn (run 0 first), and keeps the partition of highest modularity; ties (within 1e-12) go to
 * the lowest run index, so the same roster and seed always give the same communities.
 *
 * Each run is then polished on the original graph, which only ever raises Q:
 *   1. single-person moves (Rotta & Noack's vertex mover [3]): each person, in roster order, moves
 *      to the neighbouring community with the largest gain ΔQ ∝ w_i,C − γ Σ_C s_i / (2m) (staying
 *      where they are on a tie), in sweeps until no one moves. Louvain's last level moves whole
 *      communities, so a person who fits better elsewhere can be left behind: on Zachary's karate
 *      club this step is the difference between Louvain's usual 0.4188 and the optimum 0.4198;
 *   2. a community that is not connected is split into its connected parts (splitting two
 *      unlinked parts raises Q by 2 Σ_a Σ_b / (2m)², so Q never falls; Traag et al. [4] show
 *      Louvain can leave such communities).
 * A polished partition whose Q came out lower than the run's own (possible only through
 * self-loops, which the gains leave aside) is not used: the run's own partition is kept.
 *
 * Stability: the mean adjusted Rand index (ARI, Hubert & Arabie [5]) between the partition kept
 * and each of the other runs' (polished) partitions:
 *
 *   ARI = (Σ_ij C(n_ij, 2) − E) / (½ [Σ_i C(a_i, 2) + Σ_j C(b_j, 2)] − E),
 *   E   = Σ_i C(a_i, 2) · Σ_j C(b_j, 2) / C(n, 2),
 *
 * over every person (isolates included), with n_ij the people in community i of one partition and
 * j of the other, a_i and b_j the community sizes. 1: every run found exactly these communities;
 * 0: no more agreement than chance. Two identical trivial partitions (all alone, or all together),
 * where the formula is 0/0, count as 1. `null` with a single run.
 *
 * Conventions: link `weight` (ties + shared events) used; resolution 1; the runs draw from `rng`,
 * which trackmap seeds (seed 42 unless told otherwise). Community ids are renumbered 0, 1, 2 ... by
 * decreasing size (ties by the first member's roster order), so community 0 is the largest.
 * Isolates form their own singleton communities.
 *
 * Implementation: graphology-communities-louvain (its default random walk and fast local moves);
 * the modularity reported is recomputed with graphology-metrics `modularity` on the returned
 * partition. Cost: `runs` times one Louvain run, plus O(m) per polishing sweep; see
 * docs/architecture.md for timings.
 *
 * References:
 *   [1] Blondel, V. D., Guillaume, J.-L., Lambiotte, R., Lefebvre, E. (2008). Fast unfolding
 *       of communities in large networks. J. Stat. Mech. P10008. doi:10.1088/1742-5468/2008/10/P10008
 *   [2] Newman, M. E. J. (2006). Modularity and community structure in networks. PNAS
 *       103(23), 8577-8582. doi:10.1073/pnas.0601602103
 *   [3] Rotta, R., Noack, A. (2011). Multilevel local search algorithms for modularity
 *       clustering. ACM J. Exp. Algorithmics 16, 2.3. doi:10.1145/1963190.1970376
 *   [4] Traag, V. A., Waltman, L., van Eck, N. J. (2019). From Louvain to Leiden: guaranteeing
 *       well-connected communities. Sci. Rep. 9, 5233. doi:10.1038/s41598-019-41695-z
 *   [5] Hubert, L., Arabie, P. (1985). Comparing partitions. J. Classif. 2, 193-218.
 *       doi:10.1007/BF01908075
 */

import graphologyLouvain from 'graphology-communities-louvain';
import graphologyModularity from 'graphology-metrics/graph/modularity.js';
import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected } from '../graph/index.js';
import { edgeWeightReader } from '../metrics/centrality/degree.js';
import { autoOr, isFunction, OPTION_RANGES, positiveNumber, resolveOptions } from '../options.js';
import { createRng } from '../utils/rng.js';

/** Options of {@link louvain}: resolution, random source and link weight. */
export interface LouvainOptions {
  /** @defaultValue `1` */
  resolution?: number;
  /** Random source (node order); the runs draw from it in turn. @defaultValue `createRng(42)` (a fresh seeded generator per call) */
  rng?: () => number;
  /** Edge attribute holding the weight, or `null` for unweighted. @defaultValue `'weight'` */
  getEdgeWeight?: string | null;
  /**
   * Louvain runs, the partition of highest modularity kept: a number from 1 to 1000, or `'auto'`
   * for {@link autoLouvainRuns} of the graph's size (100 runs up to 2,000 links, 10 up to 500,000,
   * 3 above). @defaultValue `'auto'`
   */
  runs?: number | 'auto';
}

/** Defaults of {@link LouvainOptions}: resolution 1, weighted, a fresh seeded generator per call. */
export const DEFAULT_LOUVAIN_OPTIONS: Readonly<Required<Omit<LouvainOptions, 'rng'>> & { rng: (() => number) | null }> =
  Object.freeze({ resolution: 1, rng: null, getEdgeWeight: 'weight', runs: 'auto' });

/** Largest graph (in links) that `'auto'` gives 100 runs: they cost at most 200,000 link visits. */
export const LOUVAIN_MANY_RUNS_UP_TO = 2000;
/** Largest graph (in links) that `'auto'` gives 10 runs; above it, 3. */
export const LOUVAIN_FEW_RUNS_ABOVE = 500_000;

/**
 * The number of Louvain runs `runs: 'auto'` makes on a graph of `links` links: 100 up to 2,000
 * links (a single run can miss the best partition of a small graph often: 85 % of runs on the
 * Petersen graph, and 100 runs of a small graph take well under a second), 10 up to 500,000, and 3
 * above (one run of 1.6 million links takes 5 to 11 s of CPU; docs/architecture.md).
 */
export function autoLouvainRuns(links: number): number {
  return links <= LOUVAIN_MANY_RUNS_UP_TO ? 100 : links <= LOUVAIN_FEW_RUNS_ABOVE ? 10 : 3;
}

/** A Louvain partition: each person's community (0 = largest), their count and the modularity. */
export interface LouvainResult {
  /** person id → community (0 = largest). */
  communities: Record<string, number>;
  count: number;
  /** Weighted modularity of the partition (graphology-metrics, resolution as given). */
  modularity: number;
  /** Sizes by community id. */
  sizes: number[];
  /** Number of runs. */
  runs: number;
  /** The run kept (0-based): the first of highest modularity. */
  bestRun: number;
  /** Modularity of each run's partition (after polishing), in run order. */
  runModularities: number[];
  /**
   * Mean adjusted Rand index between the partition kept and each other run's: 1 when every run
   * found the same communities, near 0 when they agree no more than chance. `null` with one run.
   */
  stability: number | null;
}

/** Two modularities closer than this are a tie (the lower run index wins). */
const TIE = 1e-12;

/**
 * Louvain communities with details: the best of `runs` runs, polished, and their stability.
 *
 * @param graph - a simple undirected graph (not modified).
 * @param options - {@link LouvainOptions}.
 * @returns the partition of highest modularity (ids 0 = largest), its modularity and sizes, the
 *   modularity of every run and the stability (mean adjusted Rand index against the other runs).
 * @throws InvalidGraphError for a directed or multi graph.
 * @throws InvalidOptionError for a bad resolution, rng or number of runs.
 * @remarks See the file banner for the polishing step and the stability index.
 * @see doi:10.1088/1742-5468/2008/10/P10008 (Louvain), doi:10.1007/BF01908075 (ARI)
 */
export function louvainDetailed(graph: AbstractGraph, options?: LouvainOptions): LouvainResult {
  assertSimpleUndirected(graph, 'louvain');
  const opts = resolveOptions(DEFAULT_LOUVAIN_OPTIONS, options as Partial<typeof DEFAULT_LOUVAIN_OPTIONS>, {
    resolution: positiveNumber,
    rng: (v) => (v === null ? undefined : isFunction(v)),
    runs: autoOr(OPTION_RANGES.communityRuns),
  });
  const rng = opts.rng ?? createRng(42);
  // graphology would silently read a non-numeric weight as 1: refuse it instead
  const read = edgeWeightReader(opts.getEdgeWeight);
  const weight = (edge: string, attributes: Record<string, unknown>) => read(edge, attributes);
  const nodes = graph.nodes();
  const runs = opts.runs === 'auto' ? autoLouvainRuns(graph.size) : opts.runs;
  if (graph.size === 0) {
    // No links: every person alone, whatever the order; every run agrees.
    const communities = Object.fromEntries(nodes.map((n, i) => [n, i]));
    return {
      communities,
      count: nodes.length,
      modularity: 0,
      sizes: nodes.map(() => 1),
      runs,
      bestRun: 0,
      runModularities: new Array<number>(runs).fill(0),
      stability: runs > 1 ? 1 : null,
    };
  }

  const index = adjacency(graph, nodes, weight);
  const modularityOf = (labels: Int32Array) =>
    graphologyModularity(graph, {
      getNodeCommunity: (n: string) => labels[index.position.get(n) as number] as number,
      getEdgeWeight: weight,
      resolution: opts.resolution,
    });
  const partitions: Int32Array[] = [];
  const runModularities: number[] = [];
  let bestRun = 0;
  for (let run = 0; run < runs; run++) {
    const raw = graphologyLouvain(graph, { getEdgeWeight: weight, resolution: opts.resolution, rng });
    const own = Int32Array.from(nodes, (n) => raw[n] as number);
    const polished = splitDisconnected(index, moveSinglePeople(index, own, opts.resolution));
    const qOwn = modularityOf(own);
    const qPolished = modularityOf(polished);
    const [labels, q] = qPolished >= qOwn - TIE ? [polished, qPolished] : [own, qOwn];
    partitions.push(labels);
    runModularities.push(q);
    if (q > (runModularities[bestRun] as number) + TIE) bestRun = run;
  }

  // Renumber by decreasing size, ties by first appearance in node order.
  const best = partitions[bestRun] as Int32Array;
  const members = new Map<number, string[]>();
  nodes.forEach((node, i) => {
    const c = best[i] as number;
    (members.get(c) ?? members.set(c, []).get(c))?.push(node);
  });
  const order = [...members.values()].sort((a, b) => b.length - a.length);
  const communities: Record<string, number> = {};
  order.forEach((group, id) => {
    for (const n of group) communities[n] = id;
  });
  const modularity = graphologyModularity(graph, {
    getNodeCommunity: (n: string) => communities[n] as number,
    getEdgeWeight: weight,
    resolution: opts.resolution,
  });
  let agreement = 0;
  partitions.forEach((p, run) => {
    if (run !== bestRun) agreement += adjustedRandIndex(best, p);
  });
  return {
    communities,
    count: order.length,
    modularity,
    sizes: order.map((m) => m.length),
    runs,
    bestRun,
    runModularities,
    stability: runs > 1 ? agreement / (runs - 1) : null,
  };
}

/** Louvain communities: person id → community id (0 = largest), the best of `runs` runs. */
export function louvain(graph: AbstractGraph, options?: LouvainOptions): Record<string, number> {
  return louvainDetailed(graph, options).communities;
}

/** Writes `community` (or `attribute`) on every node. */
louvain.assign = (graph: AbstractGraph, options?: LouvainOptions & { attribute?: string }): void => {
  const { attribute = 'community', ...rest } = options ?? {};
  for (const [n, c] of Object.entries(louvain(graph, rest))) graph.setNodeAttribute(n, attribute, c);
};

/**
 * The adjusted Rand index of two partitions of the same n people (labels by position), Hubert &
 * Arabie (1985): 1 for identical partitions, 0 in expectation for unrelated ones, negative below
 * chance. Two identical trivial partitions (the formula's 0/0) give 1.
 */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const pairs = (x: number) => (x * (x - 1)) / 2;
  const joint = new Map<string, number>();
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    const key = `${x} ${y}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
    left.set(x, (left.get(x) ?? 0) + 1);
    right.set(y, (right.get(y) ?? 0) + 1);
  }
  let together = 0;
  for (const c of joint.values()) together += pairs(c);
  let sumA = 0;
  for (const c of left.values()) sumA += pairs(c);
  let sumB = 0;
  for (const c of right.values()) sumB += pairs(c);
  const total = pairs(n);
  const expected = total === 0 ? 0 : (sumA * sumB) / total;
  const max = (sumA + sumB) / 2;
  if (max === expected) return 1;
  return (together - expected) / (max - expected);
}

/** The graph as adjacency arrays in node order, with weights and strengths (self-loops apart). */
interface Adjacency {
  position: Map<string, number>;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Strength of each person (a self-loop counted as graphology-metrics' modularity does). */
  strength: Float64Array;
  /** Σ strength = 2m. */
  total: number;
}

function adjacency(
  graph: AbstractGraph,
  nodes: string[],
  weight: (edge: string, attributes: Record<string, unknown>) => number,
): Adjacency {
  const n = nodes.length;
  const position = new Map(nodes.map((node, i) => [node, i]));
  const degree = new Int32Array(n + 1);
  const strength = new Float64Array(n);
  const ends: [number, number, number][] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    const s = position.get(source) as number;
    const t = position.get(target) as number;
    const w = weight(edge, attributes);
    strength[s] = (strength[s] as number) + w;
    strength[t] = (strength[t] as number) + w;
    if (s === t) return;
    ends.push([s, t, w]);
    degree[s + 1] = (degree[s + 1] as number) + 1;
    degree[t + 1] = (degree[t + 1] as number) + 1;
  });
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] as number) + (degree[i + 1] as number);
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n] as number);
  const weights = new Float64Array(offsets[n] as number);
  for (const [s, t, w] of ends) {
    const i = fill[s] as number;
    targets[i] = t;
    weights[i] = w;
    fill[s] = i + 1;
    const j = fill[t] as number;
    targets[j] = s;
    weights[j] = w;
    fill[t] = j + 1;
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += strength[i] as number;
  return { position, offsets, targets, weights, strength, total };
}

/** Most sweeps of single-person moves (each raises Q; in practice a handful suffice). */
const MAX_SWEEPS = 100;

/**
 * Moves single people to the neighbouring community with the largest modularity gain, in node
 * order, sweep after sweep until no one moves (Rotta & Noack's vertex mover). Returns new labels.
 */
function moveSinglePeople(g: Adjacency, labels: Int32Array, resolution: number): Int32Array {
  const n = labels.length;
  const community = Int32Array.from(labels);
  let maxLabel = 0;
  for (let i = 0; i < n; i++) maxLabel = Math.max(maxLabel, community[i] as number);
  const totals = new Float64Array(maxLabel + 1);
  for (let i = 0; i < n; i++) {
    const c = community[i] as number;
    totals[c] = (totals[c] as number) + (g.strength[i] as number);
  }
  const linkTo = new Float64Array(maxLabel + 1);
  const stamp = new Int32Array(maxLabel + 1).fill(-1);
  const touched: number[] = [];
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let moved = false;
    stamp.fill(-1);
    for (let i = 0; i < n; i++) {
      const own = community[i] as number;
      const s = g.strength[i] as number;
      touched.length = 0;
      for (let k = g.offsets[i] as number; k < (g.offsets[i + 1] as number); k++) {
        const c = community[g.targets[k] as number] as number;
        if (stamp[c] !== i) {
          stamp[c] = i;
          touched.push(c);
        }
        linkTo[c] = (linkTo[c] as number) + (g.weights[k] as number);
      }
      totals[own] = (totals[own] as number) - s;
      const gain = (c: number) => (linkTo[c] as number) - (resolution * (totals[c] as number) * s) / g.total;
      let best = own;
      let bestGain = gain(own);
      for (const c of touched) {
        const x = gain(c);
        if (x > bestGain + TIE * Math.max(1, Math.abs(bestGain))) {
          best = c;
          bestGain = x;
        }
      }
      totals[best] = (totals[best] as number) + s;
      for (const c of touched) linkTo[c] = 0;
      if (best !== own) {
        community[i] = best;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return community;
}

/** Splits every community that is not connected into its connected parts (new labels 0, 1, …). */
function splitDisconnected(g: Adjacency, labels: Int32Array): Int32Array {
  const n = labels.length;
  const out = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  let next = 0;
  for (let start = 0; start < n; start++) {
    if ((out[start] as number) >= 0) continue;
    const c = labels[start] as number;
    out[start] = next;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop() as number;
      for (let k = g.offsets[i] as number; k < (g.offsets[i + 1] as number); k++) {
        const j = g.targets[k] as number;
        if ((out[j] as number) < 0 && labels[j] === c) {
          out[j] = next;
          stack.push(j);
        }
      }
    }
    next++;
  }
  return out;
}
