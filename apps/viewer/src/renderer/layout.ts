/**
 * Deterministic layout: nodes start on a circle in node order (no randomness, so the same
 * roster always gives the same picture), then ForceAtlas2 runs a fixed number of iterations.
 * Also sets the display attributes sigma reads: `x`, `y`, `size` (by degree), `color` (by track).
 */

import type { RosterGraph } from '@trackmap/core';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { trackColor } from './tracks.js';

export const LAYOUT_ITERATIONS = 200;

export function layoutGraph(graph: RosterGraph): void {
  const n = graph.order;
  let maxDegree = 0;
  graph.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });
  let i = 0;
  graph.forEachNode((node, attrs) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    i++;
    const degree = graph.degree(node);
    graph.mergeNodeAttributes(node, {
      x: 100 * Math.cos(angle),
      y: 100 * Math.sin(angle),
      size: 3 + 11 * Math.sqrt(maxDegree === 0 ? 0 : degree / maxDegree),
      color: trackColor(attrs.track),
    });
  });
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: LAYOUT_ITERATIONS,
      settings: forceAtlas2.inferSettings(graph),
      getEdgeWeight: 'weight',
    });
  }
}
