/**
 * The legend: one swatch per track colour, with how many people of the roster are on it,
 * and a note on sizes. Returns a function that removes it.
 */

import type { RosterGraph } from '@trackmap/core';
import { TRACK_STYLES, type TrackKey, trackKey } from '../renderer/tracks.js';
import { el } from './dom.js';

export function renderLegend(container: HTMLElement, graph: RosterGraph): () => void {
  const counts = new Map<TrackKey, number>();
  graph.forEachNode((_node, attrs) => {
    const key = trackKey(attrs.track);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });

  const list = el('ul', { className: 'legend__list' });
  for (const style of TRACK_STYLES) {
    const count = counts.get(style.key) ?? 0;
    if (style.key === 'unknown' && count === 0) continue;
    const swatch = el('span', { className: 'legend__swatch' });
    swatch.style.backgroundColor = style.color;
    const item = el('li', { className: 'legend__item' }, [
      swatch,
      el('span', { className: 'legend__label', text: style.label }),
      el('span', { className: 'legend__count', text: String(count) }),
    ]);
    item.dataset.track = style.key;
    list.append(item);
  }

  const root = el('div', {}, [
    el('h2', { className: 'legend__title', text: 'Tracks' }),
    list,
    el('p', {
      className: 'legend__note',
      text: 'Node size: number of people linked (degree). Click a person for their measures.',
    }),
  ]);
  container.replaceChildren(root);
  return () => container.replaceChildren();
}
