/**
 * Running the layout
 * ==================
 *
 * `runLayout(graph, seed, onTick)` places every person at a seeded starting position, then lets
 * the layout worker move them; each chunk's positions are written to the graph (`x`, `y`), which
 * sigma redraws. Resolves when the worker stops; `cancel()` stops it at once (a new roster, or
 * the layout rerun).
 */

import type { RosterGraph } from '@trackmap/core';
import { createLayoutWorker } from '../workers/spawn/layout.js';
import { iterationBudget, type LayoutMessage, type LayoutRequest, seededPositions } from './layout.js';

export interface LayoutRun {
  promise: Promise<{ iterations: number; converged: boolean }>;
  cancel: () => void;
}

function write(graph: RosterGraph, index: Map<string, number>, positions: Float64Array): void {
  graph.updateEachNodeAttributes(
    (node, attrs) => {
      const i = index.get(node) as number;
      attrs.x = positions[2 * i];
      attrs.y = positions[2 * i + 1];
      return attrs;
    },
    { attributes: ['x', 'y'] },
  );
}

export function runLayout(graph: RosterGraph, seed: number, onTick: (done: number, total: number) => void): LayoutRun {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const positions = seededPositions(nodes.length, seed);
  write(graph, index, positions);
  const edges = new Float64Array(3 * graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attrs, source, target) => {
    edges[e++] = index.get(source) as number;
    edges[e++] = index.get(target) as number;
    edges[e++] = attrs.weight;
  });
  const worker = createLayoutWorker();
  let finished = false;
  let rejectRun: (e: Error) => void = () => {};
  const promise = new Promise<{ iterations: number; converged: boolean }>((resolve, reject) => {
    rejectRun = reject;
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const msg = event.data;
      if (finished) return;
      write(graph, index, msg.positions);
      if (msg.type === 'tick') {
        onTick(msg.done, msg.total);
        return;
      }
      finished = true;
      worker.terminate();
      resolve({ iterations: msg.iterations, converged: msg.converged });
    };
    worker.onerror = (event) => {
      finished = true;
      worker.terminate();
      reject(new Error(`the layout worker stopped: ${event.message || 'unknown error'}`));
    };
  });
  const request: LayoutRequest = { order: nodes.length, edges, positions, iterations: iterationBudget(nodes.length) };
  worker.postMessage(request);
  return {
    promise,
    cancel: () => {
      if (finished) return;
      finished = true;
      worker.terminate();
      rejectRun(new Error('cancelled'));
    },
  };
}
