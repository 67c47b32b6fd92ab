/** If an idea came out of the latest round: the short transfer simulation's routes and reached officials. */

import {
  barChart,
  escapeCode,
  escapeMarkdown,
  formatCount,
  formatPercent,
  nodeName,
  percentValue,
  plural,
  table,
} from '../format.js';
import { rankTop } from '../ranking.js';
import type { ReportInput } from './section.js';

const TITLE = '## If an idea came out of the latest round';

export function transferSection({ graph, analysis, top }: ReportInput): string[] {
  const t = analysis.summary.transfer;
  const { settings, access } = analysis.summary;
  if (access.decisionMakers === 0 || !t) {
    const why =
      access.decisionMakers === 0
        ? 'the roster has no decision-makers under the rule above'
        : settings.transferRuns === 0
          ? 'skipped with `--transfer-runs 0`'
          : access.participants === 0
            ? 'the roster has no participants'
            : analysis.homophily.suggestions === null // no latest dated event with attendance
              ? 'no dated event with attendance, so there is no latest round to start from; add a `date` column to the events file'
              : 'no decision-maker was reached in any run from the latest round';
    return [TITLE, '', `Not simulated: ${why}. Run \`trackmap transfer\` to simulate from any group.`, ''];
  }
  const targets = rankTop(t.targets, (x) => formatPercent(x.probability, 1), top);
  return [
    TITLE,
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
    ...(targets.rows.length > 0
      ? [
          barChart(
            targets.rows.map(({ item: x }) => [graph.getNodeAttribute(x.id, 'name'), percentValue(x.probability)]),
          ),
          '',
        ]
      : []),
    ...(targets.tiedAtCut
      ? [
          `${targets.rows.length > 0 ? 'Then' : 'At the top,'} **${plural(targets.tiedAtCut.items.length, 'decision-maker')} tied at ${targets.tiedAtCut.key}**: ${targets.tiedAtCut.items
            .slice(0, top)
            .map((x) => nodeName(graph, x.id))
            .join(
              ', ',
            )}${targets.tiedAtCut.items.length > top ? `, and ${targets.tiedAtCut.items.length - top} more` : ''} (every decision-maker's chance is in \`summary.json\`, \`transfer.targets\`).`,
          '',
        ]
      : []),
  ];
}
