/**
 * `report.md`: the readable report
 * ================================
 *
 * Plain Markdown that reads well in any viewer (GitHub, VS Code, a Markdown-to-PDF tool):
 * tables, and bar charts drawn with Unicode block characters inside code blocks, so no
 * image files, scripts or remote services are needed. Names and every other roster value are
 * data, never markup: they are escaped before they go into the report.
 */

import type { Analysis, PersonMetrics } from '../analysis/analyze.js';
import { describeStep } from '../export/paths.js';
import type { ImportIssue } from '../import/issues.js';
import { MEASURE_REGISTRY } from '../measure-registry.js';
import type { Route } from '../paths/routes.js';
import type { KeptColumnValues } from '../privacy/pseudonymize.js';
import type { DecisionMakerRule, RosterGraph } from '../types.js';
import { diversitySection, homophilySection, suggestionSection, turnoverSection } from './diversity-sections.js';
import { barChart, escapeCode, escapeMarkdown, escapeName, table } from './format.js';

export interface MarkdownReportOptions {
  /** Title shown at the top (e.g. the roster folder's name). */
  title?: string;
  /** How many people to list per measure. @defaultValue 10 */
  top?: number;
  /** Output files to list at the end. */
  files?: string[];
  /**
   * Set when the roster was pseudonymised: the columns kept and dropped, and the distinct values
   * of every kept categorical column (listed for the user to check before sharing).
   */
  pseudonymized?: { kept: string[]; dropped: string[]; values?: readonly KeptColumnValues[] };
}

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

function fmt(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined) return '–';
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(digits)));
}

function personCell(graph: RosterGraph, p: PersonMetrics): string {
  const side = graph.getNodeAttribute(p.id, 'side');
  return `${escapeName(p.name)} (\`${escapeCode(p.id)}\`${side ? `, ${escapeMarkdown(side)}` : ''})`;
}

/** Renders the report. Pure: same input, same text (no timestamps). */
export function markdownReport(
  graph: RosterGraph,
  analysis: Analysis,
  issues: readonly ImportIssue[],
  options: MarkdownReportOptions = {},
): string {
  const { summary, people } = analysis;
  const top = options.top ?? 10;
  const out: string[] = [];
  const participants = people.filter((p) => !graph.getNodeAttribute(p.id, 'isDecisionMaker'));
  const a = summary.access;
  const g = summary.graph;

  out.push(`# trackmap report${options.title ? `: ${escapeMarkdown(options.title)}` : ''}`, '');
  out.push(
    `**${summary.roster.people}** people, of whom **${a.decisionMakers}** decision-makers; **${g.links}** links; ` +
      `**${g.communities}** communities; **${summary.import.warnings}** import warning${summary.import.warnings === 1 ? '' : 's'}.`,
    '',
  );
  if (a.participants > 0) {
    out.push(
      `- ${pct(a.shareWithin1)} of the ${a.participants} participants are directly linked to a decision-maker, ` +
        `${pct(a.shareWithin2)} are within two steps, and ${pct(a.shareUnreachable)} have no path to any.`,
    );
    if (a.medianDistance !== null) {
      out.push(
        `- Median distance to the nearest decision-maker: ${fmt(a.medianDistance, 1)} step${a.medianDistance === 1 ? '' : 's'}.`,
      );
    }
  }
  out.push(
    `- The network has ${g.components} component${g.components === 1 ? '' : 's'} (the largest holds ${g.largestComponent} people) and ${g.isolates} isolated ${g.isolates === 1 ? 'person' : 'people'}.`,
    '',
    '> **Read with care.** Network position is evidence of *opportunity* to pass ideas to decision-makers, ' +
      'not proof that any idea passed. Links come from the roster (known ties and shared events) and miss ' +
      'everything the roster does not record. Use these figures beside interviews and surveys, not instead of them.',
    '',
  );

  if (options.pseudonymized) out.push(...pseudonymisedNote(options.pseudonymized));

  // The roster
  out.push('## The roster', '');
  out.push(
    table(
      ['file', 'rows read', 'used', 'skipped', 'blank lines', 'delimiter', 'encoding', 'extra columns kept'],
      summary.roster.files.map((f) => [
        `\`${escapeCode(f.source)}\``,
        String(f.rowsRead),
        String(f.rowsUsed),
        String(f.rowsSkipped),
        String(f.blankLines),
        f.delimiter === '\t' ? 'tab' : `\`${f.delimiter}\``,
        f.encoding,
        [
          ...f.extraColumns.map(escapeMarkdown),
          ...(f.withheldColumns ? [`${f.withheldColumns} dropped (headers withheld)`] : []),
        ].join(', ') || '–',
      ]),
    ),
    '',
  );
  const dm = summary.roster.decisionMakerRule;
  out.push(decisionMakerRuleSentence(dm), '');
  out.push(
    'People by track:',
    '',
    barChart(Object.entries(summary.roster.byTrack).map(([k, v]) => [k === '(none)' ? '(none)' : `track ${k}`, v])),
    '',
  );
  if (Object.keys(summary.roster.bySide).length > 1) {
    out.push('People by side:', '', barChart(Object.entries(summary.roster.bySide).map(([k, v]) => [k, v])), '');
  }

  // Import findings
  out.push('## Import findings', '');
  if (issues.length === 0) out.push('Every row of every file was used. No warnings.', '');
  else {
    out.push(
      `${issues.length} warning${issues.length === 1 ? '' : 's'}; each skipped a row or dropped a value as stated. The full list is in \`import-issues.csv\`.`,
      '',
      table(
        ['code', 'count'],
        Object.entries(summary.import.byCode).map(([c, n]) => [`\`${c}\``, String(n)]),
      ),
      '',
    );
    const shown = issues.slice(0, 20);
    out.push(
      table(
        ['where', 'code', 'what happened'],
        shown.map((i) => [
          `\`${escapeCode([i.source, i.line, i.column].filter((x) => x !== undefined).join(':'))}\``,
          `\`${i.code}\``,
          escapeMarkdown(i.detail),
        ]),
      ),
      '',
    );
    if (issues.length > shown.length)
      out.push(`… and ${issues.length - shown.length} more in \`import-issues.csv\`.`, '');
  }

  // Access
  out.push('## Access to decision-makers', '');
  if (a.decisionMakers === 0) {
    out.push(
      'The roster has no decision-makers under the rule above, so access cannot be measured. Set `track` to 1 for officials, or use `--decision-makers COLUMN=VALUE`.',
      '',
    );
  } else {
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
    const best = [...participants]
      .sort(
        (x, y) =>
          y.access_score - x.access_score ||
          (y.track1_within_2 ?? 0) - (x.track1_within_2 ?? 0) ||
          (y.track1_within_1 ?? 0) - (x.track1_within_1 ?? 0),
      )
      .slice(0, top);
    out.push(
      `Participants with the highest access score (seniority-weighted decision-makers, halved at each step; top ${best.length}):`,
      '',
      table(
        ['participant', 'track', 'access score', 'distance', 'within 1', 'within 2', 'nearest decision-makers'],
        best.map((p) => [
          personCell(graph, p),
          escapeMarkdown(p.track || '–'),
          fmt(p.access_score, 2),
          fmt(p.distance_to_track1),
          fmt(p.track1_within_1),
          fmt(p.track1_within_2),
          p.nearest_track1
            .slice(0, 3)
            .map((id) => escapeName(graph.getNodeAttribute(id, 'name')))
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
  }

  if (a.decisionMakers > 0) {
    out.push(
      ...asymmetrySection(analysis),
      ...brokerSection(graph, analysis, top),
      ...routeSection(graph, analysis, top),
      ...transferSection(graph, analysis, top),
    );
  }
  out.push(
    ...diversitySection(analysis),
    ...homophilySection(graph, analysis),
    ...turnoverSection(analysis),
    ...suggestionSection(graph, analysis),
  );

  // Top people by measure
  out.push('## Who stands out, measure by measure', '');
  out.push(...approximationNote(summary), '');
  for (const info of MEASURE_REGISTRY) {
    if (!info.ranked) continue;
    const ranked = people
      .filter((p) => p[info.key] !== null)
      .sort((x, y) =>
        info.order === 'desc'
          ? (y[info.key] as number) - (x[info.key] as number)
          : (x[info.key] as number) - (y[info.key] as number),
      )
      .slice(0, top);
    out.push(`### ${info.title} (\`${info.key}\`)`, '');
    out.push(`*Definition:* ${info.definition}. *Suggests:* ${info.means}. *Does not show:* ${info.doesNotMean}.`, '');
    out.push(
      table(
        ['#', 'person', 'track', info.key],
        ranked.map((p, i) => [
          String(i + 1),
          personCell(graph, p),
          escapeMarkdown(p.track || '–'),
          fmt(p[info.key] as number, 4),
        ]),
      ),
      '',
    );
  }

  // Structure
  out.push('## Network structure', '');
  out.push(
    table(
      ['measure', 'value', 'meaning'],
      [
        ['people', String(g.people), 'nodes of the person graph'],
        ['links', String(g.links), 'pairs linked by a tie or a shared event'],
        ['density', fmt(g.density, 4), 'share of possible pairs that are linked'],
        ['components', String(g.components), 'separate parts (isolates included)'],
        ['largest component', String(g.largestComponent), 'people in the biggest connected part'],
        ['average clustering', fmt(g.averageClustering, 4), "mean share of a person's contacts who know each other"],
        [
          'degree assortativity',
          fmt(g.degreeAssortativity, 4),
          'positive: well-connected people link to each other; negative: hubs link to the periphery',
        ],
        ['modularity', fmt(g.modularity, 4), 'how clearly the communities separate (0 none, above 0.3 clear)'],
        [
          'communities',
          String(g.communities),
          `Louvain, seed ${summary.settings.seed}, resolution ${summary.settings.resolution}`,
        ],
      ],
    ),
    '',
  );
  if (g.communitySizes.length > 1) {
    out.push('Community sizes:', '', barChart(g.communitySizes.slice(0, 20).map((s, i) => [`community ${i}`, s])), '');
  }

  if (options.files && options.files.length > 0) {
    out.push('## Files', '', ...options.files.map((f) => `- \`${escapeCode(f)}\``), '');
  }
  out.push(
    '---',
    '',
    'Made with trackmap. Definitions, conventions and references of every measure: `docs/measures.md`.',
    '',
  );
  return out.join('\n');
}

/** Own side's versus other sides' decision-makers, per side and per round. */
function asymmetrySection(analysis: Analysis): string[] {
  const { bySide, byRound } = analysis.summary.asymmetry;
  if (bySide.length === 0) return [];
  const out: string[] = ['## Asymmetry between sides', ''];
  out.push(
    "For each side's participants: how many can reach a decision-maker of their **own** side, and of the **other** side(s), within one and two steps. Unequal access between the parties is a known barrier to transfer.",
    '',
    table(
      [
        'side',
        'participants',
        'own ≤ 1',
        'own ≤ 2',
        'other ≤ 1',
        'other ≤ 2',
        'median distance own / other',
        'median access own / other',
      ],
      bySide.map((s) => [
        escapeMarkdown(s.side),
        String(s.participants),
        s.ownDecisionMakers ? pct(s.ownWithin1) : '–',
        s.ownDecisionMakers ? pct(s.ownWithin2) : '–',
        pct(s.otherWithin1),
        pct(s.otherWithin2),
        `${fmt(s.medianDistanceOwn, 1)} / ${fmt(s.medianDistanceOther, 1)}`,
        `${fmt(s.medianAccessOwn, 2)} / ${fmt(s.medianAccessOther, 2)}`,
      ]),
    ),
    '',
    'Share of participants within two steps of a decision-maker, own side (▇) and other side (░):',
    '',
    pairedBars(bySide.filter((s) => s.ownDecisionMakers > 0).map((s) => [s.side, s.ownWithin2, s.otherWithin2])),
    '',
  );
  if (byRound.length > 0) {
    out.push(
      'By round: the participants of each round, on the network as it stood at the end of that round (ties and events dated up to then):',
      '',
      table(
        ['round', 'date', 'side', 'participants', 'own ≤ 1', 'own ≤ 2', 'other ≤ 1', 'other ≤ 2'],
        byRound.map((r) => [
          escapeMarkdown(r.round),
          r.date ?? '–',
          escapeMarkdown(r.side),
          String(r.participants),
          r.ownDecisionMakers ? pct(r.ownWithin1) : '–',
          r.ownDecisionMakers ? pct(r.ownWithin2) : '–',
          pct(r.otherWithin1),
          pct(r.otherWithin2),
        ]),
      ),
      '',
    );
  }
  return out;
}

/** Two bars per label (values in [0, 1]), for own vs other comparisons. */
function pairedBars(entries: [string, number, number][], width = 40): string {
  const labelWidth = Math.max(0, ...entries.map(([l]) => [...l].length));
  const lines: string[] = [];
  for (const [label, own, other] of entries) {
    lines.push(`${label.padEnd(labelWidth)} own   │ ${'▇'.repeat(Math.round(own * width))} ${pct(own)}`);
    lines.push(`${''.padEnd(labelWidth)} other │ ${'░'.repeat(Math.round(other * width))} ${pct(other)}`);
  }
  return ['```text', ...lines, '```'].join('\n');
}

/** The brokers on participant → decision-maker routes, with their Gould–Fernandez roles. */
function brokerSection(graph: RosterGraph, analysis: Analysis, top: number): string[] {
  const ranked = analysis.people
    .filter((p) => p.transfer_betweenness > 0)
    .sort((x, y) => y.transfer_betweenness - x.transfer_betweenness)
    .slice(0, top);
  if (ranked.length === 0) return [];
  return [
    '## Brokers between Track II and Track I',
    '',
    "The people the most participant → decision-maker shortest routes pass through (`transfer_betweenness`), with their brokerage roles on the known ties (Gould–Fernandez, groups = sides): a *gatekeeper* passes ties from another side into their own, a *representative* carries their own side's ties out, a *liaison* links two other sides. These are positions where ideas *could* be passed on or held back; they do not show that either happened.",
    '',
    table(
      [
        '#',
        'person',
        'track',
        'transfer betweenness',
        'gatekeeper',
        'representative',
        'liaison',
        'coordinator',
        'itinerant',
      ],
      ranked.map((p, i) => [
        String(i + 1),
        personCell(graph, p),
        escapeMarkdown(p.track || '–'),
        fmt(p.transfer_betweenness, 4),
        String(p.brokerage_side_gatekeeper),
        String(p.brokerage_side_representative),
        String(p.brokerage_side_liaison),
        String(p.brokerage_side_coordinator),
        String(p.brokerage_side_itinerant),
      ]),
    ),
    '',
  ];
}

/** Shortest routes of the participants farthest from decision-makers but still connected. */
function routeSection(graph: RosterGraph, analysis: Analysis, top: number): string[] {
  const byPerson = new Map<string, Route[]>();
  for (const r of analysis.routes) (byPerson.get(r.source) ?? byPerson.set(r.source, []).get(r.source))?.push(r);
  const far = analysis.people
    .filter((p) => p.distance_to_track1 !== null && p.distance_to_track1 >= 2 && byPerson.has(p.id))
    .sort((x, y) => (y.distance_to_track1 as number) - (x.distance_to_track1 as number) || y.degree - x.degree)
    .slice(0, Math.min(top, 5));
  if (far.length === 0) return [];
  const name = (id: string) => escapeName(graph.getNodeAttribute(id, 'name'));
  const out = [
    '## Routes to decision-makers',
    '',
    "The shortest routes of the participants farthest from any decision-maker, with what links each step (tie type with its direction along the route, evidence, shared events). Every participant's routes are in `paths.csv` and `paths.json`.",
    '',
  ];
  for (const p of far) {
    out.push(`**${name(p.id)}** (\`${escapeCode(p.id)}\`), ${p.distance_to_track1} steps:`, '');
    for (const r of (byPerson.get(p.id) ?? []).slice(0, 3)) {
      const steps = r.steps.map((s) => `${name(s.to)} *(${escapeMarkdown(describeStep(s))})*`);
      out.push(`${r.rank}. ${name(r.source)} → ${steps.join(' → ')}`);
    }
    out.push('');
  }
  return out;
}

/** The short transfer simulation from the latest round: most likely routes and reached officials. */
function transferSection(graph: RosterGraph, analysis: Analysis, top: number): string[] {
  const t = analysis.summary.transfer;
  if (!t) return [];
  const name = (id: string) => escapeName(graph.getNodeAttribute(id, 'name'));
  const share = (x: number) => `${(100 * x).toFixed(1)} %`;
  return [
    '## If an idea came out of the latest round',
    '',
    `A transfer simulation (independent cascade, ${t.runs.toLocaleString('en')} runs, seed ${t.seed}, default probabilities) from the ${t.seeds.length} participants of ${escapeMarkdown(t.origin)} (${t.events.map((e) => `\`${escapeCode(e)}\``).join(', ')}). The probabilities are assumptions: compare, do not predict. Run \`trackmap transfer\` to choose the starting group and the probabilities.`,
    '',
    'Most likely transfer routes (share of runs in which the decision-maker was reached along exactly that route):',
    '',
    table(
      ['route', 'share of runs'],
      t.routes.slice(0, top).map((r) => [r.nodes.map(name).join(' → '), share(r.share)]),
    ),
    '',
    'Decision-makers most likely to be reached:',
    '',
    barChart(
      t.targets
        .slice(0, top)
        .map((x) => [graph.getNodeAttribute(x.id, 'name'), Number((100 * x.probability).toFixed(1))]),
    ),
    '',
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
  const pct = (x: number) => `${(100 * (1 - x)).toFixed(0)} %`;
  const lines = [
    `**Approximate values.** The network is large, so betweenness, transfer betweenness, closeness and harmonic centrality were estimated by sampling (seed ${a.seed}); every other measure is exact. Each bound holds for every person at once with probability at least ${pct(a.delta)}:`,
    '',
  ];
  if (a.betweenness) {
    lines.push(
      `- betweenness: within ±${fmt(a.betweenness.epsilon, 4)} of the exact value (${a.betweenness.samples} sampled shortest paths; Riondato & Kornaropoulos 2016);`,
    );
  }
  if (a.closeness) {
    lines.push(
      `- closeness: the average distance behind it within ±${fmt(a.closeness.distanceError, 3)} steps (${a.closeness.samples} sampled people; Eppstein & Wang 2004);`,
    );
  }
  if (a.harmonic) {
    lines.push(
      `- harmonic centrality: within ±${fmt(a.harmonic.epsilon, 4)} × the number of people (${a.harmonic.samples} sampled people);`,
    );
  }
  if (a.transfer) {
    lines.push(
      `- transfer betweenness: the raw count within ±${fmt(a.transfer.epsilon, 4)} × participants × decision-makers (${a.transfer.samples} sampled participants).`,
    );
  }
  lines.push(
    '',
    'Rankings near the top are reliable; small differences between people are not. See `docs/measures.md`.',
  );
  return lines;
}

/** `people: a, b; ties: c` from column names where those of other files than people are prefixed (`ties: c`). */
function byFile(columns: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const c of columns) {
    const [, kind, name] = /^(ties|events|attendance): (.*)$/.exec(c) ?? [c, 'people', c];
    (groups.get(kind as string) ?? groups.set(kind as string, []).get(kind as string))?.push(name as string);
  }
  return [...groups].map(([kind, names]) => `${kind}: ${names.map(escapeMarkdown).join(', ')}`).join('; ');
}

/** What a pseudonymised report says it hides, and every value it shows as written, to check. */
function pseudonymisedNote(p: NonNullable<MarkdownReportOptions['pseudonymized']>): string[] {
  const out = [
    '> **Pseudonymised.** Person ids and names are keyed pseudonyms (`P-` and 10 hex digits), event ids too (`E-`), and so are initiatives (`I-`), round labels other than numbers (`R-`) and track labels other than 1, 1.5, 2 and 3 (`T-`); the key is not in these files. File and folder names, the headers of dropped columns and source line numbers are not shown, and rows are in pseudonym order.',
    `> Kept: ${byFile(p.kept)}.`,
    `> Dropped: ${byFile(p.dropped)}.`,
    '> The shape of the network and the kept attributes can still single out a person to someone who knows the roster.',
    '',
  ];
  if (p.values !== undefined && p.values.length > 0) {
    out.push(
      'Before sharing, check the values these files show as written: every distinct value of every kept categorical column (with the number of rows holding it; a value held by one person can single them out).',
      '',
      table(
        ['column', 'values'],
        p.values.map((c) => [
          escapeMarkdown(c.column),
          [
            ...c.values.map((v) => `${escapeMarkdown(v.value)} (${v.count})`),
            ...(c.pseudonymised > 0 ? [`and ${c.pseudonymised} pseudonymised`] : []),
          ].join(', '),
        ]),
      ),
      '',
    );
  }
  return out;
}

/** The report's sentence on who the decision-makers are; withheld values are counted, never shown. */
function decisionMakerRuleSentence(dm: DecisionMakerRule): string {
  const shown = dm.values.map((v) => `\`${escapeCode(v)}\``);
  const withheld = dm.withheld ?? 0;
  if (withheld > 0) {
    const count = `${withheld} value${withheld === 1 ? '' : 's'} withheld (the roster is pseudonymised)`;
    return `Decision-makers are the people whose \`${escapeCode(dm.column)}\` is ${[...shown, `one of ${count}`].join(' or ')}.`;
  }
  return `Decision-makers are the people whose \`${escapeCode(dm.column)}\` is ${shown.join(' or ')}.`;
}
