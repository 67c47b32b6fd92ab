/**
 * All-pairs measures: plan, tasks, deterministic merge
 * ====================================================
 *
 * Betweenness, transfer betweenness, closeness and harmonic from one fused pass
 * (fused-pass.ts), exact or approximated by sampling (approximate.ts).
 *
 *   prepareAllPairs(csr, options)  → plan: plain data (typed arrays, numbers), postable to workers
 *   plan.tasks                     → fixed list of tasks: ranges of sources, chunks of pair samples
 *   runAllPairsTask(plan, task)    → partial sums of one task (any thread, any order)
 *   finishAllPairs(plan, results)  → sums the partials **in task order**, normalises
 *   allPairs(csr, options)         → all of it in this thread
 *
 * The tasks depend only on the graph and the options, never on the number of threads, and the
 * partial sums are added in task order; so the result is bit-identical whether the tasks run
 * here, on 2 or on 16 worker threads (node/threads.ts), or on Web Workers (analysis/run.ts).
 *
 * Normalisations (the single-measure functions use this module, so they agree exactly):
 *   betweenness  B(v) = Σ_s δ_s(v) / ((n − 1)(n − 2)),  0 for n ≤ 2  (graphology-metrics/NetworkX)
 *   closeness    C(v) = (r − 1)/Σd · (r − 1)/(n − 1),    0 if Σd = 0  (Wasserman–Faust)
 *   harmonic     H(v) = Σ_{u ≠ v} 1/d(v, u)
 *   transfer     TB(v) = Σ_{s ∈ S} δ^T_s(v) / P(v)      (see metrics/access/transfer-betweenness.ts)
 *
 * Approximation: `approximate: 'auto'` samples when n > `approximateAbove` (20,000 people by
 * default); `true` always, `false` never. Error bounds are returned in `approximation`.
 *
 * References: see fused-pass.ts and approximate.ts.
 */

import { InvalidOptionError } from '../errors.js';
import { checkOption, inRange, OPTION_RANGES } from '../options.js';
import {
  type ComponentInfo,
  componentInfo,
  createRkScratch,
  rkChunk,
  rkSampleSize,
  sampleSources,
  sourceSampleEpsilon,
  sourceSampleSize,
} from './approximate.js';
import { type BitParallelScratch, bitParallelRange, createBitParallelScratch } from './bit-parallel.js';
import type { CsrGraph } from './csr.js';
import { createFusedScratch, type FusedPartial, type FusedPassSpec, fusedPassRange } from './fused-pass.js';

/** Above this many people, `approximate: 'auto'` samples. */
export const APPROXIMATE_ABOVE = 20_000;
/** Fixed number of source ranges of the exact pass (the unit of work of a thread). */
export const PASS_TASKS = 64;
/** Pair samples per task of the betweenness approximation. */
export const RK_TASK_SAMPLES = 256;

export interface AllPairsOptions {
  /** @defaultValue `true` */
  betweenness?: boolean;
  /** Closeness and harmonic. @defaultValue `true` */
  closeness?: boolean;
  /** Transfer targets and sources by node index (1 = yes), or `null` to skip. @defaultValue `null` */
  transfer?: { targets: Uint8Array; sources: Uint8Array } | null;
  /** `'auto'`: sample above `approximateAbove` people. @defaultValue `'auto'` */
  approximate?: boolean | 'auto';
  /** @defaultValue {@link APPROXIMATE_ABOVE} */
  approximateAbove?: number;
  /** Additive error bound of the approximations. @defaultValue `0.05` */
  epsilon?: number;
  /** Failure probability of the bounds. @defaultValue `0.1` */
  delta?: number;
  /** Seed of the samples. @defaultValue `42` */
  seed?: number;
}

export const DEFAULT_ALL_PAIRS_OPTIONS: Readonly<Required<AllPairsOptions>> = Object.freeze({
  betweenness: true,
  closeness: true,
  transfer: null,
  approximate: 'auto',
  approximateAbove: APPROXIMATE_ABOVE,
  epsilon: 0.05,
  delta: 0.1,
  seed: 42,
});

export type AllPairsTask =
  | { kind: 'pass'; index: number; from: number; to: number }
  | { kind: 'rk'; index: number; samples: number };

export type AllPairsTaskResult =
  | { kind: 'pass'; index: number; partial: FusedPartial }
  | { kind: 'rk'; index: number; hits: Float64Array };

/** Error bounds of an approximate run (all hold together per measure with probability ≥ 1 − δ). */
export interface AllPairsApproximation {
  epsilon: number;
  delta: number;
  seed: number;
  /** Upper bound on the hop diameter Δ used by the bounds. */
  diameterBound: number;
  /** Riondato–Kornaropoulos: pairs sampled; |B̃ − B| ≤ ε for every person. */
  betweenness: { method: 'riondato-kornaropoulos-2016'; samples: number; epsilon: number } | null;
  /** Eppstein–Wang: sources sampled; average distance within ε·Δ. */
  closeness: { method: 'eppstein-wang-2004'; samples: number; distanceError: number } | null;
  /** Source sampling: |H̃/n − H/n| ≤ ε. */
  harmonic: { method: 'eppstein-wang-2004'; samples: number; epsilon: number } | null;
  /** Source sampling over S: |TB̃_raw − TB_raw| / (|S||T|) ≤ epsilon. */
  transfer: { method: 'source-sampling'; samples: number; epsilon: number } | null;
}

/** The all-pairs pass prepared: exact or approximate, and its tasks over sources. */
export interface AllPairsPlan {
  spec: FusedPassSpec;
  mode: 'exact' | 'approximate';
  tasks: AllPairsTask[];
  options: Omit<Required<AllPairsOptions>, 'transfer'>;
  /** Approximate mode only. */
  components: ComponentInfo | null;
  rkSamples: number;
}

/** Betweenness, closeness, harmonic and transfer betweenness from one all-pairs pass, with the approximation used. */
export interface AllPairsResult {
  n: number;
  betweenness: Float64Array | null;
  closeness: Float64Array | null;
  harmonic: Float64Array | null;
  /** Σ_u d(v, u) over the people v reaches (estimated, and at least r − 1, when sampled). */
  distanceSum: Float64Array | null;
  transfer: Float64Array | null;
  /** Raw transfer sums (before division by P(v)). */
  transferRaw: Float64Array | null;
  /** `null` when exact. */
  approximation: AllPairsApproximation | null;
}

function check(name: string, ok: boolean, expected: string, value: unknown): void {
  if (!ok) throw new InvalidOptionError(name, expected, value);
}

/** Builds the plan: which sources, which tasks. Pure and cheap (O(n + m) when approximating). */
export function prepareAllPairs(
  csr: Pick<CsrGraph, 'n' | 'offsets' | 'targets'>,
  options?: AllPairsOptions,
): AllPairsPlan {
  const o = { ...DEFAULT_ALL_PAIRS_OPTIONS, ...stripUndefined(options ?? {}) };
  checkOption('epsilon', o.epsilon, inRange(OPTION_RANGES.errorBound));
  checkOption('delta', o.delta, inRange(OPTION_RANGES.errorBound));
  checkOption('seed', o.seed, inRange(OPTION_RANGES.seed));
  checkOption('approximateAbove', o.approximateAbove, inRange(OPTION_RANGES.approximateAbove));
  const { n, offsets, targets } = csr;
  const approximate = o.approximate === 'auto' ? n > o.approximateAbove : o.approximate === true;
  const transfer = o.transfer;
  if (transfer) {
    check('transfer.targets', transfer.targets.length === n, `a Uint8Array of length ${n}`, transfer.targets.length);
    check('transfer.sources', transfer.sources.length === n, `a Uint8Array of length ${n}`, transfer.sources.length);
  }
  const spec: FusedPassSpec = {
    n,
    offsets,
    targets,
    sources: null,
    betweenness: o.betweenness && !approximate,
    closeness: o.closeness,
    transferTargets: transfer?.targets ?? null,
    transferSources: transfer?.sources ?? null,
    closenessMode: approximate ? 'per-node' : 'per-source',
    bitParallel: false,
  };
  // Distances only: 32 searches at a time, summed per node.
  if (o.closeness && !o.betweenness && !transfer) {
    spec.bitParallel = true;
    spec.closenessMode = 'per-node';
  }
  const { transfer: _t, ...rest } = o;
  const tasks: AllPairsTask[] = [];
  let components: ComponentInfo | null = null;
  let rkSamples = 0;
  let count = n;
  if (approximate) {
    components = componentInfo(n, offsets, targets);
    if (o.closeness || transfer) {
      count = Math.min(sourceSampleSize(n, o.epsilon, o.delta), 1 << 30);
      spec.sources = sampleSources(n, count, o.seed);
    } else count = 0;
    if (o.betweenness) {
      rkSamples = rkSampleSize(n, components.diameterBound, o.epsilon, o.delta);
      for (let done = 0, k = 0; done < rkSamples; k++) {
        const samples = Math.min(RK_TASK_SAMPLES, rkSamples - done);
        tasks.push({ kind: 'rk', index: k, samples });
        done += samples;
      }
    }
  }
  if (spec.betweenness || spec.closeness || spec.transferTargets) {
    let size = Math.max(1, Math.ceil(count / PASS_TASKS));
    if (spec.bitParallel) size = Math.ceil(size / 32) * 32;
    for (let from = 0, k = 0; from < count; from += size, k++) {
      tasks.push({ kind: 'pass', index: k, from, to: Math.min(count, from + size) });
    }
  }
  return { spec, mode: approximate ? 'approximate' : 'exact', tasks, options: rest, components, rkSamples };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Scratch buffers for a sequence of tasks in one thread. */
export interface AllPairsScratch {
  fused: ReturnType<typeof createFusedScratch>;
  rk: ReturnType<typeof createRkScratch> | null;
  bit: BitParallelScratch | null;
}

export function createAllPairsScratch(plan: AllPairsPlan): AllPairsScratch {
  const { n, bitParallel } = plan.spec;
  return {
    fused: createFusedScratch(bitParallel ? 0 : n, bitParallel ? 0 : plan.spec.targets.length),
    rk: plan.rkSamples > 0 ? createRkScratch(n) : null,
    bit: bitParallel ? createBitParallelScratch(n) : null,
  };
}

/** Runs one task. */
export function runAllPairsTask(
  plan: AllPairsPlan,
  task: AllPairsTask,
  scratch: AllPairsScratch = createAllPairsScratch(plan),
): AllPairsTaskResult {
  if (task.kind === 'pass' && plan.spec.bitParallel) {
    const { n, offsets, targets, sources } = plan.spec;
    const sums = bitParallelRange(n, offsets, targets, sources, task.from, task.to, scratch.bit ?? undefined);
    return {
      kind: 'pass',
      index: task.index,
      partial: {
        from: task.from,
        to: task.to,
        betweenness: null,
        transfer: null,
        transferSourceCount: 0,
        distanceSum: sums.distanceSum,
        reach: sums.reach,
        harmonic: sums.harmonic,
      },
    };
  }
  if (task.kind === 'pass') {
    return { kind: 'pass', index: task.index, partial: fusedPassRange(plan.spec, task.from, task.to, scratch.fused) };
  }
  const { n, offsets, targets } = plan.spec;
  const hits = rkChunk(n, offsets, targets, plan.options.seed, task.index, task.samples, scratch.rk ?? undefined);
  return { kind: 'rk', index: task.index, hits };
}

/** Sums the task results in task order and normalises. `results[i]` is the result of `plan.tasks[i]`. */
export function finishAllPairs(plan: AllPairsPlan, results: readonly AllPairsTaskResult[]): AllPairsResult {
  const { spec, options, mode } = plan;
  const { n } = spec;
  if (results.length !== plan.tasks.length) throw new Error('allPairs: one result per task expected');
  const exact = mode === 'exact';
  const bcRaw = options.betweenness ? new Float64Array(n) : null;
  const tbRaw = spec.transferTargets ? new Float64Array(n) : null;
  const dsum = spec.closeness ? new Float64Array(n) : null;
  const reach = spec.closeness ? new Int32Array(n) : null;
  const harm = spec.closeness ? new Float64Array(n) : null;
  let transferSamples = 0;
  results.forEach((r, i) => {
    const task = plan.tasks[i] as AllPairsTask;
    if (r.kind !== task.kind || r.index !== task.index) throw new Error('allPairs: results out of task order');
    if (r.kind === 'rk') {
      if (bcRaw) addInto(bcRaw, r.hits);
      return;
    }
    const p = r.partial;
    transferSamples += p.transferSourceCount;
    if (bcRaw && p.betweenness) addInto(bcRaw, p.betweenness);
    if (tbRaw && p.transfer) addInto(tbRaw, p.transfer);
    if (dsum && harm && p.distanceSum && p.harmonic) {
      if (spec.closenessMode === 'per-source') {
        dsum.set(p.distanceSum, p.from);
        harm.set(p.harmonic, p.from);
        (reach as Int32Array).set(p.reach as Int32Array, p.from);
      } else {
        addInto(dsum, p.distanceSum);
        addInto(harm, p.harmonic);
        if (p.reach && reach) addInto(reach, p.reach);
      }
    }
  });

  const k = spec.sources ? spec.sources.length : n;
  let betweenness: Float64Array | null = null;
  if (bcRaw) {
    betweenness = new Float64Array(n);
    if (n > 2) {
      if (exact) {
        const scale = 1 / ((n - 1) * (n - 2));
        for (let v = 0; v < n; v++) betweenness[v] = (bcRaw[v] as number) * scale;
      } else if (plan.rkSamples > 0) {
        const scale = n / (n - 2) / plan.rkSamples;
        for (let v = 0; v < n; v++) betweenness[v] = (bcRaw[v] as number) * scale;
      }
    }
  }

  let closeness: Float64Array | null = null;
  let harmonic: Float64Array | null = null;
  let distanceSum: Float64Array | null = null;
  if (dsum && harm && reach) {
    closeness = new Float64Array(n);
    distanceSum = new Float64Array(n);
    harmonic = exact ? harm : new Float64Array(n);
    const comp = plan.components;
    for (let v = 0; v < n; v++) {
      let count: number;
      let total: number;
      if (exact) {
        count = (reach[v] as number) - 1;
        total = dsum[v] as number;
      } else {
        const c = comp as ComponentInfo;
        count = (c.sizes[c.component[v] as number] as number) - 1;
        // Scaled estimate, clamped to the least possible sum (everyone reachable at 1 step).
        total = count === 0 ? 0 : Math.max(((dsum[v] as number) * n) / k, count);
        harmonic[v] = count === 0 ? 0 : ((harm[v] as number) * n) / k;
      }
      distanceSum[v] = total;
      let c = 0;
      if (total > 0 && n > 1) {
        c = count / total;
        c *= count / (n - 1);
      }
      closeness[v] = c;
    }
  }

  let transfer: Float64Array | null = null;
  let transferRaw: Float64Array | null = null;
  if (tbRaw && spec.transferTargets && spec.transferSources) {
    const isT = spec.transferTargets;
    const isS = spec.transferSources;
    let nS = 0;
    let nT = 0;
    let nST = 0;
    for (let i = 0; i < n; i++) {
      nS += isS[i] as number;
      nT += isT[i] as number;
      nST += isS[i] && isT[i] ? 1 : 0;
    }
    transferRaw = tbRaw;
    if (!exact) {
      const scale = transferSamples > 0 ? nS / transferSamples : 0;
      for (let v = 0; v < n; v++) tbRaw[v] = (tbRaw[v] as number) * scale;
    }
    transfer = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      const s = nS - (isS[v] as number);
      const t = nT - (isT[v] as number);
      const both = nST - (isS[v] && isT[v] ? 1 : 0);
      const pairs = s * t - both;
      transfer[v] = pairs > 0 ? (tbRaw[v] as number) / pairs : 0;
    }
  }

  let approximation: AllPairsApproximation | null = null;
  if (!exact) {
    const c = plan.components as ComponentInfo;
    const { epsilon, delta, seed } = options;
    approximation = {
      epsilon,
      delta,
      seed,
      diameterBound: c.diameterBound,
      betweenness: bcRaw
        ? { method: 'riondato-kornaropoulos-2016', samples: plan.rkSamples, epsilon: plan.rkSamples > 0 ? epsilon : 0 }
        : null,
      closeness: spec.closeness
        ? {
            method: 'eppstein-wang-2004',
            samples: k,
            distanceError: sourceSampleEpsilon(n, k, delta) * c.diameterBound,
          }
        : null,
      harmonic: spec.closeness
        ? { method: 'eppstein-wang-2004', samples: k, epsilon: sourceSampleEpsilon(n, k, delta) }
        : null,
      transfer: tbRaw
        ? {
            method: 'source-sampling',
            samples: transferSamples,
            epsilon: sourceSampleEpsilon(n, transferSamples, delta),
          }
        : null,
    };
  }
  return { n, betweenness, closeness, harmonic, distanceSum, transfer, transferRaw, approximation };
}

function addInto<T extends Float64Array | Int32Array>(total: T, part: T): void {
  for (let i = 0; i < total.length; i++) total[i] = (total[i] as number) + (part[i] as number);
}

/** Plans, runs every task in this thread, and merges. */
export function allPairs(csr: Pick<CsrGraph, 'n' | 'offsets' | 'targets'>, options?: AllPairsOptions): AllPairsResult {
  const plan = prepareAllPairs(csr, options);
  const scratch = createAllPairsScratch(plan);
  return finishAllPairs(
    plan,
    plan.tasks.map((task) => runAllPairsTask(plan, task, scratch)),
  );
}
