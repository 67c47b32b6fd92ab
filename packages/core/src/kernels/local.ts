/**
 * Local (neighbourhood) kernels: degree, clustering, constraint, effective size
 * ============================================================================
 *
 *   degree          k_i = |N(i)|
 *   clustering      C_i = 2 T_i / (k_i (k_i − 1)),  0 if k_i < 2          (Watts & Strogatz 1998)
 *   effective size  ES_i = k_i − 2 t_i / k_i,       NaN for isolates        (Burt 1992; Borgatti 1997)
 *   constraint      c_i = Σ_{j ∈ N(i)} (1/k_i + Σ_{q ∈ N(i) ∩ N(j), q ≠ i} 1/(k_i k_q))²,
 *                                                   NaN for isolates        (Burt 1992)
 *
 * T_i (t_i) is the number of links among i's neighbours; all unweighted and undirected (see the
 * files in metrics/** for the conventions and the NetworkX functions they match). NaN marks
 * "undefined" in the typed array; the measure functions turn it into `null`.
 *
 * One membership mark per node (`mark[v] === i + 1`), no Maps, no reset: O(Σ_i Σ_{j ∈ N(i)} k_j).
 *
 * References:
 *   [1] Watts, D. J., Strogatz, S. H. (1998). Collective dynamics of 'small-world' networks.
 *       Nature 393, 440-442. doi:10.1038/30918
 *   [2] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard UP.
 *   [3] Borgatti, S. P. (1997). Structural holes: Unpacking Burt's redundancy measures.
 *       Connections 20(1), 35-38.
 */

import type { CsrGraph } from './csr.js';

type Csr = Pick<CsrGraph, 'n' | 'offsets' | 'targets'>;

export function degreeKernel({ n, offsets }: Csr): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = (offsets[i + 1] as number) - (offsets[i] as number);
  return out;
}

/** 2 T_i for every i: ordered pairs of linked neighbours. */
export function neighbourLinkEndsKernel({ n, offsets, targets }: Csr): Float64Array {
  const ends = new Float64Array(n);
  const mark = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    for (let e = start; e < end; e++) mark[targets[e] as number] = i + 1;
    let count = 0;
    for (let e = start; e < end; e++) {
      const j = targets[e] as number;
      for (let f = offsets[j] as number, fe = offsets[j + 1] as number; f < fe; f++)
        if (mark[targets[f] as number] === i + 1) count++;
    }
    ends[i] = count;
  }
  return ends;
}

export function clusteringKernel(csr: Csr, ends: Float64Array = neighbourLinkEndsKernel(csr)): Float64Array {
  const out = new Float64Array(csr.n);
  for (let i = 0; i < csr.n; i++) {
    const k = (csr.offsets[i + 1] as number) - (csr.offsets[i] as number);
    out[i] = k < 2 ? 0 : (ends[i] as number) / (k * (k - 1));
  }
  return out;
}

export function effectiveSizeKernel(csr: Csr, ends: Float64Array = neighbourLinkEndsKernel(csr)): Float64Array {
  const out = new Float64Array(csr.n);
  for (let i = 0; i < csr.n; i++) {
    const k = (csr.offsets[i + 1] as number) - (csr.offsets[i] as number);
    out[i] = k === 0 ? Number.NaN : k - (ends[i] as number) / k;
  }
  return out;
}

export function constraintKernel({ n, offsets, targets }: Csr): Float64Array {
  const out = new Float64Array(n);
  const mark = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    const ki = end - start;
    if (ki === 0) {
      out[i] = Number.NaN;
      continue;
    }
    for (let e = start; e < end; e++) mark[targets[e] as number] = i + 1;
    let c = 0;
    for (let e = start; e < end; e++) {
      const j = targets[e] as number;
      let indirect = 0;
      for (let f = offsets[j] as number, fe = offsets[j + 1] as number; f < fe; f++) {
        const q = targets[f] as number;
        if (q !== i && mark[q] === i + 1) indirect += 1 / ki / ((offsets[q + 1] as number) - (offsets[q] as number));
      }
      const local = 1 / ki + indirect;
      c += local * local;
    }
    out[i] = c;
  }
  return out;
}
