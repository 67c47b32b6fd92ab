/**
 * What is emphasised
 * ==================
 *
 * `computeHighlight(graph, …)` turns what the user points at into sets the reducers read:
 * hovering a person shows them and their neighbours (everyone else is dimmed); a selected person
 * shows their neighbours and their routes to decision-makers (route links drawn dark and thick,
 * people on the routes labelled); a picked roster shows its participants. Hover wins over the
 * selection (except over the selected person itself), the selection over the roster.
 */

import type { RosterGraph, Route } from '@trackmap/core';

export interface Highlight {
  /** People drawn in full; everyone else is dimmed. `null`: nobody is dimmed. */
  focus: ReadonlySet<string> | null;
  /** People drawn emphasised and always labelled. */
  strong: ReadonlySet<string>;
  /** Links of the drawn routes, by edge key. */
  routeEdges: ReadonlySet<string>;
  /** The hovered or selected person, whose own links stay drawn. */
  centre: string | null;
}

export const NO_HIGHLIGHT: Highlight = { focus: null, strong: new Set(), routeEdges: new Set(), centre: null };

export function routeEdgeKeys(graph: RosterGraph, routes: readonly Route[]): Set<string> {
  const out = new Set<string>();
  for (const r of routes) {
    for (let i = 0; i + 1 < r.nodes.length; i++) {
      const e = graph.edge(r.nodes[i] as string, r.nodes[i + 1] as string);
      if (e !== undefined) out.add(e);
    }
  }
  return out;
}

export function computeHighlight(
  graph: RosterGraph,
  state: {
    hovered: string | null;
    selected: string | null;
    routes: readonly Route[];
    members: ReadonlySet<string> | null;
  },
): Highlight {
  const { hovered, selected, routes, members } = state;
  if (hovered !== null && hovered !== selected && graph.hasNode(hovered)) {
    const focus = new Set([hovered, ...graph.neighbors(hovered)]);
    return { focus, strong: new Set([hovered]), routeEdges: new Set(), centre: hovered };
  }
  if (selected !== null && graph.hasNode(selected)) {
    const onRoutes = routes.flatMap((r) => r.nodes);
    const focus = new Set([selected, ...graph.neighbors(selected), ...onRoutes]);
    return {
      focus,
      strong: new Set([selected, ...onRoutes]),
      routeEdges: routeEdgeKeys(graph, routes),
      centre: selected,
    };
  }
  if (members !== null) return { focus: members, strong: new Set(), routeEdges: new Set(), centre: null };
  return NO_HIGHLIGHT;
}

export type EdgeEmphasis = 'route' | 'normal' | 'dim';

export function edgeEmphasis(h: Highlight, edge: string, source: string, target: string): EdgeEmphasis {
  if (h.routeEdges.has(edge)) return 'route';
  if (h.focus === null) return 'normal';
  if (h.centre !== null) return source === h.centre || target === h.centre ? 'normal' : 'dim';
  return h.focus.has(source) && h.focus.has(target) ? 'normal' : 'dim';
}

/** A label cut to `max` characters (display only: the full name stays in the graph and the panel). */
export function shortLabel(label: string, max = 48): string {
  const chars = Array.from(label);
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}
