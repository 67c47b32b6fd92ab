/**
 * Small charts: horizontal bars in inline SVG, built with DOM APIs (labels are `textContent`,
 * so a category named like markup stays text). Each chart has a text alternative.
 */

import { el, svgEl } from './dom.js';

export interface Bar {
  label: string;
  value: number;
  /** Shown right of the bar; defaults to the value. */
  display?: string;
  color?: string;
}

const WIDTH = 260;
const LABEL_W = 96;
const VALUE_W = 44;
const ROW_H = 16;

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Bars scaled to `max` (default: the largest value). */
export function barChart(title: string, bars: Bar[], max?: number): HTMLElement {
  const top = max ?? Math.max(0, ...bars.map((b) => b.value));
  const barW = WIDTH - LABEL_W - VALUE_W;
  const svg = svgEl('svg', {
    width: WIDTH,
    height: bars.length * ROW_H + 4,
    viewBox: `0 0 ${WIDTH} ${bars.length * ROW_H + 4}`,
    role: 'img',
    class: 'chart',
  });
  const alt = svgEl('title');
  alt.textContent = `${title}: ${bars.map((b) => `${b.label} ${b.display ?? b.value}`).join(', ')}`;
  svg.append(alt);
  bars.forEach((b, i) => {
    const y = i * ROW_H + 2;
    const label = svgEl('text', { x: LABEL_W - 6, y: y + 11, 'text-anchor': 'end', class: 'chart__label' });
    label.textContent = clip(b.label, 16);
    const w = top > 0 ? Math.max(0, (b.value / top) * barW) : 0;
    const bar = svgEl('rect', {
      x: LABEL_W,
      y: y + 2,
      width: w.toFixed(1),
      height: ROW_H - 5,
      rx: 2,
      fill: b.color ?? '#0072b2',
    });
    const value = svgEl('text', { x: LABEL_W + w + 4, y: y + 11, class: 'chart__value' });
    value.textContent = b.display ?? String(b.value);
    svg.append(label, bar, value);
  });
  return el('figure', { className: 'chart-figure' }, [el('figcaption', { text: title }), svg]);
}
