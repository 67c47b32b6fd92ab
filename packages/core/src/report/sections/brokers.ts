/**
 * The brokers on participant → decision-maker routes, with their Gould–Fernandez roles: the
 * participants (the answer to "through whom") apart from the decision-makers who relay between
 * other decision-makers. Ties stay whole, roles that are 0 for everyone are left out.
 */

import type { PersonMetrics } from '../../analysis/analyze.js';
import { escapeMarkdown, escapeName, formatNumber, MISSING, personCell, plural, table } from '../format.js';
import { rankTop } from '../ranking.js';
import type { ReportInput } from './section.js';

/** The brokerage roles shown, by their column in people-metrics.csv. */
const ROLES = [
  ['gatekeeper', 'brokerage_side_gatekeeper'],
  ['representative', 'brokerage_side_representative'],
  ['liaison', 'brokerage_side_liaison'],
  ['coordinator', 'brokerage_side_coordinator'],
  ['itinerant', 'brokerage_side_itinerant'],
] as const satisfies readonly (readonly [string, keyof PersonMetrics])[];

const TITLE = '## Brokers between Track II and Track I';

export function brokersSection({ graph, analysis, top }: ReportInput): string[] {
  if (analysis.summary.access.decisionMakers === 0) {
    return [TITLE, '', 'Not computed: the roster has no decision-makers under the rule above.', ''];
  }
  const sorted = analysis.people
    .filter((p) => p.transfer_betweenness > 0)
    .sort((x, y) => y.transfer_betweenness - x.transfer_betweenness);
  if (sorted.length === 0) {
    return [
      TITLE,
      '',
      'No one lies between a participant and a decision-maker: every participant who can reach a decision-maker is directly linked to the nearest ones, or none can reach one.',
      '',
    ];
  }
  const isDm = (id: string) => graph.getNodeAttribute(id, 'isDecisionMaker') === true;
  // "Through whom" is answered by participants; a decision-maker on the route is already Track I.
  const participants = sorted.filter((p) => !isDm(p.id));
  const decisionMakers = sorted.filter((p) => isDm(p.id));
  // Without sides, everyone is in one group and the roles between sides mean nothing; a role that
  // is 0 for everyone says nothing about these people: one line instead of a column.
  const { bySide, people } = analysis.summary.roster;
  const noSides = (bySide['(none)'] ?? 0) === people;
  const roles = noSides ? [] : ROLES.filter(([, column]) => analysis.people.some((p) => p[column] !== 0));
  const zeroRoles = noSides ? [] : ROLES.filter(([, column]) => analysis.people.every((p) => p[column] === 0));

  const brokerTable = (group: PersonMetrics[]): string[] => {
    const ranked = rankTop(group, (p) => formatNumber(p.transfer_betweenness, 4), top);
    const out: string[] = [];
    if (ranked.rows.length > 0) {
      out.push(
        table(
          ['#', 'person', 'track', 'transfer betweenness', ...roles.map(([role]) => role)],
          ranked.rows.map(({ item: p, rank }) => [
            String(rank),
            personCell(graph, p),
            escapeMarkdown(p.track || MISSING),
            formatNumber(p.transfer_betweenness, 4),
            ...roles.map(([, column]) => String(p[column])),
          ]),
        ),
        '',
      );
    }
    const t = ranked.tiedAtCut;
    if (t) {
      out.push(
        `${ranked.rows.length > 0 ? 'Then' : 'At the top,'} **${plural(t.items.length, 'person', 'people')} tied** at rank ${t.rank}, transfer betweenness ${t.key}: ${t.items
          .slice(0, top)
          .map((p) => escapeName(p.name))
          .join(', ')}${t.items.length > top ? `, and ${t.items.length - top} more` : ''}.`,
        '',
      );
    }
    if (ranked.omitted > 0) out.push(`… and ${ranked.omitted} more (all in \`people-metrics.csv\`).`, '');
    return out;
  };

  const out = [
    TITLE,
    '',
    "The people the most participant → decision-maker shortest routes pass through (`transfer_betweenness`), with their brokerage roles on the known ties (Gould–Fernandez, groups = sides): a *gatekeeper* passes ties from another side into their own, a *representative* carries their own side's ties out, a *liaison* links two other sides. These are positions where ideas *could* be passed on or held back; they do not show that either happened.",
    '',
    '### Participant brokers',
    '',
    ...(participants.length > 0
      ? [
          'Participants (not decision-makers) on the routes: the answer to "through whom" does Track II reach Track I.',
          '',
          ...brokerTable(participants),
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
          ...brokerTable(decisionMakers),
        ]
      : []),
  ];
  if (noSides) {
    out.push(
      'Brokerage roles between sides not computed: no sides in the roster. Add a `side` column to the people file to see who passes ties between the parties.',
      '',
    );
  } else if (zeroRoles.length === ROLES.length) {
    out.push(
      'The brokerage roles are 0 for everyone on this roster (no known tie links people of different sides), so they are not shown.',
      '',
    );
  } else if (zeroRoles.length > 0) {
    out.push(`0 for everyone on this roster, so not shown: ${zeroRoles.map(([role]) => role).join(', ')}.`, '');
  }
  return out;
}
