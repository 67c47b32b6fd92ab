/** Network structure: the whole-graph measures and the community sizes. */

import { barChart, formatCount, formatFixed, formatNumber, plural, table } from '../format.js';
import { capRows } from '../ranking.js';
import type { ReportInput } from './section.js';

/** Most bars of the community-size chart. */
const CHART_BARS = 20;

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
        [
          'communities',
          String(g.communities),
          `Louvain, the best of ${plural(settings.communityRuns, 'run')} (seed ${settings.seed}), resolution ${settings.resolution}`,
        ],
        [
          'community stability',
          formatFixed(g.communityStability, 2),
          'mean adjusted Rand index of the other runs against these communities (1: the same in every run; 0: chance)',
        ],
      ],
    ),
    '',
    stabilityReading(g.communityStability, settings.communityRuns),
    '',
  ];
  if (g.communitySizes.length > 1) {
    const { shown, omitted } = capRows(g.communitySizes, CHART_BARS);
    out.push('Community sizes:', '', barChart(shown.map((s, i) => [`community ${i}`, s])), '');
    if (omitted > 0) {
      const rest = g.communitySizes.slice(CHART_BARS);
      out.push(
        `… and ${plural(omitted, 'smaller community', 'smaller communities')} (${formatCount(rest.reduce((a, b) => a + b, 0))} people, ${rest.filter((s) => s === 1).length} of them alone); every size is in \`summary.json\` (\`graph.communitySizes\`).`,
        '',
      );
    }
  }
  return out;
}

/**
 * The plain reading of the communities' stability (the mean adjusted Rand index of the other
 * Louvain runs against the partition kept), in one line. Bands (a rule of thumb, docs/measures.md):
 * at least 0.9 stable, at least 0.7 fairly stable, below 0.7 unstable.
 */
function stabilityReading(stability: number | null, runs: number): string {
  if (stability === null) return 'Community stability was not measured: Louvain was run once (`--community-runs 1`).';
  const value = `stability ${formatFixed(stability, 2)} over ${plural(runs, 'run')}`;
  if (stability >= 0.9) return `The communities are stable (${value}): almost every run found the same groups.`;
  if (stability >= 0.7)
    return `The communities are fairly stable (${value}): the runs agree on most groups, but the borders of some move; read single memberships with care.`;
  return `The communities are unstable (${value}): other runs group many people differently, so treat each person's community as tentative.`;
}
