/**
 * Decision-maker rules
 * ====================
 *
 * Who the decision-makers (Track I) of a roster are. A rule names a column and how its cells
 * match:
 *
 * - `column=v1,v2`: the whole cell is one of the values (trimmed, Unicode NFC, case-insensitive);
 * - `column~text` (or `column~a|b`): the cell contains one of the texts, case-insensitive, so a
 *   combined cell `mayor + senator` is matched by `~senator`;
 * - `column=*`: any non-empty cell.
 *
 * The column is in the people file unless prefixed: `attendance.role~minister` reads the role of
 * each membership and `events.type=parliament` the events attended; a person is then a
 * decision-maker when any of their memberships matches. The column may be named by the file's
 * header as written or by trackmap's name for a mapped column (`gender` for `Sex`). Several rules
 * combine with OR.
 *
 * The import counts, for each rule, the people it matched, the people each value matched, and the
 * column's non-empty values that matched nothing (so `mayor + senator`, missed by `=senator`, is
 * listed). A rule the user set that matches nobody is a `CSV_RULE_NO_MATCH` warning (an error
 * under `onInvalidRow: 'throw'`, the CLI's `--strict`). See docs/roster-format.md.
 */

import { InvalidOptionError, TrackmapError } from '../errors.js';
import type {
  Attendance,
  DecisionMakerRule,
  DecisionMakerRuleFile,
  DecisionMakerRuleMatch,
  Person,
  RosterEvent,
} from '../types.js';
import { type ColumnMap, findRuleColumn, type RuleColumn } from './columns.js';
import type { IssueSink } from './issues.js';

/** The rule when none is given: people whose track is 1. */
export const DEFAULT_DECISION_MAKER_RULE: Readonly<DecisionMakerRule> = Object.freeze({
  column: 'track',
  values: ['1'],
});

/** How many unmatched values a rule's `matched.unmatched` lists (the most frequent). */
export const UNMATCHED_VALUES_SHOWN = 20;

const FILES: readonly DecisionMakerRuleFile[] = ['people', 'events', 'attendance'];

/**
 * Parses a rule as written on the command line or in the config.
 *
 * @param text - `column=v1,v2`, `column~text` (`~a|b`), `column=*`, each optionally prefixed by
 *   `people.`, `events.` or `attendance.`.
 * @returns the rule (`file` and `match` left out when `people` and `exact`).
 * @throws {@link TrackmapError} `INVALID_OPTION` when the text has no `=` or `~`, no column, or no value.
 *
 * @example
 * ```ts
 * parseDecisionMakerRule('attendance.role~minister|senator');
 * // { file: 'attendance', column: 'role', match: 'contains', values: ['minister', 'senator'] }
 * ```
 */
export function parseDecisionMakerRule(text: string): DecisionMakerRule {
  const at = text.search(/[=~]/);
  const example = 'e.g. role=minister,negotiator, office~senator, office=* or attendance.role~minister';
  if (at <= 0) {
    throw new TrackmapError(
      'INVALID_OPTION',
      `decision-maker rule "${text}": expected COLUMN=VALUES, COLUMN~TEXT or COLUMN=* (${example})`,
    );
  }
  let column = text.slice(0, at).trim();
  const op = text[at];
  const rest = text.slice(at + 1).trim();
  let file: DecisionMakerRuleFile = 'people';
  const dot = column.indexOf('.');
  const prefix = dot > 0 ? column.slice(0, dot).trim().toLowerCase() : '';
  if ((FILES as readonly string[]).includes(prefix)) {
    file = prefix as DecisionMakerRuleFile;
    column = column.slice(dot + 1).trim();
  }
  if (column === '') {
    throw new TrackmapError('INVALID_OPTION', `decision-maker rule "${text}": no column before "${op}" (${example})`);
  }
  let match: DecisionMakerRule['match'] = 'exact';
  let values: string[];
  if (op === '=' && rest === '*') {
    match = 'any';
    values = [];
  } else {
    if (op === '~') match = 'contains';
    values = rest
      .split(op === '~' ? '|' : ',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (values.length === 0) {
      throw new TrackmapError(
        'INVALID_OPTION',
        `decision-maker rule "${text}": give at least one value after "${op}" (${example})`,
      );
    }
  }
  return tidyRule({ file, column, match, values });
}

/** A rule as written on the command line: `attendance.role~minister|senator`, `track=1`, `office=*`. */
export function formatDecisionMakerRule(rule: DecisionMakerRule): string {
  const file = rule.file && rule.file !== 'people' ? `${rule.file}.` : '';
  if (rule.match === 'any') return `${file}${rule.column}=*`;
  const values = rule.match === 'contains' ? rule.values.join('|') : rule.values.join(',');
  return `${file}${rule.column}${rule.match === 'contains' ? '~' : '='}${values}`;
}

/** The rule without its defaults (`file: 'people'`, `match: 'exact'`) and without `matched`. */
function tidyRule(rule: DecisionMakerRule): DecisionMakerRule {
  return {
    ...(rule.file !== undefined && rule.file !== 'people' ? { file: rule.file } : {}),
    column: rule.column,
    ...(rule.match !== undefined && rule.match !== 'exact' ? { match: rule.match } : {}),
    values: [...rule.values],
    ...(rule.withheld !== undefined ? { withheld: rule.withheld } : {}),
  };
}

/**
 * Checks the `decisionMakers` option (or config key): one rule, a rule as text, or a list of
 * either, and returns the list of rules.
 *
 * @throws {@link InvalidOptionError} naming `option` for anything else (an empty list, a rule
 *   without a column, an exact or contains rule without values, an unknown file or match).
 */
export function checkDecisionMakerRules(value: unknown, option = 'decisionMakers'): DecisionMakerRule[] {
  const list = Array.isArray(value) ? value : [value];
  const expected =
    'a rule such as { column: "role", values: ["minister"] } or "attendance.role~minister", or a list of them';
  if (list.length === 0) throw new InvalidOptionError(option, expected, value);
  return list.map((item, i) => {
    const name = Array.isArray(value) ? `${option}[${i}]` : option;
    if (typeof item === 'string') {
      try {
        return parseDecisionMakerRule(item);
      } catch {
        throw new InvalidOptionError(name, expected, item);
      }
    }
    const rule = item as Partial<DecisionMakerRule> | null;
    const match = rule?.match ?? 'exact';
    const ok =
      rule !== null &&
      typeof rule === 'object' &&
      typeof rule.column === 'string' &&
      rule.column.trim() !== '' &&
      (rule.file === undefined || FILES.includes(rule.file)) &&
      ['exact', 'contains', 'any'].includes(match) &&
      Array.isArray(rule.values) &&
      rule.values.every((v) => typeof v === 'string') &&
      (match === 'any' || rule.values.some((v) => v.trim() !== ''));
    if (!ok) throw new InvalidOptionError(name, expected, item);
    return tidyRule(rule as DecisionMakerRule);
  });
}

/** How cells and values are compared: trimmed, NFC, lower case. */
export function ruleKey(value: string): string {
  return value.trim().normalize('NFC').toLowerCase();
}

/** Does the cell (as a rule key) match the value (as a rule key) under `match`? */
function matches(match: DecisionMakerRule['match'], cell: string, value: string): boolean {
  return match === 'contains' ? cell.includes(value) : cell === value;
}

/** The tables a rule can read, with their resolved columns. */
export interface RuleTables {
  people: { source: string; cols: ColumnMap; header: readonly string[] };
  events?: { source: string; cols: ColumnMap; header: readonly string[] };
  attendance?: { source: string; cols: ColumnMap; header: readonly string[] };
}

/** A rule with the column it reads resolved. */
export interface ResolvedRule {
  rule: DecisionMakerRule;
  file: DecisionMakerRuleFile;
  column: RuleColumn;
  source: string;
  /** The header as written (for positions). */
  header: string;
}

/**
 * Finds the column of each rule, before any row is read.
 *
 * @throws {@link InvalidOptionError} for a rule that names no column of its file, or a file the
 *   roster does not have (a rule on `attendance` without an attendance file): finding no
 *   decision-maker silently would make every access measure empty.
 */
export function resolveDecisionMakerRules(rules: readonly DecisionMakerRule[], tables: RuleTables): ResolvedRule[] {
  return rules.map((rule, i) => {
    const file = rule.file ?? 'people';
    const option = rules.length > 1 ? `decisionMakers[${i}].column` : 'decisionMakers.column';
    const table = tables[file];
    if (!table) {
      throw new InvalidOptionError(
        option,
        `a column of a file the roster has (the rule "${formatDecisionMakerRule(rule)}" reads the ${file} file, which was not given)`,
        rule.column,
      );
    }
    const column = findRuleColumn(table.cols, rule.column, file);
    if (column === undefined) {
      throw new InvalidOptionError(option, `a column of ${table.source} (${table.header.join(', ')})`, rule.column);
    }
    const header =
      column.kind === 'track'
        ? (table.cols.report.track ?? 'track')
        : column.kind === 'known'
          ? (table.cols.report[column.key] ?? column.key)
          : column.key;
    return { rule, file, column, source: table.source, header };
  });
}

/** The value of a rule's column in one person, event or attendance row. */
function cellOf(column: RuleColumn, row: Person | RosterEvent | Attendance): string {
  if (column.kind === 'track') return (row as Person).track;
  if (column.kind === 'extra') return row.extra[column.key] ?? '';
  const v = (row as unknown as Record<string, unknown>)[column.key];
  return v === undefined || v === null ? '' : String(v);
}

/**
 * Applies the rules: sets each person's `isDecisionMaker` (true when any rule matches) and
 * returns the rules, each with what it `matched`. A rule that matches nobody is a
 * `CSV_RULE_NO_MATCH` warning in `sink` when `warn` is set (the rules were given by the user).
 */
export function applyDecisionMakerRules(
  resolved: readonly ResolvedRule[],
  roster: { people: Person[]; events: readonly RosterEvent[]; attendance: readonly Attendance[] },
  sink: IssueSink,
  warn: boolean,
): DecisionMakerRule[] {
  const eventById = new Map(roster.events.map((e) => [e.id, e]));
  const out: DecisionMakerRule[] = [];
  const dms = new Set<string>();
  for (const r of resolved) {
    // Each person's cells in the rule's column: one for the people file, one per membership.
    const cellsOf = new Map<string, string[]>();
    const add = (person: string, cell: string) => {
      if (cell.trim() === '') return;
      const list = cellsOf.get(person);
      if (list) list.push(cell);
      else cellsOf.set(person, [cell]);
    };
    if (r.file === 'people') for (const p of roster.people) add(p.id, cellOf(r.column, p));
    else if (r.file === 'attendance') for (const a of roster.attendance) add(a.person, cellOf(r.column, a));
    else
      for (const a of roster.attendance) {
        const e = eventById.get(a.event);
        if (e) add(a.person, cellOf(r.column, e));
      }

    const match = r.rule.match ?? 'exact';
    const values = r.rule.values.map((v) => ({ value: v, key: ruleKey(v), people: 0 }));
    // Distinct unmatched cells: key → the cell as first written, and the people holding it.
    const unmatched = new Map<string, { value: string; people: Set<string> }>();
    let people = 0;
    for (const [person, cells] of cellsOf) {
      let hit = false;
      const hitValues = new Set<number>();
      for (const cell of cells) {
        const key = ruleKey(cell);
        let cellHit = match === 'any';
        values.forEach((v, i) => {
          if (matches(match, key, v.key)) {
            cellHit = true;
            hitValues.add(i);
          }
        });
        if (cellHit) hit = true;
        else {
          const u = unmatched.get(key) ?? { value: cell.trim(), people: new Set<string>() };
          u.people.add(person);
          unmatched.set(key, u);
        }
      }
      for (const i of hitValues) (values[i] as { people: number }).people++;
      if (hit) {
        people++;
        dms.add(person);
      }
    }
    const unmatchedList = [...unmatched.values()]
      .map((u) => ({ value: u.value, people: u.people.size }))
      .sort((a, b) => b.people - a.people || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    const matched: DecisionMakerRuleMatch = {
      people,
      values: values.map((v) => ({ value: v.value, people: v.people })),
      unmatched: unmatchedList.slice(0, UNMATCHED_VALUES_SHOWN),
      unmatchedCount: unmatchedList.length,
    };
    out.push({ ...tidyRule(r.rule), matched });
    if (warn && people === 0) {
      const sample = unmatchedList
        .slice(0, 5)
        .map((u) => `"${u.value}"`)
        .join(', ');
      sink
        .file(r.source)
        .note(
          'CSV_RULE_NO_MATCH',
          `the decision-maker rule ${formatDecisionMakerRule(r.rule)} matches nobody${
            unmatchedList.length > 0
              ? ` (the column's values include ${sample}${unmatchedList.length > 5 ? ` and ${unmatchedList.length - 5} more` : ''})`
              : ' (the column is empty)'
          }`,
          {
            line: 1,
            column: r.header,
            hint: 'use ~TEXT to match part of a cell (a combined cell such as "mayor + senator"), =* for any non-empty value, or another column',
          },
        );
    }
  }
  for (const p of roster.people) p.isDecisionMaker = dms.has(p.id);
  return out;
}
