/** The brokers on participant → decision-maker routes, with their Gould–Fernandez roles. */

import { escapeMarkdown, formatNumber, MISSING, personCell, table } from '../format.js';
import type { ReportInput } from './section.js';

export function brokersSection({ graph, analysis, top }: ReportInput): string[] {
  if (analysis.summary.access.decisionMakers === 0) return [];
  const ranked = analysis.people
    .filter((p) => p.transfer_betweenness > 0)
    .sort((x, y) => y.transfer_betweenness - x.transfer_betweenness)
    .slice(0, top);
  if (ranked.length === 0) return [];
  return [
    '## Brokers between Track II and Track I',
    '',
    "The people the most participant → decision-maker shortest routes pass through (`transfer_betweenness`), with their brokerage roles on the known ties (Gould–Fernandez, groups = sides): a *gatekeeper* passes ties from another side into their own, a *representative* carries their own side's ties out, a *liaison* links two other sides. These are positions where ideas *could* be passed on or held back; they do not show that either happened.",
    '',
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
      ranked.map((p, i) => [
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
    ),
    '',
  ];
}
