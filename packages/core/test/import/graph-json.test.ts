import { describe, expect, it } from 'vitest';
import { TrackmapError } from '../../src/errors.js';
import { graphJson } from '../../src/export/graph-json.js';
import { parseGraphJson } from '../../src/import/graph-json.js';
import { parseRoster } from '../../src/import/roster-csv.js';

const { graph } = parseRoster({
  people: { name: 'people.csv', text: 'id,name,track\na,Ann,1\nb,Bo,2\nc,,2\n' },
  ties: { name: 'ties.csv', text: 'source,target,type\nb,a,advisor\nc,b,colleague\n' },
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseGraphJson', () => {
  it('reads back what graphJson wrote, attribute for attribute (bytes or text)', () => {
    const text = graphJson(graph);
    expect(parseGraphJson('graph.json', bytes(text)).export()).toEqual(graph.export());
    expect(graphJson(parseGraphJson('graph.json', text))).toBe(text);
  });

  it('gives a person without a label their name, else their id', () => {
    const read = parseGraphJson(
      'g.json',
      JSON.stringify({ nodes: [{ key: 'p1', attributes: { name: 'Pat' } }, { key: 'p2' }], edges: [] }),
    );
    expect(read.getNodeAttribute('p1', 'label')).toBe('Pat');
    expect(read.getNodeAttribute('p2', 'label')).toBe('p2');
  });

  it.each([
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), /g\.json: not a JSON file/],
    ['not JSON', 'nodes: []', /g\.json: not a JSON file/],
    ['no nodes list', '{"edges": []}', /g\.json: not a graph\.json from trackmap analyze \(no "nodes" list\)/],
    [
      'a link to nobody',
      '{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "z"}]}',
      /g\.json: not a graph trackmap can read/,
    ],
    [
      'a link without a weight',
      '{"nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"key": "e0", "source": "a", "target": "b"}]}',
      /g\.json: link e0 has no numeric weight/,
    ],
  ])('refuses a file with %s (INVALID_GRAPH, naming the file)', (_what, content, message) => {
    let thrown: unknown;
    try {
      parseGraphJson('g.json', content);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TrackmapError);
    expect(thrown).toMatchObject({ code: 'INVALID_GRAPH' });
    expect((thrown as Error).message).toMatch(message);
  });
});
