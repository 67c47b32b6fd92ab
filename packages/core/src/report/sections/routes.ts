/** Routes to decision-makers: the routes of the farthest participants who can still reach one, shortest first. */

import { describeStep } from '../../export/paths.js';
import type { Route } from '../../paths/routes.js';
import { escapeCode, escapeMarkdown, nodeName } from '../format.js';
import type { ReportInput } from './section.js';

const TITLE = '## Routes to decision-makers';

export function routesSection({ graph, analysis, options, top }: ReportInput): string[] {
  if (analysis.summary.access.decisionMakers === 0) {
    return [TITLE, '', 'Not computed: the roster has no decision-makers under the rule above.', ''];
  }
  const byPerson = new Map<string, Route[]>();
  for (const r of analysis.routes) (byPerson.get(r.source) ?? byPerson.set(r.source, []).get(r.source))?.push(r);
  const far = analysis.people
    .filter((p) => p.distance_to_track1 !== null && p.distance_to_track1 >= 2 && byPerson.has(p.id))
    .sort((x, y) => (y.distance_to_track1 as number) - (x.distance_to_track1 as number) || y.degree - x.degree)
    .slice(0, Math.min(top, 5));
  if (far.length === 0) {
    return [
      TITLE,
      '',
      "No participant is two steps or more from a decision-maker (each is one step away, or has no path), so there are no longer routes to show. Every participant's routes are in `paths.csv` and `paths.json`.",
      '',
    ];
  }
  const name = (id: string) => nodeName(graph, id);
  const out = [
    TITLE,
    '',
    "The routes of the participants farthest from any decision-maker, shortest first, with what links each step (tie type with its direction along the route, evidence, shared events). A route longer than the person's distance is marked as a longer alternative. Every participant's routes are in `paths.csv` and `paths.json` (column `kind`: `shortest` or `alternative`).",
    '',
  ];
  for (const p of far) {
    out.push(`**${name(p.id)}** (\`${escapeCode(p.id)}\`), ${p.distance_to_track1} steps:`, '');
    for (const r of (byPerson.get(p.id) ?? []).slice(0, 3)) {
      const steps = r.steps.map((s) => `${name(s.to)} *(${escapeMarkdown(describeStep(s, options.eventNames))})*`);
      const alternative = r.kind === 'alternative' ? ` — a longer alternative, ${r.hops} steps` : '';
      out.push(`${r.rank}. ${name(r.source)} → ${steps.join(' → ')}${alternative}`);
    }
    out.push('');
  }
  return out;
}
