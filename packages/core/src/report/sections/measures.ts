/**
 * Who stands out, measure by measure: the top people of every ranked measure of the registry,
 * with what the measure suggests and does not show, after a note on how exact the all-pairs
 * measures are.
 */

import type { Analysis, PersonMetrics } from '../../analysis/analyze.js';
import { MEASURE_REGISTRY } from '../../measure-registry.js';
import {
  escapeMarkdown,
  escapeName,
  formatNumber,
  formatPercent,
  MISSING,
  personCell,
  plural,
  table,
} from '../format.js';
import { isConstant, rankTop } from '../ranking.js';
import type { ReportInput } from './section.js';

export function measuresSection({ graph, analysis, top }: ReportInput): string[] {
  const out: string[] = [];
  const constant: string[] = [];
  for (const info of MEASURE_REGISTRY) {
    if (!info.ranked) continue;
    const shown = (p: PersonMetrics) => formatNumber(p[info.key] as number, 4);
    const sorted = analysis.people
      .filter((p) => p[info.key] !== null)
      .sort((x, y) =>
        info.order === 'desc'
          ? (y[info.key] as number) - (x[info.key] as number)
          : (x[info.key] as number) - (y[info.key] as number),
      );
    // The same value for everyone: a top 10 would list ten arbitrary people.
    if (isConstant(sorted, shown)) {
      constant.push(`${info.title} (\`${info.key}\`, ${shown(sorted[0] as PersonMetrics)} for all ${sorted.length})`);
      continue;
    }
    const ranked = rankTop(sorted, shown, top);
    out.push(
      `### ${info.title} (\`${info.key}\`)`,
      '',
      `*Definition:* ${info.definition}. *Suggests:* ${info.means}. *Does not show:* ${info.doesNotMean}.`,
      '',
    );
    if (ranked.rows.length > 0) {
      out.push(
        table(
          ['#', 'person', 'track', info.key],
          ranked.rows.map(({ item: p, rank }) => [
            String(rank),
            personCell(graph, p),
            escapeMarkdown(p.track || MISSING),
            shown(p),
          ]),
        ),
        '',
      );
    }
    if (ranked.tiedAtCut) {
      const t = ranked.tiedAtCut;
      out.push(
        `${ranked.rows.length > 0 ? 'Then' : 'At the top,'} **${plural(t.items.length, 'person', 'people')} tied** at rank ${t.rank} with ${t.key}: ${t.items
          .slice(0, top)
          .map((p) => escapeName(p.name))
          .join(
            ', ',
          )}${t.items.length > top ? `, and ${t.items.length - top} more` : ''} (every value is in \`people-metrics.csv\`).`,
        '',
      );
    }
  }
  return [
    '## Who stands out, measure by measure',
    '',
    ...approximationNote(analysis.summary),
    '',
    ...(constant.length > 0
      ? [`Not ranked, because everyone has the same value on this roster: ${constant.join('; ')}.`, '']
      : []),
    ...out,
  ];
}

/** How the all-pairs measures were computed: one line when exact, the bounds when sampled. */
function approximationNote(summary: Analysis['summary']): string[] {
  const a = summary.allPairs?.approximation;
  if (!a) {
    return [
      'Betweenness, transfer betweenness, closeness and harmonic centrality are exact (one shortest-path search from every person).',
    ];
  }
  const lines = [
    `**Approximate values.** The network is large, so betweenness, transfer betweenness, closeness and harmonic centrality were estimated by sampling (seed ${a.seed}); every other measure is exact. Each bound holds for every person at once with probability at least ${formatPercent(1 - a.delta)}:`,
    '',
  ];
  if (a.betweenness) {
    lines.push(
      `- betweenness: within ±${formatNumber(a.betweenness.epsilon, 4)} of the exact value (${a.betweenness.samples} sampled shortest paths; Riondato & Kornaropoulos 2016);`,
    );
  }
  if (a.closeness) {
    lines.push(
      `- closeness: the average distance behind it within ±${formatNumber(a.closeness.distanceError, 3)} steps (${a.closeness.samples} sampled people; Eppstein & Wang 2004);`,
    );
  }
  if (a.harmonic) {
    lines.push(
      `- harmonic centrality: within ±${formatNumber(a.harmonic.epsilon, 4)} × the number of people (${a.harmonic.samples} sampled people);`,
    );
  }
  if (a.transfer) {
    lines.push(
      `- transfer betweenness: the raw count within ±${formatNumber(a.transfer.epsilon, 4)} × participants × decision-makers (${a.transfer.samples} sampled participants).`,
    );
  }
  lines.push(
    '',
    'Rankings near the top are reliable; small differences between people are not. See `docs/measures.md`.',
  );
  return lines;
}
