/**
 * Turnover between rounds
 * =======================
 *
 * Long-running dialogues meet in rounds. Who keeps coming back matters: a stable core builds the
 * trust the format depends on, while newcomers bring new channels to decision-makers (and new
 * voices). For the rounds r₁, r₂, …, r_k of a roster, with P(r) the distinct people who attended
 * an event of round r, and for round r_i with i > 1, E = P(r₁) ∪ … ∪ P(r_{i−1}) everyone who
 * attended an earlier round and Q = P(r_{i−1}) the previous round's attendees (E = Q = ∅ for r₁):
 *
 *   participants = |P(r_i)|
 *   newcomers    = |P(r_i) \ E|       (never attended an earlier round)
 *   returning    = |P(r_i) ∩ E|       (attended some earlier round, not necessarily the previous one)
 *   left         = |Q \ P(r_i)|       (attended the previous round but not this one)
 *   turnover     = newcomers / participants     (null when the round has no recorded attendance)
 *   retention    = |Q ∩ P(r_i)| / |Q|           (null for the first round or an empty previous one)
 *
 * so newcomers + returning = participants, and in the first round everyone is new
 * (turnover 1, retention null).
 *
 * Conventions. A round is the set of events sharing a `round` label; events without one (side
 * events, dinners, seminars) belong to no round and are not counted. Rounds are ordered by the
 * earliest date of their events, then by label with numbers compared as numbers (round 2 before
 * round 10), as in `asymmetry` (docs/design-choices.md, 20); rounds without any dated event come
 * last. Dates are compared as ISO text. A round's `date` is the last date of its events (null if
 * none is dated). Ids are listed in roster (people file) order. Turnover describes who was in the
 * room, not what they took from it.
 */

import type { Roster } from '../types.js';

/** One round of a roster: its label, events and date range. */
export interface RosterRound {
  round: string;
  /** Ids of the round's events, in file order. */
  eventIds: string[];
  /** Earliest and latest event date (ISO text), null when no event of the round is dated. */
  first: string | null;
  last: string | null;
}

/** Who came and went at one round. */
export interface RoundTurnover {
  round: string;
  /** Last event date of the round, null if none of its events is dated. */
  date: string | null;
  /** Distinct attendees of the round's events. */
  participants: number;
  /** Attendees who never attended an earlier round. */
  newcomers: number;
  /** Attendees who attended some earlier round. */
  returning: number;
  /** Attendees of the previous round who did not attend this one (0 for the first round). */
  left: number;
  /** newcomers / participants; null when the round has no recorded attendance. */
  turnover: number | null;
  /** Share of the previous round's attendees who attended this one; null for the first round. */
  retention: number | null;
  /** Ids of the newcomers, returning attendees and those who left, in roster order. */
  newIds: string[];
  returningIds: string[];
  leftIds: string[];
}

/**
 * The rounds of a roster, in order.
 *
 * @param roster - an imported roster.
 * @returns one entry per distinct `round` label, ordered by earliest event date, then label
 *   (numeric-aware); rounds without dated events last.
 */
export function rosterRounds(roster: Roster): RosterRound[] {
  const byLabel = new Map<string, { eventIds: string[]; dates: string[] }>();
  for (const e of roster.events) {
    if (e.round === undefined || e.round === '') continue;
    const entry = byLabel.get(e.round) ?? { eventIds: [], dates: [] };
    entry.eventIds.push(e.id);
    if (e.date !== undefined) entry.dates.push(e.date);
    byLabel.set(e.round, entry);
  }
  return [...byLabel.entries()]
    .map(([round, { eventIds, dates }]) => {
      const sorted = [...dates].sort(); // ISO dates sort as text
      return { round, eventIds, first: sorted[0] ?? null, last: sorted.at(-1) ?? null };
    })
    .sort(
      (a, b) =>
        (a.first ?? '\uffff').localeCompare(b.first ?? '\uffff') ||
        a.round.localeCompare(b.round, undefined, { numeric: true }),
    );
}

/**
 * Newcomers, returning attendees and departures at each round.
 *
 * @param roster - an imported roster with events carrying a `round` and attendance.
 * @returns one {@link RoundTurnover} per round, in round order (empty when no event has a round).
 * @remarks Events without a round are ignored; "returning" means attended any earlier round,
 *   "left" means attended the previous round only. See the file banner for the formulas.
 *
 * @example
 * ```ts
 * for (const r of roundTurnover(roster)) console.log(r.round, r.newcomers, r.retention);
 * ```
 */
export function roundTurnover(roster: Roster): RoundTurnover[] {
  const order = new Map(roster.people.map((p, i) => [p.id, i]));
  const byRosterOrder = (ids: Iterable<string>) =>
    [...ids].sort(
      (a, b) =>
        (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || (a < b ? -1 : 1),
    );
  const attendeesOf = new Map<string, Set<string>>();
  for (const a of roster.attendance) {
    const set = attendeesOf.get(a.event) ?? new Set<string>();
    set.add(a.person);
    attendeesOf.set(a.event, set);
  }

  const out: RoundTurnover[] = [];
  const earlier = new Set<string>();
  let previous: Set<string> | null = null;
  for (const r of rosterRounds(roster)) {
    const present = new Set<string>();
    for (const id of r.eventIds) for (const p of attendeesOf.get(id) ?? []) present.add(p);
    const newIds = byRosterOrder([...present].filter((p) => !earlier.has(p)));
    const returningIds = byRosterOrder([...present].filter((p) => earlier.has(p)));
    const leftIds = previous === null ? [] : byRosterOrder([...previous].filter((p) => !present.has(p)));
    const stayed = previous === null ? 0 : [...previous].filter((p) => present.has(p)).length;
    out.push({
      round: r.round,
      date: r.last,
      participants: present.size,
      newcomers: newIds.length,
      returning: returningIds.length,
      left: leftIds.length,
      turnover: present.size === 0 ? null : newIds.length / present.size,
      retention: previous === null || previous.size === 0 ? null : stayed / previous.size,
      newIds,
      returningIds,
      leftIds,
    });
    for (const p of present) earlier.add(p);
    previous = present;
  }
  return out;
}
