/**
 * The roster designer's answer as Markdown: a before/after table and every suggestion with what
 * it adds. Names are escaped (data, not markup).
 */

import type { SuggestResult } from '../design/suggest.js';
import type { RosterGraph } from '../types.js';
import { escapeMarkdown, formatFixed, formatPercent, nodeLabel, personLabel, plural } from './format.js';

/** Scores with three decimals, so the columns line up. */
const f = (x: number) => formatFixed(x, 3);

/** suggest.md: the designer's steps with their scores, in plain words. */
export function suggestReport(
  graph: RosterGraph,
  result: SuggestResult,
  options: { title: string; weights: { access: number; diversity: number } },
): string {
  const name = (id: string) => nodeLabel(graph, id);
  // In a list of decision-makers, each is one: no mark.
  const dmName = (id: string) => personLabel(graph.getNodeAttribute(id, 'name'), id);
  const b = result.before;
  const a = result.after;
  const keys = [...new Set([...Object.keys(b.components), ...Object.keys(a.components)])];
  const out = [
    `# Roster design: ${escapeMarkdown(options.title)}`,
    '',
    `Score = (${options.weights.access} × access + ${options.weights.diversity} × diversity) / ${options.weights.access + options.weights.diversity}. Access = share of decision-makers within two steps of someone on the roster; diversity = mean normalised Blau index over the attributes, and the share of the ideology axis covered.`,
    '',
    '| | before | after |',
    '| --- | --- | --- |',
    `| people | ${b.size} | ${a.size} |`,
    `| decision-makers within 2 steps | ${b.decisionMakersReached} | ${a.decisionMakersReached} |`,
    `| access | ${f(b.access)} | ${f(a.access)} |`,
    `| diversity | ${f(b.diversity)} | ${f(a.diversity)} |`,
    ...keys.map((k) => `| · ${escapeMarkdown(k)} | ${f(b.components[k] ?? 0)} | ${f(a.components[k] ?? 0)} |`),
    `| **score** | **${f(b.score)}** | **${f(a.score)}** |`,
    '',
    ...(Object.keys(a.coverage ?? {}).length > 0
      ? [
          `Known values on the roster after (diversity counts only known values; missing ones and missing-value codes add nothing): ${Object.entries(
            a.coverage,
          )
            .map(([k, v]) => `${escapeMarkdown(k)} ${formatPercent(v)}`)
            .join(', ')}.`,
          '',
        ]
      : []),
  ];
  if (result.steps.length === 0) {
    out.push(
      'No candidate raises the score: the roster is already as good as the candidates can make it on these terms.',
      '',
    );
  } else {
    out.push('## Suggestions, in order', '');
    result.steps.forEach((s, i) => {
      const what = [
        s.decisionMakers.length > 0
          ? `${s.action === 'add' ? 'brings within two steps' : 'takes out of reach'} ${plural(s.decisionMakers.length, 'decision-maker')} (${s.decisionMakers.map(dmName).join(', ')})`
          : undefined,
        s.categories.length > 0
          ? `${s.action === 'add' ? 'adds' : 'removes'} ${s.categories.map(escapeMarkdown).join('; ')}`
          : undefined,
      ].filter((x) => x !== undefined);
      out.push(
        `${i + 1}. **${s.action === 'add' ? 'Invite' : 'Drop'}** ${name(s.person)}: score ${f(s.before)} → ${f(s.after)}${what.length ? `; ${what.join('; ')}` : ''}.`,
      );
    });
    out.push('');
  }
  out.push(
    "A suggestion widens the roster's *opportunity* to reach decision-makers and hear other views; whether people come, and what they bring, is for the organisers to judge.",
    '',
  );
  return out.join('\n');
}
