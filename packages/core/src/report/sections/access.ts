/** Access to decision-makers: distances, the participants with the most access, and who has none. */

import {
  barChart,
  escapeMarkdown,
  escapeName,
  formatNumber,
  MISSING,
  nodeName,
  personCell,
  plural,
  table,
} from '../format.js';
import { rankTop } from '../ranking.js';
import type { ReportInput } from './section.js';

/** How many participants with no path the section names before "and N more". */
const NO_PATH_NAMES = 30;

export function accessSection({ graph, analysis, top }: ReportInput): string[] {
  const a = analysis.summary.access;
  const out = ['## Access to decision-makers', ''];
  if (a.decisionMakers === 0) {
    out.push(
      'The roster has no decision-makers under the rule above, so access cannot be measured. Set `track` to 1 for officials, or use `--decision-makers COLUMN=VALUE`.',
      '',
    );
    return out;
  }
  const participants = analysis.people.filter((p) => !graph.getNodeAttribute(p.id, 'isDecisionMaker'));
  const sorted = [...participants].sort(
    (x, y) =>
      y.access_score - x.access_score ||
      (y.track1_within_2 ?? 0) - (x.track1_within_2 ?? 0) ||
      (y.track1_within_1 ?? 0) - (x.track1_within_1 ?? 0),
  );
  // tied: the same score, within 2 and within 1, as shown
  const shownScore = (p: (typeof sorted)[number]) =>
    `${formatNumber(p.access_score, 2)} · ${formatNumber(p.track1_within_2)} · ${formatNumber(p.track1_within_1)}`;
  const best = rankTop(sorted, shownScore, top);
  out.push(
    'Participants (everyone who is not a decision-maker) by the number of steps to the nearest decision-maker:',
    '',
    barChart(
      Object.entries(a.distanceHistogram).map(([k, v]) => [
        k === 'unreachable' ? 'no path' : `${k} step${k === '1' ? '' : 's'}`,
        v,
      ]),
    ),
    '',
  );
  if (best.rows.length > 0) {
    out.push(
      `Participants with the highest access score (seniority-weighted decision-makers, halved at each step; top ${best.rows.length}):`,
      '',
      table(
        ['#', 'participant', 'track', 'access score', 'distance', 'within 1', 'within 2', 'nearest decision-makers'],
        best.rows.map(({ item: p, rank }) => [
          String(rank),
          personCell(graph, p),
          escapeMarkdown(p.track || MISSING),
          formatNumber(p.access_score, 2),
          formatNumber(p.distance_to_track1),
          formatNumber(p.track1_within_1),
          formatNumber(p.track1_within_2),
          p.nearest_track1
            .slice(0, 3)
            .map((id) => nodeName(graph, id))
            .join(', ') + (p.nearest_track1.length > 3 ? ` +${p.nearest_track1.length - 3}` : ''),
        ]),
      ),
      '',
    );
  }
  if (best.tiedAtCut) {
    const t = best.tiedAtCut;
    const p = t.items[0] as (typeof sorted)[number];
    out.push(
      `${best.rows.length > 0 ? 'Then' : 'At the top,'} **${plural(t.items.length, 'participant')} tied** at rank ${t.rank}, access score ${formatNumber(p.access_score, 2)} (${formatNumber(p.track1_within_1)} decision-makers within 1 step, ${formatNumber(p.track1_within_2)} within 2): ${names(t.items)}. Every participant's score is in \`people-metrics.csv\`.`,
      '',
    );
  }
  const cut = participants.filter((p) => p.distance_to_track1 === null);
  if (cut.length > 0) {
    out.push(`Participants with **no path** to any decision-maker (${cut.length}): ${names(cut, NO_PATH_NAMES)}.`, '');
  }
  return out;
}

/** Up to `max` escaped names, then "and N more (all in people-metrics.csv)". */
function names(people: readonly { name: unknown }[], max = 10): string {
  const shown = people.slice(0, max).map((p) => escapeName(p.name));
  return people.length > max
    ? `${shown.join(', ')}, and ${people.length - max} more (all in \`people-metrics.csv\`)`
    : shown.join(', ');
}
