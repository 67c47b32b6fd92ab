import { describe, expect, it } from 'vitest';
import { graphGraphml } from '../../src/export/graphml.js';
import { elements, parseXml, wellFormednessProblems, type XmlElement } from '../helpers/xml.js';
import { CONTROL, HOSTILE_ID, HOSTILE_NAME, hostileRoster } from './fixtures.js';

/** key `for`:`attr.name` → { id, type } */
function keys(doc: ReturnType<typeof parseXml>) {
  return new Map(
    elements(doc, 'key').map((k) => [
      `${k.getAttribute('for')}:${k.getAttribute('attr.name')}`,
      { id: k.getAttribute('id') as string, type: k.getAttribute('attr.type') },
    ]),
  );
}
const dataOf = (el: XmlElement, keyId: string) =>
  elements(el, 'data').find((d) => d.getAttribute('key') === keyId)?.textContent;

describe('graphGraphml', () => {
  const { graph } = hostileRoster();
  const xml = graphGraphml(graph);
  const doc = parseXml(xml);

  it('writes well-formed XML with one node and edge element per node and link', () => {
    expect(wellFormednessProblems(xml)).toEqual([]);
    expect(doc.documentElement.tagName).toBe('graphml');
    expect(elements(doc, 'node')).toHaveLength(graph.order); // 3
    expect(elements(doc, 'edge')).toHaveLength(graph.size); // 1
    expect(elements(doc, 'graph')[0]?.getAttribute('edgedefault')).toBe('undirected');
  });

  it('escapes ids and names so they read back unchanged', () => {
    const k = keys(doc);
    const node = elements(doc, 'node').find((n) => n.getAttribute('id') === HOSTILE_ID);
    expect(node).toBeDefined();
    expect(dataOf(node as XmlElement, k.get('node:name')?.id as string)).toBe(HOSTILE_NAME);
    const edge = elements(doc, 'edge')[0] as XmlElement;
    expect([edge.getAttribute('source'), edge.getAttribute('target')].sort()).toEqual([HOSTILE_ID, 'b'].sort());
  });

  it('drops characters XML 1.0 does not allow', () => {
    const dirty = graphGraphml(hostileRoster(`A${CONTROL}B`).graph);
    expect(wellFormednessProblems(dirty)).toEqual([]);
    const d = parseXml(dirty);
    const node = elements(d, 'node').find((n) => n.getAttribute('id') === HOSTILE_ID) as XmlElement;
    expect(dataOf(node, keys(d).get('node:name')?.id as string)).toBe('AB');
  });

  it('types keys double, boolean or string', () => {
    const k = keys(doc);
    expect(k.get('node:ideology')?.type).toBe('double');
    expect(k.get('node:seniority')?.type).toBe('double'); // a number where present
    expect(k.get('node:isDecisionMaker')?.type).toBe('boolean');
    expect(k.get('node:name')?.type).toBe('string');
    expect(k.get('node:score')?.type).toBe('string'); // extra columns are text, even "7"
    expect(k.get('node:events')?.type).toBe('string'); // lists are ;-joined
    expect(k.get('edge:weight')?.type).toBe('double');
    expect(k.get('edge:sharedEvents')?.type).toBe('double');
    expect(k.get('edge:types')?.type).toBe('string');
    expect(k.has('edge:ties')).toBe(false); // per-tie detail is left out
  });

  it('falls back to string when values of one attribute have different types', () => {
    const { graph: g } = hostileRoster();
    g.setNodeAttribute('b', 'mixed', 1);
    g.setNodeAttribute('iso', 'mixed', 'one');
    g.setNodeAttribute('b', 'flag', true);
    const k = keys(parseXml(graphGraphml(g)));
    expect(k.get('node:mixed')?.type).toBe('string');
    expect(k.get('node:flag')?.type).toBe('boolean');
  });

  it('writes numbers that read back to the same value', () => {
    const k = keys(doc);
    const node = elements(doc, 'node').find((n) => n.getAttribute('id') === HOSTILE_ID) as XmlElement;
    expect(Number(dataOf(node, k.get('node:ideology')?.id as string))).toBe(-0.5);
    const edge = elements(doc, 'edge')[0] as XmlElement;
    // link weight: tie 2 + one shared event = 3
    expect(Number(dataOf(edge, k.get('edge:weight')?.id as string))).toBe(3);
  });
});
