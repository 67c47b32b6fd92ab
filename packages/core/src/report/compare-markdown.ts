/**
 * `compare.md`: what changed between two states of a network
 * ===========================================================
 *
 * A readable diff of a {@link Comparison}: headline numbers, the distribution of changes in
 * distance to decision-makers as Unicode bars, who gained and who lost access, the largest rises
 * and falls in access score and transfer betweenness, tie rows added and removed, and who joined
 * or left. Definitions follow `analysis/compare.ts`. Names, labels and every other roster value
 * are data, never markup: they are escaped (ids go in code spans). Pure: same input, same text.
 */

import type { ComparedMeasure, Comparison, PersonChange } from '../analysis/compare.js';
import type { RosterGraph, Tie } from '../types.js';
import {
  barChart,
  escapeMarkdown,
  formatNumber,
  formatSigned,
  MISSING,
  personLabel,
  plural,
  pluralNoun,
  table,
} from './format.js';

/** Options of {@link compareMarkdown}: labels of the two snapshots and table sizes. */
export interface CompareMarkdownOptions {
  /** What the earlier snapshot is, e.g. `after round 4 (2022-08-30)`; plain text, escaped here. */
  beforeLabel: string;
  /** What the later snapshot is, e.g. `after round 8`; plain text, escaped here. */
  afterLabel: string;
  /** Rows per table. @defaultValue 10 */
  top?: number;
  /** Title shown after "Change in the network" (e.g. the roster folder's name). */
  title?: string;
}

/**
 * Renders a comparison as Markdown.
 *
 * @param graph - the later snapshot's graph, analysed (`assignPersonMetrics` writes `nearest_track1`
 *   onto its nodes; the names of the nearest decision-makers are read from it).
 * @param comparison - the result of `compareAnalyses`.
 * @param options - labels of the two snapshots, rows per table, title.
 * @returns the report text.
 */
export function compareMarkdown(graph: RosterGraph, comparison: Comparison, options: CompareMarkdownOptions): string {
  const top = options.top ?? 10;
  const { summary: s } = comparison;
  const before = escapeMarkdown(options.beforeLabel);
  const after = escapeMarkdown(options.afterLabel);
  const byId = new Map(comparison.people.map((p) => [p.id, p]));
  const nameOf = (id: string) =>
    escapeMarkdown(byId.get(id)?.name ?? (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id));
  const both = comparison.people.filter((p) => p.status === 'both');
  const a = s.access;
  const out: string[] = [];

  out.push(`# Change in the network${options.title ? `: ${escapeMarkdown(options.title)}` : ''}`, '');
  out.push(
    `From **${before}** (${s.people.before} people, ${s.decisionMakers.before} decision-makers, ${s.links.before} links, ${plural(s.ties.before, 'tie row')}) ` +
      `to **${after}** (${s.people.after} people, ${s.decisionMakers.after} decision-makers, ${s.links.after} links, ${plural(s.ties.after, 'tie row')}).`,
    '',
  );
  out.push(
    `- Of the ${plural(s.people.both, 'person', 'people')} in both, **${a.gained}** gained access to decision-makers, **${a.lost}** lost access and ${a.unchanged} were unchanged.`,
    `- ${a.becameReachable} became able to reach a decision-maker and ${a.becameUnreachable} no longer can; ${a.closer} got closer and ${a.farther} moved farther away.`,
    `- ${a.within2Increased} have more decision-makers within two steps, ${a.within2Decreased} fewer.`,
  );
  if (s.medianDistanceChange !== null) {
    out.push(
      `- Median change in distance to the nearest decision-maker (people who can reach one in both): ${formatSigned(s.medianDistanceChange, 1)} ${pluralNoun(Math.abs(s.medianDistanceChange), 'step')}.`,
    );
  }
  if (s.medianAccessScoreChange !== null) {
    out.push(`- Median change in access score: ${formatSigned(s.medianAccessScoreChange, 3)}.`);
  }
  out.push(
    `- Links in the person graph: +${s.links.gained}, −${s.links.lost}. Tie rows: +${s.ties.added}, −${s.ties.removed}.`,
    `- ${plural(s.people.joined, 'person', 'people')} joined the roster and ${s.people.left} left; ${plural(s.decisionMakers.added.length, 'decision-maker')} added, ${s.decisionMakers.removed.length} removed.`,
    '',
    '> **Read with care.** A change in network position is a change in the *opportunity* to pass ideas to ' +
      'decision-makers, not proof that any idea passed. A tie missing from the later roster may be unrecorded ' +
      'rather than ended, and a new tie may be newly recorded rather than new.',
    '',
  );

  out.push(
    '## How to read this',
    '',
    '- **Gained access**: the distance to the nearest decision-maker decreased, or the person became able to reach one; ' +
      'or the distance stayed the same and more decision-makers are within two steps.',
    '- **Lost access**: the distance increased, or the person can no longer reach any decision-maker; ' +
      'or the distance stayed the same and fewer decision-makers are within two steps.',
    '- Everyone present in both snapshots is in exactly one of gained, lost or unchanged. Decision-makers are included ' +
      '(their distance is 0, so only the other decision-makers near them count).',
    '- Distances are steps in the person graph (a tie or a shared event is one step). Access score sums the ' +
      'seniority of reachable decision-makers, halved at each step. Transfer betweenness is the share of ' +
      'participant → decision-maker shortest routes passing through the person.',
    '',
  );

  out.push(
    '## Distance to decision-makers',
    '',
    'Change in the number of steps to the nearest decision-maker, for the people in both snapshots ' +
      '(negative: closer):',
    '',
    barChart(distanceBuckets(both)),
    '',
  );

  const gained = both.filter((p) => p.access === 'gained').sort(byAccessGain);
  const lost = both.filter((p) => p.access === 'lost').sort((x, y) => byAccessGain(y, x));
  out.push('## Who gained access', '');
  if (gained.length === 0) out.push('Nobody present in both gained access.', '');
  else {
    out.push(
      table(
        ['person', 'distance', 'within 2 steps', 'access score', 'nearest decision-makers now'],
        gained.slice(0, top).map((p) => [...accessCells(p), nearestNow(graph, p.id, nameOf)]),
      ),
      '',
      ...more(gained.length, top),
    );
  }
  out.push('## Who lost access', '');
  if (lost.length === 0) out.push('Nobody present in both lost access.', '');
  else {
    out.push(
      table(
        ['person', 'distance', 'within 2 steps', 'access score', 'neighbours lost'],
        lost.slice(0, top).map((p) => [...accessCells(p), idList(p.neighboursLost, nameOf, 3)]),
      ),
      '',
      ...more(lost.length, top),
    );
  }

  for (const [measure, title, digits] of [
    ['access_score', 'access score', 3],
    ['transfer_betweenness', 'transfer betweenness', 4],
  ] as const) {
    out.push(`## Largest changes in ${title}`, '');
    const changed = both.filter((p) => (p.measures[measure].delta ?? 0) !== 0);
    const rises = changed.filter((p) => (p.measures[measure].delta ?? 0) > 0).sort(byDelta(measure, -1));
    const falls = changed.filter((p) => (p.measures[measure].delta ?? 0) < 0).sort(byDelta(measure, 1));
    if (changed.length === 0) {
      out.push(`Nobody's ${title} changed.`, '');
      continue;
    }
    for (const [label, rows] of [
      ['Rises', rises],
      ['Falls', falls],
    ] as const) {
      if (rows.length === 0) {
        out.push(`${label}: none.`, '');
        continue;
      }
      out.push(
        `${label} (${rows.length}${rows.length > top ? `, top ${top}` : ''}):`,
        '',
        table(
          ['person', 'before', 'after', 'change'],
          rows.slice(0, top).map((p) => {
            const m = p.measures[measure];
            return [
              personCell(p),
              formatNumber(m.before, digits),
              formatNumber(m.after, digits),
              formatSigned(m.delta, digits),
            ];
          }),
        ),
        '',
      );
    }
  }

  out.push('## Ties gained and lost', '');
  const { added, removed } = comparison.ties;
  if (added.length === 0 && removed.length === 0) {
    out.push('The tie rows are the same in both (matched on the pair, type and direction).', '');
  } else {
    const types = new Map<string, { added: number; removed: number }>();
    for (const [rows, key] of [
      [added, 'added'],
      [removed, 'removed'],
    ] as const) {
      for (const t of rows) {
        const entry = types.get(t.type) ?? { added: 0, removed: 0 };
        entry[key] += 1;
        types.set(t.type, entry);
      }
    }
    out.push(
      'Tie rows are matched on the pair of people, the type and whether the tie is directed; a changed weight, date ' +
        'or evidence is not a change.',
      '',
      table(
        ['type', 'added', 'removed'],
        [...types.entries()]
          .sort(([x, cx], [y, cy]) => cy.added + cy.removed - (cx.added + cx.removed) || (x < y ? -1 : x > y ? 1 : 0))
          .map(([type, c]) => [escapeMarkdown(type || '(none)'), String(c.added), String(c.removed)]),
      ),
      '',
    );
    for (const [label, rows] of [
      [`Added (in ${after}, not in ${before})`, added],
      [`Removed (in ${before}, not in ${after})`, removed],
    ] as const) {
      if (rows.length === 0) continue;
      out.push(
        `${label}, ${rows.length === 1 ? 'one row' : `${rows.length} rows`}${rows.length > top ? `, first ${top}` : ''}:`,
        '',
        table(
          ['tie', 'type', 'dated'],
          rows.slice(0, top).map((t) => [tieCell(t, nameOf), escapeMarkdown(t.type || MISSING), tieDates(t)]),
        ),
        '',
      );
    }
  }

  out.push('## Who joined and who left', '');
  const joined = comparison.people.filter((p) => p.status === 'only-after');
  const left = comparison.people.filter((p) => p.status === 'only-before');
  if (joined.length === 0 && left.length === 0) out.push('The same people are on both rosters.', '');
  for (const [label, rows] of [
    ['Joined', joined],
    ['Left', left],
  ] as const) {
    if (rows.length === 0) continue;
    out.push(
      `${label} (${rows.length}): ${rows
        .slice(0, 30)
        .map((p) => personCell(p))
        .join(', ')}${rows.length > 30 ? ', …' : ''}.`,
      '',
    );
  }
  const dm = s.decisionMakers;
  if (dm.added.length > 0 || dm.removed.length > 0) {
    out.push('## Decision-makers added and removed', '');
    if (dm.added.length > 0)
      out.push(
        `Added (${dm.added.length}): ${dm.added.map((id) => personCell(byId.get(id), id, false)).join(', ')}.`,
        '',
      );
    if (dm.removed.length > 0)
      out.push(
        `Removed (${dm.removed.length}): ${dm.removed.map((id) => personCell(byId.get(id), id, false)).join(', ')}.`,
        '',
      );
  }
  return out.join('\n');
}

function more(n: number, top: number): string[] {
  return n > top ? [`… and ${n - top} more.`, ''] : [];
}

/** A person, marked as a decision-maker when they are one (in the later roster if there); `mark` false in lists of decision-makers. */
function personCell(p: PersonChange | undefined, id = p?.id ?? '', mark = true): string {
  return personLabel(p?.name ?? '', id, p?.side, mark && (p?.decisionMaker.after ?? p?.decisionMaker.before) === true);
}

function distanceText(d: number | null): string {
  return d === null ? 'no path' : String(d);
}

function accessCells(p: PersonChange): string[] {
  const d = p.measures.distance_to_track1;
  const w = p.measures.track1_within_2;
  const s = p.measures.access_score;
  return [
    personCell(p),
    `${distanceText(d.before)} → ${distanceText(d.after)}`,
    `${formatNumber(w.before)} → ${formatNumber(w.after)}`,
    `${formatNumber(s.before)} → ${formatNumber(s.after)} (${formatSigned(s.delta)})`,
  ];
}

/** Gained access first by becoming reachable, then by the fall in distance, then by the rise in access score. */
function byAccessGain(x: PersonChange, y: PersonChange): number {
  const rank = (p: PersonChange) => (p.distance === 'became-reachable' ? 0 : p.distance === 'closer' ? 1 : 2);
  const fall = (p: PersonChange) => -(p.measures.distance_to_track1.delta ?? 0);
  return (
    rank(x) - rank(y) ||
    fall(y) - fall(x) ||
    (y.measures.access_score.delta ?? 0) - (x.measures.access_score.delta ?? 0) ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  );
}

function byDelta(measure: ComparedMeasure, direction: 1 | -1) {
  return (x: PersonChange, y: PersonChange) =>
    direction * ((x.measures[measure].delta ?? 0) - (y.measures[measure].delta ?? 0)) ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

function distanceBuckets(both: readonly PersonChange[]): [string, number][] {
  const buckets: [string, number][] = [
    ['became reachable', 0],
    ['−3 or more', 0],
    ['−2', 0],
    ['−1', 0],
    ['0', 0],
    ['+1', 0],
    ['+2', 0],
    ['+3 or more', 0],
    ['became unreachable', 0],
    ['no path in either', 0],
  ];
  const add = (i: number) => {
    (buckets[i] as [string, number])[1] += 1;
  };
  for (const p of both) {
    if (p.distance === 'became-reachable') add(0);
    else if (p.distance === 'became-unreachable') add(8);
    else if (p.distance === 'unreachable') add(9);
    else {
      const d = p.measures.distance_to_track1.delta ?? 0;
      add(4 + Math.max(-3, Math.min(3, d)));
    }
  }
  return buckets;
}

function nearestNow(graph: RosterGraph, id: string, nameOf: (id: string) => string): string {
  const nearest = graph.hasNode(id) ? graph.getNodeAttribute(id, 'nearest_track1') : undefined;
  return Array.isArray(nearest) ? idList(nearest.map(String), nameOf, 3) : MISSING;
}

function idList(ids: readonly string[], nameOf: (id: string) => string, max: number): string {
  if (ids.length === 0) return MISSING;
  return ids.slice(0, max).map(nameOf).join(', ') + (ids.length > max ? ` +${ids.length - max}` : '');
}

function tieCell(t: Tie, nameOf: (id: string) => string): string {
  return `${nameOf(t.source)} ${t.directed ? '→' : '—'} ${nameOf(t.target)}`;
}

function tieDates(t: Tie): string {
  const start = t.date ?? t.start;
  if (start === undefined && t.end === undefined) return MISSING;
  return escapeMarkdown(`${start ?? '?'}${t.end !== undefined ? ` to ${t.end}` : ''}`);
}
