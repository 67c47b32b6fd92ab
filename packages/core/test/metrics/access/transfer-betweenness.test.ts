import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidGraphError } from '../../../src/errors.js';
import { transferBetweenness } from '../../../src/metrics/access/transfer-betweenness.js';

function graph(edges: [string, string][], dms: string[], extra: string[] = []): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const [a, b] of edges) {
    g.mergeNode(a, { isDecisionMaker: dms.includes(a) });
    g.mergeNode(b, { isDecisionMaker: dms.includes(b) });
    g.addEdge(a, b);
  }
  for (const n of extra) g.addNode(n, { isDecisionMaker: dms.includes(n) });
  return g;
}

describe('transferBetweenness', () => {
  it('a diamond: two equal routes share the flow', () => {
    /*
     *      x
     *    /   \
     *  p       m      sources p, q (participants); target m (decision-maker)
     *    \   /        p–x–m and p–y–m are both shortest (2 steps); q–y only.
     *      y — q
     *
     * Pairs (s, t): (p, m), (q, m), plus the other participants x, y as sources.
     *   (p, m): σ = 2, one through x, one through y → x +1/2, y +1/2
     *   (q, m): q–y–m is the only shortest (2 steps) → y +1
     *   (x, m), (y, m): direct, nobody in between
     * Raw: x = 0.5, y = 1.5, p = q = m = 0.
     * Normalised by the pairs not involving the person: sources are the 4 non-DMs, target m,
     * so P(x) = P(y) = 3 × 1 = 3 → x = 1/6, y = 1/2.
     */
    const g = graph(
      [
        ['p', 'x'],
        ['x', 'm'],
        ['p', 'y'],
        ['y', 'm'],
        ['y', 'q'],
      ],
      ['m'],
    );
    expect(transferBetweenness(g, { normalized: false })).toEqual({ p: 0, x: 0.5, m: 0, y: 1.5, q: 0 });
    const normalised = transferBetweenness(g);
    expect(normalised.x).toBeCloseTo(1 / 6, 15);
    expect(normalised.y).toBeCloseTo(1 / 2, 15);
  });

  it('counts only routes towards decision-makers, not between participants', () => {
    // a – b – c, nobody is a decision-maker: no route counts, everyone 0 (plain betweenness of b would be 1)
    const g = graph(
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      [],
    );
    expect(transferBetweenness(g)).toEqual({ a: 0, b: 0, c: 0 });
  });

  it('unreachable pairs add nothing; a custom source set is honoured', () => {
    // s – b – m, and an isolate z (a source that cannot reach m)
    const g = graph(
      [
        ['s', 'b'],
        ['b', 'm'],
      ],
      ['m'],
      ['z'],
    );
    // Raw b = 1 (pair s→m). Sources s, b, z; P(b) = 2 (s and z): 1/2.
    expect(transferBetweenness(g).b).toBeCloseTo(0.5, 15);
    // Only s as a source: P(b) = 1 → 1.
    expect(transferBetweenness(g, { isSource: (n) => n === 's' }).b).toBe(1);
  });

  it('refuses directed graphs', () => {
    expect(() => transferBetweenness(new Graph({ type: 'directed' }))).toThrow(InvalidGraphError);
  });
});
