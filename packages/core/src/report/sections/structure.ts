/** Network structure: the whole-graph measures and the community sizes. */

import { barChart, formatNumber, table } from '../format.js';
import type { ReportInput } from './section.js';

export function structureSection({ analysis }: ReportInput): string[] {
  const { graph: g, settings } = analysis.summary;
  const out = [
    '## Network structure',
    '',
    table(
      ['measure', 'value', 'meaning'],
      [
        ['people', String(g.people), 'nodes of the person graph'],
        ['links', String(g.links), 'pairs linked by a tie or a shared event'],
        ['density', formatNumber(g.density, 4), 'share of possible pairs that are linked'],
        ['components', String(g.components), 'separate parts (isolates included)'],
        ['largest component', String(g.largestComponent), 'people in the biggest connected part'],
        [
          'average clustering',
          formatNumber(g.averageClustering, 4),
          "mean share of a person's contacts who know each other",
        ],
        [
          'degree assortativity',
          formatNumber(g.degreeAssortativity, 4),
          'positive: well-connected people link to each other; negative: hubs link to the periphery',
        ],
        ['modularity', formatNumber(g.modularity, 4), 'how clearly the communities separate (0 none, above 0.3 clear)'],
        ['communities', String(g.communities), `Louvain, seed ${settings.seed}, resolution ${settings.resolution}`],
      ],
    ),
    '',
  ];
  if (g.communitySizes.length > 1) {
    out.push('Community sizes:', '', barChart(g.communitySizes.slice(0, 20).map((s, i) => [`community ${i}`, s])), '');
  }
  return out;
}
