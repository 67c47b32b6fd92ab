/**
 * Change between two states of a network
 * ======================================
 *
 * Evaluators ask whether access to decision-makers grew after a programme. `compareAnalyses`
 * takes two analysed snapshots of a roster (a roster cut at a date with `cutRoster` and the full
 * one, or two rosters exported at different times) and reports, per person and overall, what
 * changed. Each snapshot is `{ roster, graph, people }`: the roster and graph from `parseRoster`
 * (or `cutRoster` + `buildPersonGraph`) and the rows from `analyzeRoster`.
 *
 * People are matched by id; each has a status: `both`, `only-before` (left the roster) or
 * `only-after` (joined). For the measures distance_to_track1, track1_within_1, track1_within_2,
 * access_score, transfer_betweenness, betweenness, degree and brokerage_side_total:
 *
 *   before, after  = the value in each snapshot (null when absent or undefined there)
 *   delta          = after − before when both are numbers, else null
 *
 * Distance to decision-makers, for a person present in both, with d₀ and d₁ the hop distances
 * before and after (null = no decision-maker reachable):
 *
 *   became-reachable    d₀ = null, d₁ ≠ null        became-unreachable   d₀ ≠ null, d₁ = null
 *   closer              d₁ < d₀                      farther              d₁ > d₀
 *   same                d₁ = d₀ ≠ null               unreachable          d₀ = d₁ = null
 *
 * Access, for a person present in both, with w₀ and w₁ their track1_within_2:
 *
 *   gained     = became reachable or closer; or, at the same distance (or unreachable in
 *                both), w₁ > w₀ (more decision-makers within two steps)
 *   lost       = became unreachable or farther; or, at the same distance, w₁ < w₀
 *   unchanged  = otherwise
 *
 * so distance decides and within-two-steps only breaks ties, and every person present in both
 * is in exactly one class (gained + lost + unchanged = people in both). Changes in track1_within_2
 * are also counted on their own (`within2Increased`, `within2Decreased`), whatever the distance
 * did. Decision-makers are classified by the same rule (their distance is 0, so their class
 * follows the other decision-makers within two steps); a person who became a decision-maker
 * goes to distance 0 and so gains access, and is also listed under `decisionMakers.added`.
 *
 * Links and ties:
 *   - links are the pairs joined in the person graph (a tie or a shared event). A person's
 *     neighbours gained (lost) are those linked after but not before (before but not after);
 *     for someone who joined (left), every neighbour counts as gained (lost).
 *   - tie rows are matched on the unordered pair {source, target}, `type` and `directed`
 *     (weight, dates and evidence are ignored, so an edited weight is no change). Repeated rows
 *     count as a multiset: two rows before and one after is one row removed. Added rows come
 *     from the later roster, removed rows from the earlier one, each in file order.
 *
 * Summary: counts of the classes above; the medians, over people present in both, of the change
 * in distance (among those reachable in both snapshots) and in access_score; decision-makers
 * added (decision-makers after who were not, or were absent, before) and removed (the reverse).
 * Differences smaller than 1e-12 are floating-point noise and are recorded as 0.
 *
 * What it means: a change in network position is a change in the *opportunity* to pass ideas
 * to decision-makers, not evidence that any passed. A tie missing from the later roster may be
 * unrecorded rather than ended.
 */

import type { Roster, RosterGraph, Tie } from '../types.js';
import { median } from '../utils/stats.js';
import type { PersonMetrics } from './analyze.js';

/** One analysed state of a roster. */
export interface AnalysisSnapshot {
  roster: Roster;
  graph: RosterGraph;
  /** `analyzeRoster(...).people`. */
  people: readonly PersonMetrics[];
}

/** The per-person measures compared, by output column name. */
export const COMPARED_MEASURES = [
  'distance_to_track1',
  'track1_within_1',
  'track1_within_2',
  'access_score',
  'transfer_betweenness',
  'betweenness',
  'degree',
  'brokerage_side_total',
] as const;

/** A per-person measure that {@link compareAnalyses} compares. */
export type ComparedMeasure = (typeof COMPARED_MEASURES)[number];

/** A measure before and after, and the difference. */
export interface MeasureChange {
  before: number | null;
  after: number | null;
  /** `after − before` when both are numbers, else null. */
  delta: number | null;
}

/** Whether a person is in both snapshots or only one. */
export type PresenceStatus = 'both' | 'only-before' | 'only-after';

/** How a person's distance to the nearest decision-maker changed between two snapshots. */
export type DistanceChange = 'became-reachable' | 'became-unreachable' | 'closer' | 'farther' | 'same' | 'unreachable';

/** Whether a person gained or lost a path to a decision-maker between two snapshots. */
export type AccessChange = 'gained' | 'lost' | 'unchanged';

/** One person in a comparison: presence, access and distance change, and every compared measure. */
export interface PersonChange {
  id: string;
  /** Name in the later snapshot if present there, else in the earlier one. */
  name: string;
  /** Side in the later snapshot if present there, else in the earlier one; null if none. */
  side: string | null;
  status: PresenceStatus;
  /** Decision-maker in each snapshot (null when absent from it). */
  decisionMaker: { before: boolean | null; after: boolean | null };
  measures: Record<ComparedMeasure, MeasureChange>;
  /** How the distance to decision-makers changed; null unless present in both. */
  distance: DistanceChange | null;
  /** Gained, lost or unchanged access (see the banner); null unless present in both. */
  access: AccessChange | null;
  /** Neighbours in the person graph after but not before, in later-graph order. */
  neighboursGained: string[];
  /** Neighbours before but not after, in earlier-graph order. */
  neighboursLost: string[];
}

/** Counts of a comparison: people joined and left, access gained and lost, distance changes. */
export interface ComparisonSummary {
  people: { before: number; after: number; both: number; joined: number; left: number };
  /** Among people present in both. `gained + lost + unchanged = people.both`. */
  access: {
    gained: number;
    lost: number;
    unchanged: number;
    becameReachable: number;
    becameUnreachable: number;
    closer: number;
    farther: number;
    within2Increased: number;
    within2Decreased: number;
  };
  /** Median change in distance among people present and reachable in both; null if none. */
  medianDistanceChange: number | null;
  /** Median change in access_score among people present in both; null if none. */
  medianAccessScoreChange: number | null;
  decisionMakers: { before: number; after: number; added: string[]; removed: string[] };
  links: { before: number; after: number; gained: number; lost: number };
  ties: { before: number; after: number; added: number; removed: number };
}

/** What {@link compareAnalyses} returns: every person's change, the links and ties gained and lost, and a summary. */
export interface Comparison {
  /** Everyone present in either snapshot: the earlier roster's order, then those who joined. */
  people: PersonChange[];
  /** Person-graph links (unordered pairs, ends as stored in their graph) gained and lost. */
  links: { gained: [string, string][]; lost: [string, string][] };
  /** Tie rows added (from the later roster) and removed (from the earlier one). */
  ties: { added: Tie[]; removed: Tie[] };
  summary: ComparisonSummary;
}

const NOISE = 1e-12;

/**
 * Compares two analysed states of a roster.
 *
 * @param before - the earlier snapshot: `{ roster, graph, people }`.
 * @param after - the later snapshot.
 * @returns per-person changes, links and tie rows gained and lost, and a summary.
 * @remarks People are matched by id. "Gained access" means closer to the nearest
 *   decision-maker (or newly able to reach one), or at the same distance with more
 *   decision-makers within two steps; "lost" is the reverse. Tie rows are matched on the
 *   unordered pair, type and directedness. See the file banner for every definition.
 *
 * @example
 * ```ts
 * const full = parseRoster(sources);
 * const cut = cutRoster(full.roster, '2022-08-30');
 * const early = { roster: cut, graph: buildPersonGraph(cut), issues: [] };
 * const comparison = compareAnalyses(
 *   { ...early, people: analyzeRoster(early).people },
 *   { ...full, people: analyzeRoster(full).people },
 * );
 * ```
 */
export function compareAnalyses(before: AnalysisSnapshot, after: AnalysisSnapshot): Comparison {
  const rowsBefore = new Map(before.people.map((p) => [p.id, p]));
  const rowsAfter = new Map(after.people.map((p) => [p.id, p]));
  const ids = [...rowsBefore.keys(), ...[...rowsAfter.keys()].filter((id) => !rowsBefore.has(id))];

  const people: PersonChange[] = [];
  for (const id of ids) {
    const b = rowsBefore.get(id);
    const a = rowsAfter.get(id);
    const status: PresenceStatus = b && a ? 'both' : b ? 'only-before' : 'only-after';
    const measures = {} as Record<ComparedMeasure, MeasureChange>;
    for (const m of COMPARED_MEASURES) measures[m] = measureChange(b?.[m], a?.[m]);
    const distance = b && a ? distanceChange(b.distance_to_track1, a.distance_to_track1) : null;
    const nb = neighbourSet(before.graph, id);
    const na = neighbourSet(after.graph, id);
    people.push({
      id,
      name: (a ?? b)?.name ?? id,
      side: sideOf(after.graph, id) ?? sideOf(before.graph, id),
      status,
      decisionMaker: { before: decisionMaker(before.graph, id), after: decisionMaker(after.graph, id) },
      measures,
      distance,
      access:
        distance === null
          ? null
          : accessChange(distance, measures.track1_within_2.before, measures.track1_within_2.after),
      neighboursGained: [...na].filter((n) => !nb.has(n)),
      neighboursLost: [...nb].filter((n) => !na.has(n)),
    });
  }

  const links = {
    gained: linkPairs(after.graph).filter(([x, y]) => !hasLink(before.graph, x, y)),
    lost: linkPairs(before.graph).filter(([x, y]) => !hasLink(after.graph, x, y)),
  };
  const ties = {
    added: unmatchedTies(after.roster.ties, before.roster.ties),
    removed: unmatchedTies(before.roster.ties, after.roster.ties),
  };

  const both = people.filter((p) => p.status === 'both');
  const count = (pred: (p: PersonChange) => boolean) => both.filter(pred).length;
  const deltas = (m: ComparedMeasure) =>
    both.map((p) => p.measures[m].delta).filter((d): d is number => typeof d === 'number');
  const dmIds = (g: RosterGraph) => new Set(g.filterNodes((_n, attrs) => attrs.isDecisionMaker === true));
  const dmBefore = dmIds(before.graph);
  const dmAfter = dmIds(after.graph);

  return {
    people,
    links,
    ties,
    summary: {
      people: {
        before: rowsBefore.size,
        after: rowsAfter.size,
        both: both.length,
        joined: people.filter((p) => p.status === 'only-after').length,
        left: people.filter((p) => p.status === 'only-before').length,
      },
      access: {
        gained: count((p) => p.access === 'gained'),
        lost: count((p) => p.access === 'lost'),
        unchanged: count((p) => p.access === 'unchanged'),
        becameReachable: count((p) => p.distance === 'became-reachable'),
        becameUnreachable: count((p) => p.distance === 'became-unreachable'),
        closer: count((p) => p.distance === 'closer'),
        farther: count((p) => p.distance === 'farther'),
        within2Increased: count((p) => (p.measures.track1_within_2.delta ?? 0) > 0),
        within2Decreased: count((p) => (p.measures.track1_within_2.delta ?? 0) < 0),
      },
      medianDistanceChange: median(deltas('distance_to_track1')),
      medianAccessScoreChange: median(deltas('access_score')),
      decisionMakers: {
        before: dmBefore.size,
        after: dmAfter.size,
        added: ids.filter((id) => dmAfter.has(id) && !dmBefore.has(id)),
        removed: ids.filter((id) => dmBefore.has(id) && !dmAfter.has(id)),
      },
      links: {
        before: before.graph.size,
        after: after.graph.size,
        gained: links.gained.length,
        lost: links.lost.length,
      },
      ties: {
        before: before.roster.ties.length,
        after: after.roster.ties.length,
        added: ties.added.length,
        removed: ties.removed.length,
      },
    },
  };
}

function numberOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function measureChange(before: unknown, after: unknown): MeasureChange {
  const b = numberOrNull(before);
  const a = numberOrNull(after);
  let delta = a !== null && b !== null ? a - b : null;
  if (delta !== null && Math.abs(delta) < NOISE) delta = 0;
  return { before: b, after: a, delta };
}

function distanceChange(before: number | null, after: number | null): DistanceChange {
  if (before === null) return after === null ? 'unreachable' : 'became-reachable';
  if (after === null) return 'became-unreachable';
  return after < before ? 'closer' : after > before ? 'farther' : 'same';
}

function accessChange(distance: DistanceChange, w0: number | null, w1: number | null): AccessChange {
  if (distance === 'became-reachable' || distance === 'closer') return 'gained';
  if (distance === 'became-unreachable' || distance === 'farther') return 'lost';
  const diff = (w1 ?? 0) - (w0 ?? 0);
  return diff > 0 ? 'gained' : diff < 0 ? 'lost' : 'unchanged';
}

function neighbourSet(graph: RosterGraph, id: string): Set<string> {
  return new Set(graph.hasNode(id) ? graph.neighbors(id) : []);
}

function sideOf(graph: RosterGraph, id: string): string | null {
  if (!graph.hasNode(id)) return null;
  const side = graph.getNodeAttribute(id, 'side');
  return typeof side === 'string' && side !== '' ? side : null;
}

function decisionMaker(graph: RosterGraph, id: string): boolean | null {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'isDecisionMaker') === true : null;
}

function linkPairs(graph: RosterGraph): [string, string][] {
  return graph.mapEdges((_e, _attrs, source, target) => [source, target] as [string, string]);
}

function hasLink(graph: RosterGraph, x: string, y: string): boolean {
  return graph.hasNode(x) && graph.hasNode(y) && graph.hasEdge(x, y);
}

/** Key of a tie row: unordered pair, type, directedness. */
function tieKey(t: Tie): string {
  const [x, y] = t.source <= t.target ? [t.source, t.target] : [t.target, t.source];
  return JSON.stringify([x, y, t.type, t.directed]);
}

/** Rows of `rows` left over after matching them, as a multiset, against `others`. */
function unmatchedTies(rows: readonly Tie[], others: readonly Tie[]): Tie[] {
  const available = new Map<string, number>();
  for (const t of others) available.set(tieKey(t), (available.get(tieKey(t)) ?? 0) + 1);
  const out: Tie[] = [];
  for (const t of rows) {
    const key = tieKey(t);
    const n = available.get(key) ?? 0;
    if (n > 0) available.set(key, n - 1);
    else out.push(t);
  }
  return out;
}
