import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { kShortestPaths } from '../../src/paths/k-shortest-paths.js';
import { createRng } from '../../src/utils/rng.js';

function graph(edges: [string, string][], nodes: string[] = []): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const n of nodes) g.addNode(n);
  for (const [a, b] of edges) g.mergeEdge(a, b);
  return g;
}

/** Every simple path from s to a target (ending at the first target met), by brute force DFS. */
function allSimplePaths(g: Graph, s: string, isTarget: (n: string) => boolean): string[][] {
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1] as string;
    if (path.length > 1 && isTarget(last)) {
      out.push([...path]);
      return;
    }
    for (const m of g.neighbors(last)) if (!path.includes(m)) walk([...path, m]);
  };
  walk([s]);
  return out;
}

describe('kShortestPaths (Yen)', () => {
  /*
   *   s — a — t        three routes s→t: s-a-t (2 steps), s-b-t (2 steps), s-b-c-t (3 steps),
   *   |       |        and s-a-... no other. Hand count: lengths 2, 2, 3.
   *   b ——————+
   *   |       |
   *   +—— c ——+
   */
  const g = graph([
    ['s', 'a'],
    ['a', 't'],
    ['s', 'b'],
    ['b', 't'],
    ['b', 'c'],
    ['c', 't'],
  ]);

  it('finds the k shortest routes in order of length', () => {
    const paths = kShortestPaths(g, 's', (n) => n === 't', 5);
    expect(paths.map((p) => p.length - 1)).toEqual([2, 2, 3]);
    expect(new Set(paths.map((p) => p.join('-')))).toEqual(new Set(['s-a-t', 's-b-t', 's-b-c-t']));
  });

  it('returns fewer than k when fewer exist, and none when unreachable', () => {
    expect(kShortestPaths(g, 's', (n) => n === 't', 2)).toHaveLength(2);
    const h = graph([['x', 'y']], ['z']);
    expect(kShortestPaths(h, 'x', (n) => n === 'z', 3)).toEqual([]);
  });

  it('with a target set, a route ends at the first target it meets', () => {
    // s — d1 — d2 : d2 is only reachable through d1, so the only route to the set is s-d1
    const h = graph([
      ['s', 'd1'],
      ['d1', 'd2'],
    ]);
    expect(kShortestPaths(h, 's', (n) => n === 'd1' || n === 'd2', 3)).toEqual([['s', 'd1']]);
  });

  it('never treats the source as a target', () => {
    const h = graph([
      ['d1', 'x'],
      ['x', 'd2'],
    ]);
    expect(kShortestPaths(h, 'd1', (n) => n.startsWith('d'), 3)).toEqual([['d1', 'x', 'd2']]);
  });

  it('agrees with brute-force enumeration on seeded random graphs (lengths of the k shortest, all distinct and valid)', () => {
    const rng = createRng(11);
    for (let trial = 0; trial < 20; trial++) {
      const n = 9;
      const edges: [string, string][] = [];
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rng() < 0.3) edges.push([`n${i}`, `n${j}`]);
      const h = graph(
        edges,
        Array.from({ length: n }, (_, i) => `n${i}`),
      );
      const targets = new Set(['n7', 'n8']);
      const isTarget = (x: string) => targets.has(x);
      const k = 6;
      const got = kShortestPaths(h, 'n0', isTarget, k);
      const all = allSimplePaths(h, 'n0', isTarget)
        .map((p) => p.length - 1)
        .sort((a, b) => a - b);
      expect(got.map((p) => p.length - 1)).toEqual(all.slice(0, k));
      expect(new Set(got.map((p) => p.join('-'))).size).toBe(got.length);
      for (const p of got) {
        expect(p[0]).toBe('n0');
        expect(isTarget(p[p.length - 1] as string)).toBe(true);
        expect(new Set(p).size).toBe(p.length); // simple
        for (let i = 0; i + 1 < p.length; i++) expect(h.hasEdge(p[i], p[i + 1])).toBe(true);
        for (const inner of p.slice(1, -1)) expect(isTarget(inner)).toBe(false);
      }
    }
  });
});
