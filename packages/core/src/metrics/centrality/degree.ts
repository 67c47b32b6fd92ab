/**
 * Degree and strength
 * ===================
 *
 * Degree: number of distinct neighbours, k_i = Σ_j a_ij (unweighted; a person linked by a tie
 * and by shared events to the same neighbour counts once).
 * Strength (weighted degree): s_i = Σ_j w_ij, with w the link `weight` (ties + shared events,
 * see docs/measures.md). Isolates have 0 for both. Raw, not normalised.
 *
 * Matches NetworkX `G.degree(v)` and `G.degree(v, weight="weight")`.
 *
 * References:
 *   [1] Freeman, L. C. (1978). Centrality in social networks conceptual clarification.
 *       Social Networks 1(3), 215-239. doi:10.1016/0378-8733(78)90021-7
 *   [2] Barrat, A., Barthélemy, M., Pastor-Satorras, R., Vespignani, A. (2004). The
 *       architecture of complex weighted networks. PNAS 101(11). doi:10.1073/pnas.0400087101
 */

import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidGraphError } from '../../errors.js';
import { edgeWeightGetter, resolveOptions } from '../../options.js';
import { type NodeValues, nodeMeasure } from '../measure.js';

/** Where a link's weight comes from: an attribute name, a getter, or `null` for 1. */
export type EdgeWeightGetter = string | null | ((edge: string, attributes: Attributes) => number);

/** Options of {@link strength}: the link weight. */
export interface StrengthOptions {
  /** Edge attribute (or getter) holding the weight; `null` counts each link as 1. @defaultValue `'weight'` */
  getEdgeWeight?: EdgeWeightGetter;
}
/** Defaults of {@link StrengthOptions}: the `weight` attribute. */
export const DEFAULT_STRENGTH_OPTIONS: Readonly<Required<StrengthOptions>> = Object.freeze({ getEdgeWeight: 'weight' });

/** Reads an edge weight, refusing anything that is not a finite number (graphology would silently use 1). */
export function edgeWeightReader(getter: EdgeWeightGetter): (edge: string, attributes: Attributes) => number {
  if (getter === null) return () => 1;
  const read = typeof getter === 'function' ? getter : (_e: string, a: Attributes) => a[getter];
  return (edge, attributes) => {
    const w = read(edge, attributes);
    if (typeof w !== 'number' || !Number.isFinite(w)) {
      throw new InvalidGraphError(`edge ${edge}: weight must be a finite number, got ${JSON.stringify(w)}`);
    }
    return w;
  };
}

/** Degree of every person: the number of distinct people linked to them (self-loops ignored). */
export const degree = nodeMeasure<Record<string, never>>('degree', (graph: AbstractGraph) => {
  const out: NodeValues = {};
  graph.forEachNode((n) => {
    out[n] = graph.neighbors(n).filter((m) => m !== n).length;
  });
  return out;
});

/** Strength of every person: the sum of the weights of their links (Barrat et al. 2004). */
export const strength = nodeMeasure<StrengthOptions>('strength', (graph: AbstractGraph, options?: StrengthOptions) => {
  const { getEdgeWeight } = resolveOptions(DEFAULT_STRENGTH_OPTIONS, options, { getEdgeWeight: edgeWeightGetter });
  const weight = edgeWeightReader(getEdgeWeight);
  const out: NodeValues = {};
  graph.forEachNode((n) => {
    out[n] = 0;
  });
  graph.forEachEdge((e, attrs, s, t) => {
    const w = weight(e, attrs);
    out[s] = (out[s] as number) + w;
    if (t !== s) out[t] = (out[t] as number) + w;
  });
  return out;
});
