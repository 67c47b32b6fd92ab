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
 * Computation (issue #6). The graph is not rebuilt for each round: every link of the full network
 * is listed once with the earliest round date at which it stands (its first shared event, or the
 * start of an open-ended tie; undated: always), and links held only by ties with an end date are
 * checked at each cut with `tieStandsOn`, as `cutRoster` does. Each round then fills a CSR of the
 * links standing at its date and runs one multi-source BFS per side and group of decision-makers:
 * O(rounds × (links + people)) instead of rebuilding a graphology graph per round. The result is
 * identical to the rebuilt graphs (a test compares both on seeded rosters).
 */

import { tieStandsOn } from '../change/cut-roster.js';
import { type RosterRound, rosterRounds } from '../change/turnover.js';
import { type AdjacencyIndex, bfs, buildAdjacencyIndex } from '../graph/index.js';
import { parseDate } from '../import/roster-schema.js';
import { DEFAULT_TRACK1_ACCESS_OPTIONS } from '../metrics/access/track1-access.js';
import type { Roster, RosterGraph, Tie } from '../types.js';
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
  // With access scores: one BFS per decision-maker serves every side (track1Access per side and
  // group would run each of them 2 × sides times).
  const scored = withScores ? scoresBySide(graph, sides) : null;
  const out: SideAccess[] = [];
  for (const side of sides) {
    const isOwn = (_n: string, a: { isDecisionMaker?: unknown; side?: unknown }) =>
      a.isDecisionMaker === true && a.side === side;
    const isOther = (_n: string, a: { isDecisionMaker?: unknown; side?: unknown }) =>
      a.isDecisionMaker === true && typeof a.side === 'string' && a.side !== '' && a.side !== side;
    // Without access scores (the per-round figures), one multi-source BFS per group of
    // decision-makers gives everything else: "within k" is "nearest within k".
    const own = index ? nearestOnly(graph, index, isOwn) : (scored?.get(side)?.own as AccessRecord);
    const other = index ? nearestOnly(graph, index, isOther) : (scored?.get(side)?.other as AccessRecord);
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

type AccessRecord = Record<
  string,
  { distance_to_track1: number | null; track1_within_1: number; track1_within_2: number; access_score: number }
>;

/**
 * For each side S, what `track1Access` gives (without the nearest lists) towards S's own
 * decision-makers and towards the other sides' (non-empty, different side), from one BFS per
 * decision-maker. Each sum adds the decision-makers in node order, as track1Access does, so the
 * scores are the same to the last bit.
 */
function scoresBySide(
  graph: RosterGraph,
  sides: readonly unknown[],
): Map<unknown, { own: AccessRecord; other: AccessRecord }> {
  const { delta, getSeniority } = DEFAULT_TRACK1_ACCESS_OPTIONS;
  const index = buildAdjacencyIndex(graph);
  const n = index.nodes.length;
  const k = sides.length;
  // group g = 2s (own of side s) or 2s + 1 (other of side s)
  const best = Array.from({ length: 2 * k }, () => new Int32Array(n).fill(-1));
  const within1 = Array.from({ length: 2 * k }, () => new Uint8Array(n));
  const within2 = Array.from({ length: 2 * k }, () => new Uint8Array(n));
  const score = Array.from({ length: 2 * k }, () => new Float64Array(n));
  const isDm = Array.from({ length: 2 * k }, () => new Uint8Array(n));
  const decay = new Float64Array(n + 1);
  decay[0] = 1;
  for (let d = 1; d <= n; d++) decay[d] = (decay[d - 1] as number) * delta;
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  const source = new Int32Array(1);
  for (let d = 0; d < n; d++) {
    const node = index.nodes[d] as string;
    const a = graph.getNodeAttributes(node);
    if (a.isDecisionMaker !== true) continue;
    const t: unknown = a.side;
    const groups: number[] = [];
    sides.forEach((side, s) => {
      if (t === side) groups.push(2 * s);
      if (typeof t === 'string' && t !== '' && t !== side) groups.push(2 * s + 1);
    });
    if (groups.length === 0) continue;
    for (const g of groups) (isDm[g] as Uint8Array)[d] = 1;
    const seniority = getSeniority(node, a);
    source[0] = d;
    const reached = bfs(index, source, dist, queue);
    for (let q = 1; q < reached; q++) {
      const v = queue[q] as number;
      const dv = dist[v] as number;
      const add = seniority * (decay[dv] as number);
      for (const g of groups) {
        const sc = score[g] as Float64Array;
        sc[v] = (sc[v] as number) + add;
        if (dv <= 1) (within1[g] as Uint8Array)[v] = 1;
        if (dv <= 2) (within2[g] as Uint8Array)[v] = 1;
        const b = best[g] as Int32Array;
        if (b[v] === -1 || dv < (b[v] as number)) b[v] = dv;
      }
    }
  }
  const record = (g: number): AccessRecord => {
    const out: AccessRecord = {};
    for (let v = 0; v < n; v++) {
      const b = (best[g] as Int32Array)[v] as number;
      out[index.nodes[v] as string] = {
        distance_to_track1: (isDm[g] as Uint8Array)[v] ? 0 : b === -1 ? null : b,
        track1_within_1: (within1[g] as Uint8Array)[v] as number,
        track1_within_2: (within2[g] as Uint8Array)[v] as number,
        access_score: (score[g] as Float64Array)[v] as number,
      };
    }
    return out;
  };
  return new Map(sides.map((side, s) => [side, { own: record(2 * s), other: record(2 * s + 1) }]));
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
  const rounds = rosterRounds(roster);
  if (rounds.length === 0) return { bySide, byRound };
  const history = linkHistory(roster, rounds);
  const { n, sideOf, isDm } = history;
  const sides = [...new Set(sideOf)].filter((s) => s !== '').sort();
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(2 * history.from.length);
  const fill = new Int32Array(n);
  const dist = new Int32Array(n);
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
    offsets.fill(0);
    for (let e = 0; e < on.length; e++) {
      if (on[e] === 0) continue;
      (offsets[(history.a[e] as number) + 1] as number)++;
      (offsets[(history.b[e] as number) + 1] as number)++;
    }
    for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
    fill.set(offsets.subarray(0, n));
    for (let e = 0; e < on.length; e++) {
      if (on[e] === 0) continue;
      const a = history.a[e] as number;
      const b = history.b[e] as number;
      targets[(fill[a] as number)++] = b;
      targets[(fill[b] as number)++] = a;
    }
    const index: AdjacencyIndex = { nodes: [], indexOf: new Map(), offsets, targets };
    const present = new Uint8Array(n);
    for (const id of r.eventIds)
      for (const p of attendeesOf.get(id) ?? []) {
        const i = history.indexOf.get(p);
        if (i !== undefined) present[i] = 1;
      }
    for (const side of sides) {
      const group: number[] = [];
      const own: number[] = [];
      const other: number[] = [];
      for (let i = 0; i < n; i++) {
        const s = sideOf[i] as string;
        if (isDm[i] === 1) {
          if (s === side) own.push(i);
          else if (s !== '') other.push(i);
        } else if (s === side && present[i] === 1) group.push(i);
      }
      if (group.length === 0) continue;
      bfs(index, own, dist, queue);
      const ownDist = group.map((i) => dist[i] as number);
      bfs(index, other, dist, queue);
      const otherDist = group.map((i) => dist[i] as number);
      const share = (d: number[], hops: number) => d.filter((x) => x >= 0 && x <= hops).length / group.length;
      byRound.push({
        round: r.round,
        date: r.last,
        side,
        participants: group.length,
        ownDecisionMakers: own.length,
        otherDecisionMakers: other.length,
        ownWithin1: share(ownDist, 1),
        ownWithin2: share(ownDist, 2),
        otherWithin1: share(otherDist, 1),
        otherWithin2: share(otherDist, 2),
        medianDistanceOwn: median(ownDist.filter((d) => d >= 0)),
        medianDistanceOther: median(otherDist.filter((d) => d >= 0)),
        medianAccessOwn: null,
        medianAccessOther: null,
      });
    }
  }
  return { bySide, byRound };
}

/**
 * Every link of the full network with the first cut at which it stands: `from[e]` is the rank,
 * among the sorted round dates `cuts`, of the earliest shared event (undated: 0) or open-ended tie
 * (undated: 0), so link e is in the network at cut k when from[e] ≤ k. Ties with an end date can
 * stop standing, so they are listed apart and checked at each cut (as `cutRoster` does).
 */
function linkHistory(roster: Roster, rounds: RosterRound[]) {
  const n = roster.people.length;
  const indexOf = new Map<string, number>();
  roster.people.forEach((p, i) => {
    indexOf.set(p.id, i);
  });
  // The person graph's node attributes: extra columns first, then the known ones over them.
  const sideOf = roster.people.map((p) => {
    const side = p.side ?? p.extra.side;
    return typeof side === 'string' ? side : '';
  });
  const isDm = Uint8Array.from(roster.people, (p) => (p.isDecisionMaker ? 1 : 0));
  const cuts = [...new Set(rounds.flatMap((r) => (r.last === null ? [] : [r.last])))].sort();
  const cutRank = new Map(cuts.map((c, k) => [c, k]));
  const never = cuts.length + 1;
  /** Rank of the first cut ≥ date (cuts.length when none). */
  const rank = (date: string | undefined): number => {
    if (date === undefined) return 0;
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cuts[mid] as string) < date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const linkOf = new Map<number, number>();
  const a: number[] = [];
  const b: number[] = [];
  const from: number[] = [];
  const link = (p: string, q: string, since: number): number => {
    let i = indexOf.get(p) as number;
    let j = indexOf.get(q) as number;
    if (i > j) [i, j] = [j, i];
    const key = i * n + j;
    let e = linkOf.get(key);
    if (e === undefined) {
      e = a.length;
      linkOf.set(key, e);
      a.push(i);
      b.push(j);
      from.push(since);
    } else if (since < (from[e] as number)) from[e] = since;
    return e;
  };
  const endingTies: { link: number; tie: Tie }[] = [];
  for (const t of roster.ties) {
    if (!indexOf.has(t.source) || !indexOf.has(t.target) || t.source === t.target) continue;
    if (t.end === undefined) link(t.source, t.target, rank(t.date ?? t.start));
    else endingTies.push({ link: link(t.source, t.target, never), tie: t });
  }
  const dateOf = new Map(roster.events.map((e) => [e.id, e.date]));
  const attendeesOf = new Map<string, string[]>();
  for (const x of roster.attendance) {
    if (!indexOf.has(x.person)) continue;
    (attendeesOf.get(x.event) ?? attendeesOf.set(x.event, []).get(x.event))?.push(x.person);
  }
  const maxEventSize = roster.maxEventSize ?? Number.POSITIVE_INFINITY;
  for (const [event, attendees] of attendeesOf) {
    if (attendees.length > maxEventSize) continue;
    const since = rank(dateOf.get(event));
    for (let i = 0; i < attendees.length; i++)
      for (let j = i + 1; j < attendees.length; j++)
        if (attendees[i] !== attendees[j]) link(attendees[i] as string, attendees[j] as string, since);
  }
  return {
    n,
    indexOf,
    sideOf,
    isDm,
    cuts,
    cutRank,
    a: Int32Array.from(a),
    b: Int32Array.from(b),
    from: Int32Array.from(from),
    endingTies,
  };
}
