/** The top of the report: the title, the key figures, and how to read them. */

import { escapeMarkdown, formatNumber, formatPercent, plural, pluralNoun } from '../format.js';
import type { ReportInput } from './section.js';

export function headlineSection({ analysis, options }: ReportInput): string[] {
  const { summary } = analysis;
  const a = summary.access;
  const g = summary.graph;
  const out = [
    `# trackmap report${options.title ? `: ${escapeMarkdown(options.title)}` : ''}`,
    '',
    `**${summary.roster.people}** people, of whom **${a.decisionMakers}** decision-makers; **${g.links}** links; ` +
      `**${g.communities}** communities; **${summary.import.warnings}** import ${pluralNoun(summary.import.warnings, 'warning')}.`,
    '',
  ];
  if (a.participants > 0) {
    out.push(
      `- ${formatPercent(a.shareWithin1)} of the ${a.participants} participants are directly linked to a decision-maker, ` +
        `${formatPercent(a.shareWithin2)} are within two steps, and ${formatPercent(a.shareUnreachable)} have no path to any.`,
    );
    if (a.medianDistance !== null) {
      out.push(
        `- Median distance to the nearest decision-maker: ${formatNumber(a.medianDistance, 1)} ${pluralNoun(a.medianDistance, 'step')}.`,
      );
    }
  }
  out.push(
    `- The network has ${plural(g.components, 'component')} (the largest holds ${g.largestComponent} people) and ${g.isolates} isolated ${pluralNoun(g.isolates, 'person', 'people')}.`,
    '',
    '> **Read with care.** Network position is evidence of *opportunity* to pass ideas to decision-makers, ' +
      'not proof that any idea passed. Links come from the roster (known ties and shared events) and miss ' +
      'everything the roster does not record. Use these figures beside interviews and surveys, not instead of them.',
    '',
  );
  return out;
}
