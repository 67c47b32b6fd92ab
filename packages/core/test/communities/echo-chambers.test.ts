import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { communityProfiles } from '../../src/communities/echo-chambers.js';
import type { RosterGraph } from '../../src/types.js';

/*
 * Community 0: a, b, c, d, a clique (6 links inside), ideologies 0.7, 0.75, 0.8, 0.85, school realist.
 * Community 1: e, f, g, h, a path e–f–g–h (3 links inside), ideologies −0.9, −0.1, 0.5, 0.9.
 * One link between them: d–e.
 *   community 0: I = 6, E = 1 → EI = (1 − 6)/7 = −5/7 ≈ −0.714 (≤ −0.5: inward-looking)
 *   community 1: I = 3, E = 1 → EI = −2/4 = −0.5 (≤ −0.5 too)
 * Ideology SD (n − 1): community 0: values 0.7..0.85 step 0.05, mean 0.775,
 *   squares 0.075² + 0.025² + 0.025² + 0.075² = 0.0125, / 3 → SD = 0.0645
 * whole roster (8 values): SD ≈ 0.624 (computed in the test) → 0.0645 ≤ 0.5 × 0.624: narrow.
 * community 1: SD of (−0.9, −0.1, 0.5, 0.9) ≈ 0.784 > 0.312: not narrow.
 * → only community 0 is an echo chamber.
 */
function graph(): RosterGraph {
  const g = new Graph({ type: 'undirected' }) as unknown as RosterGraph;
  const ideology: Record<string, number> = { a: 0.7, b: 0.75, c: 0.8, d: 0.85, e: -0.9, f: -0.1, g: 0.5, h: 0.9 };
  for (const [id, x] of Object.entries(ideology)) {
    g.addNode(id, {
      label: id,
      name: id,
      track: '2',
      isDecisionMaker: false,
      events: [],
      ideology: x,
      school: 'abcd'.includes(id) ? 'realist' : 'liberal',
      side: 'S',
    });
  }
  for (const [s, t] of [
    ['a', 'b'],
    ['a', 'c'],
    ['a', 'd'],
    ['b', 'c'],
    ['b', 'd'],
    ['c', 'd'],
    ['e', 'f'],
    ['f', 'g'],
    ['g', 'h'],
    ['d', 'e'],
  ] as const)
    g.addEdge(s, t, { weight: 1, tieWeight: 1, sharedEvents: 0, events: [], types: [], ties: [] });
  return g;
}
const communities = { a: 0, b: 0, c: 0, d: 0, e: 1, f: 1, g: 1, h: 1 };

describe('communityProfiles and the echo-chamber rule', () => {
  const profiles = communityProfiles(graph(), communities);

  it('counts links inside and out, and the E-I index', () => {
    expect(profiles.map((p) => [p.community, p.internalLinks, p.externalLinks])).toEqual([
      [0, 6, 1],
      [1, 3, 1],
    ]);
    expect(profiles[0]?.ei).toBeCloseTo(-5 / 7, 12);
    expect(profiles[1]?.ei).toBeCloseTo(-0.5, 12);
  });

  it('flags the inward-looking and ideologically narrow community only, with the evidence', () => {
    const values = [0.7, 0.75, 0.8, 0.85, -0.9, -0.1, 0.5, 0.9];
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const rosterSd = Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / (values.length - 1));
    expect(profiles[0]?.ideology.sd).toBeCloseTo(Math.sqrt(0.0125 / 3), 12);
    expect((profiles[0]?.ideology.sd as number) <= 0.5 * rosterSd).toBe(true);
    expect(profiles.map((p) => p.echoChamber)).toEqual([true, false]);
    expect(profiles[0]?.evidence.join(' ')).toContain('E-I index -0.71');
    expect(profiles[0]?.composition.school).toEqual({ realist: 4 });
    expect(profiles[0]?.topSchool).toEqual({ school: 'realist', share: 1 });
  });

  it('the thresholds are options: a stricter E-I threshold clears it; a looser narrowness flags more', () => {
    expect(communityProfiles(graph(), communities, { maxEi: -0.8 }).map((p) => p.echoChamber)).toEqual([false, false]);
    expect(communityProfiles(graph(), communities, { narrowness: 2 }).map((p) => p.echoChamber)).toEqual([true, true]);
    expect(communityProfiles(graph(), communities, { minSize: 5 }).map((p) => p.echoChamber)).toEqual([false, false]);
  });
});
