/**
 * Filling the controls for a roster: the measures one can size by (those the graph has), the
 * tracks and sides to filter by (those present, and "no value" when someone lacks one), and the
 * range of the minimum link weight (up to the heaviest link; steps of 1, or 0.1 when a weight is
 * not a whole number).
 */

import type { RosterGraph } from '@trackmap/core';
import { ALL, attributeValues, NONE } from '../renderer/filters.js';
import { SIZE_MEASURES } from '../renderer/size-scheme.js';
import { el } from './dom.js';

const CANONICAL_TRACKS = new Set(['1', '1.5', '2', '3']);

export function option(value: string, text: string, title?: string): HTMLOptionElement {
  const o = el('option', title === undefined ? { text } : { text, title });
  o.value = value;
  return o;
}

/** Fills the size select, keeping the previous choice when the new graph has it (else degree). */
export function fillSizeOptions(select: HTMLSelectElement, graph: RosterGraph): void {
  const present = SIZE_MEASURES.filter((m) => graph.someNode((_n, a) => typeof a[m.key] === 'number'));
  const previous = select.value;
  select.replaceChildren(option('uniform', 'Same size'), ...present.map((m) => option(m.key, m.title, m.definition)));
  const has = (k: string) => present.some((m) => m.key === k);
  select.value = has(previous) ? previous : has('degree') ? 'degree' : 'uniform';
}

export function fillFilterOptions(track: HTMLSelectElement, side: HTMLSelectElement, graph: RosterGraph): void {
  const tracks = attributeValues(graph.mapNodes((_n, a) => a.track));
  track.replaceChildren(
    option(ALL, 'All tracks'),
    ...tracks.map((t) => option(t, t === NONE ? 'No track given' : CANONICAL_TRACKS.has(t) ? `Track ${t}` : t)),
  );
  const sides = attributeValues(graph.mapNodes((_n, a) => a.side));
  side.replaceChildren(option(ALL, 'All sides'), ...sides.map((s) => option(s, s === NONE ? 'No side given' : s)));
}

/** Sets the minimum-weight range for a graph and resets it to 0. */
export function setWeightRange(input: HTMLInputElement, graph: RosterGraph): void {
  let max = 1;
  let whole = true;
  graph.forEachEdge((_e, a) => {
    max = Math.max(max, a.weight);
    if (!Number.isInteger(a.weight)) whole = false;
  });
  input.step = whole ? '1' : '0.1';
  input.max = String(whole ? Math.ceil(max) : Math.ceil(max * 10) / 10);
  input.value = '0';
}
