/**
 * Layout settings, shared by the page and the layout worker
 * =========================================================
 *
 * ForceAtlas2 (Jacomy et al. 2014, doi:10.1371/journal.pone.0098679) starts from positions drawn
 * by a seeded generator (the core's `createRng`, Mulberry32), one pair per person in roster order,
 * and runs a fixed budget of iterations in chunks; it stops early once a chunk moves people by less
 * than `CONVERGED` of the drawing's size. Same roster and seed, same picture. "Rerun layout" draws
 * new starting positions with the next seed.
 */

import { createRng } from '@trackmap/core';

export const DEFAULT_LAYOUT_SEED = 1;
export const CHUNK = 25;
/** Mean move per person in a chunk, relative to the drawing's extent, below which the layout stops. */
export const CONVERGED = 0.002;

/** The iteration budget: more for small graphs, where each iteration is cheap. */
export function iterationBudget(order: number): number {
  if (order <= 300) return 500;
  if (order <= 2000) return 250;
  return 100;
}

/** Starting positions: uniform in a disc of radius 100, `[x0, y0, x1, y1, ...]`. */
export function seededPositions(order: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(2 * order);
  for (let i = 0; i < order; i++) {
    const r = 100 * Math.sqrt(rng());
    const a = 2 * Math.PI * rng();
    out[2 * i] = r * Math.cos(a);
    out[2 * i + 1] = r * Math.sin(a);
  }
  return out;
}

/** Mean displacement between two position arrays, relative to the extent of `next`. */
export function relativeMove(prev: Float64Array, next: Float64Array): number {
  const n = next.length / 2;
  if (n === 0) return 0;
  let moved = 0;
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const x = next[2 * i] as number;
    const y = next[2 * i + 1] as number;
    moved += Math.hypot(x - (prev[2 * i] as number), y - (prev[2 * i + 1] as number));
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return moved / n / extent;
}

export interface LayoutRequest {
  order: number;
  /** Pairs of node indices with the link weight: `[source, target, weight, ...]`. */
  edges: Float64Array;
  positions: Float64Array;
  iterations: number;
}

export type LayoutMessage =
  | { type: 'tick'; positions: Float64Array; done: number; total: number }
  | { type: 'done'; positions: Float64Array; iterations: number; converged: boolean };
