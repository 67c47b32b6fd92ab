/**
 * Pseudonymised rosters
 * =====================
 *
 * Track II runs under the Chatham House Rule: results are shared, identities are not. With a
 * key the user keeps, every person id and name is replaced by a stable keyed pseudonym
 *
 *   pseudonym(id) = "P-" + first 10 hex digits of HMAC-SHA-256(key, UTF-8(id))
 *
 * (40 bits: the same id gives the same pseudonym under the same key, in every run and every
 * output; without the key, a pseudonym cannot be linked back to the id short of guessing both
 * the id and a 256-bit key). Before any measure is computed the roster is rewritten:
 *
 * - people: `id` and `name` → the pseudonym; kept: track, sector, country, side, ideology,
 *   school, seniority, gender (coarse categories the analysis needs); dropped: organisation and
 *   every other column (notes, emails, anything unknown), unless named in `keepColumns`;
 *   any kept column can be dropped with `dropColumns`;
 * - ties: `source`/`target` → pseudonyms; `evidence` and unknown columns dropped; type, weight,
 *   direction and dates kept;
 * - events: the name is replaced by the event id (event names can name people: "dinner with the
 *   minister") and the initiative by a keyed pseudonym (`I-` and 6 hex digits: initiatives are
 *   often named after an organisation); unknown columns dropped; date, round, format and location
 *   kept;
 * - attendance: `person` → pseudonym; role kept; unknown columns dropped;
 * - the decision-maker rule (written to summary.json, graph.json and the report): on `id`, its
 *   values become the pseudonyms of the people they matched; on a kept, non-identifying column
 *   (track, side, …) they stay as written; on any other column (`name`, organisation, a dropped or
 *   unknown column) they are withheld and only their number is kept (`withheld`). Officials are
 *   the people a rule is most likely to name, so this fails closed.
 *
 * Import issues are reduced to code, level, file, line, column and action: their text and
 * values, which quote cells, are removed. What this does not protect: the shape of the network
 * and the kept attributes can still single a person out to someone who knows the roster (a
 * decision-maker with a unique seniority on a small side); share with care.
 *
 * Reference: HMAC, RFC 2104 (doi:10.17487/RFC2104); pseudonymisation in the sense of the GDPR,
 * Art. 4(5): the additional information (the key) kept separately.
 */

import { TrackmapError } from '../errors.js';
import { resolvePeopleColumns } from '../import/columns.js';
import type { ImportIssue } from '../import/issues.js';
import { normaliseHeader, ROSTER_COLUMNS } from '../import/roster-schema.js';
import type { DecisionMakerRule, ExtraAttributes, Person, Roster } from '../types.js';
import { hmacSha256, toHex, utf8Bytes } from './hmac-sha256.js';
import { keyWeakness } from './key-strength.js';

/** Person fields kept in a pseudonymised roster (unless dropped). */
export const PSEUDONYMOUS_PERSON_FIELDS = [
  'track',
  'sector',
  'country',
  'side',
  'ideology',
  'school',
  'seniority',
  'gender',
] as const;

export interface PseudonymizeOptions {
  /** The secret key (at least 16 random bytes; see key-strength.ts). */
  key: Uint8Array;
  /**
   * Extra (unknown) people columns to keep, and `organisation` if wanted. Each is named by its
   * header as written, its canonical name or an alias, compared like headers; a name that is no
   * column of the people file throws `INVALID_OPTION`.
   */
  keepColumns?: readonly string[];
  /** Kept person fields to drop as well (e.g. `country`, or the header `Sex`), named as for `keepColumns`. */
  dropColumns?: readonly string[];
}

export interface PseudonymizedRoster {
  roster: Roster;
  /** Original id → pseudonym. Keep it with the key; never write it next to the outputs. */
  pseudonyms: Map<string, string>;
  /** What was kept and dropped, for the report. */
  columns: { kept: string[]; dropped: string[] };
}

/** The pseudonym of one id under a key. */
export function pseudonym(key: Uint8Array, id: string): string {
  return `P-${toHex(hmacSha256(key, utf8Bytes(id))).slice(0, 10)}`;
}

function keepExtras(extra: ExtraAttributes, keep: ReadonlySet<string>): ExtraAttributes {
  return Object.fromEntries(Object.entries(extra).filter(([k]) => keep.has(k)));
}

/**
 * Rewrites a roster with pseudonyms and without identifying columns.
 * @throws TrackmapError `INVALID_OPTION` for a weak key (shorter than 16 bytes, or plainly not
 *   random: see key-strength.ts), a kept or dropped column that names no column of the people
 *   file, or (vanishingly unlikely) two ids with the same pseudonym.
 */
export function pseudonymizeRoster(roster: Roster, options: PseudonymizeOptions): PseudonymizedRoster {
  const weak = options.key instanceof Uint8Array ? keyWeakness(options.key) : 'it is not bytes';
  if (weak !== null) {
    throw new TrackmapError(
      'INVALID_OPTION',
      `pseudonymisation key: too weak (${weak}); use 32 random bytes, as trackmap makes them`,
    );
  }
  // Named as the user wrote them (a header such as `Sex`, an alias, the canonical key): resolved to
  // the roster's columns, and a name that matches none throws rather than being ignored.
  const keep = new Set(resolvePeopleColumns(roster, options.keepColumns ?? [], '--keep-column'));
  const drop = new Set(resolvePeopleColumns(roster, options.dropColumns ?? [], '--drop-column'));
  const pseudonyms = new Map<string, string>();
  const used = new Map<string, string>();
  const p = (id: string): string => {
    let value = pseudonyms.get(id);
    if (value === undefined) {
      value = pseudonym(options.key, id);
      const other = used.get(value);
      if (other !== undefined && other !== id) {
        throw new TrackmapError('INVALID_OPTION', 'two ids share a pseudonym under this key; use another key');
      }
      used.set(value, id);
      pseudonyms.set(id, value);
    }
    return value;
  };
  const people: Person[] = roster.people.map((person) => {
    const id = p(person.id);
    const out: Person = {
      id,
      name: id,
      track: drop.has('track') ? '' : person.track,
      isDecisionMaker: person.isDecisionMaker,
      extra: keepExtras(person.extra, keep),
      source: person.source,
      line: person.line,
    };
    for (const field of PSEUDONYMOUS_PERSON_FIELDS) {
      if (field === 'track' || drop.has(field)) continue;
      const value = person[field];
      if (value !== undefined) (out as unknown as Record<string, unknown>)[field] = value;
    }
    if (keep.has('organisation') && person.organisation !== undefined) out.organisation = person.organisation;
    return out;
  });
  const ties = roster.ties.map(({ evidence: _evidence, extra: _extra, ...tie }) => ({
    ...tie,
    source: p(tie.source),
    target: p(tie.target),
    extra: {},
  }));
  const events = roster.events.map(({ extra: _extra, ...event }) => ({
    ...event,
    name: event.id,
    ...(event.initiative !== undefined
      ? { initiative: `I-${pseudonym(options.key, `initiative:${event.initiative}`).slice(2, 8)}` }
      : {}),
    extra: {},
  }));
  const attendance = roster.attendance.map(({ extra: _extra, ...a }) => ({ ...a, person: p(a.person), extra: {} }));
  const extraHeaders = [...new Set(roster.people.flatMap((x) => Object.keys(x.extra)))];
  const kept = [
    'id (pseudonym)',
    'name (pseudonym)',
    ...PSEUDONYMOUS_PERSON_FIELDS.filter((f) => !drop.has(f)),
    ...(keep.has('organisation') ? ['organisation'] : []),
    ...extraHeaders.filter((h) => keep.has(h)),
  ];
  const dropped = [
    ...(keep.has('organisation') ? [] : ['organisation']),
    ...PSEUDONYMOUS_PERSON_FIELDS.filter((f) => drop.has(f)),
    ...extraHeaders.filter((h) => !keep.has(h)),
    'ties: evidence',
    'events: name',
    'events: initiative (pseudonymised)',
  ];
  const keptFields = new Set<string>([
    ...PSEUDONYMOUS_PERSON_FIELDS.filter((f) => !drop.has(f)),
    ...(keep.has('organisation') ? ['organisation'] : []),
  ]);
  const decisionMakers = pseudonymizeDecisionMakerRule(roster.decisionMakers, {
    keptFields,
    keptExtras: keep,
    people: roster.people,
    pseudonymOf: p,
  });
  return {
    roster: { ...roster, people, ties, events, attendance, decisionMakers },
    pseudonyms,
    columns: { kept, dropped },
  };
}

/**
 * The decision-maker rule as it may appear in a pseudonymised output (see the file header):
 * pseudonyms for a rule on `id`, values as written for a kept non-identifying column, and
 * otherwise no values, only their number in `withheld`.
 */
export function pseudonymizeDecisionMakerRule(
  rule: DecisionMakerRule,
  context: {
    /** Canonical person fields kept in the pseudonymised roster. */
    keptFields: ReadonlySet<string>;
    /** Extra columns kept, by header as written. */
    keptExtras: ReadonlySet<string>;
    /** The people of the original roster (to map id values to the pseudonyms of those matched). */
    people: readonly Pick<Person, 'id'>[];
    pseudonymOf: (id: string) => string;
  },
): DecisionMakerRule {
  const norm = normaliseHeader(rule.column);
  const field = ROSTER_COLUMNS.people.find((s) => s.key === norm || s.aliases.includes(norm))?.key;
  if (field === 'id') {
    // The import matches values trimmed and case-insensitively: map each to the people it matched.
    const byValue = new Map<string, string[]>();
    for (const person of context.people) {
      const k = person.id.trim().toLowerCase();
      byValue.set(k, [...(byValue.get(k) ?? []), context.pseudonymOf(person.id)]);
    }
    const values: string[] = [];
    let withheld = 0;
    for (const value of rule.values) {
      const matched = byValue.get(value.trim().toLowerCase());
      if (matched === undefined) withheld++;
      else values.push(...matched);
    }
    const sorted = [...new Set(values)].sort();
    return { column: 'id', values: sorted, ...(withheld > 0 ? { withheld } : {}) };
  }
  const kept =
    field !== undefined
      ? context.keptFields.has(field)
      : [...context.keptExtras].some((header) => normaliseHeader(header) === norm);
  if (kept) return { column: rule.column, values: [...rule.values] };
  return { column: field ?? rule.column, values: [], withheld: rule.values.length };
}

/** Import issues without their text and values (which quote the roster's cells). */
export function pseudonymizeIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return issues.map((i) => {
    const detail = `${i.code} (details withheld: the roster is pseudonymised)`;
    const position = [i.source, i.line, i.column].filter((x) => x !== undefined).join(':');
    const out: ImportIssue = {
      code: i.code,
      level: i.level,
      action: i.action,
      detail,
      message: `${position}: ${detail}`,
    };
    for (const k of ['source', 'line', 'column', 'columnIndex'] as const)
      if (i[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = i[k];
    return out;
  });
}
