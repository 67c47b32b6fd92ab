/** If an idea came out of the latest round: the short transfer simulation's routes and reached officials. */

import {
  barChart,
  escapeCode,
  escapeMarkdown,
  formatCount,
  formatPercent,
  nodeName,
  percentValue,
  table,
} from '../format.js';
import type { ReportInput } from './section.js';

export function transferSection({ graph, analysis, top }: ReportInput): string[] {
  const t = analysis.summary.transfer;
  if (analysis.summary.access.decisionMakers === 0 || !t) return [];
  return [
    '## If an idea came out of the latest round',
    '',
    `A transfer simulation (independent cascade, ${formatCount(t.runs)} runs, seed ${t.seed}, default probabilities) from the ${t.seeds.length} participants of ${escapeMarkdown(t.origin)} (${t.events.map((e) => `\`${escapeCode(e)}\``).join(', ')}). The probabilities are assumptions: compare, do not predict. Run \`trackmap transfer\` to choose the starting group and the probabilities.`,
    '',
    'Most likely transfer routes (share of runs in which the decision-maker was reached along exactly that route):',
    '',
    table(
      ['route', 'share of runs'],
      t.routes
        .slice(0, top)
        .map((r) => [r.nodes.map((id) => nodeName(graph, id)).join(' → '), formatPercent(r.share, 1)]),
    ),
    '',
    'Decision-makers most likely to be reached:',
    '',
    barChart(t.targets.slice(0, top).map((x) => [graph.getNodeAttribute(x.id, 'name'), percentValue(x.probability)])),
    '',
  ];
}
