/** Whom to invite next: the roster designer's proposal for the latest event. */

import { escapeCode, escapeMarkdown, formatFixed, nodeLabel, plural, table } from '../format.js';
import type { ReportInput } from './section.js';

export function suggestionsSection({ graph, analysis }: ReportInput): string[] {
  const s = analysis.homophily.suggestions;
  if (!s) {
    return [
      '## Whom to invite next',
      '',
      `Not proposed: ${analysis.summary.access.decisionMakers === 0 ? 'the roster has no decision-makers under the rule above, so access cannot be scored' : 'no dated event with attendance, so there is no latest roster to improve; add a `date` column to the events file, or run `trackmap suggest --event ID`'}.`,
      '',
    ];
  }
  const out = [
    '## Whom to invite next',
    '',
    `Starting from the roster of the latest event (\`${escapeCode(s.event)}\`, ${s.before.size} people), the greedy roster designer proposes these invitations, each the one that raises the combined score of access to decision-makers and diversity most (equal weights, as \`trackmap suggest\` scores them; run it with \`--weights\` or a candidate file to explore):`,
    '',
    table(
      ['', 'before', 'after'],
      [
        [
          'decision-makers within 2 steps',
          String(s.before.decisionMakersReached),
          String(s.after.decisionMakersReached),
        ],
        ['access', formatFixed(s.before.access, 3), formatFixed(s.after.access, 3)],
        ['diversity', formatFixed(s.before.diversity, 3), formatFixed(s.after.diversity, 3)],
        ['score', formatFixed(s.before.score, 3), formatFixed(s.after.score, 3)],
      ],
    ),
    '',
  ];
  s.steps.forEach((step, i) => {
    const what = [
      step.decisionMakers.length
        ? `brings ${plural(step.decisionMakers.length, 'decision-maker')} within two steps`
        : '',
      step.categories.length ? `adds ${step.categories.map(escapeMarkdown).join('; ')}` : '',
    ].filter((x) => x !== '');
    out.push(`${i + 1}. Invite ${nodeLabel(graph, step.person)}${what.length ? `: ${what.join('; ')}` : ''}.`);
  });
  if (s.steps.length === 0)
    out.push(
      'No one on the roster would raise the combined score; the latest roster is as good as the candidates allow on these terms.',
    );
  out.push('');
  return out;
}
