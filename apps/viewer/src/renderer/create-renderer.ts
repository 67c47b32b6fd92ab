/**
 * The sigma renderer
 * ==================
 *
 * `createRenderer(graph, container, view, events)` draws the person graph (nodes carry `x`, `y`
 * from the layout) with sigma 3. Nothing about colour, size, filters or emphasis is written into
 * the graph: the reducers compute it from the current `View` (colour and size schemes, filters,
 * highlight), so `update(view)` restyles without touching the data. Returns `{ sigma, update,
 * kill }`; whoever creates a renderer kills it (frees the WebGL contexts and listeners).
 */

import type { LinkAttributes, PersonAttributes, RosterGraph } from '@trackmap/core';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ColorScheme } from './color-scheme.js';
import { type Filters, linkVisible, personVisible } from './filters.js';
import { edgeEmphasis, type Highlight, shortLabel } from './highlight.js';
import type { SizeScheme } from './size-scheme.js';

export type RosterSigma = Sigma<PersonAttributes, LinkAttributes>;

export interface View {
  color: ColorScheme;
  size: SizeScheme;
  filters: Filters;
  highlight: Highlight;
}

export interface RendererEvents {
  onClickNode: (node: string) => void;
  onClickStage: () => void;
  onEnterNode: (node: string) => void;
  onLeaveNode: (node: string) => void;
}

export interface Renderer {
  sigma: RosterSigma;
  update: (view: View) => void;
  kill: () => void;
}

export const EDGE_COLOR = '#c3c9d1';
export const ROUTE_COLOR = '#1f2328';
export const DIMMED_NODE = '#e4e7eb';
export const DIMMED_EDGE = '#eef0f3';
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export function nodeDisplay(id: string, attrs: PersonAttributes, view: View): Partial<NodeDisplayData> {
  const res: Partial<NodeDisplayData> = {
    x: attrs.x as number,
    y: attrs.y as number,
    label: shortLabel(String(attrs.label ?? id)),
    color: view.color.colorOf(attrs),
    size: view.size.sizeOf(attrs),
  };
  if (!personVisible(id, attrs, view.filters)) {
    res.hidden = true;
    return res;
  }
  const h = view.highlight;
  if (h.strong.has(id)) {
    res.highlighted = id === h.centre;
    res.forceLabel = true;
    res.zIndex = 2;
  } else if (h.focus !== null && !h.focus.has(id)) {
    res.color = DIMMED_NODE;
    res.label = '';
    res.zIndex = 0;
  } else {
    res.zIndex = 1;
  }
  return res;
}

export function createRenderer(
  graph: RosterGraph,
  container: HTMLElement,
  initial: View,
  events: RendererEvents,
): Renderer {
  let view = initial;
  let maxWeight = 1;
  graph.forEachEdge((_e, a) => {
    maxWeight = Math.max(maxWeight, a.weight);
  });
  const visible = new Map<string, boolean>();
  const recomputeVisible = () => {
    visible.clear();
    graph.forEachNode((n, a) => {
      visible.set(n, personVisible(n, a, view.filters));
    });
  };
  recomputeVisible();

  const sigma: RosterSigma = new Sigma(graph, container, {
    defaultEdgeColor: EDGE_COLOR,
    labelFont: FONT,
    labelSize: 12,
    labelColor: { color: '#1f2328' },
    labelRenderedSizeThreshold: 7,
    zIndex: true,
    hideEdgesOnMove: true,
    nodeReducer: (node, data) => nodeDisplay(node, data as unknown as PersonAttributes, view),
    edgeReducer: (edge, data) => {
      const [source, target] = graph.extremities(edge);
      const res: Partial<EdgeDisplayData> = {
        size: 0.5 + 2.5 * ((data as unknown as LinkAttributes).weight / maxWeight),
        color: EDGE_COLOR,
      };
      if (!linkVisible(data as unknown as LinkAttributes, !!visible.get(source), !!visible.get(target), view.filters)) {
        res.hidden = true;
        return res;
      }
      const emphasis = edgeEmphasis(view.highlight, edge, source, target);
      if (emphasis === 'route') {
        res.color = ROUTE_COLOR;
        res.size = 3.5;
        res.zIndex = 2;
      } else if (emphasis === 'dim') {
        res.color = DIMMED_EDGE;
        res.zIndex = 0;
      } else {
        res.zIndex = 1;
      }
      return res;
    },
  });

  sigma.on('clickNode', ({ node }) => events.onClickNode(node));
  sigma.on('clickStage', () => events.onClickStage());
  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    events.onEnterNode(node);
  });
  sigma.on('leaveNode', ({ node }) => {
    container.style.cursor = '';
    events.onLeaveNode(node);
  });

  return {
    sigma,
    update: (next) => {
      const filtersChanged = next.filters !== view.filters;
      // Positions do not change with the view; sizes and hidden people do, and sigma's picking
      // index depends on them, so only a change of emphasis alone skips the reindexing.
      const indexation = filtersChanged || next.size !== view.size || next.color !== view.color;
      view = next;
      if (filtersChanged) recomputeVisible();
      sigma.refresh({ skipIndexation: !indexation });
    },
    kill: () => {
      sigma.kill();
      container.style.cursor = '';
    },
  };
}
