/** Homophily and echo chambers: E-I index and assortativity by attribute, and the communities with echo-chamber flags. */

import { escapeMarkdown, formatFixed, formatPercent, MISSING, nodeName, plural, table } from '../format.js';
import { capRows } from '../ranking.js';
import type { ReportInput } from './section.js';

export function homophilySection({ graph, analysis, maxRows }: ReportInput): string[] {
  const { details, assortativity, communities, coverage } = analysis.homophily;
  const out = ['## Homophily and echo chambers', ''];
  const attributes = Object.keys(details);
  if (attributes.length > 0) {
    out.push(
      'Do links stay within groups? The E-I index is (links between groups − links within) / all links: −1 means every link stays inside a group, +1 every link crosses. "Expected" is its value if links ignored the attribute; the p-value is the share of random reshufflings of the attribute (same group sizes, seeded) with an E-I as low as observed, the observed one included ((count + 1) / (reshufflings + 1)). Assortativity (Newman) is the correlation of the attribute across links: above 0, like links to like. Both are computed over the people whose value is known ("known": missing values and missing-value codes are left out).',
      '',
      table(
        ['attribute', 'known', 'E-I', 'expected', 'p (as low by chance)', 'assortativity'],
        attributes.map((a) => {
          const d = details[a];
          return [
            a,
            coverage?.[a] !== undefined ? formatPercent(coverage[a]) : MISSING,
            formatFixed(d?.ei),
            formatFixed(d?.expected),
            d?.permutation ? formatFixed(d.permutation.pLessOrEqual, 3) : MISSING,
            formatFixed(assortativity[a]),
          ];
        }),
      ),
      '',
    );
    if (assortativity.ideology !== undefined)
      out.push(
        `Ideology assortativity (numeric): ${formatFixed(assortativity.ideology)}${coverage?.ideology !== undefined ? ` (ideology known for ${formatPercent(coverage.ideology)})` : ''}.`,
        '',
      );
  } else {
    out.push(
      'E-I index and assortativity not computed: no side, sector, country, gender or school in the roster. Add one of these columns to the people file to see whether links stay within groups.',
      '',
    );
  }
  const grouped = communities.filter((c) => c.size >= 2);
  const { shown, omitted } = capRows(grouped, maxRows);
  if (grouped.length === 0) {
    out.push('No community of two or more people: no one on the roster is linked to anyone.', '');
  } else {
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
            .join(', ') || MISSING,
          c.topSchool ? `${escapeMarkdown(c.topSchool.school)} ${formatPercent(c.topSchool.share)}` : MISSING,
          c.ideology.n > 0 ? `${formatFixed(c.ideology.mean)} (${formatFixed(c.ideology.sd)})` : MISSING,
          formatFixed(c.ei),
          c.echoChamber ? '**yes**' : 'no',
        ]),
      ),
      '',
    );
    if (omitted > 0) {
      const alone = communities.length - grouped.length;
      out.push(
        `Only the ${shown.length} largest of ${grouped.length} communities of two or more people are shown (${plural(omitted, 'smaller one')} left out${alone > 0 ? `, and ${plural(alone, 'person', 'people')} alone` : ''}); every community is in \`homophily.json\` and \`summary.json\` (\`communities\`), each person's in \`people-metrics.csv\`.`,
        '',
      );
    }
    for (const c of communities.filter((x) => x.echoChamber)) {
      out.push(
        `**Echo chamber: community ${c.community}** (${c.size} people: ${c.members
          .slice(0, 12)
          .map((id) => nodeName(graph, id))
          .join(', ')}${c.size > 12 ? ', …' : ''}). Evidence: ${c.evidence.map(escapeMarkdown).join('; ')}.`,
        '',
      );
    }
    if (!communities.some((c) => c.echoChamber)) out.push('No community meets the echo-chamber rule.', '');
  }
  return out;
}
