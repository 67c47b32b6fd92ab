/**
 * `graph.graphml` (Gephi, yEd, Cytoscape, NetworkX `read_graphml`): GraphML 1.0 with one
 * `<key>` per attribute, typed `double` when every value is a finite number, `boolean` when
 * every value is a boolean, `string` otherwise. Lists are `;`-joined; per-tie detail is left
 * out (see graph.json). graphology-graphml only parses, so this small writer is ours.
 *
 * Reference: GraphML Primer, http://graphml.graphdrawing.org/primer/graphml-primer.html
 */

import type { RosterGraph } from '../types.js';
import { flattenAttributes } from './flatten.js';

type Scalar = string | number | boolean;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters escapeXml changes or drops
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters escapeAttribute changes or drops
const ATTRIBUTE_NEEDS_ESCAPE = /[&<>"\t\n\r\u0085\u2028\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Characters a parser reads as line ends (CR in XML 1.0; NEL and LS too in XML 1.1 and @xmldom/xmldom). */
const LINE_ENDS = /[\r\u0085\u2028]/;

/**
 * Escapes text content: markup characters, and line-end characters other than LF (a parser
 * turns a raw CR, NEL or LS into a line feed), which become character references.
 */
function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text) && !LINE_ENDS.test(text)) return text;
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\r/g, '&#xD;')
      .replace(/\u0085/g, '&#x85;')
      .replace(/\u2028/g, '&#x2028;')
      // characters not allowed in XML 1.0 are dropped (the import already removed them from the roster)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping XML-invalid control characters on purpose
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  );
}

/**
 * Escapes an attribute value (an id). XML attribute-value normalisation turns a raw tab, line feed
 * or carriage return into a space, so `a⇥b`, `a⏎b` and `a b` would read back as one id; as
 * character references they read back exactly (XML 1.0, section 3.3.3).
 */
function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_NEEDS_ESCAPE.test(text)) return text;
  return escapeXml(text).replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;');
}

/** Adds one element's data to the key types: `double`, `boolean`, or `string` once the kinds differ. */
function addTypes(types: Map<string, 'double' | 'boolean' | 'string'>, item: Record<string, Scalar>): void {
  for (const [k, v] of Object.entries(item)) {
    const t = typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
    const prev = types.get(k);
    types.set(k, prev === undefined || prev === t ? t : 'string');
  }
}

/** The person graph as GraphML, every attribute declared with its type. */
export function graphGraphml(graph: RosterGraph): string {
  return [...graphGraphmlChunks(graph)].join('');
}

/**
 * `graphGraphml`'s text in pieces: the keys (one pass over the nodes and links), then one piece
 * per node and per link, for writing a graph of any size to a file. Joined, they are exactly
 * `graphGraphml(graph)`.
 */
export function* graphGraphmlChunks(graph: RosterGraph): Generator<string> {
  const nodeData = (attrs: Record<string, unknown>) => flattenAttributes(attrs);
  const edgeData = (attrs: unknown) => flattenAttributes(attrs as Record<string, unknown>, ['ties']);
  const nodeTypes = new Map<string, 'double' | 'boolean' | 'string'>();
  for (const { attributes } of graph.nodeEntries())
    addTypes(nodeTypes, nodeData(attributes as Record<string, unknown>));
  const edgeTypes = new Map<string, 'double' | 'boolean' | 'string'>();
  for (const { attributes } of graph.edgeEntries()) addTypes(edgeTypes, edgeData(attributes));
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const nodeIds = new Map<string, string>();
  const edgeIds = new Map<string, string>();
  [...nodeTypes].forEach(([name, type], i) => {
    nodeIds.set(name, `n${i}`);
    lines.push(`  <key id="n${i}" for="node" attr.name="${escapeAttribute(name)}" attr.type="${type}"/>`);
  });
  [...edgeTypes].forEach(([name, type], i) => {
    edgeIds.set(name, `e${i}`);
    lines.push(`  <key id="e${i}" for="edge" attr.name="${escapeAttribute(name)}" attr.type="${type}"/>`);
  });
  lines.push('  <graph id="G" edgedefault="undirected">');
  yield `${lines.join('\n')}\n`;
  // One piece per element (its lines joined).
  const data = (ids: Map<string, string>, values: Record<string, Scalar>) => {
    let text = '';
    for (const k in values)
      text += `\n      <data key="${ids.get(k)}">${escapeXml(String(values[k] as Scalar))}</data>`;
    return text;
  };
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `    <node id="${escapeAttribute(node)}">${data(nodeIds, nodeData(attributes as Record<string, unknown>))}\n    </node>\n`;
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    yield `    <edge id="${escapeAttribute(edge)}" source="${escapeAttribute(source)}" target="${escapeAttribute(target)}">${data(edgeIds, edgeData(attributes))}\n    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
