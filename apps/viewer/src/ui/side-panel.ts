/**
 * The side panel: the roster's headline numbers, or the clicked person's name, track and
 * measures. All roster values are written with `textContent` (see dom.ts).
 */

import type { PersonMetrics } from '@trackmap/core';
import type { LoadedRoster } from '../data/load-sample.js';
import { TRACK_STYLES, trackKey } from '../renderer/tracks.js';
import { el } from './dom.js';

export interface SidePanel {
  /** Shows a person, or the roster overview with `null`. */
  show: (node: string | null) => void;
  destroy: () => void;
}

type NumericMeasure = Exclude<keyof PersonMetrics, 'id' | 'name' | 'track' | 'nearest_track1'>;

const MEASURES: ReadonlyArray<{ key: NumericMeasure; label: string }> = [
  { key: 'degree', label: 'Degree' },
  { key: 'strength', label: 'Strength' },
  { key: 'betweenness', label: 'Betweenness' },
  { key: 'closeness', label: 'Closeness' },
  { key: 'harmonic', label: 'Harmonic' },
  { key: 'pagerank', label: 'PageRank' },
  { key: 'eigenvector', label: 'Eigenvector' },
  { key: 'constraint', label: 'Constraint' },
  { key: 'clustering', label: 'Clustering' },
  { key: 'community', label: 'Community' },
  { key: 'distance_to_track1', label: 'Hops to a decision-maker' },
  { key: 'track1_within_1', label: 'Decision-makers within 1 hop' },
  { key: 'track1_within_2', label: 'Decision-makers within 2 hops' },
];

export function formatNumber(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(3);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function table(rows: Array<[string, string]>): HTMLTableElement {
  const body = el(
    'tbody',
    {},
    rows.map(([k, v]) => el('tr', {}, [el('th', { text: k }), el('td', { text: v })])),
  );
  return el('table', { className: 'panel__table' }, [body]);
}

export function createSidePanel(container: HTMLElement, data: LoadedRoster): SidePanel {
  const { analysis, graph, metrics } = data;

  const overview = () => {
    const s = analysis.summary;
    container.replaceChildren(
      el('h2', { className: 'panel__title', text: 'Roster' }),
      table([
        ['People', String(s.roster.people)],
        ['Ties', String(s.roster.ties)],
        ['Events', String(s.roster.events)],
        ['Links in the graph', String(graph.size)],
        ['Communities', String(s.graph.communities)],
        ['Decision-makers', String(s.access.decisionMakers)],
        ['Others within 1 hop of one', percent(s.access.shareWithin1)],
        ['Others within 2 hops of one', percent(s.access.shareWithin2)],
        ['Import warnings', String(s.import.warnings)],
      ]),
      el('p', { className: 'panel__hint', text: 'Click a person to see their measures.' }),
    );
  };

  const person = (id: string) => {
    const m = metrics.get(id);
    if (!m) return overview();
    const attrs = graph.getNodeAttributes(id);
    const style = TRACK_STYLES.find((t) => t.key === trackKey(m.track));
    const swatch = el('span', { className: 'legend__swatch' });
    swatch.style.backgroundColor = style?.color ?? '';
    const details: Array<[string, string]> = [];
    for (const [label, value] of [
      ['Organisation', attrs.organisation],
      ['Sector', attrs.sector],
      ['Country', attrs.country],
      ['Side', attrs.side],
    ] as const) {
      if (value) details.push([label, value]);
    }
    const nearest = m.nearest_track1.map((n) => (graph.hasNode(n) ? graph.getNodeAttribute(n, 'name') : n));
    container.replaceChildren(
      el('h2', { className: 'panel__title panel__name', text: m.name }),
      el('p', { className: 'panel__track' }, [
        swatch,
        document.createTextNode(m.track ? `Track ${m.track}` : 'No track given'),
        document.createTextNode(attrs.isDecisionMaker ? ' · decision-maker' : ''),
      ]),
      ...(details.length ? [table(details)] : []),
      el('h3', { className: 'panel__subtitle', text: 'Measures' }),
      table(MEASURES.map(({ key, label }) => [label, formatNumber(m[key])])),
      el('h3', { className: 'panel__subtitle', text: 'Nearest decision-makers' }),
      el('p', { className: 'panel__nearest', text: nearest.length ? nearest.join(', ') : '—' }),
    );
    container.dataset.person = id;
  };

  const show = (node: string | null) => {
    delete container.dataset.person;
    if (node === null) overview();
    else person(node);
  };
  show(null);
  return { show, destroy: () => container.replaceChildren() };
}
