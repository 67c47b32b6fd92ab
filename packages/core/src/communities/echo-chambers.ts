/**
 * Communities: composition and echo chambers
 * ===========================================
 *
 * For each Louvain community (see louvain.ts): its size, composition (by side, track, sector,
 * school, gender), ideological spread (mean, standard deviation, range of `ideology`), and how
 * inward-looking it is: the community's E-I index (Krackhardt & Stern 1988)
 *
 *   EI_c = (E_c − I_c) / (E_c + I_c)
 *
 * with I_c the links inside the community and E_c the links from it to the rest (unweighted).
 * −1: every link stays inside; +1: every link goes out.
 *
 * Echo chamber rule (a documented heuristic, not a finding): a community of at least `minSize`
 * (4) people is flagged when it is **inward-looking**, EI_c ≤ `maxEi` (−0.5: at least three links
 * inside for every link out), **and ideologically narrow**: the standard deviation of its members'
 * ideology is at most `narrowness` (0.5) × that of the whole roster, with at least 3 ideology
 * values, or, when fewer than 3 members have an ideology (or the roster's ideologies do not
 * vary), one `school` holds at least `dominantSchool` (80 %) of its members who have a school. The evidence (the numbers the rule used) is returned with every community, so a
 * reader can disagree with the thresholds. A community that is inward-looking and narrow is an
 * opportunity for ideas to circulate among like minds only; it does not show that its members
 * think alike on the questions at stake.
 *
 * References:
 *   [1] Krackhardt, D., Stern, R. N. (1988). Informal networks and organizational crises: an
 *       experimental simulation. Social Psychology Quarterly 51(2), 123-140. doi:10.2307/2786835
 *   [2] Sunstein, C. R. (2002). The law of group polarization. Journal of Political Philosophy
 *       10(2), 175-195. doi:10.1111/1467-9760.00148
 */

import type { RosterGraph } from '../types.js';
import { median } from '../utils/stats.js';

/**
 * When a community counts as an echo chamber: its minimum size, E-I ceiling, ideological narrowness and
 * school dominance.
 */
export interface EchoChamberRule {
  minSize: number;
  maxEi: number;
  narrowness: number;
  dominantSchool: number;
}

/** Defaults of {@link EchoChamberRule} (docs/measures.md gives the reasoning). */
export const DEFAULT_ECHO_CHAMBER_RULE: Readonly<EchoChamberRule> = Object.freeze({
  minSize: 4,
  maxEi: -0.5,
  narrowness: 0.5,
  dominantSchool: 0.8,
});

/** A community's size, members, composition and ideology, and whether it reads as an echo chamber. */
export interface CommunityProfile {
  community: number;
  size: number;
  members: string[];
  composition: Record<'side' | 'track' | 'sector' | 'school' | 'gender', Record<string, number>>;
  ideology: {
    n: number;
    mean: number | null;
    sd: number | null;
    min: number | null;
    max: number | null;
    median: number | null;
  };
  internalLinks: number;
  externalLinks: number;
  ei: number | null;
  /** The most frequent school and its share of members with a school. */
  topSchool: { school: string; share: number } | null;
  echoChamber: boolean;
  /** Why it was (or was not) flagged, in words. */
  evidence: string[];
}

function sd(values: number[]): number | null {
  if (values.length < 2) return null;
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((s, x) => s + (x - m) ** 2, 0) / (values.length - 1));
}

/**
 * Profiles every community and flags echo chambers.
 * @param communities - person id → community id (e.g. the `community` measure).
 */
export function communityProfiles(
  graph: RosterGraph,
  communities: Record<string, number>,
  rule: Partial<EchoChamberRule> = {},
): CommunityProfile[] {
  const r = { ...DEFAULT_ECHO_CHAMBER_RULE, ...rule };
  const allIdeology = graph.mapNodes((_n, a) => a.ideology).filter((x): x is number => typeof x === 'number');
  const rosterSd = sd(allIdeology);
  const byCommunity = new Map<number, string[]>();
  graph.forEachNode((n) => {
    const c = communities[n];
    if (c !== undefined) (byCommunity.get(c) ?? byCommunity.set(c, []).get(c))?.push(n);
  });
  const internal = new Map<number, number>();
  const external = new Map<number, number>();
  graph.forEachEdge((_e, _a, s, t) => {
    const cs = communities[s];
    const ct = communities[t];
    if (cs === undefined || ct === undefined) return;
    if (cs === ct) internal.set(cs, (internal.get(cs) ?? 0) + 1);
    else {
      external.set(cs, (external.get(cs) ?? 0) + 1);
      external.set(ct, (external.get(ct) ?? 0) + 1);
    }
  });
  return [...byCommunity.entries()]
    .sort(([a], [b]) => a - b)
    .map(([community, members]) => {
      // Counted in Maps: values such as `constructor` or `__proto__` are data.
      const tallies = new Map<string, Map<string, number>>();
      for (const m of members) {
        const attrs = graph.getNodeAttributes(m);
        for (const key of ['side', 'track', 'sector', 'school', 'gender'] as const) {
          const v = attrs[key];
          if (typeof v !== 'string' || v === '') continue;
          const t = tallies.get(key) ?? tallies.set(key, new Map()).get(key);
          t?.set(v, (t.get(v) ?? 0) + 1);
        }
      }
      const composition = Object.fromEntries(
        (['side', 'track', 'sector', 'school', 'gender'] as const).map((key) => [
          key,
          Object.fromEntries(tallies.get(key) ?? []),
        ]),
      ) as CommunityProfile['composition'];
      const ideo = members
        .map((m) => graph.getNodeAttribute(m, 'ideology'))
        .filter((x): x is number => typeof x === 'number');
      const I = internal.get(community) ?? 0;
      const E = external.get(community) ?? 0;
      const ei = E + I === 0 ? null : (E - I) / (E + I);
      const schools = Object.entries(composition.school).sort(([, a], [, b]) => b - a);
      const withSchool = schools.reduce((s, [, c]) => s + c, 0);
      const topSchool = schools[0] ? { school: schools[0][0], share: schools[0][1] / withSchool } : null;
      const cSd = sd(ideo);
      const evidence: string[] = [];
      const bigEnough = members.length >= r.minSize;
      const inward = ei !== null && ei <= r.maxEi;
      let narrow = false;
      if (ideo.length >= 3 && cSd !== null && rosterSd !== null && rosterSd > 0) {
        narrow = cSd <= r.narrowness * rosterSd;
        evidence.push(
          `ideology SD ${cSd.toFixed(2)} ${narrow ? '≤' : '>'} ${r.narrowness} × roster SD ${rosterSd.toFixed(2)} (range ${Math.min(...ideo).toFixed(2)} to ${Math.max(...ideo).toFixed(2)})`,
        );
      } else if (topSchool) {
        narrow = topSchool.share >= r.dominantSchool;
        evidence.push(
          `${Math.round(100 * topSchool.share)} % of members with a school are ${topSchool.school} (threshold ${Math.round(100 * r.dominantSchool)} %)`,
        );
      } else evidence.push('no ideology or school recorded: narrowness cannot be judged');
      evidence.push(
        ei === null
          ? 'no links'
          : `E-I index ${ei.toFixed(2)} (${I} links inside, ${E} out) ${inward ? '≤' : '>'} ${r.maxEi}`,
      );
      if (!bigEnough)
        evidence.push(`only ${members.length} member${members.length === 1 ? '' : 's'} (fewer than ${r.minSize})`);
      return {
        community,
        size: members.length,
        members,
        composition,
        ideology: {
          n: ideo.length,
          mean: ideo.length ? ideo.reduce((a, b) => a + b, 0) / ideo.length : null,
          sd: cSd,
          min: ideo.length ? Math.min(...ideo) : null,
          max: ideo.length ? Math.max(...ideo) : null,
          median: median(ideo),
        },
        internalLinks: I,
        externalLinks: E,
        ei,
        topSchool,
        echoChamber: bigEnough && inward && narrow,
        evidence,
      };
    });
}
