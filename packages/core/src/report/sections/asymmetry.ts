/** Asymmetry between sides: own side's versus other sides' decision-makers, per side and per round. */

import type { Analysis } from '../../analysis/analyze.js';
import { escapeMarkdown, formatNumber, formatPercent, MISSING, plural, table } from '../format.js';
import { capRows } from '../ranking.js';
import type { ReportInput } from './section.js';

const TITLE = '## Asymmetry between sides';

export function asymmetrySection({ analysis, maxRows }: ReportInput): string[] {
  const { bySide, byRound } = analysis.summary.asymmetry;
  if (analysis.summary.access.decisionMakers === 0) {
    return [TITLE, '', 'Not computed: the roster has no decision-makers under the rule above.', ''];
  }
  if (bySide.length === 0) {
    return [
      TITLE,
      '',
      'Not computed: no sides in the roster. Add a `side` column to the people file (the party each person belongs to) to compare access between sides.',
      '',
    ];
  }
  const out = [
    TITLE,
    '',
    "For each side's participants: how many can reach a decision-maker of their **own** side, and of the **other** side(s), within one and two steps. Unequal access between the parties is a known barrier to transfer.",
    '',
    table(
      [
        'side',
        'participants',
        'own ≤ 1',
        'own ≤ 2',
        'other ≤ 1',
        'other ≤ 2',
        'median distance own / other',
        'median access own / other',
      ],
      bySide.map((s) => [
        escapeMarkdown(s.side),
        String(s.participants),
        ...shareCells(s),
        `${formatNumber(s.medianDistanceOwn, 1)} / ${formatNumber(s.medianDistanceOther, 1)}`,
        `${formatNumber(s.medianAccessOwn, 2)} / ${formatNumber(s.medianAccessOther, 2)}`,
      ]),
    ),
    '',
    'Share of participants within two steps of a decision-maker, own side (▇) and other side (░):',
    '',
    pairedBars(bySide.filter((s) => s.ownDecisionMakers > 0).map((s) => [s.side, s.ownWithin2, s.otherWithin2])),
    '',
  ];
  if (byRound.length > 0) {
    // the latest rounds matter most: keep the last rows
    const { shown, omitted } = capRows([...byRound].reverse(), maxRows);
    out.push(
      'By round: the participants of each round, on the network as it stood at the end of that round (ties and events dated up to then):',
      '',
      table(
        ['round', 'date', 'side', 'participants', 'own ≤ 1', 'own ≤ 2', 'other ≤ 1', 'other ≤ 2'],
        shown
          .reverse()
          .map((r) => [
            escapeMarkdown(r.round),
            r.date ?? MISSING,
            escapeMarkdown(r.side),
            String(r.participants),
            ...shareCells(r),
          ]),
      ),
      '',
    );
    if (omitted > 0) {
      out.push(
        `Only the latest ${shown.length} of ${byRound.length} rows are shown (${plural(omitted, 'earlier row')} left out); all are in \`summary.json\` (\`asymmetry.byRound\`).`,
        '',
      );
    }
  }
  return out;
}

/** Own ≤ 1, own ≤ 2, other ≤ 1, other ≤ 2: shares of participants; own is `–` for a side without decision-makers. */
function shareCells(s: Analysis['summary']['asymmetry']['bySide'][number]): string[] {
  const own = (share: number) => (s.ownDecisionMakers ? formatPercent(share) : MISSING);
  return [own(s.ownWithin1), own(s.ownWithin2), formatPercent(s.otherWithin1), formatPercent(s.otherWithin2)];
}

/** Two bars per label (values in [0, 1]), for own vs other comparisons. */
function pairedBars(entries: [string, number, number][], width = 40): string {
  const labelWidth = Math.max(0, ...entries.map(([l]) => [...l].length));
  const lines: string[] = [];
  for (const [label, own, other] of entries) {
    lines.push(`${label.padEnd(labelWidth)} own   │ ${'▇'.repeat(Math.round(own * width))} ${formatPercent(own)}`);
    lines.push(`${''.padEnd(labelWidth)} other │ ${'░'.repeat(Math.round(other * width))} ${formatPercent(other)}`);
  }
  return ['```text', ...lines, '```'].join('\n');
}
