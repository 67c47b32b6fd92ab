/**
 * Access to groups of decision-makers, in one pass
 * ================================================
 *
 * The kernel behind `track1Access` (metrics/access/track1-access.ts, where the definitions and
 * references are) and the side access of `asymmetry`: one BFS from each decision-maker, 32 at a
 * time by bit-parallel BFS (kernels/bit-parallel.ts) when there are at least eight, and each
 * person's figures added up per *group* of decision-makers. A decision-maker may belong to several
 * groups (asymmetry: its own side's, and the "other side" group of every other side), so all
 * groups cost one search per decision-maker. For person v and group G:
 *
 *   best_G(v)    = min_{u ∈ G \ {v}} d(v, u)   (−1 if none reachable)
 *   within1_G(v) = |{u ∈ G \ {v} : d(v, u) ≤ 1}|,   within2_G(v) likewise for ≤ 2
 *   score_G(v)   = Σ_{u ∈ G \ {v}, reachable} seniority(u) · δ^{d(v, u)}
 *   nearest_G(v) = the u at distance best_G(v), in index order (only if asked)
 *
 * Every sum is added in decision-maker (index) order, whichever search found the distances, so
 * the values are the same to the last bit as one BFS per decision-maker.
 */

import { bfs, type CsrArrays } from '../graph/index.js';
import { bitParallelBatch, createBitParallelScratch } from './bit-parallel.js';

/** Fewer decision-makers than this are searched one by one. */
const BIT_PARALLEL_MIN_SOURCES = 8;

/** The figures of one group of decision-makers, per person (length n each). */
export interface GroupAccess {
  /** Hops to the nearest *other* decision-maker of the group; −1 if none is reachable. */
  best: Int32Array;
  within1: Int32Array;
  within2: Int32Array;
  score: Float64Array;
  /** 1 for the group's own decision-makers. */
  isMember: Uint8Array;
  /** The nearest decision-makers (indices), when asked for. */
  nearest: number[][] | null;
}

export interface AccessGroupsInput {
  /** Number of people. */
  n: number;
  /** The graph's adjacency. */
  csr: CsrArrays;
  /** Decision-makers (person indices), ascending. */
  decisionMakers: readonly number[];
  /** Seniority of each decision-maker (aligned with `decisionMakers`). */
  seniorities: readonly number[];
  /** The groups each decision-maker belongs to (aligned with `decisionMakers`). */
  groupsOf: readonly (readonly number[])[];
  /** Number of groups. */
  groups: number;
  /** Decay per step. */
  delta: number;
  /** Keep the nearest lists. */
  nearest: boolean;
}

/** Access figures per group of decision-makers, from one search per decision-maker. */
export function accessByGroup(input: AccessGroupsInput): GroupAccess[] {
  const { n, csr, decisionMakers: dms, seniorities, groupsOf, delta } = input;
  const out: GroupAccess[] = Array.from({ length: input.groups }, () => ({
    best: new Int32Array(n).fill(-1),
    within1: new Int32Array(n),
    within2: new Int32Array(n),
    score: new Float64Array(n),
    isMember: new Uint8Array(n),
    nearest: input.nearest ? Array.from({ length: n }, () => []) : null,
  }));
  dms.forEach((d, j) => {
    for (const g of groupsOf[j] as readonly number[]) (out[g] as GroupAccess).isMember[d] = 1;
  });
  // delta^d for d up to n, computed once
  const decay = new Float64Array(n + 1);
  decay[0] = 1;
  for (let d = 1; d <= n; d++) decay[d] = (decay[d - 1] as number) * delta;
  // Adds decision-maker j (person d) at distance dv ≥ 1 from v, to each of its groups. Called for
  // each v in decision-maker order, so sums and lists come out the same whichever search ran.
  const add = (v: number, j: number, dv: number) => {
    const d = dms[j] as number;
    const term = (seniorities[j] as number) * (decay[dv] as number);
    for (const g of groupsOf[j] as readonly number[]) {
      const a = out[g] as GroupAccess;
      a.score[v] = (a.score[v] as number) + term;
      if (dv <= 1) (a.within1[v] as number)++;
      if (dv <= 2) (a.within2[v] as number)++;
      if (a.best[v] === -1 || dv < (a.best[v] as number)) {
        a.best[v] = dv;
        if (a.nearest) a.nearest[v] = [d];
      } else if (dv === a.best[v] && a.nearest) (a.nearest[v] as number[]).push(d);
    }
  };
  if (dms.length < BIT_PARALLEL_MIN_SOURCES) {
    const dist = new Int32Array(n);
    const queue = new Int32Array(n);
    const source = new Int32Array(1);
    dms.forEach((d, j) => {
      source[0] = d;
      const reached = bfs(csr, source, dist, queue);
      for (let k = 1; k < reached; k++) {
        const v = queue[k] as number;
        add(v, j, dist[v] as number);
      }
    });
  } else {
    // 32 decision-makers at a time: bit i of a person's word says "reached from decision-maker
    // b + i"; their distances are kept per batch.
    const scratch = createBitParallelScratch(n);
    const { visited } = scratch;
    const distances = new Int32Array(32 * n);
    const keep = (v: number, fresh: number, level: number) => {
      for (let bits = fresh; bits !== 0; bits &= bits - 1) {
        distances[32 * v + (31 - Math.clz32(bits & -bits))] = level;
      }
    };
    for (let b = 0; b < dms.length; b += 32) {
      const width = Math.min(32, dms.length - b);
      bitParallelBatch(n, csr.offsets, csr.targets, dms.slice(b, b + width), width, scratch, keep);
      for (let v = 0; v < n; v++) {
        const seen = visited[v] as number;
        for (let i = 0; i < width; i++) {
          if (v !== dms[b + i] && (seen & (1 << i)) !== 0) add(v, b + i, distances[32 * v + i] as number);
        }
      }
    }
  }
  return out;
}
