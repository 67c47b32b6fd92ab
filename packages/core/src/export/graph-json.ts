/**
 * `graph.json`: graphology's serialisation format (`graph.export()`), with every input
 * attribute and computed measure on the nodes and links, for the viewer and for
 * `Graph.from(json)`. Non-finite numbers (none are produced) would become `null`.
 */

import type { RosterGraph } from '../types.js';
import { jsonChunks } from './json-chunks.js';

/** The person graph in graphology's serialisation format (graph.json, read by the viewer). */
export function graphJson(graph: RosterGraph): string {
  return `${JSON.stringify(graph.export(), null, 1)}\n`;
}

/**
 * `graphJson`'s text in pieces (one per node and per link), for writing a graph of any size to a
 * file: joined, they are exactly `graphJson(graph)`.
 */
export function* graphJsonChunks(graph: RosterGraph): Generator<string> {
  yield* jsonChunks(graph.export(), 2);
  yield '\n';
}
