/**
 * Roster schema: columns, aliases and explicit value parsing
 * ==========================================================
 *
 * The column specification of each roster file (canonical name, aliases, required or not),
 * header matching, and the parsers for numbers, booleans, dates and tracks. Nothing here
 * coerces silently: each parser returns either a value or `undefined`, and the caller turns
 * `undefined` into an issue. See docs/roster-format.md.
 */

import type { CanonicalTrack, RosterFileKind } from '../types.js';

/** A CSV delimiter trackmap detects and reads. */
export type CsvDelimiter = ',' | ';' | '\t';

/** One column of a roster file: trackmap's name for it, the headers accepted for it, and whether it is required. */
export interface ColumnSpec {
  key: string;
  aliases: string[];
  required?: boolean;
}

/** The columns trackmap reads in each roster file, with the header aliases it accepts (docs/roster-format.md). */
export const ROSTER_COLUMNS: Readonly<Record<RosterFileKind, readonly ColumnSpec[]>> = Object.freeze({
  people: [
    { key: 'id', aliases: ['person_id', 'person', 'participant_id', 'key'], required: true },
    { key: 'name', aliases: ['full_name', 'participant', 'label'] },
    { key: 'track', aliases: ['track_level', 'diplomacy_track'] },
    { key: 'sector', aliases: [] },
    { key: 'organisation', aliases: ['organization', 'org', 'affiliation', 'institution'] },
    { key: 'country', aliases: ['nationality'] },
    { key: 'side', aliases: ['party', 'delegation'] },
    { key: 'ideology', aliases: ['ideology_score'] },
    { key: 'school', aliases: ['school_of_thought', 'stance'] },
    { key: 'seniority', aliases: ['rank'] },
    { key: 'gender', aliases: ['sex'] },
  ],
  ties: [
    { key: 'source', aliases: ['from', 'person1', 'ego'], required: true },
    { key: 'target', aliases: ['to', 'person2', 'alter'], required: true },
    { key: 'type', aliases: ['tie_type', 'relation', 'kind'] },
    { key: 'weight', aliases: ['strength'] },
    { key: 'directed', aliases: ['is_directed'] },
    { key: 'date', aliases: [] },
    { key: 'start', aliases: ['since'] },
    { key: 'end', aliases: ['until'] },
    { key: 'evidence', aliases: ['source_note', 'citation'] },
  ],
  events: [
    { key: 'id', aliases: ['event_id', 'event', 'key'], required: true },
    { key: 'name', aliases: ['title', 'label'] },
    { key: 'date', aliases: ['start_date'] },
    { key: 'initiative', aliases: ['series', 'dialogue', 'programme', 'program'] },
    { key: 'round', aliases: [] },
    { key: 'format', aliases: ['type'] },
    { key: 'location', aliases: ['place', 'venue', 'city'] },
  ],
  attendance: [
    { key: 'person', aliases: ['person_id', 'participant', 'participant_id'], required: true },
    { key: 'event', aliases: ['event_id'], required: true },
    { key: 'role', aliases: [] },
  ],
});

/** File names accepted for each kind in a roster folder (lower case, without `.csv`). */
export const ROSTER_FILE_NAMES: Readonly<Record<RosterFileKind, readonly string[]>> = Object.freeze({
  people: ['people', 'participants', 'persons'],
  ties: ['ties', 'links', 'relations', 'edges'],
  events: ['events', 'meetings', 'workshops'],
  attendance: ['attendance', 'participation', 'attendees'],
});

/**
 * Which files of a folder could be which roster file: every `.csv` or `.tsv` whose name (compared
 * case-insensitively) is one of the kind's names. A kind with more than one candidate
 * (`people.csv` and `participants.csv`; `ties.csv` and `Ties.csv`) is ambiguous: which one was
 * meant cannot be guessed, so the caller reports it rather than reading one and ignoring the rest.
 *
 * @param names - the file names in the folder.
 * @returns for each kind, its candidates in sorted order (code-unit order, so the same on every
 *   file system).
 */
export function matchRosterFiles(names: readonly string[]): Partial<Record<RosterFileKind, string[]>> {
  const out: Partial<Record<RosterFileKind, string[]>> = {};
  for (const name of [...names].sort()) {
    const match = /^(.*)\.(csv|tsv)$/.exec(name.toLowerCase());
    if (!match) continue;
    const stem = match[1] as string;
    const kind = (Object.keys(ROSTER_FILE_NAMES) as RosterFileKind[]).find((k) => ROSTER_FILE_NAMES[k].includes(stem));
    if (kind !== undefined) out[kind] = [...(out[kind] ?? []), name];
  }
  return out;
}

/**
 * Characters XML 1.0 cannot carry, not even as a character reference (its `Char` production):
 * control characters other than tab, line feed and carriage return, U+FFFE, U+FFFF, and lone
 * surrogates (half of a UTF-16 pair, which no encoding can write). Global: reset `lastIndex`
 * or use `hasXmlIllegalChars`.
 */
export const XML_ILLEGAL_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `text` holds a character XML 1.0 cannot carry (see `XML_ILLEGAL_CHARS`). */
export function hasXmlIllegalChars(text: string): boolean {
  XML_ILLEGAL_CHARS.lastIndex = 0;
  return XML_ILLEGAL_CHARS.test(text);
}

/** `Full Name`, `full_name` and `full-name` all become `full_name`. */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * Parses a number written in a CSV cell. Accepts `12`, `-0.5`, `.5`, `1e-3`; with a delimiter
 * other than a comma, also a decimal comma (`0,5`). Returns `undefined` for anything else,
 * including `NaN`, `Infinity`, thousands separators and units. Never called on empty cells.
 * A number too large for a double (`1e400`) parses to ±Infinity: the readers refuse it (and any
 * magnitude beyond `MAX_NUMBER`) with `CSV_NUMBER_TOO_LARGE`.
 */
export function parseNumber(text: string, delimiter: CsvDelimiter): number | undefined {
  const t = text.trim();
  if (NUMBER.test(t)) return Number(t);
  if (delimiter !== ',' && DECIMAL_COMMA.test(t)) return Number(t.replace(',', '.'));
  return undefined;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'directed', 't']);
const FALSE = new Set(['false', 'no', 'n', '0', 'undirected', 'f']);

export function parseBoolean(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return undefined;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an ISO 8601 date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, an `hh:mm[:ss]` time part ignored) to its date part. */
export function parseDate(text: string): string | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return undefined;
    if (d !== undefined) {
      const day = Number(d);
      const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
      if (day < 1 || day > days) return undefined;
      return `${y}-${mo}-${d}`;
    }
    return `${y}-${mo}`;
  }
  return y;
}

const TRACK_SPELLINGS: Record<string, CanonicalTrack> = {
  '1': '1',
  '1.0': '1',
  i: '1',
  one: '1',
  official: '1',
  '1.5': '1.5',
  '1,5': '1.5',
  'i.5': '1.5',
  '1½': '1.5',
  'one and a half': '1.5',
  'one-and-a-half': '1.5',
  '2': '2',
  '2.0': '2',
  ii: '2',
  two: '2',
  unofficial: '2',
  '3': '3',
  '3.0': '3',
  iii: '3',
  three: '3',
  grassroots: '3',
};

/**
 * Normalises a track label: `Track II`, `ii`, `2` → `2`. `custom` maps further labels
 * (keys compared case-insensitively) to a canonical track. Returns `undefined` if unknown.
 */
export function parseTrack(text: string, custom: Record<string, string> = {}): CanonicalTrack | undefined {
  const raw = text.trim().toLowerCase();
  for (const [label, track] of Object.entries(custom)) {
    if (label.trim().toLowerCase() === raw) return parseTrack(track);
  }
  const t = raw.replace(/^track\s*/, '').replace(/\s+/g, ' ');
  // own properties only: 'constructor' or '__proto__' are not tracks
  return Object.hasOwn(TRACK_SPELLINGS, t) ? TRACK_SPELLINGS[t] : undefined;
}
