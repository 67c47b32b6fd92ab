import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { graphGexf, libraryGexf } from '../../src/export/gexf.js';
import { parseXml, wellFormednessProblems } from '../helpers/xml.js';
import { CONTROL, HOSTILE_ID, HOSTILE_NAME, hostileRoster } from './fixtures.js';

describe('graphGexf', () => {
  const { graph } = hostileRoster();
  const xml = graphGexf(graph);

  it('writes well-formed XML', () => {
    expect(wellFormednessProblems(xml)).toEqual([]);
    expect(parseXml(xml).documentElement.tagName).toBe('gexf');
  });

  it('reads back (graphology-gexf) with the same nodes, links, labels and numbers', () => {
    const back = parse(Graph, xml);
    expect(back.order).toBe(graph.order); // 3
    expect(back.size).toBe(graph.size); // 1
    expect(back.nodes()).toEqual([HOSTILE_ID, 'b', 'iso']);
    const attrs = back.getNodeAttributes(HOSTILE_ID);
    expect(attrs.label).toBe(HOSTILE_NAME);
    expect(attrs.ideology).toBe(-0.5);
    expect(attrs.seniority).toBe(3);
    expect(attrs.isDecisionMaker).toBe(true);
    expect(back.getNodeAttribute('b', 'ideology')).toBe(0.25);
    // link weight: tie 2 + one shared event = 3; lists become ;-joined text; per-tie detail left out
    const edge = back.edge(HOSTILE_ID, 'b') as string;
    expect(back.getEdgeAttribute(edge, 'weight')).toBe(3);
    expect(back.getEdgeAttribute(edge, 'events')).toBe('e1');
    expect(back.hasEdgeAttribute(edge, 'ties')).toBe(false);
  });

  // BUG (reported): graphGexf passes names to graphology-gexf's writer, which escapes < & " but
  // writes U+0001, U+0008, U+001F and U+FFFF as they are, so the file is not well-formed XML
  // (Gephi refuses it). graphGraphml drops them. Remove `.fails` once fixed.
  it('drops characters XML 1.0 does not allow', () => {
    const dirty = graphGexf(hostileRoster(`A${CONTROL}B`).graph);
    expect(wellFormednessProblems(dirty)).toEqual([]);
  });

  it('writes byte for byte what graphology-gexf writes', () => {
    expect(graphGexf(graph)).toBe(libraryGexf(graph));
    const dirty = hostileRoster(`A${CONTROL}B`).graph;
    expect(graphGexf(dirty)).toBe(libraryGexf(dirty));
    const g = new Graph({ type: 'undirected' });
    g.addNode('a&<>"\'\t\n\rx', {
      label: '\u0001',
      n: 1,
      big: 2 ** 40,
      f: 0.5,
      mixed: 1,
      e: '',
      b: false,
      s: 'q"&<>\n\t',
      '2024': 'num',
      list: [1, { a: 2 }],
      nul: null,
      nan: Number.NaN,
    });
    g.addNode('b', { mixed: 'x', n: -0, big: 3, '10': 'y', label: '' });
    g.addNode('c');
    g.addEdge('a&<>"\'\t\n\rx', 'b', { weight: 2, w: 1.5, types: ['a', 'b'], label: 'L' });
    g.addEdge('b', 'c', {});
    for (const graph of [g, new Graph({ type: 'undirected' })])
      expect(graphGexf(graph as never)).toBe(libraryGexf(graph as never));
  });
});
