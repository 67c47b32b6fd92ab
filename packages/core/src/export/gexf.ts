/**
 * `graph.gexf` (Gephi): written by graphology-gexf. Lists (events, tie types, nearest
 * decision-makers) become `;`-joined strings and the per-tie detail is left out (GEXF
 * attributes are scalars; `graph.json` keeps it). Numbers stay numbers, `null` is omitted.
 */

import write from 'graphology-gexf/common/writer.js';
import type { AbstractGraph } from 'graphology-types';
import type { RosterGraph } from '../types.js';
import { flattenAttributes, xmlSafe } from './flatten.js';

export function graphGexf(graph: RosterGraph): string {
  return write(graph as unknown as AbstractGraph, {
    formatNode: (key: string, attributes: Record<string, unknown>) => ({
      label: xmlSafe(String(attributes.label ?? key)),
      attributes: flattenAttributes(attributes, ['label']),
    }),
    formatEdge: (_key: string, attributes: Record<string, unknown>) => ({
      attributes: flattenAttributes(attributes, ['ties']),
    }),
  });
}
