/**
 * `graph.json`: graphology's serialisation format (`graph.export()`), with every input
 * attribute and computed measure on the nodes and links, for the viewer and for
 * `Graph.from(json)`. Non-finite numbers (none are produced) would become `null`.
 */

import type { RosterGraph } from '../types.js';

export function graphJson(graph: RosterGraph): string {
  return `${JSON.stringify(graph.export(), null, 1)}\n`;
}
