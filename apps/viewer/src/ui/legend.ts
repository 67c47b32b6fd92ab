/**
 * The legend: drawn from the same colour and size schemes the reducers use, so it always
 * matches the graph. One entry per colour (`data-testid="legend-item"` holds the category
 * label only; the count is beside it), a gradient for ideology, and what node size means.
 */

import type { ColorScheme } from '../renderer/color-scheme.js';
import { MAX_SIZE, MIN_SIZE, type SizeScheme } from '../renderer/size-scheme.js';
import { el, formatNumber } from './dom.js';

/**
 * @param shown - when filters hide people, how many of each entry are shown (same order as the
 *   entries); the count then reads "shown / all" and entries with nobody shown are greyed.
 */
export function renderLegend(
  container: HTMLElement,
  color: ColorScheme,
  size: SizeScheme,
  shown: readonly number[] | null = null,
): void {
  const list = el('ul', { className: 'legend__list' });
  color.entries.forEach((entry, i) => {
    const swatch = el('span', { className: 'legend__swatch' });
    swatch.style.backgroundColor = entry.color;
    const visible = shown?.[i] ?? entry.count;
    const count = shown === null ? String(entry.count) : `${visible} / ${entry.count}`;
    const item = el('li', { className: `legend__entry${visible === 0 ? ' legend__entry--none' : ''}` }, [
      swatch,
      el('span', { className: 'legend__label', text: entry.label, title: entry.label, testId: 'legend-item' }),
      el('span', { className: 'legend__count', text: count, title: shown === null ? 'people' : 'people shown / all' }),
    ]);
    list.append(item);
  });
  const parts: Node[] = [el('h3', { className: 'legend__title', text: `Colour: ${color.title}` })];
  if (color.gradient) {
    const bar = el('div', { className: 'legend__gradient' });
    bar.style.background = `linear-gradient(to right, ${color.gradient.join(', ')})`;
    parts.push(
      bar,
      el('div', { className: 'legend__scale' }, [
        el('span', { text: '−1' }),
        el('span', { text: '0' }),
        el('span', { text: '+1' }),
      ]),
    );
  }
  parts.push(list);
  const small = el('span', { className: 'legend__dot' });
  const large = el('span', { className: 'legend__dot' });
  small.style.width = small.style.height = `${MIN_SIZE * 2}px`;
  large.style.width = large.style.height = `${MAX_SIZE * 2}px`;
  const sizeText =
    size.min === null
      ? size.title
      : `${size.title}: ${formatNumber(size.min)} (smallest) to ${formatNumber(size.max)} (largest)${
          size.missing > 0 ? `; ${size.missing} without a value drawn smallest` : ''
        }`;
  parts.push(
    el('h3', { className: 'legend__title', text: 'Size' }),
    el('p', { className: 'legend__size', testId: 'legend-size' }, [small, large, el('span', { text: sizeText })]),
  );
  container.replaceChildren(...parts);
}
