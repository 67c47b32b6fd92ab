/** Rounds: newcomers, returners and leavers per round. */

import { barChart, escapeMarkdown, formatPercent, MISSING, plural, table } from '../format.js';
import { capRows } from '../ranking.js';
import type { ReportInput } from './section.js';

const TITLE = '## Rounds: who comes back';

export function turnoverSection({ analysis, maxRows }: ReportInput): string[] {
  const all = analysis.homophily.turnover;
  if (all.length === 0) {
    return [
      TITLE,
      '',
      'Not computed: no rounds in the roster. Give the events a `round` (and a `date`) to follow who comes back from one round to the next.',
      '',
    ];
  }
  // the latest rounds matter most: keep the last rows
  const { shown, omitted } = capRows([...all].reverse(), maxRows);
  const t = shown.reverse();
  return [
    TITLE,
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
    ...(omitted > 0
      ? [
          `Only the latest ${t.length} of ${all.length} rounds are shown (${plural(omitted, 'earlier round')} left out); all are in \`summary.json\` (\`turnover\`).`,
          '',
        ]
      : []),
  ];
}
