/**
 * Keyed pseudonyms
 * ================
 *
 * Every identifier or label of a roster that could name someone is replaced, under a key the
 * user keeps, by a keyed pseudonym: a prefix that says what it stands for and the first hex
 * digits of HMAC-SHA-256(key, UTF-8(domain + value)):
 *
 * | what                     | pseudonym                       | domain         |
 * | ------------------------ | ------------------------------- | -------------- |
 * | person id                | `P-` and 10 hex digits          | (none)         |
 * | event id                 | `E-` and 10 hex digits          | `event:`       |
 * | initiative               | `I-` and 6 hex digits           | `initiative:`  |
 * | round label              | `R-` and 6 hex digits           | `round:`       |
 * | track label              | `T-` and 6 hex digits           | `track:`       |
 *
 * The domain keeps a person and an event that share an id (`e1`) from sharing hex digits. Two
 * labels are kept as written because they cannot name anyone: a round label of one to four
 * digits (`3`, `12`), and the canonical track labels `1`, `1.5`, `2`, `3` (and no track). The
 * same value gives the same pseudonym under the same key in every run, output and roster (so a
 * roster cut at two dates, or two rosters compared, agree); without the key a pseudonym cannot
 * be linked back short of guessing both the value and the key. `trackmap reveal` recomputes
 * them from the roster for the key holder.
 *
 * A `Pseudonymizer` remembers what it has made and refuses two values with one pseudonym
 * (vanishingly unlikely for 10 hex digits; for 6, about 3 × 10⁻⁴ with a hundred labels of one
 * kind): merging two people, or two rounds, silently would change the results.
 *
 * Reference: HMAC, RFC 2104 (doi:10.17487/RFC2104).
 */

import { TrackmapError } from '../errors.js';
import { hmacSha256, toHex, utf8Bytes } from './hmac-sha256.js';
import { keyWeakness } from './key-strength.js';

const keyed = (key: Uint8Array, message: string, digits: number) =>
  toHex(hmacSha256(key, utf8Bytes(message))).slice(0, digits);

/** The pseudonym of a person id: `P-` and 10 hex digits of HMAC-SHA-256(key, id). */
export function pseudonym(key: Uint8Array, id: string): string {
  return `P-${keyed(key, id, 10)}`;
}

/** The pseudonym of an event id: `E-` and 10 hex digits of HMAC-SHA-256(key, "event:" + id). */
export function eventPseudonym(key: Uint8Array, id: string): string {
  return `E-${keyed(key, `event:${id}`, 10)}`;
}

/** The pseudonym of an initiative: `I-` and 6 hex digits of HMAC-SHA-256(key, "initiative:" + label). */
export function initiativePseudonym(key: Uint8Array, label: string): string {
  return `I-${keyed(key, `initiative:${label}`, 6)}`;
}

/** A round label that cannot name anyone (one to four digits) and is kept as written. */
export const NEUTRAL_ROUND = /^[0-9]{1,4}$/;

/** A round label as a pseudonymised output shows it: as written if {@link NEUTRAL_ROUND}, else `R-` and 6 hex digits. */
export function roundPseudonym(key: Uint8Array, label: string): string {
  return NEUTRAL_ROUND.test(label) ? label : `R-${keyed(key, `round:${label}`, 6)}`;
}

/** Track labels kept as written: the canonical ones, and no track. */
export const NEUTRAL_TRACKS: ReadonlySet<string> = new Set(['', '1', '1.5', '2', '3']);

/** A track label as a pseudonymised output shows it: canonical as written, any other `T-` and 6 hex digits. */
export function trackPseudonym(key: Uint8Array, label: string): string {
  return NEUTRAL_TRACKS.has(label) ? label : `T-${keyed(key, `track:${label}`, 6)}`;
}

/** Refuses a key that is too short or plainly not random (see key-strength.ts). */
export function assertPseudonymKey(key: Uint8Array): void {
  const weak = key instanceof Uint8Array ? keyWeakness(key) : 'it is not bytes';
  if (weak !== null) {
    throw new TrackmapError(
      'INVALID_OPTION',
      `pseudonymisation key: too weak (${weak}); use 32 random bytes, as trackmap makes them`,
    );
  }
}

/** What a pseudonym stands for, which sets its prefix (`P-`, `E-`, `I-`, `R-`, `T-`). */
export type PseudonymKind = 'person' | 'event' | 'initiative' | 'round' | 'track';

/** Makes every kind of pseudonym under one key, remembering them and refusing collisions. */
export interface Pseudonymizer {
  person(id: string): string;
  event(id: string): string;
  initiative(label: string): string;
  round(label: string): string;
  track(label: string): string;
  /** Original → pseudonym, per kind, for what was made so far. Never write it next to the outputs. */
  readonly made: Readonly<Record<PseudonymKind, ReadonlyMap<string, string>>>;
}

/**
 * A pseudonymizer for one key.
 * @throws TrackmapError `INVALID_OPTION` for a weak key, and when two values of one kind get one
 *   pseudonym (then another key is needed).
 */
export function createPseudonymizer(key: Uint8Array): Pseudonymizer {
  assertPseudonymKey(key);
  const make = (kind: PseudonymKind, of: (key: Uint8Array, value: string) => string) => {
    const forward = new Map<string, string>();
    const back = new Map<string, string>();
    const fn = (value: string): string => {
      let out = forward.get(value);
      if (out === undefined) {
        out = of(key, value);
        const other = back.get(out);
        if (other !== undefined && other !== value) {
          throw new TrackmapError(
            'INVALID_OPTION',
            `two ${kind} labels share a pseudonym under this key; use another key`,
          );
        }
        back.set(out, value);
        forward.set(value, out);
      }
      return out;
    };
    return { fn, forward };
  };
  const person = make('person', pseudonym);
  const event = make('event', eventPseudonym);
  const initiative = make('initiative', initiativePseudonym);
  const round = make('round', roundPseudonym);
  const track = make('track', trackPseudonym);
  return {
    person: person.fn,
    event: event.fn,
    initiative: initiative.fn,
    round: round.fn,
    track: track.fn,
    made: {
      person: person.forward,
      event: event.forward,
      initiative: initiative.forward,
      round: round.forward,
      track: track.forward,
    },
  };
}

/** Compares two ties on what a pseudonymised tie keeps (ends, type, weight, direction, dates). */
export function compareTies(
  a: { from: string; to: string } & TieFields,
  b: { from: string; to: string } & TieFields,
): number {
  return (
    compareCodeUnits(a.from, b.from) ||
    compareCodeUnits(a.to, b.to) ||
    compareCodeUnits(a.type, b.type) ||
    a.weight - b.weight ||
    Number(a.directed) - Number(b.directed) ||
    compareCodeUnits(a.date, b.date) ||
    compareCodeUnits(a.start, b.start) ||
    compareCodeUnits(a.end, b.end)
  );
}

interface TieFields {
  type: string;
  weight: number;
  directed: boolean;
  date?: string;
  start?: string;
  end?: string;
}

/** Code-unit order (not locale order: the same in every environment); undefined first. */
export function compareCodeUnits(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}
