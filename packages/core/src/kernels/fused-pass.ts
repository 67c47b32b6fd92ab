/**
 * Fused all-pairs pass
 * ====================
 *
 * One breadth-first search per source s, then one Brandes back-propagation, yield at once
 * every all-pairs measure of the toolkit:
 *
 *   betweenness (raw)   B(v)  += δ_s(v),   δ_s(v) = Σ_{w : v ∈ pred(w)} σ_sv / σ_sw · (1 + δ_s(w))
 *   transfer (raw)      TB(v) += δ^T_s(v), δ^T_s(v) = Σ_{w : v ∈ pred(w)} σ_sv / σ_sw · (1_T(w) + δ^T_s(w))
 *                                          (only for s in the transfer sources S; Brandes 2008)
 *   distance sum        D(s)  = Σ_{u reachable} d(s, u)        reach R(s) = |{u reachable}| (s included)
 *   harmonic            H(s)  = Σ_{u ≠ s reachable} 1 / d(s, u)    (summed in BFS order)
 *
 * σ_sv is the number of shortest s–v paths and pred(w) the neighbours of w one hop closer to s.
 * Closeness and harmonic are per source; betweenness and transfer accumulate over sources.
 * The graph is undirected, so d(s, u) = d(u, s): in *sampled* mode (see all-pairs.ts) the
 * distance and harmonic terms are instead added to each reached node u, giving per-node sums
 * over the sampled sources (Eppstein & Wang 2004).
 *
 * Conventions: hop-based (weights ignored), undirected; the source itself contributes nothing
 * to its own betweenness. Raw sums are normalised by the caller (all-pairs.ts) exactly as the
 * single-measure functions do.
 *
 * The pass works on a contiguous range [from, to) of the plan's source list and returns
 * partial accumulators; ranges are summed in range order, so a split across threads gives
 * bit-identical results (all-pairs.ts). Scratch buffers are typed arrays reused across
 * sources; only the nodes a search reached are reset.
 *
 * Cost: O(m) per source; O(n·m) for all sources. Memory: O(n) scratch.
 *
 * References:
 *   [1] Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of
 *       Mathematical Sociology 25(2), 163-177. doi:10.1080/0022250X.2001.9990249
 *   [2] Brandes, U. (2008). On variants of shortest-path betweenness centrality and their
 *       generic computation. Social Networks 30(2), 136-145. doi:10.1016/j.socnet.2007.11.001
 *   [3] Eppstein, D., Wang, J. (2004). Fast approximation of centrality. Journal of Graph
 *       Algorithms and Applications 8(1), 39-45. doi:10.7155/jgaa.00081
 */

/** What one pass computes; plain data, so it can be posted to a worker. */
export interface FusedPassSpec {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  /** Source list; `null` means every node 0..n-1 in order. */
  sources: Int32Array | null;
  /** Accumulate raw betweenness. */
  betweenness: boolean;
  /** Distance sums, reach and harmonic sums. */
  closeness: boolean;
  /** Transfer targets T (1 = target), or `null` not to compute transfer betweenness. */
  transferTargets: Uint8Array | null;
  /** Transfer sources S (1 = source); required with `transferTargets`. */
  transferSources: Uint8Array | null;
  /** `'per-source'`: closeness terms stored per source; `'per-node'`: added to every reached node. */
  closenessMode: 'per-source' | 'per-node';
  /**
   * Distances only (no betweenness, no transfer): run 32 searches at once (bit-parallel.ts),
   * per node. Set by all-pairs.ts.
   */
  bitParallel: boolean;
}

/** Partial sums of one range of sources. */
export interface FusedPartial {
  from: number;
  to: number;
  /** Raw betweenness Σ δ_s(v) over the range's sources (length n), or null. */
  betweenness: Float64Array | null;
  /** Raw transfer betweenness (length n), or null. */
  transfer: Float64Array | null;
  /** Sources of the range that are transfer sources (sampled mode uses it). */
  transferSourceCount: number;
  /** Per source (length to - from) or per node (length n), or null. */
  distanceSum: Float64Array | null;
  /** Per source (length to - from), or per node (length n) in bit-parallel mode; else null. */
  reach: Int32Array | null;
  /** Per source (length to - from) or per node (length n), or null. */
  harmonic: Float64Array | null;
}

/** Typed-array scratch reused across sources (and ranges, if the caller keeps it). */
export interface FusedScratch {
  dist: Int32Array;
  sigma: Float64Array;
  order: Int32Array;
  coefB: Float64Array;
  coefT: Float64Array;
  inverse: Float64Array;
  /** Successor lists of the shortest-path DAG, node after node in BFS order (≤ 2m entries). */
  succ: Int32Array;
  /** succEnd[k]: end in `succ` of the successors of the k-th node reached. */
  succEnd: Int32Array;
}

export function createFusedScratch(n: number, arcs = 0): FusedScratch {
  const inverse = new Float64Array(n + 1);
  for (let d = 1; d <= n; d++) inverse[d] = 1 / d;
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    order: new Int32Array(n),
    coefB: new Float64Array(n),
    coefT: new Float64Array(n),
    inverse,
    succ: new Int32Array(arcs),
    succEnd: new Int32Array(n),
  };
}

/**
 * Runs the fused pass from the sources at positions [from, to) of `spec.sources`.
 *
 * @returns the partial accumulators of that range.
 */
export function fusedPassRange(
  spec: FusedPassSpec,
  from: number,
  to: number,
  scratch: FusedScratch = createFusedScratch(spec.n, spec.targets.length),
): FusedPartial {
  const { n, offsets, targets, sources, transferTargets: isT, transferSources: isS } = spec;
  const perNode = spec.closenessMode === 'per-node';
  const len = to - from;
  const bc = spec.betweenness ? new Float64Array(n) : null;
  const tb = isT ? new Float64Array(n) : null;
  const dsum = spec.closeness ? new Float64Array(perNode ? n : len) : null;
  const reach = spec.closeness && !perNode ? new Int32Array(len) : null;
  const harm = spec.closeness ? new Float64Array(perNode ? n : len) : null;
  const { dist, sigma, order, coefB, coefT, inverse, succ, succEnd } = scratch;
  let transferSourceCount = 0;

  for (let p = from; p < to; p++) {
    const s = sources ? (sources[p] as number) : p;
    const transferHere = isT !== null && isS !== null && isS[s] === 1;
    if (transferHere) transferSourceCount++;
    const back = bc !== null || transferHere;

    // Breadth-first search, counting shortest paths when a back-propagation follows.
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let sumd = 0;
    let h = 0;
    if (back) {
      // Also records each node's successors in the shortest-path DAG, for the backward sweep.
      let pos = 0;
      while (head < tail) {
        const v = order[head] as number;
        const dv = dist[v] as number;
        const sv = sigma[v] as number;
        const dw = dv + 1;
        for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
          const w = targets[e] as number;
          const d = dist[w] as number;
          if (d === -1) {
            dist[w] = dw;
            sigma[w] = sv;
            order[tail++] = w;
            succ[pos++] = w;
          } else if (d === dw) {
            sigma[w] = (sigma[w] as number) + sv;
            succ[pos++] = w;
          }
        }
        succEnd[head++] = pos;
      }
    } else {
      while (head < tail) {
        const v = order[head++] as number;
        const dw = (dist[v] as number) + 1;
        for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
          const w = targets[e] as number;
          if (dist[w] === -1) {
            dist[w] = dw;
            order[tail++] = w;
          }
        }
      }
    }

    if (dsum !== null && harm !== null) {
      if (perNode) {
        for (let k = 1; k < tail; k++) {
          const u = order[k] as number;
          const d = dist[u] as number;
          dsum[u] = (dsum[u] as number) + d;
          harm[u] = (harm[u] as number) + (inverse[d] as number);
        }
      } else {
        for (let k = 1; k < tail; k++) {
          const d = dist[order[k] as number] as number;
          sumd += d;
          h += inverse[d] as number;
        }
        dsum[p - from] = sumd;
        harm[p - from] = h;
        (reach as Int32Array)[p - from] = tail;
      }
    }

    if (back) {
      // Reverse BFS order, pulling from successors: δ(v) = σ_v Σ_{w succ v} (1 + δ(w)) / σ_w.
      // coefB[w] = (1 + δ(w)) / σ_w is final before any predecessor of w reads it.
      for (let k = tail - 1; k > 0; k--) {
        const v = order[k] as number;
        const sv = sigma[v] as number;
        let sumB = 0;
        let sumT = 0;
        const start = succEnd[k - 1] as number;
        const end = succEnd[k] as number;
        if (bc !== null && transferHere) {
          for (let e = start; e < end; e++) {
            const w = succ[e] as number;
            sumB += coefB[w] as number;
            sumT += coefT[w] as number;
          }
        } else if (bc !== null) {
          for (let e = start; e < end; e++) sumB += coefB[succ[e] as number] as number;
        } else {
          for (let e = start; e < end; e++) sumT += coefT[succ[e] as number] as number;
        }
        if (bc !== null) {
          const d = sv * sumB;
          bc[v] = (bc[v] as number) + d;
          coefB[v] = (1 + d) / sv;
        }
        if (transferHere && tb !== null && isT !== null) {
          const d = sv * sumT;
          tb[v] = (tb[v] as number) + d;
          coefT[v] = (d + (isT[v] as number)) / sv;
        }
      }
    }

    for (let k = 0; k < tail; k++) dist[order[k] as number] = -1;
  }
  return {
    from,
    to,
    betweenness: bc,
    transfer: tb,
    transferSourceCount,
    distanceSum: dsum,
    reach,
    harmonic: harm,
  };
}
