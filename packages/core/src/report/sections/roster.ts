/** The roster: the files read, who the decision-makers are, and people by track and side. */

import type { DecisionMakerRule } from '../../types.js';
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
    decisionMakerRuleSentence(roster.decisionMakerRule),
    '',
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

/** The report's sentence on who the decision-makers are; withheld values are counted, never shown. */
function decisionMakerRuleSentence(dm: DecisionMakerRule): string {
  const shown = dm.values.map((v) => `\`${escapeCode(v)}\``);
  const withheld = dm.withheld ?? 0;
  if (withheld > 0) {
    const count = `${plural(withheld, 'value')} withheld (the roster is pseudonymised)`;
    return `Decision-makers are the people whose \`${escapeCode(dm.column)}\` is ${[...shown, `one of ${count}`].join(' or ')}.`;
  }
  return `Decision-makers are the people whose \`${escapeCode(dm.column)}\` is ${shown.join(' or ')}.`;
}
