/**
 * The person panel: the clicked (or searched) person's name, attributes, measures, each with
 * its one-line meaning from the core's `MEASURE_REGISTRY`, and their routes to decision-makers
 * (the routes are drawn on the graph too). Every roster value is written with `textContent`.
 */

import { MEASURE_REGISTRY, type PersonAttributes, RESERVED_PERSON_ATTRIBUTES, type Route } from '@trackmap/core';
import type { LoadedRoster } from '../data/open-roster.js';
import { shortLabel } from '../renderer/highlight.js';
import { el, formatNumber, table } from './dom.js';

const ATTRIBUTES: ReadonlyArray<[string, string]> = [
  ['track', 'Track'],
  ['side', 'Side'],
  ['sector', 'Sector'],
  ['organisation', 'Organisation'],
  ['country', 'Country'],
  ['school', 'School of thought'],
  ['ideology', 'Ideology'],
  ['seniority', 'Seniority'],
  ['gender', 'Gender'],
];
const SHOWN_KEYS = new Set(['name', ...ATTRIBUTES.map(([k]) => k), ...RESERVED_PERSON_ATTRIBUTES]);
const MAX_ROUTES = 12;

export function nameOf(data: LoadedRoster, id: string): string {
  return data.graph.hasNode(id) ? String(data.graph.getNodeAttribute(id, 'label') ?? id) : id;
}

/** `A → B → C`: the names along a route, each cut to `max` characters (the full text is the title). */
export function routeText(data: LoadedRoster, route: Route, max = Number.POSITIVE_INFINITY): string {
  return route.nodes.map((n) => shortLabel(nameOf(data, n), max)).join(' → ');
}

/** The routes shown (and drawn) for a person: theirs, or for a decision-maker those that end at them. */
export function routesFor(data: LoadedRoster, id: string): Route[] {
  const attrs = data.graph.getNodeAttributes(id);
  if (attrs.isDecisionMaker)
    return (data.routesByTarget.get(id) ?? []).filter((r) => r.rank === 1).slice(0, MAX_ROUTES);
  return data.routesByPerson.get(id) ?? [];
}

function attributeRows(attrs: PersonAttributes): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const [key, label] of ATTRIBUTES) {
    const v = attrs[key];
    if (v === undefined || v === null || v === '') continue;
    rows.push([label, typeof v === 'number' ? formatNumber(v) : String(v)]);
  }
  for (const [key, v] of Object.entries(attrs)) {
    if (SHOWN_KEYS.has(key) || typeof v !== 'string' || v === '') continue;
    rows.push([key, v]);
  }
  return rows;
}

function measureList(attrs: PersonAttributes, data: LoadedRoster): HTMLElement {
  const list = el('dl', { className: 'measures' });
  for (const m of MEASURE_REGISTRY) {
    const value = attrs[m.key];
    if (value === undefined) continue;
    const shown =
      m.kind === 'list'
        ? Array.isArray(value) && value.length > 0
          ? value.map((n) => nameOf(data, String(n))).join(', ')
          : '—'
        : formatNumber(value);
    const dt = el('dt', { className: 'measures__name' }, [
      el('span', { text: m.title }),
      el('span', { className: 'measures__value', text: shown }),
    ]);
    const dd = el('dd', {
      className: 'measures__meaning',
      text: m.definition,
      title: `High: ${m.means}. Not: ${m.doesNotMean}.`,
    });
    list.append(dt, dd);
  }
  return list;
}

export function renderPerson(
  container: HTMLElement,
  data: LoadedRoster,
  id: string,
  routes: Route[],
  onClose: () => void,
): void {
  const attrs = data.graph.getNodeAttributes(id);
  const routeItems = routes.map((r) =>
    el('li', { className: 'route' }, [
      el('span', { className: 'route__path', text: routeText(data, r, 80), title: routeText(data, r) }),
      el('span', { className: 'route__hops', text: ` (${r.hops} step${r.hops === 1 ? '' : 's'})` }),
    ]),
  );
  const routesList = el('ol', { className: 'routes', testId: 'routes' }, routeItems);
  const routesNote = attrs.isDecisionMaker
    ? routes.length
      ? 'A decision-maker. Shortest routes from participants who have this person among their nearest decision-makers:'
      : 'A decision-maker. No participant has this person among their nearest decision-makers.'
    : routes.length
      ? 'Shortest routes to the nearest decision-makers (drawn on the graph):'
      : 'No route to any decision-maker in this roster.';
  const eventLabels = new Map(data.rosters.filter((r) => r.kind === 'event').map((r) => [r.key, r.label]));
  const events = Array.isArray(attrs.events) ? attrs.events.map((e) => eventLabels.get(String(e)) ?? String(e)) : [];
  const rows = attributeRows(attrs);
  rows.push(['Events attended', events.length ? `${events.length}: ${events.join('; ')}` : 'none']);
  const close = el('button', {
    className: 'panel__close secondary',
    text: 'Close',
    title: 'Clear the selection (Esc)',
  });
  close.type = 'button';
  close.addEventListener('click', onClose);
  container.replaceChildren(
    el('div', { className: 'panel__head' }, [
      el('h2', { className: 'panel__name', text: String(attrs.label ?? id), testId: 'selected-label' }),
      close,
    ]),
    el('p', { className: 'panel__id', text: `id ${id}${attrs.isDecisionMaker ? ' · decision-maker' : ''}` }),
    table(rows),
    el('h3', { text: attrs.isDecisionMaker ? 'Routes from participants' : 'Routes to decision-makers' }),
    el('p', { className: 'muted', text: routesNote }),
    routesList,
    el('h3', { text: 'Measures' }),
    el('p', {
      className: 'muted',
      text: 'Position in the network is evidence of opportunity to pass ideas on, not proof that any passed.',
    }),
    measureList(attrs, data),
  );
  container.dataset.person = id;
  container.hidden = false;
}
