/** The brokers on participant → decision-maker routes, with their Gould–Fernandez roles. */

import { escapeMarkdown, formatNumber, MISSING, personCell, table } from '../format.js';
import type { ReportInput } from './section.js';

export function brokersSection({ graph, analysis, top }: ReportInput): string[] {
  if (analysis.summary.access.decisionMakers === 0) return [];
  const ranked = analysis.people
    .filter((p) => p.transfer_betweenness > 0)
    .sort((x, y) => y.transfer_betweenness - x.transfer_betweenness);
  if (ranked.length === 0) return [];
  const isDm = (id: string) => graph.getNodeAttribute(id, 'isDecisionMaker') === true;
  // "Through whom" is answered by participants; a decision-maker on the route is already Track I.
  const participants = ranked.filter((p) => !isDm(p.id));
  const decisionMakers = ranked.filter((p) => isDm(p.id));
  const brokerTable = (people: typeof ranked) =>
    table(
      [
        '#',
        'person',
        'track',
        'transfer betweenness',
        'gatekeeper',
        'representative',
        'liaison',
        'coordinator',
        'itinerant',
      ],
      people
        .slice(0, top)
        .map((p, i) => [
          String(i + 1),
          personCell(graph, p),
          escapeMarkdown(p.track || MISSING),
          formatNumber(p.transfer_betweenness, 4),
          String(p.brokerage_side_gatekeeper),
          String(p.brokerage_side_representative),
          String(p.brokerage_side_liaison),
          String(p.brokerage_side_coordinator),
          String(p.brokerage_side_itinerant),
        ]),
    );
  const more = (people: typeof ranked) =>
    people.length > top ? [`… and ${people.length - top} more (all in people-metrics.csv).`, ''] : [];
  return [
    '## Brokers between Track II and Track I',
    '',
    "The people the most participant → decision-maker shortest routes pass through (`transfer_betweenness`), with their brokerage roles on the known ties (Gould–Fernandez, groups = sides): a *gatekeeper* passes ties from another side into their own, a *representative* carries their own side's ties out, a *liaison* links two other sides. These are positions where ideas *could* be passed on or held back; they do not show that either happened.",
    '',
    '### Participant brokers',
    '',
    ...(participants.length > 0
      ? [
          'Participants (not decision-makers) on the routes: the answer to "through whom" does Track II reach Track I.',
          '',
          brokerTable(participants),
          '',
          ...more(participants),
        ]
      : [
          'No participant lies on a participant → decision-maker shortest route: every route goes straight to a decision-maker or through other decision-makers.',
          '',
        ]),
    ...(decisionMakers.length > 0
      ? [
          '### Decision-makers who broker between decision-makers',
          '',
          `Decision-makers through whom routes pass on to other decision-makers (${decisionMakers.length}): they relay within Track I rather than bring Track II to it.`,
          '',
          brokerTable(decisionMakers),
          '',
          ...more(decisionMakers),
        ]
      : []),
  ];
}
