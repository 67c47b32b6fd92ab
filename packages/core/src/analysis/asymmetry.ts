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
 *
 * Computation. Overall, the access kernel (kernels/access.ts, the one behind `track1Access`) runs
 * one search per decision-maker for every side's two groups at once: group 2s is side s's own
 * decision-makers, group 2s + 1 the other sides'. Per round (issue #6), the graph is not rebuilt:
 * the roster index (graph/roster-index.ts) lists every link of the full network once with the
 * earliest date at which it stands (its first shared event, or the start of an open-ended tie;
 * undated: always), and links held only by ties with an end date are checked at each cut with
 * `tieStandsOn`, as `cutRoster` does. Each round then builds the CSR of the links standing at
 * its date and runs one multi-source BFS per side and group of decision-makers:
 * O(rounds × (links + people)) instead of rebuilding a graphology graph per round. The result is
 * identical to the rebuilt graphs (a test compares both on seeded rosters).
 */

import { tieStandsOn } from '../change/cut-roster.js';
import { rosterRounds } from '../change/turnover.js';
import { bfs, buildAdjacencyIndex, type CsrArrays } from '../graph/index.js';
import { type RosterIndex, rosterCsr, rosterIndexOf } from '../graph/roster-index.js';
import { parseDate } from '../import/roster-schema.js';
import { accessByGroup } from '../kernels/access.js';
import { DEFAULT_TRACK1_ACCESS_OPTIONS } from '../metrics/access/track1-access.js';
import type { Roster, RosterGraph, Tie } from '../types.js';
import { median } from '../utils/stats.js';

/** One side's participants and their access to their own side's and the other sides' decision-makers. */
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

/** One side's access to decision-makers in the roster as it stood after a round. */
export interface RoundSideAccess extends SideAccess {
  round: string;
  /** Last event date of the round, if dated. */
  date: string | null;
}

/** Access to decision-makers by side, overall and round by round. */
export interface Asymmetry {
  bySide: SideAccess[];
  byRound: RoundSideAccess[];
}

/** Who is who, per person index: side ('' for none) and decision-maker flag. */
interface People {
  side: string[];
  isDecisionMaker: Uint8Array;
}

function peopleOf(graph: RosterGraph, ids: readonly string[]): People {
  const side = ids.map((id) => {
    const s: unknown = graph.getNodeAttribute(id, 'side');
    return typeof s === 'string' ? s : '';
  });
  const isDecisionMaker = Uint8Array.from(ids, (id) =>
    graph.getNodeAttribute(id, 'isDecisionMaker') === true ? 1 : 0,
  );
  return { side, isDecisionMaker };
}

/** The non-empty sides, sorted. */
function sidesOf(people: People): string[] {
  return [...new Set(people.side)].filter((s) => s !== '').sort();
}

/** A side's participants (present ones) and its own and other decision-makers, by person index. */
function sideGroups(people: People, side: string, present: (i: number) => boolean) {
  const group: number[] = [];
  const own: number[] = [];
  const other: number[] = [];
  for (let i = 0; i < people.side.length; i++) {
    const s = people.side[i] as string;
    if (people.isDecisionMaker[i] === 1) {
      if (s === side) own.push(i);
      else if (s !== '') other.push(i);
    } else if (s === side && present(i)) group.push(i);
  }
  return { group, own, other };
}

/**
 * The figures of one side from its participants' hop distances to the nearest own and other
 * decision-maker (−1: none reachable) and, overall, their access scores.
 */
function summarise(
  side: string,
  groups: { group: number[]; own: number[]; other: number[] },
  ownDist: Int32Array,
  otherDist: Int32Array,
  scores: { own: Float64Array; other: Float64Array } | null,
): SideAccess {
  const { group } = groups;
  const share = (dist: Int32Array, hops: number) =>
    group.filter((i) => (dist[i] as number) >= 0 && (dist[i] as number) <= hops).length / group.length;
  const reached = (dist: Int32Array) => group.map((i) => dist[i] as number).filter((d) => d >= 0);
  return {
    side,
    participants: group.length,
    ownDecisionMakers: groups.own.length,
    otherDecisionMakers: groups.other.length,
    ownWithin1: share(ownDist, 1),
    ownWithin2: share(ownDist, 2),
    otherWithin1: share(otherDist, 1),
    otherWithin2: share(otherDist, 2),
    medianDistanceOwn: median(reached(ownDist)),
    medianDistanceOther: median(reached(otherDist)),
    medianAccessOwn: scores ? median(group.map((i) => scores.own[i] as number)) : null,
    medianAccessOther: scores ? median(group.map((i) => scores.other[i] as number)) : null,
  };
}

/** Hops from every person to the nearest of `sources` (−1: none), in a fresh array. */
function nearest(csr: CsrArrays, sources: readonly number[], queue: Int32Array): Int32Array {
  const dist = new Int32Array(queue.length);
  bfs(csr, sources, dist, queue);
  return dist;
}

/** Side access figures on `graph` for the participants in `people` (all participants if omitted). */
export function sideAccess(
  graph: RosterGraph,
  people?: ReadonlySet<string>,
  options: { accessScores?: boolean } = {},
): SideAccess[] {
  const withScores = options.accessScores ?? true;
  const index = buildAdjacencyIndex(graph);
  const who = peopleOf(graph, index.nodes);
  const sides = sidesOf(who);
  const present = (i: number) => people === undefined || people.has(index.nodes[i] as string);
  const n = index.nodes.length;
  const queue = new Int32Array(n);
  // With access scores: the access kernel, one search per decision-maker for every side's two
  // groups (own: 2s, other: 2s + 1), each sum added in decision-maker order as track1Access does.
  let scored: ReturnType<typeof accessByGroup> | null = null;
  if (withScores) {
    const { delta, getSeniority } = DEFAULT_TRACK1_ACCESS_OPTIONS;
    const decisionMakers: number[] = [];
    const groupsOf: number[][] = [];
    for (let d = 0; d < n; d++) {
      if (who.isDecisionMaker[d] !== 1) continue;
      const t = who.side[d] as string;
      const groups: number[] = [];
      sides.forEach((side, s) => {
        if (t === side) groups.push(2 * s);
        if (t !== '' && t !== side) groups.push(2 * s + 1);
      });
      if (groups.length === 0) continue;
      decisionMakers.push(d);
      groupsOf.push(groups);
    }
    scored = accessByGroup({
      n,
      csr: index,
      decisionMakers,
      seniorities: decisionMakers.map((d) => {
        const node = index.nodes[d] as string;
        return getSeniority(node, graph.getNodeAttributes(node));
      }),
      groupsOf,
      groups: 2 * sides.length,
      delta,
      nearest: false,
    });
  }
  const out: SideAccess[] = [];
  sides.forEach((side, s) => {
    const groups = sideGroups(who, side, present);
    if (groups.group.length === 0) return;
    if (scored) {
      // A participant is no decision-maker: its distance to a group is the nearest other one's.
      const own = scored[2 * s] as (typeof scored)[number];
      const other = scored[2 * s + 1] as (typeof scored)[number];
      out.push(summarise(side, groups, own.best, other.best, { own: own.score, other: other.score }));
    } else {
      // Without access scores (the per-round figures), one multi-source BFS per group of
      // decision-makers gives everything else: "within k" is "nearest within k".
      out.push(summarise(side, groups, nearest(index, groups.own, queue), nearest(index, groups.other, queue), null));
    }
  });
  return out;
}

/**
 * Asymmetry overall (on the full graph) and per round (on the network as of each round).
 *
 * @param roster - the imported roster.
 * @param graph - its person graph (`buildPersonGraph(roster)`).
 * @param index - its roster index (default: the one its person graph was built from, `rosterIndexOf(roster)`).
 */
export function asymmetry(roster: Roster, graph: RosterGraph, index?: RosterIndex): Asymmetry {
  const bySide = sideAccess(graph);
  const byRound: RoundSideAccess[] = [];
  const rounds = rosterRounds(roster);
  if (rounds.length === 0) return { bySide, byRound };
  const links = index ?? rosterIndexOf(roster);
  const history = linkHistory(roster, links, rounds);
  const who = peopleOf(graph, links.ids);
  const sides = sidesOf(who);
  const n = links.ids.length;
  const queue = new Int32Array(n);
  const attendeesOf = new Map<string, string[]>();
  for (const a of roster.attendance)
    (attendeesOf.get(a.event) ?? attendeesOf.set(a.event, []).get(a.event))?.push(a.person);

  for (const r of rounds) {
    // The network as it stood at the end of the round: links whose first event or open-ended tie
    // is on record by then, plus those held up by a tie with an end date that still stood.
    const cut = r.last === null ? null : (parseDate(r.last) as string);
    const rank = r.last === null ? history.cuts.length : (history.cutRank.get(r.last) as number);
    const on = new Uint8Array(history.from.length);
    for (let e = 0; e < on.length; e++) if ((history.from[e] as number) <= rank) on[e] = 1;
    for (const { link, tie } of history.endingTies) if (cut === null || tieStandsOn(tie, cut)) on[link] = 1;
    const csr = rosterCsr(links, on);
    const present = new Uint8Array(n);
    for (const id of r.eventIds)
      for (const p of attendeesOf.get(id) ?? []) {
        const i = links.indexOf.get(p);
        if (i !== undefined) present[i] = 1;
      }
    for (const side of sides) {
      const groups = sideGroups(who, side, (i) => present[i] === 1);
      if (groups.group.length === 0) continue;
      const figures = summarise(side, groups, nearest(csr, groups.own, queue), nearest(csr, groups.other, queue), null);
      byRound.push({ round: r.round, date: r.last, ...figures });
    }
  }
  return { bySide, byRound };
}

/**
 * The first cut at which each link of the roster index stands: `from[e]` is the rank, among the
 * sorted round dates `cuts`, of its `since` date ('' : 0), so link e is in the network at cut k
 * when from[e] ≤ k. Ties with an end date can stop standing, so they are listed apart and checked
 * at each cut (as `cutRoster` does).
 */
function linkHistory(roster: Roster, index: RosterIndex, rounds: { last: string | null }[]) {
  const cuts = [...new Set(rounds.flatMap((r) => (r.last === null ? [] : [r.last])))].sort();
  const cutRank = new Map(cuts.map((c, k) => [c, k]));
  const never = cuts.length + 1;
  /** Rank of the first cut ≥ date (cuts.length when none). */
  const rank = (date: string): number => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cuts[mid] as string) < date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = Int32Array.from(index.since, (since) => (since === null ? never : rank(since)));
  const endingTies: { link: number; tie: Tie }[] = [];
  index.ties.forEach((ties, link) => {
    for (const k of ties) {
      const tie = roster.ties[k] as Tie;
      if (tie.end !== undefined) endingTies.push({ link, tie });
    }
  });
  return { cuts, cutRank, from, endingTies };
}
