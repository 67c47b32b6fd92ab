/**
 * Transfer from the latest round (for the analyze report)
 * =======================================================
 *
 * A short independent-cascade simulation (see transfer/independent-cascade.ts, default
 * probabilities) from the participants of the roster's latest round: the events of the round
 * whose events are dated last (or, without rounds, the latest dated event with attendance). It
 * answers, for the report, "if an idea came out of the last workshop, whom would it most likely
 * reach, along which routes?" The full, configurable simulation is `trackmap transfer`.
 * Returns null when there is no dated event with attendance, no decision-maker, or no route.
 */

import type { CascadeResult } from '../transfer/independent-cascade.js';
import { independentCascade } from '../transfer/independent-cascade.js';
import type { Roster, RosterGraph } from '../types.js';

/** The transfer estimate from the latest round's participants: origin, seeds and the cascade summary. */
export interface LatestRoundTransfer {
  /** Round label, or the event id when the roster has no rounds. */
  origin: string;
  events: string[];
  seeds: string[];
  runs: number;
  seed: number;
  expectedReach: number;
  targets: { id: string; probability: number; medianSteps: number | null }[];
  routes: CascadeResult['routes'];
  intermediaries: CascadeResult['intermediaries'];
}

/** Where the latest-round simulation starts: the round (or event), its events and participants. */
export interface LatestRound {
  /** Round label, or the event id when the roster has no rounds. */
  origin: string;
  events: string[];
  /** Participants of the round's events, in attendance order, duplicates removed. */
  seeds: string[];
}

/** The latest round's origin and seeds; null without a dated event with attendance or a decision-maker. */
export function latestRound(roster: Roster, graph: RosterGraph): LatestRound | null {
  const attended = new Set(roster.attendance.map((a) => a.event));
  const dated = roster.events.filter((e) => e.date !== undefined && attended.has(e.id));
  if (dated.length === 0) return null;
  const latest = dated.reduce((a, b) => ((b.date as string) > (a.date as string) ? b : a));
  const events = latest.round !== undefined ? dated.filter((e) => e.round === latest.round) : [latest];
  const ids = new Set(events.map((e) => e.id));
  const seeds = [...new Set(roster.attendance.filter((a) => ids.has(a.event)).map((a) => a.person))];
  if (seeds.length === 0 || !graph.someNode((_n, a) => a.isDecisionMaker === true)) return null;
  return {
    origin: latest.round !== undefined ? `round ${latest.round}` : latest.id,
    events: events.map((e) => e.id),
    seeds,
  };
}

/** The report's view of a simulation from `round.seeds`; null when no target was ever reached. */
export function latestRoundSummary(
  round: LatestRound,
  result: CascadeResult,
  runs: number,
  seed: number,
): LatestRoundTransfer | null {
  if (Object.values(result.targets).every((t) => t.probability === 0)) return null;
  return {
    origin: round.origin,
    events: round.events,
    seeds: result.seeds,
    runs,
    seed,
    expectedReach: result.expectedReach,
    targets: Object.entries(result.targets)
      .map(([id, t]) => ({ id, probability: t.probability, medianSteps: t.medianSteps }))
      .sort((a, b) => b.probability - a.probability),
    routes: result.routes.filter((r) => r.nodes.length > 1).slice(0, 20),
    intermediaries: result.intermediaries.slice(0, 20),
  };
}

/**
 * Runs the transfer simulation from the participants of the latest round (or event); `null` when the roster
 * has no events.
 */
export function latestRoundTransfer(
  roster: Roster,
  graph: RosterGraph,
  runs: number,
  seed: number,
): LatestRoundTransfer | null {
  const round = latestRound(roster, graph);
  if (round === null) return null;
  return latestRoundSummary(round, independentCascade(graph, { seeds: round.seeds, runs, seed }), runs, seed);
}
