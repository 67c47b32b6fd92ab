/**
 * The top of the report: the title, the key figures, who is cut off from the decision-makers,
 * and how to read them.
 */

import { escapeMarkdown, escapeName, formatNumber, formatPercent, plural, pluralNoun } from '../format.js';
import type { ReportInput } from './section.js';

/** How many names a headline call-out lists before "and N more". */
const NAMES = 10;

export function headlineSection({ graph, analysis, options }: ReportInput): string[] {
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
    out.push(...cutOff(analysis, graph));
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

/**
 * The call-outs: decision-makers with no link at all (no route can reach them) and participants
 * with no path to any decision-maker, counted and named (the first ten).
 */
function cutOff(analysis: ReportInput['analysis'], graph: ReportInput['graph']): string[] {
  const a = analysis.summary.access;
  if (a.decisionMakers === 0) return [];
  const isDecisionMaker = (id: string) => graph.getNodeAttribute(id, 'isDecisionMaker') === true;
  const isolated = analysis.people.filter((p) => isDecisionMaker(p.id) && p.degree === 0);
  const noPath = analysis.people.filter((p) => !isDecisionMaker(p.id) && p.distance_to_track1 === null);
  const names = (people: readonly { name: unknown }[]) =>
    people
      .slice(0, NAMES)
      .map((p) => escapeName(p.name))
      .join(', ') + (people.length > NAMES ? `, and ${people.length - NAMES} more` : '');
  const out: string[] = [];
  if (isolated.length > 0) {
    out.push(
      `- **${isolated.length} of the ${plural(a.decisionMakers, 'decision-maker')} ${isolated.length === 1 ? 'is' : 'are'} isolated**: no link to anyone on the roster, so no participant can reach them (${names(isolated)}). Check whether the roster records their ties.`,
    );
  }
  if (noPath.length > 0) {
    out.push(
      `- **${plural(noPath.length, 'participant')} ${noPath.length === 1 ? 'has' : 'have'} no path to any decision-maker** (${names(noPath)}); they are listed in the access section and in \`people-metrics.csv\` (empty \`distance_to_track1\`).`,
    );
  }
  return out;
}
