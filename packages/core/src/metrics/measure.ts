/**
 * Shared shape of per-node measures: a pure function returning a mapping, and the
 * separate `.assign` variant that writes the values as node attributes (graphology's
 * convention). `null` means "undefined for this node" (e.g. constraint of an isolate).
 */

import type { AbstractGraph } from 'graphology-types';

/** Person id → value (`null` where the measure is undefined for that person). */
export type NodeValues = Record<string, number | null>;

/** A per-person measure: call it for the values, or `.assign` it to write them onto the graph. */
export interface NodeMeasure<O> {
  (graph: AbstractGraph, options?: O): NodeValues;
  /** Writes the values to `attribute` on each node (default: the measure's name). */
  assign(graph: AbstractGraph, options?: O & { attribute?: string }): void;
}

export function nodeMeasure<O>(
  defaultAttribute: string,
  compute: (graph: AbstractGraph, options?: O) => NodeValues,
): NodeMeasure<O> {
  const fn = ((graph: AbstractGraph, options?: O) => compute(graph, options)) as NodeMeasure<O>;
  fn.assign = (graph, options) => {
    const { attribute = defaultAttribute, ...rest } = (options ?? {}) as O & { attribute?: string };
    const values = compute(graph, rest as O);
    for (const [node, value] of Object.entries(values)) graph.setNodeAttribute(node, attribute, value);
  };
  return fn;
}
