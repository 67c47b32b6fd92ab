/**
 * The roster panel: pick everyone, an event, a round or an initiative; its participants are
 * highlighted on the graph (or, with "Show only this roster", the others are hidden), and its
 * diversity (the core's composition: Blau and normalised Shannon per attribute, ideology spread)
 * and access figures (overall, and by side towards their own and the other sides' decision-makers,
 * the core's `sideAccess`) are shown, with small bar charts.
 */

import type { RosterAccess, SideAccess } from '@trackmap/core';
import type { RosterView } from '../data/protocol.js';
import { ideologyColor } from '../renderer/color-scheme.js';
import { barChart } from './charts.js';
import { el, formatNumber, percent, table } from './dom.js';

const KIND_LABEL: Record<RosterView['kind'], string> = {
  all: 'Everyone',
  event: 'Events',
  round: 'Rounds',
  initiative: 'Initiatives',
};

/** Fills the roster select, grouped by kind. */
export function fillRosterSelect(select: HTMLSelectElement, rosters: readonly RosterView[]): void {
  const groups = new Map<RosterView['kind'], HTMLOptGroupElement>();
  const nodes: Node[] = [];
  for (const r of rosters) {
    const option = el('option', {
      text: r.kind === 'all' ? `Everyone (${r.members.length})` : `${r.label} (${r.members.length})`,
    });
    option.value = r.key;
    if (r.kind === 'all') {
      nodes.push(option);
      continue;
    }
    let group = groups.get(r.kind);
    if (!group) {
      group = el('optgroup');
      group.label = KIND_LABEL[r.kind];
      groups.set(r.kind, group);
      nodes.push(group);
    }
    group.append(option);
  }
  select.replaceChildren(...nodes);
}

const ATTRS = ['side', 'track', 'sector', 'country', 'school', 'gender'] as const;

export function renderRosterFigures(
  container: HTMLElement,
  roster: RosterView,
  access: RosterAccess,
  sides: readonly SideAccess[],
): void {
  const c = roster.composition;
  const diversity = ATTRS.filter((a) => c.attributes[a].present > 0).map((a) => ({
    label: a,
    value: c.attributes[a].blau ?? 0,
    display: formatNumber(c.attributes[a].blau),
  }));
  const shannon = ATTRS.filter((a) => c.attributes[a].present > 0).map((a) => ({
    label: a,
    value: c.attributes[a].shannon ?? 0,
    display: formatNumber(c.attributes[a].shannon),
    color: '#009e73',
  }));
  const bins = c.ideology.histogram.length;
  const ideologyBars = c.ideology.histogram.map((count, i) => {
    const lo = -1 + (2 * i) / bins;
    const hi = -1 + (2 * (i + 1)) / bins;
    return { label: `${lo.toFixed(1)} to ${hi.toFixed(1)}`, value: count, color: ideologyColor((lo + hi) / 2) };
  });
  const accessBars = [
    { label: 'within 1 step', value: access.shareWithin1 ?? 0, display: percent(access.shareWithin1) },
    { label: 'within 2 steps', value: access.shareWithin2 ?? 0, display: percent(access.shareWithin2) },
    {
      label: 'no route',
      value: access.shareUnreachable ?? 0,
      display: percent(access.shareUnreachable),
      color: '#b42318',
    },
  ];
  const parts: Node[] = [
    table([
      ['People', String(access.size)],
      ['Decision-makers among them', String(access.decisionMakers)],
      ['Participants', String(access.participants)],
      ['Median steps to a decision-maker', formatNumber(access.medianDistance)],
      ['Median access score', formatNumber(access.medianAccessScore)],
    ]),
    barChart('Participants with a decision-maker…', accessBars, 1),
  ];
  if (sides.length > 1) {
    const sideBars = sides.flatMap((s) => [
      {
        label: `${s.side}: own`,
        value: s.ownWithin2,
        display: s.ownDecisionMakers === 0 ? 'none on this side' : percent(s.ownWithin2),
        color: '#0072b2',
      },
      {
        label: `${s.side}: other`,
        value: s.otherWithin2,
        display: s.otherDecisionMakers === 0 ? 'none on other sides' : percent(s.otherWithin2),
        color: '#e69f00',
      },
    ]);
    parts.push(barChart("Within 2 steps of their own side's / the other sides' decision-makers", sideBars, 1));
  }
  if (diversity.length) {
    parts.push(
      barChart('Diversity: Blau index (0 = all alike)', diversity),
      barChart('Evenness: Shannon / ln K (1 = even)', shannon, 1),
    );
  }
  if (c.ideology.n > 0) {
    parts.push(
      table([
        ['Ideology: people scored', `${c.ideology.n} of ${c.size}`],
        ['Mean (SD)', `${formatNumber(c.ideology.mean)} (${formatNumber(c.ideology.sd)})`],
        ['Range', `${formatNumber(c.ideology.min)} to ${formatNumber(c.ideology.max)}`],
        ['Coverage of the scale', percent(c.ideology.coverage)],
      ]),
      barChart('Ideology (people per tenth of the scale)', ideologyBars),
    );
  } else {
    parts.push(el('p', { className: 'muted', text: 'No ideology scores in this roster.' }));
  }
  container.replaceChildren(...parts);
}
