/**
 * Pseudonymised rosters
 * =====================
 *
 * Track II runs under the Chatham House Rule: results are shared, identities are not. With a
 * key the user keeps, the roster is rewritten before any measure is computed, so that every
 * string that can reach an output is either a keyed pseudonym (pseudonyms.ts: `P-` people,
 * `E-` events, `I-` initiatives, `R-` rounds, `T-` tracks), withheld, or a value of a kept
 * categorical column that the report lists for the user to check before sharing:
 *
 * - people: `id` and `name` → the pseudonym; track labels other than 1, 1.5, 2, 3 → `T-`;
 *   kept: sector, country, side, ideology, school, seniority, gender (coarse categories the
 *   analysis needs); dropped: organisation and every other column (notes, emails, anything
 *   unknown) unless named in `keepColumns`; any kept column can be dropped with `dropColumns`;
 * - ties: `source`/`target` → pseudonyms; evidence and unknown columns dropped; type, weight,
 *   direction and dates kept;
 * - events: `id` → `E-` (and the name, which can name people, "dinner with the minister", becomes
 *   that pseudonym too); initiative → `I-`; round → `R-` unless it is a number; location and unknown
 *   columns dropped; date and format kept;
 * - attendance: `person` and `event` → pseudonyms; role kept; unknown columns dropped;
 * - the decision-maker rule (summary.json, graph.json, the report): on `id`, its values become the
 *   pseudonyms of the people they matched; on a kept column, the values that match someone's
 *   value, as the outputs show that value (so `T-…` for an unknown track label); anything else
 *   (a name, an organisation, a dropped column, a value matching nobody) is withheld and counted
 *   (`withheld`). Officials are the people a rule is most likely to name, so this fails closed;
 * - where the roster came from: file reports name the kind (`people.csv`), never the file or
 *   folder; the headers of dropped columns are counted, not shown; headers as written become the
 *   canonical names;
 * - order and positions: people, ties, events and attendance are sorted by pseudonym (a roster
 *   sorted by surname would otherwise give away each pseudonym's alphabetical rank through the row
 *   order of every output), and carry no source line numbers.
 *
 * Import issues are reduced to code, level, kind of file, canonical column and action: their text,
 * values, lines and headers as written are removed (a line number is a row position, which the
 * sorting above hides).
 *
 * What this does not protect: the shape of the network and the kept attributes can still single a
 * person out to someone who knows the roster (a decision-maker with a unique seniority on a small
 * side); the report's list of kept values (with counts) is there to check for that. Share with care.
 *
 * Reference: HMAC, RFC 2104 (doi:10.17487/RFC2104); pseudonymisation in the sense of the GDPR,
 * Art. 4(5): the additional information (the key) kept separately.
 */

import { resolvePeopleColumns } from '../import/columns.js';
import type { ImportIssue } from '../import/issues.js';
import { normaliseHeader, ROSTER_COLUMNS } from '../import/roster-schema.js';
import type {
  Attendance,
  DecisionMakerRule,
  ExtraAttributes,
  FileReport,
  ImportMapping,
  Person,
  Roster,
  RosterEvent,
  RosterFileKind,
  Tie,
} from '../types.js';
import {
  compareCodeUnits,
  compareTies,
  createPseudonymizer,
  NEUTRAL_ROUND,
  NEUTRAL_TRACKS,
  type Pseudonymizer,
} from './pseudonyms.js';

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

/** Person fields kept as categories: the report lists their values. (Ideology and seniority are numbers.) */
const CATEGORICAL_PERSON_FIELDS = ['track', 'sector', 'country', 'side', 'school', 'gender', 'organisation'] as const;

/** Options of {@link pseudonymizeRoster}: the key and the columns to keep. */
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

/** The distinct values of one kept categorical column, each with the number of rows holding it. */
export interface KeptColumnValues {
  /** `people: side`, `ties: type`, `events: format`, `attendance: role`, … */
  column: string;
  /** Sorted by value; pseudonyms (`T-…`, `R-…`) are not listed. */
  values: { value: string; count: number }[];
  /** How many distinct values are pseudonyms (not listed). */
  pseudonymised: number;
}

/** A pseudonymised roster, the id → pseudonym map (keep it with the key) and the pseudonymiser. */
export interface PseudonymizedRoster {
  roster: Roster;
  /** Original id → pseudonym. Keep it with the key; never write it next to the outputs. */
  pseudonyms: Map<string, string>;
  /** Every pseudonym made, by kind (people, events, initiatives, rounds, tracks). */
  pseudonymizer: Pseudonymizer;
  /**
   * What was kept and dropped, for the report: `kept` and `dropped` name columns (the headers of
   * dropped unknown columns are counted, not named); `values` lists every kept categorical
   * column with its distinct values, for the user to check before sharing.
   */
  columns: { kept: string[]; dropped: string[]; values: KeptColumnValues[] };
}

function keepExtras(extra: ExtraAttributes, keep: ReadonlySet<string>): ExtraAttributes {
  return Object.fromEntries(Object.entries(extra).filter(([k]) => keep.has(k)));
}

const FILE_LABEL: Record<RosterFileKind, string> = {
  people: 'people.csv',
  ties: 'ties.csv',
  events: 'events.csv',
  attendance: 'attendance.csv',
};

/**
 * Rewrites a roster with pseudonyms and without identifying columns, sorted by pseudonym and
 * without line numbers (see the file header).
 * @throws TrackmapError `INVALID_OPTION` for a weak key (too short, or plainly not random), a
 *   kept or dropped column that names no column of the people file, or (vanishingly unlikely) two
 *   ids with the same pseudonym.
 */
export function pseudonymizeRoster(roster: Roster, options: PseudonymizeOptions): PseudonymizedRoster {
  const ps = createPseudonymizer(options.key);
  // Named as the user wrote them (a header such as `Sex`, an alias, the canonical key): resolved to
  // the roster's columns, and a name that matches none throws rather than being ignored.
  const keep = new Set(resolvePeopleColumns(roster, options.keepColumns ?? [], '--keep-column'));
  const drop = new Set(resolvePeopleColumns(roster, options.dropColumns ?? [], '--drop-column'));
  const people: Person[] = roster.people.map((person) => {
    const id = ps.person(person.id);
    const out: Person = {
      id,
      name: id,
      track: drop.has('track') ? '' : ps.track(person.track),
      isDecisionMaker: person.isDecisionMaker,
      extra: keepExtras(person.extra, keep),
      source: FILE_LABEL.people,
    };
    for (const field of PSEUDONYMOUS_PERSON_FIELDS) {
      if (field === 'track' || drop.has(field)) continue;
      const value = person[field];
      if (value !== undefined) (out as unknown as Record<string, unknown>)[field] = value;
    }
    if (keep.has('organisation') && person.organisation !== undefined) out.organisation = person.organisation;
    return out;
  });
  people.sort((a, b) => compareCodeUnits(a.id, b.id));
  const ties: Tie[] = roster.ties.map((tie) => {
    const out: Tie = {
      source: ps.person(tie.source),
      target: ps.person(tie.target),
      type: tie.type,
      weight: tie.weight,
      directed: tie.directed,
      extra: {},
    };
    for (const k of ['date', 'start', 'end'] as const) if (tie[k] !== undefined) out[k] = tie[k];
    return out;
  });
  ties.sort((a, b) => compareTies({ ...a, from: a.source, to: a.target }, { ...b, from: b.source, to: b.target }));
  const events: RosterEvent[] = roster.events.map((event) => {
    const id = ps.event(event.id);
    const out: RosterEvent = { id, name: id, extra: {} };
    if (event.date !== undefined) out.date = event.date;
    if (event.initiative !== undefined) out.initiative = ps.initiative(event.initiative);
    if (event.round !== undefined) out.round = ps.round(event.round);
    if (event.format !== undefined) out.format = event.format;
    return out;
  });
  events.sort((a, b) => compareCodeUnits(a.id, b.id));
  const attendance: Attendance[] = roster.attendance.map((a) => {
    const out: Attendance = { person: ps.person(a.person), event: ps.event(a.event), extra: {} };
    if (a.role !== undefined) out.role = a.role;
    return out;
  });
  attendance.sort(
    (a, b) =>
      compareCodeUnits(a.event, b.event) || compareCodeUnits(a.person, b.person) || compareCodeUnits(a.role, b.role),
  );

  const keptFields = new Set<string>([
    ...PSEUDONYMOUS_PERSON_FIELDS.filter((f) => !drop.has(f)),
    ...(keep.has('organisation') ? ['organisation'] : []),
  ]);
  const files = roster.files.map((f) => pseudonymizeFileReport(f, f.kind === 'people' ? keep : new Set()));
  const ruleContext = {
    keptFields,
    keptExtras: keep,
    people: roster.people.map((p) => ({ id: p.id, values: personValues(p) })),
    memberships: {
      events: roster.events.map(membershipValues),
      attendance: roster.attendance.map(membershipValues),
    },
    pseudonymOf: ps.person,
    trackOf: ps.track,
  };
  const decisionMakers = roster.decisionMakers.map((rule) => pseudonymizeDecisionMakerRule(rule, ruleContext));
  const out: Roster = { ...roster, people, ties, events, attendance, files, decisionMakers };
  if (roster.mappings) out.mappings = pseudonymizeMappings(roster.mappings, keptFields, keep);
  return {
    roster: out,
    pseudonyms: new Map(ps.made.person),
    pseudonymizer: ps,
    columns: describeColumns(roster, out, keep, drop),
  };
}

/** A person's values by canonical field and by extra header, for matching a decision-maker rule. */
function personValues(p: Person): Record<string, unknown> {
  const values: Record<string, unknown> = { ...p.extra };
  for (const field of [...PSEUDONYMOUS_PERSON_FIELDS, 'organisation'] as const)
    if (p[field] !== undefined) values[field] = p[field];
  return values;
}

/** What the report may say of a withheld header, label or value. */
export const WITHHELD = '(withheld)';

/**
 * The import's automatic mappings as a pseudonymised output may show them: what was written
 * (a header, a track label, a code) is withheld, as it can name someone (a label from the config
 * such as "Okafor inner circle"); what it became is shown for a canonical header or track and for
 * the values of a kept column (which the outputs show anyway); the rows are counted. Mappings that
 * then look alike are merged.
 */
function pseudonymizeMappings(
  mappings: readonly ImportMapping[],
  keptFields: ReadonlySet<string>,
  keptExtras: ReadonlySet<string>,
): ImportMapping[] {
  const canonical = new Set(ROSTER_COLUMNS.people.map((c) => c.key));
  const out = new Map<string, ImportMapping>();
  for (const m of mappings) {
    const kept = m.file === 'people' && (keptFields.has(m.column) || keptExtras.has(m.column));
    const column =
      m.kind === 'header' || m.kind === 'track' || kept || (m.file === 'people' && canonical.has(m.column))
        ? m.column
        : '(dropped column)';
    const to = m.kind === 'header' || m.kind === 'track' || m.kind === 'missing' || kept ? m.to : WITHHELD;
    const shown: ImportMapping = { file: m.file, kind: m.kind, column, from: WITHHELD, to, rows: m.rows };
    const key = [m.file, m.kind, column, to].join('\u0000');
    const known = out.get(key);
    if (known) known.rows += m.rows;
    else out.set(key, shown);
  }
  return [...out.values()];
}

/** An event's or attendance row's values by canonical field and by extra header. */
function membershipValues(row: RosterEvent | Attendance): Record<string, unknown> {
  const { extra, line: _line, ...fields } = row;
  return { ...extra, ...fields };
}

/** A file report that names the kind of file, not the file; headers of dropped columns counted. */
function pseudonymizeFileReport(f: FileReport, keep: ReadonlySet<string>): FileReport {
  const kept = f.extraColumns.filter((h) => keep.has(h));
  const withheld = f.extraColumns.length - kept.length;
  return {
    ...f,
    source: FILE_LABEL[f.kind],
    extraColumns: kept,
    ...(withheld > 0 ? { withheldColumns: withheld } : {}),
    columns: Object.fromEntries(Object.keys(f.columns).map((k) => [k, k])),
  };
}

function describeColumns(
  original: Roster,
  out: Roster,
  keep: ReadonlySet<string>,
  drop: ReadonlySet<string>,
): PseudonymizedRoster['columns'] {
  /** The dropped unknown columns of one kind of file, counted: their headers can name people. */
  const others = (kind: RosterFileKind, keptHeaders: readonly string[] = []) => {
    const n = new Set(
      original.files
        .filter((f) => f.kind === kind)
        .flatMap((f) => f.extraColumns.filter((h) => !keptHeaders.includes(h))),
    ).size;
    const text = `${n} other column${n === 1 ? '' : 's'} (headers withheld)`;
    return n === 0 ? [] : [kind === 'people' ? text : `${kind}: ${text}`];
  };
  const extraHeaders = [...new Set(original.people.flatMap((x) => Object.keys(x.extra)))];
  const keptExtras = extraHeaders.filter((h) => keep.has(h));
  const kept = [
    'id (pseudonym)',
    'name (pseudonym)',
    ...PSEUDONYMOUS_PERSON_FIELDS.filter((f) => !drop.has(f)).map((f) =>
      f === 'track' ? 'track (labels other than 1, 1.5, 2, 3 pseudonymised)' : f,
    ),
    ...(keep.has('organisation') ? ['organisation'] : []),
    ...keptExtras,
    'ties: source and target (pseudonyms)',
    'ties: type',
    'ties: weight',
    'ties: direction',
    'ties: dates',
    'events: id (pseudonym)',
    'events: initiative (pseudonym)',
    'events: round (pseudonymised unless a number)',
    'events: date',
    'events: format',
    'attendance: person and event (pseudonyms)',
    'attendance: role',
  ];
  const dropped = [
    ...(keep.has('organisation') ? [] : ['organisation']),
    ...PSEUDONYMOUS_PERSON_FIELDS.filter((f) => drop.has(f)),
    ...others('people', keptExtras),
    'ties: evidence',
    ...others('ties'),
    'events: name',
    'events: location',
    ...others('events'),
    ...others('attendance'),
  ];
  const values: KeptColumnValues[] = [];
  /** `isPseudonym` tells the labels this rewrite made (tracks, rounds) from values as written. */
  const list = (column: string, cells: readonly (string | undefined)[], isPseudonym = (_v: string) => false) => {
    const counts = new Map<string, number>();
    const pseudonyms = new Set<string>();
    for (const cell of cells) {
      if (cell === undefined || cell === '') continue;
      if (isPseudonym(cell)) pseudonyms.add(cell);
      else counts.set(cell, (counts.get(cell) ?? 0) + 1);
    }
    if (counts.size === 0 && pseudonyms.size === 0) return;
    values.push({
      column,
      values: [...counts].sort(([a], [b]) => compareCodeUnits(a, b)).map(([value, count]) => ({ value, count })),
      pseudonymised: pseudonyms.size,
    });
  };
  for (const field of CATEGORICAL_PERSON_FIELDS) {
    if (field === 'organisation' ? !keep.has('organisation') : drop.has(field)) continue;
    list(
      `people: ${field}`,
      out.people.map((p) => p[field]),
      field === 'track' ? (v) => !NEUTRAL_TRACKS.has(v) : undefined,
    );
  }
  for (const header of keptExtras)
    list(
      `people: ${header}`,
      out.people.map((p) => p.extra[header]),
    );
  list(
    'ties: type',
    out.ties.map((t) => t.type),
  );
  list(
    'events: round',
    out.events.map((e) => e.round),
    (v) => !NEUTRAL_ROUND.test(v),
  );
  list(
    'events: format',
    out.events.map((e) => e.format),
  );
  list(
    'attendance: role',
    out.attendance.map((a) => a.role),
  );
  return { kept, dropped, values };
}

/**
 * Columns of the membership files kept in a pseudonymised roster, whose values the outputs show
 * (see the file header): a rule on any other column of these files has its values withheld.
 */
const KEPT_MEMBERSHIP_FIELDS: Readonly<Record<'events' | 'attendance', readonly string[]>> = {
  events: ['date', 'format'],
  attendance: ['role'],
};

/**
 * A decision-maker rule as it may appear in a pseudonymised output (see the file header), with
 * what it matched: pseudonyms for a rule on a person's `id`; on a kept column (of the people file,
 * an attendance `role`, an event `format` or `date`), the values and texts that match someone's
 * value, as the outputs show it, and the column's unmatched values; nothing else, only counts
 * (`withheld`, `matched.unmatchedCount`). The column of a rule on a column that is not kept is
 * named only if it is a canonical column. Fails closed: without the rows of a membership file in
 * `context`, every value of a rule on that file is withheld.
 */
export function pseudonymizeDecisionMakerRule(
  rule: DecisionMakerRule,
  context: {
    /** Canonical person fields kept in the pseudonymised roster. */
    keptFields: ReadonlySet<string>;
    /** Extra columns kept, by header as written. */
    keptExtras: ReadonlySet<string>;
    /** The people of the original roster: id, and values by canonical field and by extra header. */
    people: readonly { id: string; values?: Readonly<Record<string, unknown>> }[];
    /** The rows of the membership files, values by canonical field and by extra header. */
    memberships?: {
      events?: readonly Readonly<Record<string, unknown>>[];
      attendance?: readonly Readonly<Record<string, unknown>>[];
    };
    pseudonymOf: (id: string) => string;
    /** How a track label is shown (`T-…` unless canonical). */
    trackOf: (label: string) => string;
  },
): DecisionMakerRule {
  const file = rule.file ?? 'people';
  const mode = rule.match ?? 'exact';
  const norm = normaliseHeader(rule.column);
  const field = ROSTER_COLUMNS[file].find((s) => s.key === norm || s.aliases.includes(norm))?.key;
  // The import matches values trimmed, in NFC and case-insensitively.
  const key = (v: unknown) => String(v).trim().normalize('NFC').toLowerCase();
  const head = {
    ...(file !== 'people' ? { file } : {}),
    ...(mode !== 'exact' ? { match: mode } : {}),
  };
  const withheldAll = (column: string): DecisionMakerRule => {
    const out: DecisionMakerRule = { ...head, column, values: [] };
    if (rule.values.length > 0) out.withheld = rule.values.length;
    if (rule.matched)
      out.matched = {
        people: rule.matched.people,
        values: [],
        unmatched: [],
        unmatchedCount: rule.matched.unmatchedCount,
      };
    return out;
  };
  /** The rule on a kept column: `cells` are the column's values as the outputs show them. */
  const showValues = (column: string, cells: readonly unknown[], show: (v: string) => string): DecisionMakerRule => {
    const byValue = new Map<string, string>();
    for (const v of cells) if (v !== undefined && v !== null && v !== '') byValue.set(key(v), show(String(v)));
    // A value is shown if it matched someone's value; a text, if it is part of someone's value
    // (then it is part of what the outputs show). Anything else could be a name: withheld.
    const shownOf = (value: string): string | undefined => {
      if (mode !== 'contains') return byValue.get(key(value));
      const k = key(value);
      for (const cell of byValue.keys()) if (cell.includes(k)) return column === 'track' ? undefined : value.trim();
      return undefined;
    };
    const values: string[] = [];
    const counts: { value: string; people: number }[] = [];
    let withheld = 0;
    rule.values.forEach((value, i) => {
      const shown = shownOf(value);
      if (shown === undefined) {
        withheld++;
        return;
      }
      if (!values.includes(shown)) {
        values.push(shown);
        const count = rule.matched?.values[i];
        if (count) counts.push({ value: shown, people: count.people });
      }
    });
    const out: DecisionMakerRule = { ...head, column, values: [...values].sort(compareCodeUnits) };
    if (withheld > 0) out.withheld = withheld;
    if (rule.matched) {
      out.matched = {
        people: rule.matched.people,
        values: counts.sort((a, b) => compareCodeUnits(a.value, b.value)),
        unmatched: rule.matched.unmatched.map((u) => ({ value: show(u.value), people: u.people })),
        unmatchedCount: rule.matched.unmatchedCount,
      };
    }
    return out;
  };
  if (file !== 'people') {
    const rows = context.memberships?.[file];
    if (field === undefined || !KEPT_MEMBERSHIP_FIELDS[file].includes(field) || rows === undefined)
      return withheldAll(field ?? '(dropped column)');
    return showValues(
      field,
      rows.map((r) => r[field]),
      (v) => v,
    );
  }
  if (field === 'id') {
    const byValue = new Map<string, string[]>();
    for (const person of context.people) {
      const k = key(person.id);
      byValue.set(k, [...(byValue.get(k) ?? []), context.pseudonymOf(person.id)]);
    }
    const values: string[] = [];
    let withheld = 0;
    // Only exact values can be turned into the pseudonyms of the people they name.
    for (const value of rule.values) {
      const matched = mode === 'exact' ? byValue.get(key(value)) : undefined;
      if (matched === undefined) withheld++;
      else values.push(...matched);
    }
    const out: DecisionMakerRule = { ...head, column: 'id', values: [...new Set(values)].sort(compareCodeUnits) };
    if (withheld > 0) out.withheld = withheld;
    if (rule.matched)
      out.matched = {
        people: rule.matched.people,
        values: [],
        unmatched: [],
        unmatchedCount: rule.matched.unmatchedCount,
      };
    return out;
  }
  const peopleCells = (k: string) => context.people.map((p) => p.values?.[k]);
  if (field !== undefined && context.keptFields.has(field))
    return showValues(field, peopleCells(field), field === 'track' ? context.trackOf : (v) => v);
  const extra = field === undefined ? [...context.keptExtras].find((h) => normaliseHeader(h) === norm) : undefined;
  if (extra !== undefined) return showValues(extra, peopleCells(extra), (v) => v);
  return withheldAll(field ?? '(dropped column)');
}

/**
 * Import issues without their text, values, lines or headers as written (which quote the roster's
 * cells, give row positions, or name columns that were dropped): each keeps its code, level and
 * action, the kind of file (`people.csv`, from `files`; no file otherwise) and the canonical
 * column when it has one. Sorted by file, code and column, so their order gives no row order away.
 */
export function pseudonymizeIssues(issues: readonly ImportIssue[], files: readonly FileReport[] = []): ImportIssue[] {
  const byFile = new Map(files.map((f) => [f.source, f]));
  return issues
    .map((i) => {
      const file = i.source !== undefined ? byFile.get(i.source) : undefined;
      const source = file ? FILE_LABEL[file.kind] : undefined;
      const column =
        file && i.column !== undefined
          ? Object.entries(file.columns).find(([, header]) => header === i.column)?.[0]
          : undefined;
      const detail = `${i.code} (details withheld: the roster is pseudonymised)`;
      const position = [source, column].filter((x) => x !== undefined).join(':');
      const out: ImportIssue = {
        code: i.code,
        level: i.level,
        action: i.action,
        detail,
        message: `${position || '<roster>'}: ${detail}`,
      };
      if (source !== undefined) out.source = source;
      if (column !== undefined) out.column = column;
      return out;
    })
    .sort(
      (a, b) =>
        compareCodeUnits(a.source, b.source) ||
        compareCodeUnits(a.code, b.code) ||
        compareCodeUnits(a.column, b.column),
    );
}
