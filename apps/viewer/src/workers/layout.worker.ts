/**
 * The layout worker
 * =================
 *
 * Runs ForceAtlas2 (graphology-layout-forceatlas2, synchronous build) off the main thread on a
 * copy of the graph's structure, in chunks of `CHUNK` iterations, posting positions after each
 * chunk so the page can animate, until the budget is spent or the layout has converged. The
 * library's own worker (`/worker`) runs until stopped, so how far it gets depends on the
 * machine's speed; a fixed budget keeps the picture the same on every machine.
 */

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { CHUNK, CONVERGED, type LayoutMessage, type LayoutRequest, relativeMove } from '../renderer/layout.js';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { order, edges, iterations } = event.data;
  let positions = event.data.positions;
  const graph = new Graph({ type: 'undirected', multi: false });
  for (let i = 0; i < order; i++) graph.addNode(String(i), { x: positions[2 * i], y: positions[2 * i + 1] });
  for (let e = 0; e < edges.length; e += 3) {
    graph.mergeEdge(String(edges[e]), String(edges[e + 1]), { weight: edges[e + 2] });
  }
  const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false };
  let done = 0;
  let converged = false;
  while (done < iterations && order > 1) {
    const step = Math.min(CHUNK, iterations - done);
    forceAtlas2.assign(graph, { iterations: step, settings, getEdgeWeight: 'weight' });
    done += step;
    const next = new Float64Array(2 * order);
    graph.forEachNode((node, a) => {
      const i = Number(node);
      next[2 * i] = a.x as number;
      next[2 * i + 1] = a.y as number;
    });
    converged = relativeMove(positions, next) < CONVERGED / (CHUNK / step);
    positions = next;
    if (converged) break;
    self.postMessage({ type: 'tick', positions: positions.slice(), done, total: iterations } satisfies LayoutMessage);
  }
  self.postMessage({ type: 'done', positions, iterations: done, converged } satisfies LayoutMessage);
};
