/**
 * Track colours, shared by the renderer and the legend. Okabe–Ito palette (colour-blind safe).
 * Track 1 is the decision-makers' track; labels outside the canonical four count as unknown.
 */

export type TrackKey = '1' | '1.5' | '2' | '3' | 'unknown';

export interface TrackStyle {
  key: TrackKey;
  label: string;
  color: string;
}

export const TRACK_STYLES: readonly TrackStyle[] = [
  { key: '1', label: 'Track 1 — decision-makers', color: '#d55e00' },
  { key: '1.5', label: 'Track 1.5', color: '#e69f00' },
  { key: '2', label: 'Track 2', color: '#0072b2' },
  { key: '3', label: 'Track 3', color: '#009e73' },
  { key: 'unknown', label: 'Unknown or other track', color: '#8c8c8c' },
];

const BY_KEY = new Map<string, TrackStyle>(TRACK_STYLES.map((s) => [s.key, s]));

export function trackKey(track: string): TrackKey {
  const style = BY_KEY.get(track);
  return style && style.key !== 'unknown' ? style.key : 'unknown';
}

export function trackColor(track: string): string {
  return (BY_KEY.get(trackKey(track)) as TrackStyle).color;
}
