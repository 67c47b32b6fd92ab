/** The roster: the files read, who the decision-makers are, and people by track and side. */

import { formatDecisionMakerRule } from '../../import/decision-makers.js';
import type { DecisionMakerRule, ImportMapping } from '../../types.js';
import { barChart, escapeCode, escapeMarkdown, MISSING, plural, table } from '../format.js';
import type { ReportInput } from './section.js';

export function rosterSection({ analysis }: ReportInput): string[] {
  const { roster } = analysis.summary;
  const out = [
    '## The roster',
    '',
    table(
      ['file', 'rows read', 'used', 'skipped', 'blank lines', 'delimiter', 'encoding', 'extra columns kept'],
      roster.files.map((f) => [
        `\`${escapeCode(f.source)}\``,
        String(f.rowsRead),
        String(f.rowsUsed),
        String(f.rowsSkipped),
        String(f.blankLines),
        f.delimiter === '\t' ? 'tab' : `\`${f.delimiter}\``,
        f.encoding,
        [
          ...f.extraColumns.map(escapeMarkdown),
          ...(f.withheldColumns ? [`${f.withheldColumns} dropped (headers withheld)`] : []),
        ].join(', ') || MISSING,
      ]),
    ),
    '',
    ...mappingTable(roster.mappings),
    ...decisionMakerRules(roster.decisionMakerRules),
    'People by track:',
    '',
    barChart(Object.entries(roster.byTrack).map(([k, v]) => [k === '(none)' ? '(none)' : `track ${k}`, v])),
    '',
  ];
  if (Object.keys(roster.bySide).length > 1) {
    out.push('People by side:', '', barChart(Object.entries(roster.bySide).map(([k, v]) => [k, v])), '');
  }
  return out;
}

const MAPPING_KIND: Record<ImportMapping['kind'], string> = {
  header: 'header read by its alias',
  track: 'track label',
  recode: 'value recoded',
  missing: 'missing-value code',
};

/** Every mapping the import made by itself (headers by alias, track labels, recoded and missing values). */
function mappingTable(mappings: readonly ImportMapping[]): string[] {
  if (mappings.length === 0) return [];
  const code = (v: string) => (v === '' ? '(missing)' : `\`${escapeCode(v)}\``);
  return [
    `Automatic mappings (${mappings.length}): what the import read differently from what the files say, and how many rows each touched. Missing-value codes are left out of every measure.`,
    '',
    table(
      ['file', 'mapping', 'column', 'as written', 'read as', 'rows'],
      mappings.map((m) => [
        m.file,
        MAPPING_KIND[m.kind],
        escapeMarkdown(m.column),
        code(m.from),
        code(m.to),
        String(m.rows),
      ]),
    ),
    '',
  ];
}

/**
 * Who the decision-makers are: each rule, the people it and each of its values matched, and the
 * column's values that matched nothing (so a cell the rule missed, "mayor + senator", is seen).
 * Withheld values (a pseudonymised roster) are counted, never shown.
 */
function decisionMakerRules(rules: readonly DecisionMakerRule[]): string[] {
  const code = (v: string) => `\`${escapeCode(v)}\``;
  const ruleCell = (dm: DecisionMakerRule) => {
    const withheld = dm.withheld ?? 0;
    // With every value withheld, the rule's form without its values: `events.location=…`.
    const shown = code(
      formatDecisionMakerRule(dm.values.length > 0 || dm.match === 'any' ? dm : { ...dm, values: ['…'] }),
    );
    return withheld > 0 ? `${shown} and ${plural(withheld, 'value')} withheld (the roster is pseudonymised)` : shown;
  };
  const intro =
    rules.length > 1
      ? 'Decision-makers are the people any of these rules matches (a rule on attendance or events matches a person when one of their memberships does):'
      : rules[0]?.file !== undefined && rules[0].file !== 'people'
        ? 'Decision-makers are the people this rule matches (on one of their memberships):'
        : 'Decision-makers are the people this rule matches:';
  return [
    intro,
    '',
    table(
      ['rule', 'people', 'by value', 'values that matched nothing'],
      rules.map((dm) => {
        const m = dm.matched;
        const unmatched = m
          ? [
              ...m.unmatched.map((u) => `${code(u.value)} (${u.people})`),
              ...(m.unmatchedCount > m.unmatched.length
                ? [
                    `${m.unmatched.length > 0 ? 'and ' : ''}${plural(m.unmatchedCount - m.unmatched.length, 'value')}${m.unmatched.length > 0 ? ' more' : ' (withheld)'}`,
                  ]
                : []),
            ].join(', ')
          : '';
        return [
          ruleCell(dm),
          m ? String(m.people) : MISSING,
          m && m.values.length > 0 ? m.values.map((v) => `${code(v.value)}: ${v.people}`).join(', ') : MISSING,
          unmatched || MISSING,
        ];
      }),
    ),
    '',
    ...(rules.some((r) => r.matched?.people === 0)
      ? [
          '**A rule matches nobody.** Check the values that matched nothing: `~TEXT` matches part of a cell (a combined cell such as "mayor + senator"), `=*` any non-empty value.',
          '',
        ]
      : []),
  ];
}
