/**
 * Diversity of the roster: the composition of the whole people file against the dialogue's own
 * participants, per round too. Roster values are escaped (data, not markup).
 */

import { escapeMarkdown, formatFixed, formatPercent, MISSING, plural, table } from '../format.js';
import { capRows } from '../ranking.js';
import type { ReportInput } from './section.js';

export function diversitySection({ analysis, maxRows }: ReportInput): string[] {
  const rows = analysis.homophily.rosters;
  const all = rows.find((r) => r.kind === 'all');
  if (!all || all.composition.size === 0) return [];
  const initiatives = rows
    .filter((r) => r.kind === 'initiative')
    .sort((a, b) => b.composition.size - a.composition.size);
  const main = initiatives[0];
  const rounds = rows.filter((r) => r.kind === 'round');
  const out = ['## Diversity of the roster', ''];
  out.push(
    `Composition of everyone on the roster (over the people whose value is known: "known" is their share; missing values and missing-value codes are left out)${main ? ` and of the participants of ${escapeMarkdown(main.label)} (${main.composition.size} people)` : ''}. Blau's index is the chance that two people drawn at random differ (0: all alike); normalised Shannon entropy is 1 when the categories are evenly used; TVD is the share of the group that would have to change category to match the whole roster.`,
    '',
  );
  const attributes = Object.keys(all.composition.attributes).filter((a) => {
    const c = all.composition.attributes[a as keyof typeof all.composition.attributes];
    return c.present > 0;
  }) as (keyof typeof all.composition.attributes)[];
  const shares = (s: Record<string, number>) =>
    Object.entries(s)
      .filter(([, v]) => v > 0)
      .sort(([, x], [, y]) => y - x)
      .map(([k, v]) => `${escapeMarkdown(k)} ${formatPercent(v)}`)
      .join(', ');
  if (attributes.length === 0) {
    out.push(
      'Composition not computed: no side, sector, country, gender or school in the roster. Add one of these columns to the people file to measure diversity.',
      '',
    );
  } else {
    out.push(
      table(
        [
          'attribute',
          'known',
          'whole roster: shares',
          'Blau',
          'Shannon',
          ...(main ? ['participants: shares', 'Blau', 'Shannon', 'TVD'] : []),
        ],
        attributes.map((a) => {
          const w = all.composition.attributes[a];
          const p = main?.composition.attributes[a];
          return [
            a,
            w.missingShare === null ? MISSING : formatPercent(1 - w.missingShare),
            shares(w.shares),
            formatFixed(w.blau),
            formatFixed(w.shannon),
            ...(p ? [shares(p.shares), formatFixed(p.blau), formatFixed(p.shannon), formatFixed(p.tvd)] : []),
          ];
        }),
      ),
      '',
    );
  }
  const wi = all.composition.ideology;
  if (wi.n > 0) {
    const pi = main?.composition.ideology;
    out.push(
      `Ideology (−1 … +1): whole roster mean ${formatFixed(wi.mean)}, SD ${formatFixed(wi.sd)}, covering ${formatPercent(wi.coverage)} of the axis${pi && pi.n > 0 ? `; participants mean ${formatFixed(pi.mean)}, SD ${formatFixed(pi.sd)}, covering ${formatPercent(pi.coverage)} (TVD ${formatFixed(pi.tvd)})` : ''}.`,
      '',
    );
    const bins = wi.histogram.length;
    const label = (b: number) =>
      `${formatFixed(-1 + (2 * b) / bins, 1).padStart(4)} to ${formatFixed(-1 + (2 * (b + 1)) / bins, 1).padStart(4)}`;
    out.push(
      `People by ideology${pi && pi.n > 0 ? ' — whole roster (█) and participants (░)' : ''}:`,
      '',
      '```text',
      ...wi.histogram.flatMap((count, b) => {
        const lines = [`${label(b)} │ ${'█'.repeat(count)} ${count}`];
        if (pi && pi.n > 0)
          lines.push(`${''.padStart(label(b).length)} │ ${'░'.repeat(pi.histogram[b] ?? 0)} ${pi.histogram[b] ?? 0}`);
        return lines;
      }),
      '```',
      '',
    );
  }
  if (rounds.length > 0) {
    // the latest rounds matter most: keep the last rows
    const { shown, omitted } = capRows([...rounds].reverse(), maxRows);
    out.push(
      'By round:',
      '',
      table(
        ['round', 'people', ...attributes.map((a) => `Blau ${a}`), 'ideology mean', 'ideology coverage'],
        shown
          .reverse()
          .map((r) => [
            escapeMarkdown(r.label),
            String(r.composition.size),
            ...attributes.map((a) => formatFixed(r.composition.attributes[a].blau)),
            formatFixed(r.composition.ideology.mean),
            formatPercent(r.composition.ideology.coverage),
          ]),
      ),
      '',
    );
    if (omitted > 0) {
      out.push(
        `Only the latest ${shown.length} of ${rounds.length} rounds are shown (${plural(omitted, 'earlier round')} left out); all are in \`rosters.csv\`.`,
        '',
      );
    }
  }
  out.push('Every event, round and initiative is a row of `rosters.csv`.', '');
  return out;
}
