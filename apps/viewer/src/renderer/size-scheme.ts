/**
 * Node sizes
 * ==========
 *
 * `sizeScheme(graph, measure)` sizes every person by one per-person measure: the area of the
 * disc grows with the value (radius ∝ √ of the value's position between the roster's minimum
 * and maximum), from `MIN_SIZE` to `MAX_SIZE` pixels. A person with no value (`null`, e.g. the
 * constraint of an isolate) gets the smallest size, and the legend says how many. `uniform`
 * draws everyone the same size.
 */

import { MEASURE_REGISTRY, type PersonAttributes, type RosterGraph } from '@trackmap/core';

export const MIN_SIZE = 3;
export const MAX_SIZE = 14;
export const UNIFORM_SIZE = 6;

/**
 * Measures one can size by: the per-person measures of the core's registry that are quantities
 * (kind `number` or `count`; not community labels or lists of ids), and brokerage totals.
 */
export const SIZE_MEASURES: ReadonlyArray<{ key: string; title: string; definition: string }> = [
  ...MEASURE_REGISTRY.filter((m) => m.kind === 'number' || m.kind === 'count').map((m) => ({
    key: m.key as string,
    title: m.title,
    definition: m.definition,
  })),
  {
    key: 'brokerage_track_total',
    title: 'Brokerage between tracks',
    definition: 'Gould–Fernandez brokerage roles between tracks, all roles together',
  },
  {
    key: 'brokerage_side_total',
    title: 'Brokerage between sides',
    definition: 'Gould–Fernandez brokerage roles between sides, all roles together',
  },
];

export interface SizeScheme {
  measure: string;
  title: string;
  sizeOf: (attrs: PersonAttributes) => number;
  /** Smallest and largest value in the roster; `null` when nobody has one. */
  min: number | null;
  max: number | null;
  /** People without a value (drawn at the smallest size). */
  missing: number;
}

function measureValue(attrs: PersonAttributes, measure: string): number | null {
  const v = attrs[measure];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function sizeScheme(graph: RosterGraph, measure: string): SizeScheme {
  if (measure === 'uniform') {
    return { measure, title: 'Same size for everyone', sizeOf: () => UNIFORM_SIZE, min: null, max: null, missing: 0 };
  }
  const info = SIZE_MEASURES.find((m) => m.key === measure);
  if (!info) throw new RangeError(`unknown size measure: ${measure}`);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let missing = 0;
  graph.forEachNode((_n, a) => {
    const v = measureValue(a, measure);
    if (v === null) missing++;
    else {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  });
  const known = Number.isFinite(min);
  const span = known ? max - min : 0;
  return {
    measure,
    title: info.title,
    sizeOf: (a) => {
      const v = measureValue(a, measure);
      if (v === null || !known) return MIN_SIZE;
      const t = span === 0 ? 0.5 : (v - min) / span;
      return MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(t);
    },
    min: known ? min : null,
    max: known ? max : null,
    missing,
  };
}
