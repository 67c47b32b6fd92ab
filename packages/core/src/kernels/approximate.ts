/**
 * Sampling approximations of the all-pairs measures
 * =================================================
 *
 * For the largest rosters, where one search from every person is too slow:
 *
 * Betweenness — Riondato & Kornaropoulos (2016). Draw r ordered pairs (u, v), u ≠ v, uniformly;
 * for each, pick one shortest u–v path uniformly at random (walking back from v, choosing the
 * predecessor w of the current node x with probability σ_uw / σ_ux) and add 1/r to every node
 * strictly inside it. With
 *
 *   r = ⌈ (c / ε²) · ( ⌊log₂(VD − 2)⌋ + 1 + ln(1/δ) ) ⌉,   c = 0.5,
 *
 * where VD is (an upper bound on) the vertex diameter — the most nodes on any shortest path —,
 * the estimates b̃(v) satisfy |b̃(v) − b(v)| ≤ ε for **all** v at once with probability ≥ 1 − δ,
 * b being betweenness divided by n(n − 1) (ordered pairs). trackmap's normalised betweenness is
 * B = b · n / (n − 2), so the sample is drawn for ε' = ε (n − 2) / n and the guarantee is ε on B.
 * VD is bounded by 2·ecc(x) + 1 for any node x of each component (ecc: eccentricity, one BFS).
 *
 * Closeness, harmonic, transfer betweenness — source sampling (Eppstein & Wang 2004). Draw k
 * sources s_1..s_k uniformly (with replacement) from all n people and run the fused pass from
 * them only. For a person v, the terms X_i = d(s_i, v) ∈ [0, Δ] (0 if unreachable), 1/d(s_i, v)
 * ∈ [0, 1] and δ^T_{s_i}(v) / |T| ∈ [0, 1] are independent and unbiased after scaling, so by
 * Hoeffding's inequality and a union bound over the n people, with
 *
 *   k = ⌈ ln(2n / δ) / (2ε²) ⌉,
 *
 * with probability ≥ 1 − δ (each measure) for every v:
 *   - the average distance Σ_u d(v, u) / n is within ε·Δ of its estimate (Eppstein & Wang's
 *     guarantee; Δ the diameter bound above); closeness C(v) = (r_v − 1)² / ((n − 1) Σ d) uses
 *     the exact reach r_v (component sizes) and this estimated sum;
 *   - harmonic H(v) / n is within ε (H within ε·n);
 *   - transfer betweenness TB_raw(v) / (|S|·|T|) is within ε_T = √(ln(2n/δ) / (2 k_S)), k_S the
 *     sampled sources that are transfer sources (uniform over S given k_S).
 *
 * Each chunk of samples draws from its own seeded mulberry32 stream (`createRng(chunkSeed(seed,
 * k))`), so the result depends on the seed only, never on the number of threads.
 *
 * References:
 *   [1] Riondato, M., Kornaropoulos, E. M. (2016). Fast approximation of betweenness centrality
 *       through sampling. Data Mining and Knowledge Discovery 30(2), 438-475.
 *       doi:10.1007/s10618-015-0423-0
 *   [2] Eppstein, D., Wang, J. (2004). Fast approximation of centrality. Journal of Graph
 *       Algorithms and Applications 8(1), 39-45. doi:10.7155/jgaa.00081
 *   [3] Hoeffding, W. (1963). Probability inequalities for sums of bounded random variables.
 *       JASA 58(301), 13-30. doi:10.1080/01621459.1963.10500830
 */

import { chunkSeed, createRng } from '../utils/rng.js';

/** The universal constant of Riondato & Kornaropoulos' bound (their §5, c ≈ 0.5). */
export const RK_CONSTANT = 0.5;

/** Components and an upper bound on the vertex diameter, from one BFS per component. */
export interface ComponentInfo {
  /** component[v]: index of v's component. */
  component: Int32Array;
  /** size of each component. */
  sizes: Int32Array;
  /** Upper bound on the hop diameter: max over components of 2 · ecc(first node). */
  diameterBound: number;
}

export function componentInfo(n: number, offsets: Int32Array, targets: Int32Array): ComponentInfo {
  const component = new Int32Array(n).fill(-1);
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  let diameterBound = 0;
  for (let r = 0; r < n; r++) {
    if (component[r] !== -1) continue;
    const c = sizes.length;
    component[r] = c;
    dist[r] = 0;
    queue[0] = r;
    let head = 0;
    let tail = 1;
    let ecc = 0;
    while (head < tail) {
      const v = queue[head++] as number;
      const dv = dist[v] as number;
      if (dv > ecc) ecc = dv;
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        const w = targets[e] as number;
        if (component[w] === -1) {
          component[w] = c;
          dist[w] = dv + 1;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
    if (2 * ecc > diameterBound) diameterBound = 2 * ecc;
  }
  return { component, sizes: Int32Array.from(sizes), diameterBound };
}

/**
 * Riondato–Kornaropoulos sample size for a guarantee ε on trackmap's normalised betweenness.
 * 0 when no shortest path can have an inner node (vertex diameter ≤ 2) or n ≤ 2.
 */
export function rkSampleSize(n: number, diameterBound: number, epsilon: number, delta: number): number {
  const vd = diameterBound + 1; // nodes on the longest shortest path
  if (n <= 2 || vd <= 2) return 0;
  const eps = (epsilon * (n - 2)) / n;
  return Math.ceil((RK_CONSTANT / (eps * eps)) * (Math.floor(Math.log2(vd - 2)) + 1 + Math.log(1 / delta)));
}

/** Hoeffding + union bound sample size for the source-sampled measures. */
export function sourceSampleSize(n: number, epsilon: number, delta: number): number {
  return Math.ceil(Math.log((2 * n) / delta) / (2 * epsilon * epsilon));
}

/** The ε that k samples give for n nodes at confidence 1 − δ (inverse of `sourceSampleSize`). */
export function sourceSampleEpsilon(n: number, k: number, delta: number): number {
  return k > 0 ? Math.sqrt(Math.log((2 * n) / delta) / (2 * k)) : Number.POSITIVE_INFINITY;
}

/** k sources drawn uniformly with replacement, seeded. */
export function sampleSources(n: number, k: number, seed: number): Int32Array {
  const rng = createRng(chunkSeed(seed, 0x5eed));
  const out = new Int32Array(k);
  for (let i = 0; i < k; i++) out[i] = Math.floor(rng() * n);
  return out;
}

/** Scratch of the pair-sampling searches. */
export interface RkScratch {
  dist: Int32Array;
  sigma: Float64Array;
  queue: Int32Array;
}

export function createRkScratch(n: number): RkScratch {
  return { dist: new Int32Array(n).fill(-1), sigma: new Float64Array(n), queue: new Int32Array(n) };
}

/**
 * Draws `samples` pairs with the generator of chunk `chunkIndex` and counts, for every node,
 * how many sampled shortest paths it lies inside. Counts are integers: chunks merge exactly.
 */
export function rkChunk(
  n: number,
  offsets: Int32Array,
  targets: Int32Array,
  seed: number,
  chunkIndex: number,
  samples: number,
  scratch: RkScratch = createRkScratch(n),
): Float64Array {
  const hits = new Float64Array(n);
  const rng = createRng(chunkSeed(seed, chunkIndex));
  const { dist, sigma, queue } = scratch;
  for (let i = 0; i < samples; i++) {
    const u = Math.floor(rng() * n);
    let v = Math.floor(rng() * (n - 1));
    if (v >= u) v++;
    // BFS from u, stopped once v's level is complete (σ is then final up to v's level).
    dist[u] = 0;
    sigma[u] = 1;
    queue[0] = u;
    let head = 0;
    let tail = 1;
    let stop = -1;
    while (head < tail) {
      const x = queue[head++] as number;
      const dx = dist[x] as number;
      if (stop !== -1 && dx >= stop) break;
      const sx = sigma[x] as number;
      for (let e = offsets[x] as number, end = offsets[x + 1] as number; e < end; e++) {
        const w = targets[e] as number;
        const d = dist[w] as number;
        if (d === -1) {
          dist[w] = dx + 1;
          sigma[w] = sx;
          queue[tail++] = w;
          if (w === v) stop = dx + 1;
        } else if (d === dx + 1) sigma[w] = (sigma[w] as number) + sx;
      }
    }
    if (dist[v] !== -1) {
      // Walk back from v, picking each predecessor with probability σ_uw / σ_ux.
      let x = v;
      while (true) {
        const dPred = (dist[x] as number) - 1;
        if (dPred <= 0) break;
        let pick = rng() * (sigma[x] as number);
        let next = -1;
        for (let e = offsets[x] as number, end = offsets[x + 1] as number; e < end; e++) {
          const w = targets[e] as number;
          if (dist[w] === dPred) {
            next = w;
            pick -= sigma[w] as number;
            if (pick < 0) break;
          }
        }
        x = next;
        hits[x] = (hits[x] as number) + 1;
      }
    }
    for (let k = 0; k < tail; k++) dist[queue[k] as number] = -1;
  }
  return hits;
}
