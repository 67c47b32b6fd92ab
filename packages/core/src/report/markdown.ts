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
import type { ImportIssue } from '../import/issues.js';
import { MEASURE_CATALOG } from '../metrics/catalog.js';
import type { RosterGraph } from '../types.js';

export interface MarkdownReportOptions {
  /** Title shown at the top (e.g. the roster folder's name). */
  title?: string;
  /** How many people to list per measure. @defaultValue 10 */
  top?: number;
  /** Output files to list at the end. */
  files?: string[];
}

/** Escapes text for Markdown tables and prose: no markup, no links, no HTML, one line. */
export function escapeMarkdown(value: unknown): string {
  return (
    String(value ?? '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must not reach the report
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

function fmt(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined) return '–';
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(digits)));
}

/** A horizontal bar chart in Unicode blocks; one line per entry. */
export function barChart(entries: [string, number][], width = 40): string {
  const max = Math.max(0, ...entries.map(([, v]) => v));
  const labelWidth = Math.max(0, ...entries.map(([l]) => [...l].length));
  const lines = entries.map(([label, v]) => {
    const exact = max === 0 ? 0 : (v / max) * width;
    const full = Math.floor(exact);
    const eighths = Math.round((exact - full) * 8);
    const bar =
      '█'.repeat(full) + (eighths > 0 ? (['', '▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'][eighths] as string) : '');
    return `${label.padEnd(labelWidth)} │ ${bar} ${v}`;
  });
  return ['```text', ...lines, '```'].join('\n');
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function personCell(graph: RosterGraph, p: PersonMetrics): string {
  const side = graph.getNodeAttribute(p.id, 'side');
  return `${escapeMarkdown(p.name)} (\`${escapeCode(p.id)}\`${side ? `, ${escapeMarkdown(side)}` : ''})`;
}

/**
 * Text for inside a code span: backslash escapes do not work there (CommonMark 6.1) and HTML is
 * shown literally, so only what could end the span, break the table row or the line is changed.
 */
function escapeCode(text: string): string {
  return (
    String(text)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must not reach the report
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/`/g, "'")
      .replace(/\|/g, '\\|')
  );
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
        f.extraColumns.map(escapeMarkdown).join(', ') || '–',
      ]),
    ),
    '',
  );
  const dm = summary.roster.decisionMakerRule;
  out.push(
    `Decision-makers are the people whose \`${escapeCode(dm.column)}\` is ${dm.values.map((v) => `\`${escapeCode(v)}\``).join(' or ')}.`,
    '',
  );
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
    const sides = [...new Set(participants.map((p) => graph.getNodeAttribute(p.id, 'side') ?? ''))].filter(
      (s) => s !== '',
    );
    if (sides.length > 1) {
      out.push(
        'By side:',
        '',
        table(
          ['side', 'participants', 'within 1 step', 'within 2 steps', 'no path', 'median distance'],
          sides.sort().map((side) => {
            const group = participants.filter((p) => graph.getNodeAttribute(p.id, 'side') === side);
            const share = (f: (p: PersonMetrics) => boolean) => pct(group.filter(f).length / group.length);
            const ds = group
              .map((p) => p.distance_to_track1)
              .filter((d): d is number => d !== null)
              .sort((x, y) => x - y);
            const med =
              ds.length === 0
                ? null
                : ds.length % 2
                  ? ds[ds.length >> 1]
                  : ((ds[ds.length / 2 - 1] as number) + (ds[ds.length / 2] as number)) / 2;
            return [
              escapeMarkdown(side),
              String(group.length),
              share((p) => (p.track1_within_1 ?? 0) > 0),
              share((p) => (p.track1_within_2 ?? 0) > 0),
              share((p) => p.distance_to_track1 === null),
              fmt(med ?? null, 1),
            ];
          }),
        ),
        '',
      );
    }
    const best = [...participants]
      .sort(
        (x, y) =>
          (y.track1_within_2 ?? 0) - (x.track1_within_2 ?? 0) || (y.track1_within_1 ?? 0) - (x.track1_within_1 ?? 0),
      )
      .slice(0, top);
    out.push(
      `Participants with the most decision-makers within two steps (top ${best.length}):`,
      '',
      table(
        ['participant', 'track', 'distance', 'within 1', 'within 2', 'nearest decision-makers'],
        best.map((p) => [
          personCell(graph, p),
          escapeMarkdown(p.track || '–'),
          fmt(p.distance_to_track1),
          fmt(p.track1_within_1),
          fmt(p.track1_within_2),
          p.nearest_track1
            .slice(0, 3)
            .map((id) => escapeMarkdown(graph.getNodeAttribute(id, 'name')))
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
          .map((p) => escapeMarkdown(p.name))
          .join(', ')}${cut.length > 30 ? ', …' : ''}.`,
        '',
      );
    }
  }

  // Top people by measure
  out.push('## Who stands out, measure by measure', '');
  for (const info of MEASURE_CATALOG) {
    if (
      info.key === 'community' ||
      info.key === 'nearest_track1' ||
      info.key.startsWith('track1_') ||
      info.key === 'distance_to_track1'
    )
      continue;
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
