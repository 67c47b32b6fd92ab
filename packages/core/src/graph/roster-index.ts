/**
 * The roster index
 * ================
 *
 * The roster's people and links, worked out once by the one projection rule and shared by the
 * person graph (`buildPersonGraph`), the rounds of `asymmetry` and anything else that needs
 * the links without a graphology graph:
 *
 *   ids[i]              person i, in people-file order (the person graph's node order)
 *   source[e], target[e] the ends of link e, as first met (the person graph's edge e, key `e<e>`)
 *   ties[e], events[e]  the ties (indices into roster.ties) and shared events behind link e, in order
 *   since[e]            the earliest date at which link e stands: its first shared event, or the
 *                       start (date ?? start) of a tie without an end date; '' when one of them is
 *                       undated (then it stands from the start); null when only ties with an end
 *                       date hold it (it stands while one of them does: `tieStandsOn`)
 *
 * The projection: two people are linked when they have at least one tie or attended at least one
 * event together; links are made in the order of the ties, then of the events (in order of first
 * attendance), each event's attendees pairwise in attendance order. Events with more than
 * `maxEventSize` attendees are not projected (see build-person-graph.ts).
 */

import { InvalidGraphError } from '../errors.js';
import type { Roster } from '../types.js';
import { type CsrArrays, csrFromLinks } from './index.js';

export interface RosterIndex {
  /** Person ids; index i is person i. */
  ids: string[];
  indexOf: Map<string, number>;
  /** Link e joins `source[e]` and `target[e]` (person indices, as first met). */
  source: Int32Array;
  target: Int32Array;
  /** Per link, the indices into `roster.ties` of its ties, in file order. */
  ties: number[][];
  /** Per link, the shared events (one entry per event both attended), in projection order. */
  events: string[][];
  /** Per link, the earliest date it stands ('' from the start; null: only through ending ties). */
  since: (string | null)[];
}

export interface RosterIndexOptions {
  /** Events with more attendees are not projected. @defaultValue `roster.maxEventSize`, else no limit */
  maxEventSize?: number;
}

/** Earlier of two `since` values ('' first, null last). */
function earlier(x: string | null, y: string | null): string | null {
  if (x === null) return y;
  if (y === null) return x;
  return y < x ? y : x;
}

/**
 * Builds the roster index (people, links with their first date).
 *
 * @param roster - an imported roster (see `parseRoster`).
 * @returns the {@link RosterIndex}.
 * @throws {@link InvalidGraphError} when a tie or attendance names a person not in the people
 *   list, or links a person to themselves (`parseRoster` never lets either through).
 */
export function buildRosterIndex(roster: Roster, options: RosterIndexOptions = {}): RosterIndex {
  const maxEventSize = options.maxEventSize ?? roster.maxEventSize ?? Number.POSITIVE_INFINITY;
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  for (const p of roster.people)
    if (!indexOf.has(p.id)) {
      indexOf.set(p.id, ids.length);
      ids.push(p.id);
    }
  const n = ids.length;
  const source: number[] = [];
  const target: number[] = [];
  const ties: number[][] = [];
  const events: string[][] = [];
  const since: (string | null)[] = [];
  // Links by pair of indices (i < j): a numeric key while it is exact, else text.
  const byPair = new Map<number | string, number>();
  const link = (p: string, q: string): number => {
    const i = indexOf.get(p);
    const j = indexOf.get(q);
    if (i === undefined || j === undefined)
      throw new InvalidGraphError(`link ${p}–${q}: ${i === undefined ? p : q} is not in the people list`);
    if (i === j) throw new InvalidGraphError(`link ${p}–${q}: a person cannot be linked to themselves`);
    const key = n < 2 ** 26 ? (i < j ? i * n + j : j * n + i) : i < j ? `${i},${j}` : `${j},${i}`;
    const known = byPair.get(key);
    if (known !== undefined) return known;
    const e = source.length;
    byPair.set(key, e);
    source.push(i);
    target.push(j);
    ties.push([]);
    events.push([]);
    since.push(null);
    return e;
  };

  roster.ties.forEach((t, k) => {
    const e = link(t.source, t.target);
    (ties[e] as number[]).push(k);
    if (t.end === undefined) since[e] = earlier(since[e] as string | null, t.date ?? t.start ?? '');
  });

  const attendeesOf = new Map<string, string[]>();
  for (const a of roster.attendance)
    (attendeesOf.get(a.event) ?? attendeesOf.set(a.event, []).get(a.event))?.push(a.person);
  const dateOf = new Map(roster.events.map((e) => [e.id, e.date]));
  for (const [event, attendees] of attendeesOf) {
    // A very large event (a conference) would add n(n − 1)/2 links; parseRoster warns about it.
    if (attendees.length > maxEventSize) continue;
    const date = dateOf.get(event) ?? '';
    for (let i = 0; i < attendees.length; i++) {
      for (let j = i + 1; j < attendees.length; j++) {
        const e = link(attendees[i] as string, attendees[j] as string);
        (events[e] as string[]).push(event);
        since[e] = earlier(since[e] as string | null, date);
      }
    }
  }
  return {
    ids,
    indexOf,
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    ties,
    events,
    since,
  };
}

const BUILT = new WeakMap<Roster, Map<number, RosterIndex>>();

/**
 * The roster index of `roster`, built once per roster (and event-size limit) and then shared: the
 * person graph (`buildPersonGraph`) and the rounds of `asymmetry` read the same one. A roster is a
 * value: trackmap never changes one after import (cutting and pseudonymising make new ones).
 */
export function rosterIndexOf(roster: Roster, options: RosterIndexOptions = {}): RosterIndex {
  const limit = options.maxEventSize ?? roster.maxEventSize ?? Number.POSITIVE_INFINITY;
  const byLimit = BUILT.get(roster) ?? BUILT.set(roster, new Map()).get(roster);
  let index = byLimit?.get(limit);
  if (index === undefined) {
    index = buildRosterIndex(roster, { maxEventSize: limit });
    byLimit?.set(limit, index);
  }
  return index;
}

/** The links of the index as a CSR (those with `keep[e]` set, or all), neighbours in roster order. */
export function rosterCsr(index: RosterIndex, keep?: ArrayLike<number>): CsrArrays {
  return csrFromLinks(index.ids.length, index.source, index.target, keep);
}
