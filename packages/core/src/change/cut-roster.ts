/**
 * The roster as it stood on a date
 * ================================
 *
 * `cutRoster(roster, date)` keeps what was on record by the end of `date` (inclusive), so that
 * the network can be measured as it stood then and compared with a later state
 * (`compareAnalyses`). With c the cut date:
 *
 *   events      kept if undated or date ≤ c; an event dated after c is dropped with its attendance
 *   attendance  kept unless its event was dropped (rows naming an event the roster does not
 *               list, possible when there is no events file, are kept as undated)
 *   ties        kept if (date ?? start) ≤ c or the tie is undated, and not ended: a tie whose
 *               `end` < c had ended by c and is dropped (one ending on c itself is kept)
 *   people      all kept: a person who had not yet attended anything is still on the roster, as
 *               an isolate or through undated ties
 *
 * Conventions. Undated events and ties are assumed to have existed from the start, as for the
 * rounds of `asymmetry` (docs/design-choices.md, 20): leaving them out would remove most links
 * from rosters that do not date ties, so an early cut is flattered rather than emptied. Dates
 * are compared as ISO text, so a partial date counts as the first day of its period: with
 * c = `2022-08-30`, a tie started in `2022-08` is kept, one ended in `2022-08` is dropped (the
 * cautious reading when the day is not known), and a cut at `2022` means 1 January 2022. The
 * roster's `files` and decision-maker rule are passed through unchanged: they describe the
 * import, not the date.
 *
 * Pure: the input is not modified and the result shares its row objects. Build the graph of the
 * cut roster with `buildPersonGraph`.
 */

import { InvalidOptionError } from '../errors.js';
import { parseDate } from '../import/roster-schema.js';
import type { Roster, Tie } from '../types.js';

/**
 * The roster as it stood on `date`.
 *
 * @param roster - an imported roster (`parseRoster(...).roster`).
 * @param date - the cut, an ISO 8601 date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), inclusive.
 * @returns a new roster with the same people, the events and attendance on record by `date`,
 *   and the ties that had begun and not ended by `date`.
 * @throws {@link InvalidOptionError} when `date` is not an ISO date.
 * @remarks Undated events and ties are kept (assumed to date from the start); partial dates
 *   count as the first day of their period; `end` < `date` means the tie had ended.
 *
 * @example
 * ```ts
 * const earlier = cutRoster(roster, '2022-08-30');
 * const graph = buildPersonGraph(earlier);
 * ```
 */
export function cutRoster(roster: Roster, date: string): Roster {
  const cut = typeof date === 'string' ? parseDate(date) : undefined;
  if (cut === undefined) {
    throw new InvalidOptionError('date', 'an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY)', date);
  }
  const dropped = new Set(roster.events.filter((e) => e.date !== undefined && e.date > cut).map((e) => e.id));
  const events = roster.events.filter((e) => !dropped.has(e.id));
  return {
    ...roster,
    people: [...roster.people],
    ties: roster.ties.filter((t) => tieStandsOn(t, cut)),
    events,
    attendance: roster.attendance.filter((a) => !dropped.has(a.event)),
  };
}

/** The tie had begun (by `date`, else `start`; undated: always) and had not ended by `cut`. */
export function tieStandsOn(tie: Pick<Tie, 'date' | 'start' | 'end'>, cut: string): boolean {
  const begun = tie.date ?? tie.start;
  return (begun === undefined || begun <= cut) && (tie.end === undefined || tie.end >= cut);
}
