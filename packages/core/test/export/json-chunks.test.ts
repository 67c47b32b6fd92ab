import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/export/json-chunks.js';

/** Values JSON.stringify treats specially, at every depth the chunked writer opens. */
const SPECIAL = {
  empty: {},
  emptyList: [],
  skipped: { a: undefined, f: () => 1, s: Symbol('s'), kept: 1 },
  list: [undefined, () => 1, Symbol('s'), null, 1, 'x'],
  nested: { deeper: { list: [[], {}, [1, [2, { x: 'y' }]]] } },
  date: new Date(0),
  withToJson: { toJSON: (key: string) => ({ key }) },
  boxed: [Object(1), Object('s'), Object(true)],
  text: 'line\nbreak "quoted" \u2028 \u0000 😀',
  numbers: [0, -0, 1e21, 5e-324, Number.NaN, Number.POSITIVE_INFINITY],
  allSkipped: { a: undefined },
};

describe('jsonChunks: the text of JSON.stringify(value, null, 1), in pieces', () => {
  it.each([0, 1, 2, 3, 5])('equals JSON.stringify at depth %i on values it treats specially', (depth) => {
    expect([...jsonChunks(SPECIAL, depth)].join('')).toBe(JSON.stringify(SPECIAL, null, 1));
    expect([...jsonChunks([SPECIAL, [SPECIAL]], depth)].join('')).toBe(JSON.stringify([SPECIAL, [SPECIAL]], null, 1));
  });

  it.each([null, 1, 'x', true, [], {}, [[]], { a: {} }])('equals JSON.stringify on %j', (value) => {
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 1));
  });

  it('writes a graph one node and one link per piece', () => {
    const graph = new Graph({ type: 'undirected' });
    for (let i = 0; i < 2000; i++) graph.addNode(`n${i}`, { name: `Person ${i}`, events: ['e1', 'e2'], score: i / 7 });
    for (let i = 1; i < 2000; i++) graph.addEdge(`n${i - 1}`, `n${i}`, { weight: i, ties: [{ type: 'advises' }] });
    const pieces = [...jsonChunks(graph.export(), 2)];
    const text = pieces.join('');
    expect(text).toBe(JSON.stringify(graph.export(), null, 1));
    expect(text.length).toBeGreaterThan(300_000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200);
  });
});
