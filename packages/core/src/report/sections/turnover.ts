/** Rounds: newcomers, returners and leavers per round. */

import { barChart, escapeMarkdown, formatPercent, MISSING, table } from '../format.js';
import type { ReportInput } from './section.js';

export function turnoverSection({ analysis }: ReportInput): string[] {
  const t = analysis.homophily.turnover;
  if (t.length === 0) return [];
  return [
    '## Rounds: who comes back',
    '',
    table(
      ['round', 'date', 'participants', 'new', 'returning', 'left since previous', 'turnover', 'retention'],
      t.map((r) => [
        escapeMarkdown(r.round),
        r.date ?? MISSING,
        String(r.participants),
        String(r.newcomers),
        String(r.returning),
        String(r.left),
        formatPercent(r.turnover),
        formatPercent(r.retention),
      ]),
    ),
    '',
    'Newcomers per round:',
    '',
    barChart(t.map((r) => [`round ${r.round}`, r.newcomers])),
    '',
  ];
}
