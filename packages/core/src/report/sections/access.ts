/** Access to decision-makers: distances, the participants with the most access, and who has none. */

import { barChart, escapeMarkdown, escapeName, formatNumber, MISSING, nodeName, personCell, table } from '../format.js';
import type { ReportInput } from './section.js';

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
  const best = [...participants]
    .sort(
      (x, y) =>
        y.access_score - x.access_score ||
        (y.track1_within_2 ?? 0) - (x.track1_within_2 ?? 0) ||
        (y.track1_within_1 ?? 0) - (x.track1_within_1 ?? 0),
    )
    .slice(0, top);
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
    `Participants with the highest access score (seniority-weighted decision-makers, halved at each step; top ${best.length}):`,
    '',
    table(
      ['participant', 'track', 'access score', 'distance', 'within 1', 'within 2', 'nearest decision-makers'],
      best.map((p) => [
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
  const cut = participants.filter((p) => p.distance_to_track1 === null);
  if (cut.length > 0) {
    out.push(
      `Participants with **no path** to any decision-maker (${cut.length}): ${cut
        .slice(0, 30)
        .map((p) => escapeName(p.name))
        .join(', ')}${cut.length > 30 ? ', …' : ''}.`,
      '',
    );
  }
  return out;
}
