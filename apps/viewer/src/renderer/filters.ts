/**
 * Filters
 * =======
 *
 * Which people and links are shown: by track, by side, by roster (the participants of one event
 * or round only) and by minimum link weight. Pure functions of the attributes, used by the
 * sigma reducers (hidden people and links are not drawn, and not exported).
 */

import type { LinkAttributes, PersonAttributes } from '@trackmap/core';

/** The value of a filter select that means "everyone". */
export const ALL = '*';
/** The value of the track or side filter that means "no value". */
export const NONE = '';

export interface Filters {
  /** A track label, `NONE` for people without one, or `ALL`. */
  track: string;
  /** A side, `NONE` for people without one, or `ALL`. */
  side: string;
  /** When set, only these people are shown (one roster). */
  members: ReadonlySet<string> | null;
  /** Links with a smaller weight are hidden. */
  minWeight: number;
}

export const NO_FILTERS: Filters = { track: ALL, side: ALL, members: null, minWeight: 0 };

export function isFiltering(filters: Filters): boolean {
  return filters.track !== ALL || filters.side !== ALL || filters.members !== null || filters.minWeight > 0;
}

export function personVisible(id: string, attrs: PersonAttributes, filters: Filters): boolean {
  if (filters.track !== ALL && (attrs.track ?? '') !== filters.track) return false;
  if (filters.side !== ALL && (attrs.side ?? '') !== filters.side) return false;
  if (filters.members !== null && !filters.members.has(id)) return false;
  return true;
}

/** A link is shown when both ends are and its weight reaches the minimum. */
export function linkVisible(attrs: LinkAttributes, sourceVisible: boolean, targetVisible: boolean, filters: Filters) {
  return sourceVisible && targetVisible && attrs.weight >= filters.minWeight;
}

/** The distinct values of a text attribute, sorted, with `NONE` last when someone lacks one. */
export function attributeValues(values: Iterable<string | undefined>): string[] {
  const set = new Set<string>();
  let missing = false;
  for (const v of values) {
    if (v === undefined || v === '') missing = true;
    else set.add(v);
  }
  const sorted = [...set].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return missing ? [...sorted, NONE] : sorted;
}
