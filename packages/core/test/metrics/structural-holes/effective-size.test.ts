import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { effectiveSize } from '../../../src/metrics/structural-holes/effective-size.js';

describe('effectiveSize (Burt 1992, Borgatti 1997: k − 2t/k)', () => {
  it('a star, a triangle with a pendant, an isolate', () => {
    /*
     * hub with leaves l1, l2, l3 (no links among them): k = 3, t = 0 → 3
     * leaves: k = 1, t = 0 → 1
     * triangle a, b, c plus d hanging on c:
     *   c: k = 3 (a, b, d), links among them: a–b → t = 1 → 3 − 2/3 = 7/3
     *   a: k = 2 (b, c), b–c linked → t = 1 → 2 − 1 = 1;  b likewise 1;  d: 1
     * isolate: undefined → null
     */
    const g = new Graph({ type: 'undirected' });
    for (const l of ['l1', 'l2', 'l3']) g.mergeEdge('hub', l);
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    g.mergeEdge('a', 'c');
    g.mergeEdge('c', 'd');
    g.addNode('iso');
    const es = effectiveSize(g);
    expect(es).toEqual({ hub: 3, l1: 1, l2: 1, l3: 1, a: 1, b: 1, c: 7 / 3, d: 1, iso: null });
  });
});
