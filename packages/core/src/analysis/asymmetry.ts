/**
 * Asymmetry of access between sides
 * =================================
 *
 * Evaluations of Track II name asymmetric transfer between the parties as a main barrier: one
 * side's participants may be close to their own officials while the other side's are not, or
 * both may reach only their own side's. For each side S and the participants of S (people of
 * side S who are not decision-makers):
 *
 *   own_within_k   = share of them with at least one decision-maker of side S within k steps
 *   other_within_k = share with at least one decision-maker of another side within k steps
 *   median_distance_own / _other = median hops to the nearest decision-maker of S / of another
 *                    side, over those who can reach one (null if none can)
 *   median_access_own / _other   = (overall only; null per round) median `access_score` towards the decision-makers of S / of
 *                    the other sides (seniority × 0.5^hops, see track1-access.ts), over all
 *
 * "Another side" means any non-empty side other than S. People without a side are left out.
 *
 * Per round: for each round of the events (ordered by the earliest date of its events, then
 * by label), the same figures for the participants who attended that round, on the network as
 * it stood at the end of the round (`cutRoster` at the round's last event date: ties started by
 * then and not ended before it, undated ties always; events dated up to then, undated events
 * always). This shows whether access grew as the series went on. It is a description
 * of opportunity, not evidence that ideas moved.
 */

import { cutRoster } from '../change/cut-roster.js';
import { rosterRounds } from '../change/turnover.js';
import { buildPersonGraph } from '../graph/build-person-graph.js';
import { type AdjacencyIndex, bfs, buildAdjacencyIndex } from '../graph/index.js';
import { track1Access } from '../metrics/access/track1-access.js';
import type { Roster, RosterGraph } from '../types.js';
import { median } from '../utils/stats.js';

export interface SideAccess {
  side: string;
  participants: number;
  ownDecisionMakers: number;
  otherDecisionMakers: number;
  ownWithin1: number;
  ownWithin2: number;
  otherWithin1: number;
  otherWithin2: number;
  medianDistanceOwn: number | null;
  medianDistanceOther: number | null;
  medianAccessOwn: number | null;
  medianAccessOther: number | null;
}

export interface RoundSideAccess extends SideAccess {
  round: string;
  /** Last event date of the round, if dated. */
  date: string | null;
}

export interface Asymmetry {
  bySide: SideAccess[];
  byRound: RoundSideAccess[];
}

/** Side access figures on `graph` for the participants in `people` (all participants if omitted). */
export function sideAccess(
  graph: RosterGraph,
  people?: ReadonlySet<string>,
  options: { accessScores?: boolean } = {},
): SideAccess[] {
  const withScores = options.accessScores ?? true;
  const sideOf = (n: string) => graph.getNodeAttribute(n, 'side') ?? '';
  const sides = [...new Set(graph.mapNodes((n) => sideOf(n)))].filter((s) => s !== '').sort();
  const index = withScores ? null : buildAdjacencyIndex(graph);
  const out: SideAccess[] = [];
  for (const side of sides) {
    const isOwn = (_n: string, a: { isDecisionMaker?: unknown; side?: unknown }) =>
      a.isDecisionMaker === true && a.side === side;
    const isOther = (_n: string, a: { isDecisionMaker?: unknown; side?: unknown }) =>
      a.isDecisionMaker === true && typeof a.side === 'string' && a.side !== '' && a.side !== side;
    // Without access scores (the per-round figures), one multi-source BFS per group of
    // decision-makers gives everything else: "within k" is "nearest within k".
    const own = index ? nearestOnly(graph, index, isOwn) : track1Access(graph, { isDecisionMaker: isOwn });
    const other = index ? nearestOnly(graph, index, isOther) : track1Access(graph, { isDecisionMaker: isOther });
    const group = graph.filterNodes(
      (n, a) => a.side === side && a.isDecisionMaker !== true && (people === undefined || people.has(n)),
    );
    if (group.length === 0) continue;
    const share = (f: (n: string) => boolean) => group.filter(f).length / group.length;
    const dist = (acc: typeof own) =>
      median(group.map((n) => acc[n]?.distance_to_track1).filter((d): d is number => typeof d === 'number'));
    out.push({
      side,
      participants: group.length,
      ownDecisionMakers: graph.filterNodes((_n, a) => a.isDecisionMaker === true && a.side === side).length,
      otherDecisionMakers: graph.filterNodes(
        (_n, a) => a.isDecisionMaker === true && typeof a.side === 'string' && a.side !== '' && a.side !== side,
      ).length,
      ownWithin1: share((n) => (own[n]?.track1_within_1 ?? 0) > 0),
      ownWithin2: share((n) => (own[n]?.track1_within_2 ?? 0) > 0),
      otherWithin1: share((n) => (other[n]?.track1_within_1 ?? 0) > 0),
      otherWithin2: share((n) => (other[n]?.track1_within_2 ?? 0) > 0),
      medianDistanceOwn: dist(own),
      medianDistanceOther: dist(other),
      medianAccessOwn: withScores ? median(group.map((n) => own[n]?.access_score ?? 0)) : null,
      medianAccessOther: withScores ? median(group.map((n) => other[n]?.access_score ?? 0)) : null,
    });
  }
  return out;
}

/** Distances to the nearest of a group of decision-makers, shaped like track1Access (no scores or lists). */
function nearestOnly(
  graph: RosterGraph,
  index: AdjacencyIndex,
  isDecisionMaker: (node: string, attributes: { isDecisionMaker?: unknown; side?: unknown }) => boolean,
): Record<
  string,
  { distance_to_track1: number | null; track1_within_1: number; track1_within_2: number; access_score: number }
> {
  const n = index.nodes.length;
  const sources = index.nodes.flatMap((node, i) => (isDecisionMaker(node, graph.getNodeAttributes(node)) ? [i] : []));
  const dist = new Int32Array(n);
  bfs(index, sources, dist, new Int32Array(n));
  const out: ReturnType<typeof nearestOnly> = {};
  index.nodes.forEach((node, i) => {
    const d = dist[i] as number;
    out[node] = {
      distance_to_track1: d < 0 ? null : d,
      track1_within_1: d >= 0 && d <= 1 ? 1 : 0,
      track1_within_2: d >= 0 && d <= 2 ? 1 : 0,
      access_score: 0,
    };
  });
  return out;
}

/** Asymmetry overall (on the full graph) and per round (on the network as of each round). */
export function asymmetry(roster: Roster, graph: RosterGraph): Asymmetry {
  const bySide = sideAccess(graph);
  const byRound: RoundSideAccess[] = [];
  for (const r of rosterRounds(roster)) {
    // The network as it stood at the end of the round (cutRoster), plus the round's own events
    // should any be undated.
    const ids = new Set(r.eventIds);
    const snapshot = r.last === null ? roster : cutRoster(roster, r.last);
    const g = buildPersonGraph(snapshot);
    const present = new Set(roster.attendance.filter((a) => ids.has(a.event)).map((a) => a.person));
    for (const s of sideAccess(g, present, { accessScores: false }))
      byRound.push({ round: r.round, date: r.last, ...s });
  }
  return { bySide, byRound };
}
