// graphology-gexf's writer alone (common/writer.js is pure string building). Its package entry
// points also load a DOMParser-based parser, which does not exist in Node; we only write GEXF.
declare module 'graphology-gexf/common/writer.js' {
  import type { AbstractGraph, Attributes } from 'graphology-types';

  interface FormattedItem {
    label?: string;
    attributes?: Attributes;
  }
  export default function write(
    graph: AbstractGraph,
    options?: {
      formatNode?: (key: string, attributes: Attributes) => FormattedItem;
      formatEdge?: (key: string, attributes: Attributes) => FormattedItem;
      encoding?: string;
      pretty?: boolean;
      pedantic?: boolean;
      version?: string;
    },
  ): string;
}
