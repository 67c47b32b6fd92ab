import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildAdjacencyIndex } from '../../src/graph/index.js';
import { accessByGroup } from '../../src/kernels/access.js';
import { track1Access } from '../../src/metrics/access/track1-access.js';
import { createRng } from '../../src/utils/rng.js';

/** A seeded random graph with n people, ~3n links. */
function randomGraph(n: number, seed: number) {
  const rng = createRng(seed);
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(`p${i}`, { seniority: 1 + Math.floor(rng() * 3) });
  for (let k = 0; k < 3 * n; k++) {
    const a = `p${Math.floor(rng() * n)}`;
    const b = `p${Math.floor(rng() * n)}`;
    if (a !== b && !g.hasEdge(a, b)) g.addEdge(a, b);
  }
  return g;
}

describe('accessByGroup', () => {
  for (const dmCount of [3, 40]) {
    it(`gives each group what track1Access gives for it alone (${dmCount} decision-makers), to the last bit`, () => {
      const g = randomGraph(120, dmCount);
      const index = buildAdjacencyIndex(g);
      const dms = Array.from({ length: dmCount }, (_, j) => j * 3);
      // group 0: even positions; group 1: every one; group 2: none
      const groupsOf = dms.map((_, j) => (j % 2 === 0 ? [0, 1] : [1]));
      const groups = accessByGroup({
        n: index.nodes.length,
        csr: index,
        decisionMakers: dms,
        seniorities: dms.map((d) => g.getNodeAttribute(index.nodes[d] as string, 'seniority') as number),
        groupsOf,
        groups: 3,
        delta: 0.5,
        nearest: true,
      });
      for (const [gi, members] of [
        [0, dms.filter((_, j) => j % 2 === 0)],
        [1, dms],
      ] as const) {
        const set = new Set(members.map((d) => index.nodes[d] as string));
        const expected = track1Access(g, { isDecisionMaker: (node) => set.has(node) });
        const a = groups[gi];
        index.nodes.forEach((node, v) => {
          const e = expected[node];
          expect(a?.score[v]).toBe(e?.access_score);
          expect(a?.within1[v]).toBe(e?.track1_within_1);
          expect(a?.within2[v]).toBe(e?.track1_within_2);
          expect(a?.nearest?.[v]?.map((i) => index.nodes[i])).toEqual(e?.nearest_track1);
        });
      }
      expect(Array.from(groups[2]?.best ?? [])).toEqual(new Array(120).fill(-1));
    });
  }
});
