import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { graphJson } from '../../src/export/graph-json.js';
import {
  escapeJsonForHtml,
  MAP_DATA_ELEMENT,
  MAP_MAX_LINKS,
  mapHtmlChunks,
  mapNotWrittenReason,
} from '../../src/export/map-html.js';
import type { RosterGraph } from '../../src/types.js';

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '<!-- x',
  '<![CDATA[',
  'a & b > c',
  'line\u2028sep\u2029',
  '"\\',
];
const TEMPLATE = `<!doctype html><html><head><script type="module">run()</script></head><body>${MAP_DATA_ELEMENT}</body></html>`;

function hostileGraph(): RosterGraph {
  const g = new Graph({ type: 'undirected' }) as unknown as RosterGraph;
  for (const [i, name] of HOSTILE.entries()) g.addNode(`p${i}`, { name, label: name } as never);
  g.addEdge('p0', 'p1', { weight: 1, types: [HOSTILE[0]] } as never);
  return g;
}

/** The text of the data element of a map.html. */
function dataOf(html: string): string {
  const open = MAP_DATA_ELEMENT.slice(0, MAP_DATA_ELEMENT.indexOf('</script>'));
  const start = html.indexOf(open) + open.length;
  return html.slice(start, html.indexOf('</script>', start));
}

describe('map.html', () => {
  it('escapes <, >, & and the line separators so that JSON reads the same value back', () => {
    const json = JSON.stringify({ names: HOSTILE });
    const escaped = escapeJsonForHtml(json);
    expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
  });

  it('holds graph.json in its data element, and nothing of it can end the element', () => {
    const graph = hostileGraph();
    const html = [...mapHtmlChunks(TEMPLATE, graph)].join('');
    // The page around the data element is the template's, byte for byte.
    const [before, after] = TEMPLATE.split(MAP_DATA_ELEMENT) as [string, string];
    expect(html.startsWith(before)).toBe(true);
    expect(html.endsWith(after)).toBe(true);
    // One more </script> than the template has outside its data element: the data element's own.
    expect(html.split('</script>').length).toBe(TEMPLATE.split('</script>').length);
    expect(html.split('<script').length).toBe(TEMPLATE.split('<script').length);
    expect(html).not.toContain('<!--');
    expect(JSON.parse(dataOf(html))).toEqual(JSON.parse(graphJson(graph)));
  });

  it(`is not written above ${MAP_MAX_LINKS} links, without a viewer, or with a viewer that has no data element`, () => {
    const graph = hostileGraph();
    expect(mapNotWrittenReason(graph, TEMPLATE)).toBeNull();
    expect(mapNotWrittenReason(graph, undefined)).toMatch(/not built/);
    expect(mapNotWrittenReason(graph, '<html></html>')).toMatch(/no single place/);
    expect(mapNotWrittenReason(graph, TEMPLATE + MAP_DATA_ELEMENT)).toMatch(/no single place/);
    const big = { size: MAP_MAX_LINKS + 1 } as RosterGraph;
    expect(mapNotWrittenReason(big, TEMPLATE)).toBe(
      "50,001 links, above the map's limit of 50,000; open graph.json in the viewer (trackmap view) instead",
    );
    expect(mapNotWrittenReason({ size: MAP_MAX_LINKS } as RosterGraph, TEMPLATE)).toBeNull();
  });
});
