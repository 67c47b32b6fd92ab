/**
 * The data contract
 * =================
 *
 * What a roster is once imported (`Roster`), and the attributes on the person graph built
 * from it (`PersonAttributes`, `LinkAttributes`). Everything later work needs (directed ties,
 * tie types and dates, events, extra columns) is kept; the measures read only what their
 * definitions need. See docs/roster-format.md and docs/measures.md.
 */

import type Graph from 'graphology';
import { PERSON_MEASURES } from './measure-registry.js';

/** Canonical track labels. A roster may also hold other labels, kept verbatim. */
export type CanonicalTrack = '1' | '1.5' | '2' | '3';

/** Text columns that are neither known nor required, kept under their header as written. */
export type ExtraAttributes = Record<string, string>;

/** One person of the roster, as read from the people file (extra columns kept in `extra`). */
export interface Person {
  id: string;
  name: string;
  /** `1`, `1.5`, `2`, `3`, a label kept verbatim (with a warning), or '' when not given. */
  track: string;
  /** Decision-maker (Track I) under the roster's rule. */
  isDecisionMaker: boolean;
  sector?: string;
  organisation?: string;
  country?: string;
  side?: string;
  /** In [-1, 1] on a user-defined axis. */
  ideology?: number;
  school?: string;
  seniority?: number;
  gender?: string;
  extra: ExtraAttributes;
  /** Where the person was defined: file and 1-based line (no line in a pseudonymised roster, whose source names only the kind of file). */
  source: string;
  line?: number;
}

/** One row of the ties file: a known relation between two people. */
export interface Tie {
  source: string;
  target: string;
  type: string;
  weight: number;
  directed: boolean;
  date?: string;
  start?: string;
  end?: string;
  evidence?: string;
  extra: ExtraAttributes;
  /** 1-based line in the ties file; absent in a pseudonymised roster. */
  line?: number;
}

/** One event (meeting, workshop, round) of the events file. */
export interface RosterEvent {
  id: string;
  name: string;
  date?: string;
  initiative?: string;
  round?: string;
  format?: string;
  location?: string;
  extra: ExtraAttributes;
  /** 1-based line in the events file; absent in a pseudonymised roster. */
  line?: number;
}

/** One attendance row: a person at an event, with a role and the file's extra columns. */
export interface Attendance {
  person: string;
  event: string;
  role?: string;
  extra: ExtraAttributes;
  /** 1-based line in the attendance file; absent in a pseudonymised roster. */
  line?: number;
}

/** The four kinds of roster file. */
export type RosterFileKind = 'people' | 'ties' | 'events' | 'attendance';

/** What happened to each file: the user can see exactly which rows were used. */
export interface FileReport {
  kind: RosterFileKind;
  source: string;
  delimiter: string;
  encoding: string;
  /** Data rows read (blank lines excluded). Always `rowsUsed + rowsSkipped`. */
  rowsRead: number;
  rowsUsed: number;
  rowsSkipped: number;
  blankLines: number;
  /** Headers as written that were kept as extra attributes. */
  extraColumns: string[];
  /**
   * Set only in a pseudonymised roster: how many extra columns were dropped. Their headers, which
   * can name people, are not shown (`extraColumns` then lists only the columns kept).
   */
  withheldColumns?: number;
  /** For each canonical column found, the header as written. */
  columns: Record<string, string>;
}

/** The files a decision-maker rule can read: the people file, or a person's memberships. */
export type DecisionMakerRuleFile = 'people' | 'events' | 'attendance';

/**
 * How a rule compares a cell with its values: `exact` (the whole cell, trimmed, case-insensitive),
 * `contains` (the cell contains the text, case-insensitive) or `any` (any non-empty cell).
 */
export type DecisionMakerMatchMode = 'exact' | 'contains' | 'any';

/**
 * How decision-makers are recognised: people whose `column` matches one of `values` (see
 * `match`). A rule on `attendance` or `events` matches a person when any of their memberships
 * matches (the attendance row, or the event attended). Several rules combine with OR. Written
 * on the command line as `track=1`, `role=minister,negotiator`, `Office~senator|minister`,
 * `PublicOffice=*`, `attendance.role~minister`, `events.type=parliament` (see
 * `parseDecisionMakerRule`).
 */
export interface DecisionMakerRule {
  /** The file the column is in. @defaultValue `'people'` */
  file?: DecisionMakerRuleFile;
  /** The column: the file's header as written, or trackmap's name for a mapped column. */
  column: string;
  /** @defaultValue `'exact'` */
  match?: DecisionMakerMatchMode;
  /** The values (exact) or texts (contains); empty for `any`. */
  values: string[];
  /**
   * Set only in a pseudonymised roster: how many of the rule's values were withheld because they
   * could identify someone (a name, or a value of a column that is not kept). `values` then holds
   * only what may be shown: pseudonyms for a rule on `id`, values of a kept column as written.
   */
  withheld?: number;
  /** What the rule matched, set by the import. */
  matched?: DecisionMakerRuleMatch;
}

/** What one decision-maker rule matched in a roster (counted by the import). */
export interface DecisionMakerRuleMatch {
  /** People the rule made decision-makers. */
  people: number;
  /** For each value of the rule (as `values` shows it), the people it matched; empty for `any`. */
  values: { value: string; people: number }[];
  /**
   * The column's non-empty values that no value of the rule matched, with the people holding
   * each, most people first, then by value (at most `UNMATCHED_VALUES_SHOWN`). Empty in a
   * pseudonymised roster when the column is not kept (only `unmatchedCount` is given).
   */
  unmatched: { value: string; people: number }[];
  /** How many distinct non-empty values matched nothing (the list may show fewer). */
  unmatchedCount: number;
}

/**
 * How the values of one column are read (the config's `"attributes"`): `recode` maps values as
 * written to the values meant (several to one); `missing` lists codes that mean unknown
 * (`9999998`, `NA`, `-99`, `unknown`), read as empty, so that no measure counts them. Both compare
 * the cell trimmed and case-insensitively.
 */
export interface AttributeCoding {
  recode?: Record<string, string>;
  missing?: string[];
}

/**
 * One mapping the import made by itself, for the report: a header matched by an alias
 * (`header`), a track label read as a canonical track (`track`), a value recoded (`recode`) or
 * read as missing (`missing`), with the number of rows it touched.
 */
export interface ImportMapping {
  file: RosterFileKind;
  kind: 'header' | 'track' | 'recode' | 'missing';
  /** The canonical column, or the extra column's name. */
  column: string;
  /** The header, label or value as written (withheld in a pseudonymised roster). */
  from: string;
  /** The canonical column, track or value it became (`''` for missing). */
  to: string;
  /** Rows touched: with a value in the column (header), with the label or value (the others). */
  rows: number;
}

/** A roster as imported: people, ties, events, attendance, and what happened to each file. */
export interface Roster {
  people: Person[];
  ties: Tie[];
  events: RosterEvent[];
  attendance: Attendance[];
  files: FileReport[];
  /** The decision-maker rules, combined with OR, each with what it matched. */
  decisionMakers: DecisionMakerRule[];
  /** Every automatic mapping the import made (headers by alias, track labels, recoded and missing values). */
  mappings?: ImportMapping[];
  /** Events with more attendees are not projected into co-attendance links (see parseRoster). */
  maxEventSize?: number;
}

/** Node attributes of the person graph. Measures are added by their `.assign` variants. */
export interface PersonAttributes {
  label: string;
  name: string;
  track: string;
  isDecisionMaker: boolean;
  sector?: string;
  organisation?: string;
  country?: string;
  side?: string;
  ideology?: number;
  school?: string;
  seniority?: number;
  gender?: string;
  /** Ids of the events the person attended, in file order. */
  events: string[];
  [extra: string]: unknown;
}

/** One tie as stored on a link (keeps its own direction). */
export interface LinkTie {
  from: string;
  to: string;
  type: string;
  weight: number;
  directed: boolean;
  date?: string;
  start?: string;
  end?: string;
  evidence?: string;
  /** 1-based line in the ties file; absent when the roster was pseudonymised. */
  line?: number;
}

/** Edge attributes of the person graph. */
export interface LinkAttributes {
  /** `tieWeight + sharedEvents`: see docs/measures.md, "The person graph". */
  weight: number;
  /** Sum of the weights of the ties between the two people. */
  tieWeight: number;
  /** Number of events both attended. */
  sharedEvents: number;
  /** Ids of the events both attended. */
  events: string[];
  /** Distinct tie types, sorted. */
  types: string[];
  /** Every tie between the two, with its direction. */
  ties: LinkTie[];
}

/** Attributes of the person graph itself, among them the decision-maker rule it was built with. */
export interface GraphAttributes {
  decisionMakers: DecisionMakerRule[];
  [key: string]: unknown;
}

/** The person graph: undirected, simple, no self-loops. */
export type RosterGraph = Graph<PersonAttributes, LinkAttributes, GraphAttributes>;

/** Gould–Fernandez brokerage columns: `brokerage_<partition>_<role>`, partitions track and side. */
export const BROKERAGE_COLUMNS = (['track', 'side'] as const).flatMap((partition) =>
  (['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total'] as const).map(
    (role) => `brokerage_${partition}_${role}` as const,
  ),
);

/** The name of a per-person Gould-Fernandez brokerage column. */
export type BrokerageColumn = (typeof BROKERAGE_COLUMNS)[number];

/** Per-person E-I index columns, one per categorical attribute: `ei_<attribute>`. */
export const EI_COLUMNS = ['ei_track', 'ei_side', 'ei_sector', 'ei_country', 'ei_gender', 'ei_school'] as const;

/** The name of a per-person E-I index column. */
export type EiColumn = (typeof EI_COLUMNS)[number];

/** Node attribute names trackmap itself writes; an input column with one of these names is renamed. */
export const RESERVED_PERSON_ATTRIBUTES: readonly string[] = [
  'label',
  'isDecisionMaker',
  'events',
  'x',
  'y',
  'size',
  'color',
  ...PERSON_MEASURES,
  ...BROKERAGE_COLUMNS,
  ...EI_COLUMNS,
];
