/**
 * The sigma renderer
 * ==================
 *
 * `createRenderer(graph, container, { onSelect })` draws a laid-out person graph (nodes must
 * carry `x`, `y`, `size`, `color`: see `layout.ts`) and reports clicks. Selection highlights
 * the person and their neighbours through reducers, without touching the graph.
 * Returns `{ sigma, select, kill }`; `kill()` frees the WebGL contexts and listeners.
 */

import type { LinkAttributes, PersonAttributes, RosterGraph } from '@trackmap/core';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

export type RosterSigma = Sigma<PersonAttributes, LinkAttributes>;

export interface RendererOptions {
  /** Called with the clicked person's id, or `null` when the background is clicked. */
  onSelect?: (node: string | null) => void;
}

export interface Renderer {
  sigma: RosterSigma;
  /** Highlights a person (or clears the selection with `null`). */
  select: (node: string | null) => void;
  kill: () => void;
}

const EDGE_COLOR = '#c9ced6';
const DIMMED_NODE = '#e3e6ea';
const DIMMED_EDGE = '#f0f2f4';

export function createRenderer(graph: RosterGraph, container: HTMLElement, options: RendererOptions = {}): Renderer {
  let selected: string | null = null;
  let neighbours = new Set<string>();

  let maxWeight = 1;
  graph.forEachEdge((_edge, attrs) => {
    maxWeight = Math.max(maxWeight, attrs.weight);
  });

  const sigma: RosterSigma = new Sigma(graph, container, {
    defaultEdgeColor: EDGE_COLOR,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    labelSize: 12,
    labelRenderedSizeThreshold: 8,
    zIndex: true,
    nodeReducer: (node, data) => {
      const res: Partial<NodeDisplayData> = { ...data };
      if (selected !== null) {
        if (node === selected) {
          res.highlighted = true;
          res.zIndex = 2;
        } else if (neighbours.has(node)) {
          res.zIndex = 1;
          res.forceLabel = true;
        } else {
          res.color = DIMMED_NODE;
          res.label = '';
          res.zIndex = 0;
        }
      }
      return res;
    },
    // Link attributes hold no display data: the reducer builds it (width from the link weight).
    edgeReducer: (edge, data) => {
      const res: Partial<EdgeDisplayData> = { size: 0.5 + 2.5 * (data.weight / maxWeight) };
      if (selected !== null) {
        const touches = graph.hasExtremity(edge, selected);
        res.color = touches ? '#7d8794' : DIMMED_EDGE;
        res.zIndex = touches ? 1 : 0;
      }
      return res;
    },
  });

  const select = (node: string | null) => {
    selected = node !== null && graph.hasNode(node) ? node : null;
    neighbours = new Set(selected === null ? [] : graph.neighbors(selected));
    sigma.refresh({ skipIndexation: true });
  };

  sigma.on('clickNode', ({ node }) => {
    select(node);
    options.onSelect?.(node);
  });
  sigma.on('clickStage', () => {
    select(null);
    options.onSelect?.(null);
  });
  sigma.on('enterNode', () => {
    container.style.cursor = 'pointer';
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
  });

  return {
    sigma,
    select,
    kill: () => {
      sigma.kill();
      container.style.cursor = '';
    },
  };
}
