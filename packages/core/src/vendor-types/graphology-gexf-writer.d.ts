// graphology-gexf's writer alone (common/writer.js is pure string building). The package's
// browser entry also loads a DOMParser-based parser, absent in Node, and its Node entry loads
// @xmldom/xmldom; importing the writer directly works in both and loads no parser.
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
