/**
 * Transfer simulation (independent cascade)
 * =========================================
 *
 * How likely is an idea that comes out of a Track II meeting to reach a decision-maker, how
 * fast, and through whom? The independent cascade model [1, 2] answers this by simulation.
 *
 * Model. The idea starts at a seed set S (for example the participants of a workshop), active at
 * step 0. In each round, every person u activated in the previous round gets exactly one chance
 * to activate each neighbour v that is not yet active; the attempt succeeds with probability
 * p_uv, independently of every other attempt. A person activated in round k has step k. The
 * cascade stops when a round activates nobody (or after `maxSteps` rounds). Kempe et al. [1]
 * show this is the same as keeping each arc u→v "live" with probability p_uv and taking what is
 * reachable from S in the live graph; a person's step is then its hop distance from S there.
 *
 * Per-arc probability. From the link's ties and shared events, with q_t the success chance of
 * one unit of weight of a tie of type t and q_event that of one shared event:
 *
 *   p_uv = 1 − Π_{ties i carrying u→v} (1 − q_{t_i})^{w_i} × (1 − q_event)^{sharedEvents}
 *
 * that is, every unit of tie weight and every shared event is an independent channel, and the
 * idea passes if any channel carries it. Default q (`DEFAULT_TYPE_PROBABILITY`):
 *
 *   advises 0.3 · briefed 0.3 · family 0.25 · co-author 0.2 · former_colleague 0.15 ·
 *   colleague 0.15 · same_ministry 0.15 · friend 0.15 · any other type 0.1
 *   (`defaultProbability`) · shared event 0.1 (`eventProbability`)
 *
 * These values are illustrative assumptions, ordered by how directly a tie puts ideas in front
 * of someone; they are not estimated from data. Override them (`typeProbability`, or
 * `getProbability` for full control) and compare results under several settings.
 *
 * Conventions:
 *   - Direction: a directed tie from→to (e.g. _A advises B_) carries ideas in its own direction
 *     only: it adds to p_from→to, not to p_to→from. Undirected ties and shared events carry both
 *     ways. So p is defined per ordered pair, even though the person graph is undirected.
 *   - Tie types are matched case-insensitively, with spaces, hyphens and underscores treated
 *     alike (`Co-author`, `co_author` and `co author` are one type). `typeProbability` is merged
 *     over the defaults, type by type.
 *   - Targets: by default the decision-makers (`isDecisionMaker === true`). A seed that is a
 *     target is reached in every run, at step 0.
 *   - Parent: each activated person records who activated them. If several people activated in
 *     the same round could activate v, the one that succeeds first counts; each round's frontier
 *     is shuffled, so this is uniform among those whose attempt succeeded (no roster-order bias).
 *   - Routes: for each reached target, the whole chain from a seed to it; `routes` lists the
 *     most frequent chains with the share of runs in which the target was reached along exactly
 *     that chain (the most likely transfer routes under the model).
 *   - Intermediaries: a person outside the seed set is on the activation path of a reached
 *     target t if they are on t's parent chain back to a seed (t itself excluded). The count is
 *     the number of runs in which a person was on the path of at least one reached target; only
 *     people with a count above 0 are listed.
 *   - Steps: mean and median over the runs in which the target was reached (median of an even
 *     number of runs: mean of the two middle values); null if it was never reached.
 *   - Monte Carlo error: standardError = sqrt(p (1 − p) / runs), the binomial standard error.
 *
 * Determinism. Runs are split into fixed chunks of `chunkSize`; chunk k draws from its own
 * generator `createRng(chunkSeed(seed, k))`, so the result depends only on the roster, the
 * options and the seed, never on how many threads ran the chunks or in which order. Counts are
 * integers, so merging is exact in any order. `independentCascade` runs the chunks in turn;
 * `prepareCascade` + `simulateChunk` + `mergeChunks` + `summarizeCascade` let a caller spread
 * them over workers (the prepared model and the counts are plain objects of typed arrays).
 *
 * Cost: O(runs · (reached people + their arcs)) time; O(n + m) memory per chunk.
 *
 * What it means: the share of simulated runs in which the idea reached a person under the
 * assumed probabilities. It is a way to compare seed sets and routes (opportunity to transfer),
 * not a prediction, and not evidence that an idea did transfer.
 *
 * References:
 *   [1] Kempe, D., Kleinberg, J., Tardos, É. (2003). Maximizing the spread of influence through
 *       a social network. Proceedings of KDD '03, 137-146. doi:10.1145/956750.956769
 *   [2] Goldenberg, J., Libai, B., Muller, E. (2001). Talk of the network: a complex systems look
 *       at the underlying process of word-of-mouth. Marketing Letters 12(3), 211-223.
 *       doi:10.1023/A:1011122126881
 */

import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidGraphError, InvalidOptionError } from '../errors.js';
import { assertSimpleUndirected, csrFromArcs } from '../graph/index.js';
import {
  inRange,
  isFunction,
  isInRange,
  nullOr,
  OPTION_RANGES,
  positiveInteger,
  resolveOptions,
  unitInterval,
  type Validator,
} from '../options.js';
import type { LinkAttributes, LinkTie } from '../types.js';
import { chunkSeed, createRng } from '../utils/rng.js';

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

/** Computes p_uv for the ordered pair source → target from the link's attributes. */
export type CascadeProbabilityGetter = (source: string, target: string, attributes: LinkAttributes) => number;

/** Options of {@link independentCascade}: seeds, runs, random seed and the probability per link. */
export interface CascadeOptions {
  /** Where the idea starts (person ids), e.g. a workshop's participants. Required, non-empty. */
  seeds: readonly string[];
  /** Number of simulated cascades. @defaultValue `10_000` */
  runs?: number;
  /** Runs per chunk; chunk k has its own generator. @defaultValue `1000` */
  chunkSize?: number;
  /** Integer seed of the simulation (reduced to 32 bits). @defaultValue `42` */
  seed?: number;
  /**
   * Random source; if given (instead of `seed`), one draw from it fixes the simulation seed.
   * @defaultValue `null` (use `seed`)
   */
  rng?: (() => number) | null;
  /** Rounds after which the cascade stops (integer ≥ 0, or `Infinity`). @defaultValue `Infinity` */
  maxSteps?: number;
  /** Whom the idea should reach (person ids). @defaultValue `null`: the decision-makers */
  targets?: readonly string[] | null;
  /** q per tie type, per unit of weight, merged over {@link DEFAULT_TYPE_PROBABILITY}. @defaultValue `{}` */
  typeProbability?: Readonly<Record<string, number>>;
  /** q of a tie type not in the table. @defaultValue `0.1` */
  defaultProbability?: number;
  /** q of one shared event. @defaultValue `0.1` */
  eventProbability?: number;
  /** Replaces the tie/event formula entirely. Must return a number in [0, 1]. @defaultValue `null` */
  getProbability?: CascadeProbabilityGetter | null;
  /** Called after each chunk with the runs done so far and the total. @defaultValue `null` */
  onProgress?: ((done: number, total: number) => void) | null;
}

type ResolvedCascadeOptions = Required<CascadeOptions>;

/** q per unit of tie weight, by tie type (keys in normalised form, see the banner). */
export const DEFAULT_TYPE_PROBABILITY: Readonly<Record<string, number>> = Object.freeze({
  advises: 0.3,
  briefed: 0.3,
  family: 0.25,
  co_author: 0.2,
  former_colleague: 0.15,
  colleague: 0.15,
  same_ministry: 0.15,
  friend: 0.15,
});

/** Defaults of {@link CascadeOptions}: 10,000 runs in chunks of 1,000, seed 42, probabilities by tie type. */
export const DEFAULT_CASCADE_OPTIONS: Readonly<ResolvedCascadeOptions> = Object.freeze({
  seeds: Object.freeze([]) as readonly string[],
  runs: 10_000,
  chunkSize: 1000,
  seed: 42,
  rng: null,
  maxSteps: Number.POSITIVE_INFINITY,
  targets: null,
  typeProbability: Object.freeze({}),
  defaultProbability: 0.1,
  eventProbability: 0.1,
  getProbability: null,
  onProgress: null,
});

const idList =
  (what: string, nonEmpty: boolean): Validator =>
  (v) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') && (!nonEmpty || v.length > 0)
      ? undefined
      : `${nonEmpty ? 'a non-empty' : 'an'} array of ${what}`;

const VALIDATORS: Partial<Record<keyof ResolvedCascadeOptions, Validator>> = {
  seeds: idList('person ids', true),
  runs: inRange(OPTION_RANGES.runs),
  chunkSize: positiveInteger,
  seed: inRange(OPTION_RANGES.seed),
  rng: nullOr(isFunction, 'a function () => number in [0, 1)'),
  maxSteps: (v) =>
    v === Number.POSITIVE_INFINITY || isInRange(v, OPTION_RANGES.maxSteps)
      ? undefined
      : `${OPTION_RANGES.maxSteps.expected}, or Infinity`,
  targets: nullOr(idList('person ids', false), 'an array of person ids'),
  typeProbability: (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'an object of tie type → probability in [0, 1]';
    const bad = Object.entries(v).find(([, q]) => !isInRange(q, OPTION_RANGES.probability));
    return bad ? `a probability in [0, 1] for every tie type (not for "${bad[0]}")` : undefined;
  },
  defaultProbability: unitInterval,
  eventProbability: unitInterval,
  getProbability: nullOr(isFunction, 'a function (source, target, attributes) => number'),
  onProgress: nullOr(isFunction, 'a function (done, total) => void'),
};

function resolveCascadeOptions(options: CascadeOptions): ResolvedCascadeOptions {
  if (options?.rng != null && options.seed !== undefined) {
    throw new InvalidOptionError('rng', 'either rng or seed, not both', 'both given');
  }
  return resolveOptions(DEFAULT_CASCADE_OPTIONS, options as Partial<ResolvedCascadeOptions>, VALIDATORS);
}

/** Tie type key as matched against the probability table: `Co-Author` → `co_author`. */
export function normaliseTieType(type: string): string {
  return type
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

// ---------------------------------------------------------------------------------------------
// Preparation
// ---------------------------------------------------------------------------------------------

/**
 * The model, ready to simulate: people indexed 0..n-1 in `graph.nodes()` order, and arcs in CSR
 * form with their probabilities. Only arcs with p > 0 are kept. Plain data (typed arrays, strings,
 * numbers), so it can be posted to a worker as is.
 */
export interface PreparedCascade {
  /** Person ids; index i is person i. */
  nodes: string[];
  /** Arcs out of person i are `offsets[i] .. offsets[i + 1] - 1`. Length n + 1. */
  offsets: Int32Array;
  /** Head (receiving person) of each arc. */
  arcTargets: Int32Array;
  /** p of each arc, in (0, 1]. */
  arcProbabilities: Float64Array;
  /** Seed people (indices), duplicates removed, in the order given. */
  seeds: Int32Array;
  /** Target people (indices), in node order. */
  targets: Int32Array;
  /** Total runs and how they are split. */
  runs: number;
  chunkSize: number;
  chunkCount: number;
  /** 32-bit simulation seed (chunk k uses `createRng(chunkSeed(seed, k))`). */
  seed: number;
  /** Rounds after which cascades stop (`Infinity`: none). */
  maxSteps: number;
}

function tieList(link: Attributes, source: string, target: string): LinkTie[] {
  const ties = link.ties;
  if (ties === undefined) return [];
  if (!Array.isArray(ties)) throw new InvalidGraphError(`link ${source}–${target}: "ties" is not an array`);
  return ties as LinkTie[];
}

/** p for both directions of one link, from its ties and shared events. */
function composeProbabilities(
  source: string,
  target: string,
  link: Attributes,
  q: Map<string, number>,
  qDefault: number,
  qEvent: number,
): [forward: number, backward: number] {
  let keepForward = 1; // probability that no channel carries the idea source → target
  let keepBackward = 1;
  for (const tie of tieList(link, source, target)) {
    const w = tie.weight;
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new InvalidGraphError(
        `link ${source}–${target}: tie weight must be a finite number ≥ 0, got ${JSON.stringify(w)}`,
      );
    }
    const qt = q.get(normaliseTieType(String(tie.type ?? ''))) ?? qDefault;
    const keep = (1 - qt) ** w;
    if (!tie.directed) {
      keepForward *= keep;
      keepBackward *= keep;
    } else if (tie.from === source && tie.to === target) keepForward *= keep;
    else if (tie.from === target && tie.to === source) keepBackward *= keep;
    else {
      throw new InvalidGraphError(
        `link ${source}–${target}: directed tie ${JSON.stringify(tie.from)} → ${JSON.stringify(tie.to)} does not join its ends`,
      );
    }
  }
  const shared = link.sharedEvents ?? 0;
  if (typeof shared !== 'number' || !Number.isFinite(shared) || shared < 0) {
    throw new InvalidGraphError(
      `link ${source}–${target}: sharedEvents must be a finite number ≥ 0, got ${JSON.stringify(shared)}`,
    );
  }
  const keepEvents = (1 - qEvent) ** shared;
  return [1 - keepForward * keepEvents, 1 - keepBackward * keepEvents];
}

function checkIds(ids: readonly string[], indexOf: Map<string, number>, option: string): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (const id of ids) {
    const i = indexOf.get(id);
    if (i === undefined) throw new InvalidOptionError(option, 'ids of people in the graph', id);
    if (!seen.has(i)) {
      seen.add(i);
      out.push(i);
    }
  }
  return out;
}

/**
 * Builds the simulation model once: validates the options, computes p for every arc and
 * fixes the seed. Pass the result to `simulateChunk` (possibly on workers).
 *
 * @param graph - the person graph (simple, undirected), links shaped like {@link LinkAttributes}.
 * @param options - see {@link CascadeOptions}; `seeds` is required.
 * @returns the {@link PreparedCascade}.
 * @throws InvalidOptionError (code `INVALID_OPTION`) for a bad option, an unknown seed or target
 *   id (named in the message), or a `getProbability` result outside [0, 1].
 * @throws InvalidGraphError for a graph that is not simple and undirected, or a tie weight or
 *   `sharedEvents` that is not a finite number ≥ 0.
 * @see doi:10.1145/956750.956769
 */
export function prepareCascade(graph: AbstractGraph, options: CascadeOptions): PreparedCascade {
  assertSimpleUndirected(graph, 'independentCascade');
  const opts = resolveCascadeOptions(options);

  const nodes = graph.nodes();
  const n = nodes.length;
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => {
    indexOf.set(node, i);
  });
  const seeds = checkIds(opts.seeds, indexOf, 'seeds');
  const targets =
    opts.targets === null
      ? nodes.flatMap((node, i) => (graph.getNodeAttribute(node, 'isDecisionMaker') === true ? [i] : []))
      : checkIds(opts.targets, indexOf, 'targets').sort((a, b) => a - b);

  const q = new Map<string, number>();
  for (const table of [DEFAULT_TYPE_PROBABILITY, opts.typeProbability])
    for (const [type, value] of Object.entries(table)) q.set(normaliseTieType(type), value);

  // Both directions of every link, then keep the arcs with p > 0 in CSR form.
  const m = graph.size;
  const tail = new Int32Array(2 * m);
  const head = new Int32Array(2 * m);
  const prob = new Float64Array(2 * m);
  let arcs = 0;
  const { getProbability } = opts;
  const checked = (value: number): number => {
    if (!isInRange(value, OPTION_RANGES.probability))
      throw new InvalidOptionError('getProbability', 'a function returning a probability in [0, 1]', value);
    return value;
  };
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const pair: [number, number] =
      getProbability === null
        ? composeProbabilities(source, target, attributes, q, opts.defaultProbability, opts.eventProbability)
        : [
            checked(getProbability(source, target, attributes as LinkAttributes)),
            checked(getProbability(target, source, attributes as LinkAttributes)),
          ];
    const s = indexOf.get(source) as number;
    const t = indexOf.get(target) as number;
    for (const [from, to, p] of [
      [s, t, pair[0]],
      [t, s, pair[1]],
    ] as const) {
      if (p <= 0) continue;
      tail[arcs] = from;
      head[arcs] = to;
      prob[arcs] = p;
      arcs++;
    }
  });
  // Arcs out of each person in link order (the simulation draws in this order).
  const { offsets, targets: arcTargets, order } = csrFromArcs(n, tail, head, arcs);
  const arcProbabilities = new Float64Array(arcs);
  for (let slot = 0; slot < arcs; slot++)
    arcProbabilities[slot] = prob[(order as Int32Array)[slot] as number] as number;

  const seed = opts.rng === null ? opts.seed >>> 0 : Math.floor(opts.rng() * 4294967296) >>> 0;
  return {
    nodes,
    offsets,
    arcTargets,
    arcProbabilities,
    seeds: Int32Array.from(seeds),
    targets: Int32Array.from(targets),
    runs: opts.runs,
    chunkSize: opts.chunkSize,
    chunkCount: Math.ceil(opts.runs / opts.chunkSize),
    seed,
    maxSteps: opts.maxSteps,
  };
}

/** p of the arc source → target in a prepared model (0 if there is none or they are not linked). */
export function arcProbability(prepared: PreparedCascade, source: string, target: string): number {
  const s = prepared.nodes.indexOf(source);
  const t = prepared.nodes.indexOf(target);
  if (s < 0 || t < 0) return 0;
  for (let e = prepared.offsets[s] as number, end = prepared.offsets[s + 1] as number; e < end; e++)
    if (prepared.arcTargets[e] === t) return prepared.arcProbabilities[e] as number;
  return 0;
}

/** The chunk plan: chunk k runs `min(chunkSize, runs − k · chunkSize)` cascades. */
export function cascadeChunks(prepared: PreparedCascade): { index: number; runs: number }[] {
  return Array.from({ length: prepared.chunkCount }, (_, index) => ({
    index,
    runs: Math.min(prepared.chunkSize, prepared.runs - index * prepared.chunkSize),
  }));
}

// ---------------------------------------------------------------------------------------------
// Simulation
// ---------------------------------------------------------------------------------------------

/** Mergeable counts from some chunks. All values are integer counts. */
export interface CascadeCounts {
  /** Chunk indices included, ascending. */
  chunks: number[];
  /** Runs included. */
  runs: number;
  /** Per person: runs in which they were activated. */
  activated: Float64Array;
  /** Per person: runs in which they were on the activation path of a reached target. */
  onPath: Float64Array;
  /** Σ over runs of the number of people activated. */
  reachTotal: number;
  /** Per target (index into `prepared.targets`): Σ of its step over the runs where reached. */
  stepTotal: Float64Array;
  /** Per target: `stepHistogram[k][s]` = runs in which target k was reached at step s. */
  stepHistogram: number[][];
  /**
   * Activation chains: key = person indices from a seed to a reached target, comma-separated;
   * value = runs in which that target was reached through exactly that chain.
   */
  routes: Record<string, number>;
}

/**
 * Simulates chunk `chunkIndex` (its own generator, so chunks can run anywhere, in any order).
 *
 * @param prepared - from {@link prepareCascade}.
 * @param chunkIndex - 0 .. chunkCount − 1.
 * @param runsInChunk - runs to simulate; defaults to the plan's size for this chunk (see
 *   `cascadeChunks`). The plan's size is what makes results match {@link independentCascade}.
 * @returns the chunk's {@link CascadeCounts}, to combine with `mergeChunks`.
 * @throws InvalidOptionError for a bad chunk index or run count.
 */
export function simulateChunk(prepared: PreparedCascade, chunkIndex: number, runsInChunk?: number): CascadeCounts {
  if (!Number.isSafeInteger(chunkIndex) || chunkIndex < 0)
    throw new InvalidOptionError('chunkIndex', 'an integer ≥ 0', chunkIndex);
  const runs = runsInChunk ?? Math.min(prepared.chunkSize, prepared.runs - chunkIndex * prepared.chunkSize);
  if (!Number.isSafeInteger(runs) || runs <= 0) throw new InvalidOptionError('runsInChunk', 'an integer > 0', runs);

  const { offsets, arcTargets, arcProbabilities, seeds, targets, maxSteps } = prepared;
  const n = prepared.nodes.length;
  const rng = createRng(chunkSeed(prepared.seed, chunkIndex));

  const isSeed = new Uint8Array(n);
  for (const s of seeds) isSeed[s] = 1;
  // Epoch stamps: person v is active in run r iff active[v] === r + 1 (no clearing between runs).
  const active = new Uint32Array(n);
  const onPathStamp = new Uint32Array(n);
  const step = new Int32Array(n);
  const parent = new Int32Array(n);
  const queue = new Int32Array(n);

  const activated = new Float64Array(n);
  const onPath = new Float64Array(n);
  const stepTotal = new Float64Array(targets.length);
  const stepHistogram: number[][] = Array.from({ length: targets.length }, () => []);
  let reachTotal = 0;
  const routes: Record<string, number> = Object.create(null);
  const chain: number[] = [];

  for (let run = 0; run < runs; run++) {
    const epoch = run + 1;
    let tail = 0;
    for (const s of seeds) {
      active[s] = epoch;
      step[s] = 0;
      parent[s] = -1;
      queue[tail++] = s;
    }
    // One round per level of the queue; each level (the seeds too) is shuffled first, so the
    // parent of a person reachable from several frontier people is uniform among the successful.
    let levelStart = 0;
    for (let level = 0; levelStart < tail && level < maxSteps; level++) {
      const levelEnd = tail;
      for (let i = levelEnd - 1; i > levelStart; i--) {
        const j = levelStart + Math.floor(rng() * (i - levelStart + 1));
        const tmp = queue[i] as number;
        queue[i] = queue[j] as number;
        queue[j] = tmp;
      }
      for (let i = levelStart; i < levelEnd; i++) {
        const u = queue[i] as number;
        for (let e = offsets[u] as number, end = offsets[u + 1] as number; e < end; e++) {
          const v = arcTargets[e] as number;
          if (active[v] === epoch) continue;
          const p = arcProbabilities[e] as number;
          if (p >= 1 || rng() < p) {
            active[v] = epoch;
            step[v] = level + 1;
            parent[v] = u;
            queue[tail++] = v;
          }
        }
      }
      levelStart = levelEnd;
    }

    reachTotal += tail;
    for (let i = 0; i < tail; i++) (activated[queue[i] as number] as number)++;
    for (let k = 0; k < targets.length; k++) {
      const t = targets[k] as number;
      if (active[t] !== epoch) continue;
      const s = step[t] as number;
      (stepTotal[k] as number) += s;
      const hist = stepHistogram[k] as number[];
      while (hist.length <= s) hist.push(0);
      (hist[s] as number)++;
      // The whole chain, seed first, for the route counts.
      chain.length = 0;
      for (let u = t; u >= 0; u = parent[u] as number) chain.push(u);
      const key = chain.reverse().join(',');
      routes[key] = (routes[key] ?? 0) + 1;
      // Walk t's parent chain back to a seed; a node already marked in this run has its whole
      // chain marked already, so stop there.
      for (let u = parent[t] as number; u >= 0 && !isSeed[u] && onPathStamp[u] !== epoch; u = parent[u] as number) {
        onPathStamp[u] = epoch;
        (onPath[u] as number)++;
      }
    }
  }
  return { chunks: [chunkIndex], runs, activated, onPath, reachTotal, stepTotal, stepHistogram, routes };
}

/**
 * Adds up chunk counts. Associative and commutative (all counts are integers), so any grouping
 * and order gives the same counts.
 *
 * @throws InvalidOptionError if no chunk is given, the same chunk index appears twice, or the
 *   chunks come from different models.
 */
export function mergeChunks(chunks: readonly CascadeCounts[]): CascadeCounts {
  const first = chunks[0];
  if (first === undefined) throw new InvalidOptionError('chunks', 'at least one chunk', []);
  const indices = chunks.flatMap((c) => c.chunks).sort((a, b) => a - b);
  for (let i = 1; i < indices.length; i++)
    if (indices[i] === indices[i - 1]) throw new InvalidOptionError('chunks', 'each chunk index once', indices[i]);
  const n = first.activated.length;
  const t = first.stepTotal.length;
  const activated = new Float64Array(n);
  const onPath = new Float64Array(n);
  const stepTotal = new Float64Array(t);
  const stepHistogram: number[][] = Array.from({ length: t }, () => []);
  let runs = 0;
  let reachTotal = 0;
  const routes: Record<string, number> = Object.create(null);
  for (const c of chunks) {
    for (const [key, count] of Object.entries(c.routes)) routes[key] = (routes[key] ?? 0) + count;
    if (c.activated.length !== n || c.stepTotal.length !== t)
      throw new InvalidOptionError('chunks', 'chunks of the same prepared model', c.chunks);
    runs += c.runs;
    reachTotal += c.reachTotal;
    for (let i = 0; i < n; i++) {
      (activated[i] as number) += c.activated[i] as number;
      (onPath[i] as number) += c.onPath[i] as number;
    }
    for (let k = 0; k < t; k++) {
      (stepTotal[k] as number) += c.stepTotal[k] as number;
      const into = stepHistogram[k] as number[];
      const from = c.stepHistogram[k] as number[];
      while (into.length < from.length) into.push(0);
      for (let s = 0; s < from.length; s++) (into[s] as number) += from[s] as number;
    }
  }
  return { chunks: indices, runs, activated, onPath, reachTotal, stepTotal, stepHistogram, routes };
}

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

/** A decision-maker's reach: probability, standard error and median step. */
export interface CascadeTarget {
  /** Share of runs in which the target was activated. */
  probability: number;
  /** Binomial standard error of `probability`: sqrt(p (1 − p) / runs). */
  standardError: number;
  /** Median step over the runs in which it was reached; null if never reached. */
  medianSteps: number | null;
  /** Mean step over the runs in which it was reached; null if never reached. */
  meanSteps: number | null;
}

/** A person on the activation paths of reached targets, and in what share of runs. */
export interface CascadeIntermediary {
  id: string;
  /** Runs in which the person was on the activation path of at least one reached target. */
  count: number;
  /** `count / runs`. */
  share: number;
}

/** A chain from a seed to a decision-maker, as the idea travelled, and how often. */
export interface CascadeRoute {
  /** From a seed to the decision-maker (target) reached, as the idea travelled. */
  nodes: string[];
  /** Runs in which the target was reached through exactly this chain. */
  count: number;
  /** `count / runs`: probability that the idea reaches this target along this route. */
  share: number;
}

/**
 * What {@link independentCascade} returns: per-target reach with standard errors, the routes and the
 * intermediaries.
 */
export interface CascadeResult {
  runs: number;
  /** Seed ids, duplicates removed, in the order given. */
  seeds: string[];
  /** Per target id, in node order. */
  targets: Record<string, CascadeTarget>;
  /** Per person (everyone): share of runs in which they were activated (seeds: 1). */
  activationProbability: Record<string, number>;
  /** People outside the seed set with a count > 0, by count descending (ties: node order). */
  intermediaries: CascadeIntermediary[];
  /** Mean number of people activated per run, seeds included. */
  expectedReach: number;
  /**
   * The most frequent activation routes to targets (at most 50), by count descending (ties: by
   * the people's roster positions, in order); a route of one person is a seed that is itself a target.
   */
  routes: CascadeRoute[];
}

/** Orders two index lists by roster position, element by element (shorter first on a tie). */
function compareIndexLists(x: readonly number[], y: readonly number[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}

/**
 * The `limit` most frequent routes, by count descending, ties by {@link compareIndexLists}: the
 * same as sorting every route and keeping the first `limit`, without sorting (and re-parsing the
 * keys of) the hundreds of thousands of routes a large simulation records. Only routes whose count
 * reaches the `limit`-th largest count can be kept; those are sorted on keys parsed once.
 */
function topRoutes(routes: Record<string, number>, limit: number): [string, number][] {
  const entries = Object.entries(routes);
  let candidates = entries;
  if (entries.length > limit) {
    const counts = Float64Array.from(entries, ([, c]) => c).sort();
    const threshold = counts[counts.length - limit] as number;
    candidates = entries.filter(([, c]) => c >= threshold);
  }
  const parsed = new Map(candidates.map(([key]) => [key, key.split(',').map(Number)]));
  return candidates
    .sort(([ka, a], [kb, b]) => b - a || compareIndexLists(parsed.get(ka) as number[], parsed.get(kb) as number[]))
    .slice(0, limit);
}

/** The value at 1-based rank `rank` of a histogram (value s occurs hist[s] times). */
function histogramRank(hist: readonly number[], rank: number): number {
  let seen = 0;
  for (let s = 0; s < hist.length; s++) {
    seen += hist[s] as number;
    if (seen >= rank) return s;
  }
  return hist.length - 1;
}

/**
 * Turns merged counts into the result.
 *
 * @param prepared - the model the counts came from.
 * @param counts - from `mergeChunks` (or one `simulateChunk`).
 * @returns the {@link CascadeResult}; `runs` is `counts.runs`.
 */
export function summarizeCascade(prepared: PreparedCascade, counts: CascadeCounts): CascadeResult {
  const { nodes } = prepared;
  const runs = counts.runs;
  if (counts.activated.length !== nodes.length || counts.stepTotal.length !== prepared.targets.length)
    throw new InvalidOptionError('counts', 'counts of the same prepared model', counts.chunks);

  const targets: Record<string, CascadeTarget> = {};
  prepared.targets.forEach((t, k) => {
    const reached = counts.activated[t] as number;
    const p = reached / runs;
    const hist = counts.stepHistogram[k] as number[];
    let medianSteps: number | null = null;
    if (reached > 0) {
      const lower = histogramRank(hist, Math.floor((reached + 1) / 2));
      const upper = histogramRank(hist, Math.floor(reached / 2) + 1);
      medianSteps = (lower + upper) / 2;
    }
    targets[nodes[t] as string] = {
      probability: p,
      standardError: Math.sqrt((p * (1 - p)) / runs),
      medianSteps,
      meanSteps: reached > 0 ? (counts.stepTotal[k] as number) / reached : null,
    };
  });

  const activationProbability: Record<string, number> = {};
  nodes.forEach((node, i) => {
    activationProbability[node] = (counts.activated[i] as number) / runs;
  });

  const isSeed = new Uint8Array(nodes.length);
  for (const s of prepared.seeds) isSeed[s] = 1;
  const order: number[] = [];
  for (let i = 0; i < nodes.length; i++) if (!isSeed[i] && (counts.onPath[i] as number) > 0) order.push(i);
  order.sort((a, b) => (counts.onPath[b] as number) - (counts.onPath[a] as number) || a - b);
  const intermediaries = order.map((i) => ({
    id: nodes[i] as string,
    count: counts.onPath[i] as number,
    share: (counts.onPath[i] as number) / runs,
  }));

  const routes = topRoutes(counts.routes, 50).map(([key, count]) => ({
    nodes: key.split(',').map((i) => nodes[Number(i)] as string),
    count,
    share: count / runs,
  }));

  return {
    runs,
    routes,
    seeds: Array.from(prepared.seeds, (s) => nodes[s] as string),
    targets,
    activationProbability,
    intermediaries,
    expectedReach: counts.reachTotal / runs,
  };
}

/**
 * Simulates the spread of an idea from `seeds` under the independent cascade model and reports
 * how often, and how fast, it reaches each target (by default the decision-makers), and through
 * whom. Single-threaded; identical to running every chunk of `cascadeChunks` with
 * `simulateChunk`, in any order, and summarising the `mergeChunks` of them.
 *
 * @param graph - the person graph (simple, undirected), links shaped like {@link LinkAttributes}.
 * @param options - see {@link CascadeOptions}; `seeds` is required.
 * @returns the {@link CascadeResult}.
 * @throws InvalidOptionError (code `INVALID_OPTION`) for a bad option or an unknown seed or target id.
 * @throws InvalidGraphError for a graph that is not simple and undirected, or a bad tie weight.
 * @remarks Probabilities are modelling assumptions; the output measures opportunity to transfer,
 *   not evidence that transfer happened. See the banner for every convention.
 * @see doi:10.1145/956750.956769 (Kempe, Kleinberg & Tardos 2003)
 * @example
 * ```ts
 * const result = independentCascade(graph, { seeds: ['p1', 'p2'], runs: 10_000, seed: 7 });
 * result.targets['minister']?.probability; // share of runs in which the idea reached them
 * ```
 */
export function independentCascade(graph: AbstractGraph, options: CascadeOptions): CascadeResult {
  const prepared = prepareCascade(graph, options);
  const onProgress = options.onProgress ?? null;
  const chunks: CascadeCounts[] = [];
  let done = 0;
  for (const { index, runs } of cascadeChunks(prepared)) {
    chunks.push(simulateChunk(prepared, index, runs));
    done += runs;
    onProgress?.(done, prepared.runs);
  }
  return finishCascade(prepared, chunks);
}

/**
 * The result of a simulation from the counts of its chunks (in any order: counts are integers):
 * `mergeChunks`, then `summarizeCascade`. What `independentCascade` does after
 * simulating its chunks, for callers that simulate them elsewhere (worker threads, Web Workers).
 */
export function finishCascade(prepared: PreparedCascade, chunks: readonly CascadeCounts[]): CascadeResult {
  // Merged once at the end: merging as chunks come would copy every route so far each time.
  return summarizeCascade(prepared, chunks.length === 1 ? (chunks[0] as CascadeCounts) : mergeChunks(chunks));
}
