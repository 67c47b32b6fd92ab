/**
 * Report sections for the programme designer: roster diversity, homophily and echo chambers,
 * turnover between rounds, and whom to invite. Roster values are escaped (data, not markup).
 */

import type { Analysis } from '../analysis/analyze.js';
import type { RosterGraph } from '../types.js';
import { barChart, escapeCode, escapeMarkdown, escapeName, table } from './format.js';

const f = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '–' : x.toFixed(digits));
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${Math.round(100 * x)} %`);

/** Composition of the whole people file against the dialogue's own participants, per round too. */
export function diversitySection(analysis: Analysis): string[] {
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
    `Composition of everyone on the roster${main ? ` and of the participants of ${escapeMarkdown(main.label)} (${main.composition.size} people)` : ''}. Blau's index is the chance that two people drawn at random differ (0: all alike); normalised Shannon entropy is 1 when the categories are evenly used; TVD is the share of the group that would have to change category to match the whole roster.`,
    '',
  );
  const attributes = Object.keys(all.composition.attributes).filter((a) => {
    const c = all.composition.attributes[a as keyof typeof all.composition.attributes];
    return c.present > 0;
  }) as (keyof typeof all.composition.attributes)[];
  out.push(
    table(
      [
        'attribute',
        'whole roster: shares',
        'Blau',
        'Shannon',
        ...(main ? ['participants: shares', 'Blau', 'Shannon', 'TVD'] : []),
      ],
      attributes.map((a) => {
        const w = all.composition.attributes[a];
        const shares = (s: Record<string, number>) =>
          Object.entries(s)
            .filter(([, v]) => v > 0)
            .sort(([, x], [, y]) => y - x)
            .map(([k, v]) => `${escapeMarkdown(k)} ${pct(v)}`)
            .join(', ');
        const p = main?.composition.attributes[a];
        return [
          a,
          shares(w.shares),
          f(w.blau),
          f(w.shannon),
          ...(p ? [shares(p.shares), f(p.blau), f(p.shannon), f(p.tvd)] : []),
        ];
      }),
    ),
    '',
  );
  const wi = all.composition.ideology;
  if (wi.n > 0) {
    const pi = main?.composition.ideology;
    out.push(
      `Ideology (−1 … +1): whole roster mean ${f(wi.mean)}, SD ${f(wi.sd)}, covering ${pct(wi.coverage)} of the axis${pi && pi.n > 0 ? `; participants mean ${f(pi.mean)}, SD ${f(pi.sd)}, covering ${pct(pi.coverage)} (TVD ${f(pi.tvd)})` : ''}.`,
      '',
    );
    const bins = wi.histogram.length;
    const label = (b: number) =>
      `${(-1 + (2 * b) / bins).toFixed(1).padStart(4)} to ${(-1 + (2 * (b + 1)) / bins).toFixed(1).padStart(4)}`;
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
    out.push(
      'By round:',
      '',
      table(
        ['round', 'people', ...attributes.map((a) => `Blau ${a}`), 'ideology mean', 'ideology coverage'],
        rounds.map((r) => [
          escapeMarkdown(r.label),
          String(r.composition.size),
          ...attributes.map((a) => f(r.composition.attributes[a].blau)),
          f(r.composition.ideology.mean),
          pct(r.composition.ideology.coverage),
        ]),
      ),
      '',
    );
  }
  out.push('Every event, round and initiative is a row of `rosters.csv`.', '');
  return out;
}

/** E-I index and assortativity by attribute, and the communities with echo-chamber flags. */
export function homophilySection(graph: RosterGraph, analysis: Analysis): string[] {
  const { details, assortativity, communities } = analysis.homophily;
  const out = ['## Homophily and echo chambers', ''];
  const attributes = Object.keys(details);
  if (attributes.length > 0) {
    out.push(
      'Do links stay within groups? The E-I index is (links between groups − links within) / all links: −1 means every link stays inside a group, +1 every link crosses. "Expected" is its value if links ignored the attribute; the p-value is the share of random reshufflings of the attribute (same group sizes, seeded) with an E-I as low as observed, the observed one included ((count + 1) / (reshufflings + 1)). Assortativity (Newman) is the correlation of the attribute across links: above 0, like links to like.',
      '',
      table(
        ['attribute', 'E-I', 'expected', 'p (as low by chance)', 'assortativity'],
        attributes.map((a) => {
          const d = details[a];
          return [
            a,
            f(d?.ei),
            f(d?.expected),
            d?.permutation ? f(d.permutation.pLessOrEqual, 3) : '–',
            f(assortativity[a]),
          ];
        }),
      ),
      '',
    );
    if (assortativity.ideology !== undefined)
      out.push(`Ideology assortativity (numeric): ${f(assortativity.ideology)}.`, '');
  }
  const shown = communities.filter((c) => c.size >= 2);
  if (shown.length > 0) {
    const name = (id: string) => escapeName(graph.getNodeAttribute(id, 'name'));
    out.push(
      "Communities (Louvain) and their make-up. A community is flagged as an **echo chamber** when it is inward-looking (E-I ≤ −0.5: at least three links inside for each link out) and ideologically narrow (ideology SD at most half the whole roster's, or one school of thought holding 80 % or more), with at least 4 members. The rule is a heuristic: read the evidence.",
      '',
      table(
        ['community', 'people', 'sides', 'main school', 'ideology mean (SD)', 'E-I', 'echo chamber'],
        shown.map((c) => [
          String(c.community),
          String(c.size),
          Object.entries(c.composition.side)
            .sort(([, x], [, y]) => y - x)
            .map(([k, v]) => `${escapeMarkdown(k)} ${v}`)
            .join(', ') || '–',
          c.topSchool ? `${escapeMarkdown(c.topSchool.school)} ${pct(c.topSchool.share)}` : '–',
          c.ideology.n > 0 ? `${f(c.ideology.mean)} (${f(c.ideology.sd)})` : '–',
          f(c.ei),
          c.echoChamber ? '**yes**' : 'no',
        ]),
      ),
      '',
    );
    for (const c of communities.filter((x) => x.echoChamber)) {
      out.push(
        `**Echo chamber: community ${c.community}** (${c.size} people: ${c.members.slice(0, 12).map(name).join(', ')}${c.size > 12 ? ', …' : ''}). Evidence: ${c.evidence.map(escapeMarkdown).join('; ')}.`,
        '',
      );
    }
    if (!communities.some((c) => c.echoChamber)) out.push('No community meets the echo-chamber rule.', '');
  }
  return out;
}

/** Newcomers, returners and leavers per round. */
export function turnoverSection(analysis: Analysis): string[] {
  const t = analysis.homophily.turnover;
  if (t.length === 0) return [];
  return [
    '## Rounds: who comes back',
    '',
    table(
      ['round', 'date', 'participants', 'new', 'returning', 'left since previous', 'turnover', 'retention'],
      t.map((r) => [
        escapeMarkdown(r.round),
        r.date ?? '–',
        String(r.participants),
        String(r.newcomers),
        String(r.returning),
        String(r.left),
        pct(r.turnover),
        pct(r.retention),
      ]),
    ),
    '',
    'Newcomers per round:',
    '',
    barChart(t.map((r) => [`round ${r.round}`, r.newcomers])),
    '',
  ];
}

/** The roster designer's proposal for the latest event. */
export function suggestionSection(graph: RosterGraph, analysis: Analysis): string[] {
  const s = analysis.homophily.suggestions;
  if (!s) return [];
  const name = (id: string) => `${escapeName(graph.getNodeAttribute(id, 'name'))} (\`${escapeCode(id)}\`)`;
  const out = [
    '## Whom to invite next',
    '',
    `Starting from the roster of the latest event (\`${escapeCode(s.event)}\`, ${s.before.size} people), the greedy roster designer proposes these invitations, each the one that raises the combined score of access to decision-makers and diversity most (equal weights, as \`trackmap suggest\` scores them; run it with \`--weights\` or a candidate file to explore):`,
    '',
    table(
      ['', 'before', 'after'],
      [
        [
          'decision-makers within 2 steps',
          String(s.before.decisionMakersReached),
          String(s.after.decisionMakersReached),
        ],
        ['access', f(s.before.access, 3), f(s.after.access, 3)],
        ['diversity', f(s.before.diversity, 3), f(s.after.diversity, 3)],
        ['score', f(s.before.score, 3), f(s.after.score, 3)],
      ],
    ),
    '',
  ];
  s.steps.forEach((step, i) => {
    const what = [
      step.decisionMakers.length
        ? `brings ${step.decisionMakers.length} decision-maker${step.decisionMakers.length === 1 ? '' : 's'} within two steps`
        : '',
      step.categories.length ? `adds ${step.categories.map(escapeMarkdown).join('; ')}` : '',
    ].filter((x) => x !== '');
    out.push(`${i + 1}. Invite ${name(step.person)}${what.length ? `: ${what.join('; ')}` : ''}.`);
  });
  if (s.steps.length === 0)
    out.push(
      'No one on the roster would raise the combined score; the latest roster is as good as the candidates allow on these terms.',
    );
  out.push('');
  return out;
}
