/**
 * Colour schemes
 * ==============
 *
 * `colorScheme(graph, colorBy)` decides the colour of every person for one attribute (track,
 * side, community, school or ideology) and returns the legend entries that go with it, from
 * the same function, so the legend can never disagree with what is drawn.
 *
 * - track: fixed colours for the canonical tracks (Okabe–Ito, colour-blind safe); any other
 *   label, or none, is "Unknown or other track";
 * - side, school, community: categories by size (then name), one Okabe–Ito colour each for the
 *   first eight, then "Other (n categories)" in grey; people with no value are "No value";
 * - ideology: a diverging scale from −1 (blue) through 0 (warm grey) to +1 (red), in five bins
 *   for the legend; people with no score are "No score".
 */

import type { PersonAttributes, RosterGraph } from '@trackmap/core';

export const COLOR_BY = ['track', 'side', 'community', 'school', 'ideology'] as const;
export type ColorBy = (typeof COLOR_BY)[number];

export const COLOR_BY_LABELS: Readonly<Record<ColorBy, string>> = {
  track: 'Track',
  side: 'Side',
  community: 'Community',
  school: 'School of thought',
  ideology: 'Ideology',
};

export interface LegendEntry {
  label: string;
  color: string;
  /** People drawn in this colour. */
  count: number;
}

export interface ColorScheme {
  colorBy: ColorBy;
  title: string;
  /** Colour of one person. */
  colorOf: (attrs: PersonAttributes) => string;
  entries: LegendEntry[];
  /** Index in `entries` of the entry that counts this person. */
  entryOf: (attrs: PersonAttributes) => number;
  /** For ideology: the gradient stops drawn above the entries. */
  gradient?: string[];
}

/** Okabe–Ito without black, then two more distinct hues. */
export const CATEGORY_PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#7a5195',
] as const;
export const MISSING_COLOR = '#9aa1aa';
export const OTHER_COLOR = '#c4c8ce';

export const TRACK_STYLES: ReadonlyArray<{ key: string; label: string; color: string }> = [
  { key: '1', label: 'Track 1 (decision-makers)', color: '#d55e00' },
  { key: '1.5', label: 'Track 1.5', color: '#e69f00' },
  { key: '2', label: 'Track 2', color: '#0072b2' },
  { key: '3', label: 'Track 3', color: '#009e73' },
];
const UNKNOWN_TRACK = 'Unknown or other track';

/** Diverging scale stops from −1 to +1 (blue, warm grey, red: ColorBrewer RdBu reversed, with a darker centre so a score near 0 never looks dimmed). */
export const IDEOLOGY_STOPS = ['#2166ac', '#67a9cf', '#cbc3b0', '#ef8a62', '#b2182b'] as const;

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Colour of an ideology score on the diverging scale (linear between the stops).
 * @throws RangeError for a score outside [−1, 1] or not a number: the importer never gives one.
 */
export function ideologyColor(score: number): string {
  if (!Number.isFinite(score) || score < -1 || score > 1) throw new RangeError(`ideology out of [-1, 1]: ${score}`);
  const pos = ((score + 1) / 2) * (IDEOLOGY_STOPS.length - 1);
  const i = Math.min(Math.floor(pos), IDEOLOGY_STOPS.length - 2);
  const t = pos - i;
  const a = hexToRgb(IDEOLOGY_STOPS[i] as string);
  const b = hexToRgb(IDEOLOGY_STOPS[i + 1] as string);
  return rgbToHex([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
}

/** The five legend bins of ideology: [−1, −0.6), [−0.6, −0.2), [−0.2, 0.2], (0.2, 0.6], (0.6, 1]. */
export const IDEOLOGY_BINS: ReadonlyArray<{ label: string; min: number; max: number; mid: number }> = [
  { label: '−1 to −0.6', min: -1, max: -0.6, mid: -0.8 },
  { label: '−0.6 to −0.2', min: -0.6, max: -0.2, mid: -0.4 },
  { label: '−0.2 to +0.2', min: -0.2, max: 0.2, mid: 0 },
  { label: '+0.2 to +0.6', min: 0.2, max: 0.6, mid: 0.4 },
  { label: '+0.6 to +1', min: 0.6, max: 1, mid: 0.8 },
];

export function ideologyBinIndex(score: number): number {
  if (score < -0.6) return 0;
  if (score < -0.2) return 1;
  if (score <= 0.2) return 2;
  if (score <= 0.6) return 3;
  return 4;
}

/** The category of a person for a categorical colouring, or `undefined` when missing. */
export function categoryOf(
  attrs: PersonAttributes,
  colorBy: Exclude<ColorBy, 'ideology' | 'track'>,
): string | undefined {
  const v = attrs[colorBy];
  if (colorBy === 'community') return typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function trackScheme(graph: RosterGraph): ColorScheme {
  const byKey = new Map(TRACK_STYLES.map((s) => [s.key, s]));
  const counts = new Map<string, number>();
  graph.forEachNode((_n, a) => {
    const key = byKey.has(a.track) ? a.track : UNKNOWN_TRACK;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const entries: LegendEntry[] = TRACK_STYLES.filter((s) => counts.has(s.key)).map((s) => ({
    label: s.label,
    color: s.color,
    count: counts.get(s.key) ?? 0,
  }));
  const unknown = counts.get(UNKNOWN_TRACK);
  if (unknown) entries.push({ label: UNKNOWN_TRACK, color: MISSING_COLOR, count: unknown });
  const index = new Map(entries.map((e, i) => [e.label, i]));
  return {
    colorBy: 'track',
    title: COLOR_BY_LABELS.track,
    colorOf: (a) => byKey.get(a.track)?.color ?? MISSING_COLOR,
    entries,
    entryOf: (a) => index.get(byKey.get(a.track)?.label ?? UNKNOWN_TRACK) ?? -1,
  };
}

function categoricalScheme(graph: RosterGraph, colorBy: 'side' | 'school' | 'community'): ColorScheme {
  const counts = new Map<string, number>();
  let missing = 0;
  graph.forEachNode((_n, a) => {
    const c = categoryOf(a, colorBy);
    if (c === undefined) missing++;
    else counts.set(c, (counts.get(c) ?? 0) + 1);
  });
  const numeric = colorBy === 'community';
  const ordered = [...counts.entries()].sort(
    ([a, na], [b, nb]) => nb - na || (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0),
  );
  const colors = new Map<string, string>();
  const entries: LegendEntry[] = [];
  ordered.slice(0, CATEGORY_PALETTE.length).forEach(([category, count], i) => {
    const color = CATEGORY_PALETTE[i] as string;
    colors.set(category, color);
    entries.push({ label: numeric ? `Community ${category}` : category, color, count });
  });
  const rest = ordered.slice(CATEGORY_PALETTE.length);
  if (rest.length > 0) {
    entries.push({
      label: `Other (${rest.length} ${numeric ? 'communities' : 'categories'})`,
      color: OTHER_COLOR,
      count: rest.reduce((s, [, n]) => s + n, 0),
    });
  }
  const otherIndex = rest.length > 0 ? entries.length - 1 : -1;
  if (missing > 0) entries.push({ label: 'No value', color: MISSING_COLOR, count: missing });
  const rank = new Map(ordered.slice(0, CATEGORY_PALETTE.length).map(([c], i) => [c, i]));
  return {
    colorBy,
    title: COLOR_BY_LABELS[colorBy],
    colorOf: (a) => {
      const c = categoryOf(a, colorBy);
      return c === undefined ? MISSING_COLOR : (colors.get(c) ?? OTHER_COLOR);
    },
    entries,
    entryOf: (a) => {
      const c = categoryOf(a, colorBy);
      return c === undefined ? entries.length - 1 : (rank.get(c) ?? otherIndex);
    },
  };
}

function ideologyScheme(graph: RosterGraph): ColorScheme {
  const counts = IDEOLOGY_BINS.map(() => 0);
  let missing = 0;
  graph.forEachNode((_n, a) => {
    if (typeof a.ideology === 'number') counts[ideologyBinIndex(a.ideology)]! += 1;
    else missing++;
  });
  const entries: LegendEntry[] = IDEOLOGY_BINS.map((bin, i) => ({
    label: bin.label,
    color: ideologyColor(bin.mid),
    count: counts[i] ?? 0,
  }));
  if (missing > 0) entries.push({ label: 'No score', color: MISSING_COLOR, count: missing });
  return {
    colorBy: 'ideology',
    title: `${COLOR_BY_LABELS.ideology} (−1 to +1)`,
    colorOf: (a) => (typeof a.ideology === 'number' ? ideologyColor(a.ideology) : MISSING_COLOR),
    entries,
    entryOf: (a) => (typeof a.ideology === 'number' ? ideologyBinIndex(a.ideology) : entries.length - 1),
    gradient: [...IDEOLOGY_STOPS],
  };
}

export function colorScheme(graph: RosterGraph, colorBy: ColorBy): ColorScheme {
  switch (colorBy) {
    case 'track':
      return trackScheme(graph);
    case 'ideology':
      return ideologyScheme(graph);
    default:
      return categoricalScheme(graph, colorBy);
  }
}

export function isColorBy(value: string): value is ColorBy {
  return (COLOR_BY as readonly string[]).includes(value);
}
