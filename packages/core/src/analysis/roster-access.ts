/**
 * Access to decision-makers, summed up for a roster
 * =================================================
 *
 * Among a roster's participants (its members who are not decision-makers): the share with a
 * decision-maker within one and two steps, the share with no route to any, the distribution and
 * median of the distance to the nearest one, and the median access score, read from each
 * person's access measures (`track1_within_1`, `track1_within_2`, `distance_to_track1`,
 * `access_score`; see metrics/access/track1-access.ts). `accessSummary` gives the whole roster's
 * (summary.json `access`, the report); `rosterAccess` any roster's, from a graph carrying the
 * measures (the viewer's roster panel). Both count by the one rule in `countAccess`.
 */

import type { RosterGraph } from '../types.js';
import { median } from '../utils/stats.js';

/** One person's access measures, as the analysis gives them (missing: not computed). */
export interface PersonAccessFields {
  distance_to_track1?: unknown;
  track1_within_1?: unknown;
  track1_within_2?: unknown;
  access_score?: unknown;
}

/** How far the roster's participants are from decision-makers: counts and the distance histogram. */
export interface AccessSummary {
  decisionMakers: number;
  /** People who are not decision-makers. */
  participants: number;
  /** Participants by hop distance to the nearest decision-maker ('unreachable' for none). */
  distanceHistogram: Record<string, number>;
  /** Share of participants with at least one decision-maker within 1 (2) hops. */
  shareWithin1: number;
  shareWithin2: number;
  /** Share of participants with no path to any decision-maker. */
  shareUnreachable: number;
  medianDistance: number | null;
}

/** Access figures of one roster (the viewer's roster panel); shares `null` without participants. */
export interface RosterAccess {
  /** Members found in the graph, each once. */
  size: number;
  decisionMakers: number;
  participants: number;
  shareWithin1: number | null;
  shareWithin2: number | null;
  shareUnreachable: number | null;
  medianDistance: number | null;
  medianAccessScore: number | null;
}

interface AccessCounts {
  decisionMakers: number;
  participants: number;
  within1: number;
  within2: number;
  unreachable: number;
  /** Distances of the participants who can reach one, in member order. */
  distances: number[];
  /** Access scores of the participants that have one, in member order. */
  scores: number[];
  histogram: Record<string, number>;
}

/** Counts the participants' access, member by member, in the order given. */
function countAccess(members: Iterable<{ isDecisionMaker: boolean; access: PersonAccessFields }>): AccessCounts {
  const c: AccessCounts = {
    decisionMakers: 0,
    participants: 0,
    within1: 0,
    within2: 0,
    unreachable: 0,
    distances: [],
    scores: [],
    histogram: {},
  };
  for (const { isDecisionMaker, access: a } of members) {
    if (isDecisionMaker) {
      c.decisionMakers++;
      continue;
    }
    c.participants++;
    if (typeof a.track1_within_1 === 'number' && a.track1_within_1 > 0) c.within1++;
    if (typeof a.track1_within_2 === 'number' && a.track1_within_2 > 0) c.within2++;
    const key = typeof a.distance_to_track1 === 'number' ? String(a.distance_to_track1) : 'unreachable';
    c.histogram[key] = (c.histogram[key] ?? 0) + 1;
    if (typeof a.distance_to_track1 === 'number') c.distances.push(a.distance_to_track1);
    else c.unreachable++;
    if (typeof a.access_score === 'number') c.scores.push(a.access_score);
  }
  return c;
}

/**
 * The access summary of the whole roster.
 *
 * @param graph - the person graph (who is a decision-maker).
 * @param people - each person's access measures with their id, in roster order.
 * @returns the {@link AccessSummary}; shares are 0 when there are no participants.
 */
export function accessSummary(
  graph: RosterGraph,
  people: readonly (PersonAccessFields & { id: string })[],
): AccessSummary {
  const c = countAccess(
    people.map((p) => ({ isDecisionMaker: Boolean(graph.getNodeAttribute(p.id, 'isDecisionMaker')), access: p })),
  );
  const share = (k: number) => (c.participants === 0 ? 0 : k / c.participants);
  return {
    decisionMakers: c.decisionMakers,
    participants: c.participants,
    distanceHistogram: Object.fromEntries(
      Object.entries(c.histogram).sort(([a], [b]) =>
        a === 'unreachable' ? 1 : b === 'unreachable' ? -1 : Number(a) - Number(b),
      ),
    ),
    shareWithin1: share(c.within1),
    shareWithin2: share(c.within2),
    shareUnreachable: share(c.unreachable),
    medianDistance: median(c.distances),
  };
}

/**
 * The access figures of one roster, from a graph carrying the access measures on its nodes.
 *
 * @param graph - the person graph with the measures written on it (`analysis.graph`).
 * @param members - the roster's person ids; ids not in the graph are left out, repeats count once.
 * @returns the {@link RosterAccess}; shares are `null` when the roster has no participants.
 */
export function rosterAccess(graph: RosterGraph, members: readonly string[]): RosterAccess {
  const found = [...new Set(members)].filter((id) => graph.hasNode(id));
  const c = countAccess(
    found.map((id) => {
      const a = graph.getNodeAttributes(id);
      return { isDecisionMaker: Boolean(a.isDecisionMaker), access: a as PersonAccessFields };
    }),
  );
  const share = (k: number) => (c.participants === 0 ? null : k / c.participants);
  return {
    size: found.length,
    decisionMakers: c.decisionMakers,
    participants: c.participants,
    shareWithin1: share(c.within1),
    shareWithin2: share(c.within2),
    shareUnreachable: share(c.unreachable),
    medianDistance: median(c.distances),
    medianAccessScore: median(c.scores),
  };
}
