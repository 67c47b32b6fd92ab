/**
 * Reading a `graph.json`
 * ======================
 *
 * The inverse of `graphJson` (export/graph-json.ts): the person graph that `trackmap analyze`
 * wrote, read back, checked, for the viewer (and for anyone who keeps analyses as graph.json).
 *
 * Checks, each a `TrackmapError` `INVALID_GRAPH` naming the file: the bytes are UTF-8 JSON; it is
 * an object with a `nodes` list (graphology's serialisation format); graphology accepts it as an
 * undirected graph; every link has a finite numeric `weight`. A person without a string `label`
 * gets their `name`, else their id, as label. Nothing else is coerced: the measures are read as
 * written.
 */

import Graph from 'graphology';
import { TrackmapError } from '../errors.js';
import type { RosterGraph } from '../types.js';

/**
 * Reads a graph.json that `trackmap analyze` wrote (graphology's serialisation format) back into
 * a person graph, with every node and link attribute as written.
 *
 * @param source - the file's name, used in messages.
 * @param content - its bytes (UTF-8) or text.
 * @throws {@link TrackmapError} `INVALID_GRAPH` when it is not UTF-8 JSON, has no `nodes` list,
 *   is not a graph graphology can read, or has a link without a numeric weight.
 */
export function parseGraphJson(source: string, content: Uint8Array | string): RosterGraph {
  let data: unknown;
  try {
    const text = typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: true }).decode(content);
    data = JSON.parse(text);
  } catch (error) {
    throw new TrackmapError('INVALID_GRAPH', `${source}: not a JSON file (${(error as Error).message})`);
  }
  const shape = data as { nodes?: unknown };
  if (typeof data !== 'object' || data === null || !Array.isArray(shape.nodes)) {
    throw new TrackmapError('INVALID_GRAPH', `${source}: not a graph.json from trackmap analyze (no "nodes" list)`);
  }
  let graph: RosterGraph;
  try {
    graph = Graph.from(data as Parameters<typeof Graph.from>[0], { type: 'undirected' }) as unknown as RosterGraph;
  } catch (error) {
    throw new TrackmapError('INVALID_GRAPH', `${source}: not a graph trackmap can read (${(error as Error).message})`);
  }
  graph.forEachNode((id, a) => {
    if (typeof a.label !== 'string') graph.setNodeAttribute(id, 'label', typeof a.name === 'string' ? a.name : id);
  });
  graph.forEachEdge((edge, a) => {
    if (typeof a.weight !== 'number' || !Number.isFinite(a.weight))
      throw new TrackmapError('INVALID_GRAPH', `${source}: link ${edge} has no numeric weight`);
  });
  return graph;
}
