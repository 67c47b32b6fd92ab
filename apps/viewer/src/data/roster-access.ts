/**
 * Access figures of one roster: among its participants (members who are not decision-makers),
 * the share with a decision-maker within one and two steps, the share with no route at all and
 * the median distance, read from the measures on the graph (`track1_within_1`,
 * `track1_within_2`, `distance_to_track1`, `access_score`), as the report computes them for the
 * whole roster.
 */

import { median, type RosterGraph } from '@trackmap/core';

export interface RosterAccess {
  size: number;
  decisionMakers: number;
  participants: number;
  shareWithin1: number | null;
  shareWithin2: number | null;
  shareUnreachable: number | null;
  medianDistance: number | null;
  medianAccessScore: number | null;
}

export function rosterAccess(graph: RosterGraph, members: readonly string[]): RosterAccess {
  let decisionMakers = 0;
  let w1 = 0;
  let w2 = 0;
  let unreachable = 0;
  const distances: number[] = [];
  const scores: number[] = [];
  let participants = 0;
  let size = 0;
  for (const id of new Set(members)) {
    if (!graph.hasNode(id)) continue;
    size++;
    const a = graph.getNodeAttributes(id);
    if (a.isDecisionMaker) {
      decisionMakers++;
      continue;
    }
    participants++;
    if (typeof a.track1_within_1 === 'number' && a.track1_within_1 > 0) w1++;
    if (typeof a.track1_within_2 === 'number' && a.track1_within_2 > 0) w2++;
    if (typeof a.distance_to_track1 === 'number') distances.push(a.distance_to_track1);
    else unreachable++;
    if (typeof a.access_score === 'number') scores.push(a.access_score);
  }
  const share = (n: number) => (participants === 0 ? null : n / participants);
  return {
    size,
    decisionMakers,
    participants,
    shareWithin1: share(w1),
    shareWithin2: share(w2),
    shareUnreachable: share(unreachable),
    medianDistance: median(distances),
    medianAccessScore: median(scores),
  };
}
