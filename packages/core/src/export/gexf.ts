/**
 * `graph.gexf` (Gephi): the output of graphology-gexf's writer (GEXF 1.2, pretty-printed).
 * Lists (events, tie types, nearest decision-makers) become `;`-joined strings and the per-tie
 * detail is left out (GEXF attributes are scalars; `graph.json` keeps it). Numbers stay numbers,
 * `null` is omitted.
 *
 * For an undirected graph without scalar graph attributes (the person graph) the text is built
 * here in one pass, byte for byte what graphology-gexf writes (its xml-writer builds the file by
 * repeated concatenation and checks every name by regex: about 5 s at 5,000 people and 157,000
 * links); any other graph goes through graphology-gexf itself.
 */

import write from 'graphology-gexf/common/writer.js';
import type { AbstractGraph } from 'graphology-types';
import type { RosterGraph } from '../types.js';
import { flattenAttributes, xmlSafe } from './flatten.js';

type Scalar = string | number | boolean;

const formatNode = (key: string, attributes: Record<string, unknown>) => ({
  label: xmlSafe(String(attributes.label ?? key)),
  attributes: flattenAttributes(attributes, ['label']),
});
const formatEdge = (_key: string, attributes: Record<string, unknown>) => ({
  attributes: flattenAttributes(attributes, ['ties']),
});

// graphology-gexf's value types (scalars only: flattenAttributes leaves no lists) and priorities.
const PRIORITY: Record<string, number> = { string: 5, double: 6, long: 7, integer: 8, boolean: 9 };

function valueType(value: Scalar): string | null {
  if (value === '' || Number.isNaN(value)) return null; // empty
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (value === (value | 0)) return value <= 0x7fffffff && value >= -0x7fffffff ? 'integer' : 'long';
    return 'double';
  }
  return 'string';
}

/** Adds the attributes of one element to a model (graphology-gexf's type inference, element by element). */
function addToModel(model: Record<string, string>, attributes: Record<string, Scalar>): void {
  for (const k in attributes) {
    const type = valueType(attributes[k] as Scalar);
    if (type === null) continue;
    const current = model[k];
    if (current === undefined) model[k] = type;
    else if (type !== current && (PRIORITY[type] as number) < (PRIORITY[current] as number)) model[k] = type;
  }
}

const ATTRIBUTE_SPECIAL = /[&<"\t\n\r\u0085\u2028]/;

/**
 * xml-writer's escaping of an attribute value, plus U+0085 and U+2028: XML 1.1 parsers (and
 * @xmldom/xmldom) read those as line ends, which attribute-value normalisation then turns into
 * spaces; as character references they read back exactly in every parser.
 */
function attr(text: string): string {
  if (!ATTRIBUTE_SPECIAL.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;')
    .replace(/\u0085/g, '&#x85;')
    .replace(/\u2028/g, '&#x2028;');
}

/** ` name="value"`, or nothing for an empty value (xml-writer skips falsy non-numbers). */
function attribute(name: string, value: string): string {
  return value === '' ? '' : ` ${name}="${attr(value)}"`;
}

function modelLines(out: string[], model: Record<string, string>, modelClass: string): void {
  const names = Object.keys(model);
  if (names.length === 0) return;
  out.push(`\n    <attributes class="${modelClass}">`);
  for (const name of names) {
    out.push(
      `\n      <attribute${attribute('id', name)}${attribute('title', name)}${attribute('type', model[name] as string)}/>`,
    );
  }
  out.push('\n    </attributes>');
}

/** `<attvalues>` of one element (graphology-gexf writes it for every element when the model is not empty). */
function attvalues(names: readonly string[], attributes: Record<string, Scalar>): string {
  let text = '';
  for (const name of names) {
    if (!(name in attributes)) continue;
    const value = attributes[name] as Scalar;
    if (value === '' || Number.isNaN(value)) continue;
    text += `\n          <attvalue${attribute('for', name)}${attribute('value', `${value}`)}/>`;
  }
  return text === '' ? '\n        <attvalues/>' : `\n        <attvalues>${text}\n        </attvalues>`;
}

/**
 * The person graph's GEXF in pieces: the models (one pass over the nodes and links), then one
 * piece per node and per link. Nothing is kept but the models, so a graph of any size can be
 * written to a file.
 */
function* fastGexfChunks(graph: RosterGraph): Generator<string> {
  const nodeModel: Record<string, string> = {};
  for (const { node, attributes } of graph.nodeEntries()) {
    addToModel(nodeModel, formatNode(node, attributes as Record<string, unknown>).attributes);
  }
  const edgeModel: Record<string, string> = {};
  for (const { edge, attributes } of graph.edgeEntries()) {
    addToModel(edgeModel, formatEdge(edge, attributes as unknown as Record<string, unknown>).attributes);
  }
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http:///www.gexf.net/1.1draft/viz">\n  <meta/>\n  <graph defaultedgetype="undirected">',
  ];
  modelLines(out, nodeModel, 'node');
  modelLines(out, edgeModel, 'edge');
  yield out.join('');
  const nodeNames = Object.keys(nodeModel);
  const edgeNames = Object.keys(edgeModel);
  if (graph.order === 0) yield '\n    <nodes/>';
  else {
    yield '\n    <nodes>';
    for (const { node, attributes } of graph.nodeEntries()) {
      const n = formatNode(node, attributes as Record<string, unknown>);
      const open = `\n      <node${attribute('id', node)}${n.label ? attribute('label', n.label) : ''}`;
      yield nodeNames.length === 0 ? `${open}/>` : `${open}>${attvalues(nodeNames, n.attributes)}\n      </node>`;
    }
    yield '\n    </nodes>';
  }
  if (graph.size === 0) yield '\n    <edges/>';
  else {
    yield '\n    <edges>';
    for (const { edge, attributes, source, target } of graph.edgeEntries()) {
      const e = formatEdge(edge, attributes as unknown as Record<string, unknown>);
      const open = `\n      <edge${attribute('id', edge)}${attribute('source', source)}${attribute('target', target)}`;
      yield edgeNames.length === 0 ? `${open}/>` : `${open}>${attvalues(edgeNames, e.attributes)}\n      </edge>`;
    }
    yield '\n    </edges>';
  }
  yield '\n  </graph>\n</gexf>';
}

/** True when graphology-gexf would write `<meta/>` (no modification date, no scalar graph attribute). */
function emptyMeta(graph: RosterGraph): boolean {
  const attributes = graph.getAttributes() as Record<string, unknown>;
  for (const k in attributes) {
    const v = attributes[k];
    if (k === 'lastModifiedDate' || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      return false;
  }
  return true;
}

/** The person graph as GEXF 1.3 (Gephi), every attribute declared with its type. */
export function graphGexf(graph: RosterGraph): string {
  return [...graphGexfChunks(graph)].join('');
}

/**
 * `graphGexf`'s text in pieces (one per node and per link for the person graph), for writing a
 * graph of any size to a file: joined, they are exactly `graphGexf(graph)`. Any other graph goes
 * through graphology-gexf, in one piece.
 */
export function* graphGexfChunks(graph: RosterGraph): Generator<string> {
  if (graph.type === 'undirected' && !graph.multi && emptyMeta(graph)) yield* fastGexfChunks(graph);
  else yield libraryGexf(graph);
}

/** graphology-gexf's writer with the same formatting (the general path, and the reference in the tests). */
export function libraryGexf(graph: RosterGraph): string {
  return write(graph as unknown as AbstractGraph, { formatNode, formatEdge });
}
