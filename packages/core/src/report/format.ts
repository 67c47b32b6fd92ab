/**
 * Markdown text for the reports
 * =============================
 *
 * The helpers every report shares: escaping roster values for prose and tables (no markup, no
 * links, no HTML, one line, bounded length), code spans, tables and Unicode bar charts, and the
 * one way each kind of number, percentage, count and name is written. The reports
 * (`markdown.ts` with its `sections/`, `compare-markdown.ts`, `suggest-markdown.ts`,
 * `transfer-markdown.ts`) and the CLI's printed summaries compose their text from these; none of
 * them formats a number itself, and none imports another report.
 */

import type { RosterGraph } from '../types.js';

/** Longest roster value a report shows in one place; longer ones end with `…`. */
const MAX_VALUE_LENGTH = 300;

/**
 * U+2060 WORD JOINER: invisible, not a space and not punctuation, so a renderer sees no link
 * where it stands (see `noAutolinks`).
 */
const JOINER = '\u2060';

/**
 * Escapes text for Markdown tables and prose: no markup, no links, no lists, no HTML, one line,
 * at most 300 characters (so a 10,000-character cell cannot break a table).
 *
 * - Markdown and HTML: every character CommonMark could read as markup is backslash-escaped
 *   (`` \ ` * _ { } [ ] ( ) # + ! | ~ ``) and `& < >` become entities, so `[click](http://x)`,
 *   `![i](x)`, `<http://x>` and `<script>` are text.
 * - Autolinks: GitHub (cmark-gfm) and VS Code (markdown-it with linkify) turn bare URLs into
 *   links, which escaping cannot stop. A word joiner breaks each pattern they look for; see
 *   `noAutolinks`.
 * - List markers: a value that begins with `1.` or `-` (after spaces) would start a list
 *   when it begins a line or follows a bullet, so that `.` or `-` is escaped (`1)`, `*` and `+`
 *   are escaped anyway).
 */
export function escapeMarkdown(value: unknown): string {
  const text = oneLine(shorten(String(value ?? ''), MAX_VALUE_LENGTH))
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*\d{1,9})\.(?=\s|$)/, '$1\\.')
    .replace(/^(\s*)-(?=\s|$)/, '$1\\-');
  return noAutolinks(text);
}

/**
 * Breaks the autolinks of GitHub Flavored Markdown and of linkify-it with a word joiner
 * (U+2060), invisible when rendered:
 * - `//` → `/⁠/`: `http://`, `https://`, `ftp://` (cmark-gfm and linkify-it need `//` right
 *   after the colon) and linkify-it's protocol-relative `//host`;
 * - `www.` → `www⁠.`: cmark-gfm's extended `www.` autolink (it accepts a joiner inside a host
 *   name, so the `www.` itself must be broken);
 * - `.` before a letter → `.⁠`: linkify-it's fuzzy links (`evil.com`) need a known top-level
 *   domain right after a dot;
 * - `@` → `⁠@`: e-mail autolinks (both need a name character right before the `@`), and so
 *   `mailto:` and `xmpp:` ones.
 *
 * References: GitHub Flavored Markdown Spec 0.29, section 6.9 "Autolinks (extension)",
 * https://github.github.com/gfm/#autolinks-extension-; linkify-it, https://github.com/markdown-it/linkify-it
 */
function noAutolinks(text: string): string {
  return text
    .replace(/\/(?=\/)/g, `/${JOINER}`)
    .replace(/(www)\./gi, `$1${JOINER}.`)
    .replace(/\.(?=\p{L})/gu, `.${JOINER}`)
    .replace(/@/g, `${JOINER}@`);
}

/** A person's name for the report: escaped, and shortened to 80 characters so no name breaks a table. */
export function escapeName(name: unknown): string {
  return escapeMarkdown(shorten(String(name ?? ''), 80));
}

/** `text` cut to `max` characters (code points), the last one `…` when cut. */
function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** One line: control characters become spaces, direction overrides are removed. */
function oneLine(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must not reach the report
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
  );
}

/** A chart label: one line, no control or direction characters, at most 40 characters. */
function chartLabel(label: string): string {
  return shorten(oneLine(label).replace(/`/g, "'"), 40);
}

/**
 * A horizontal bar chart in Unicode blocks, one line per entry, in a fenced code block (so labels
 * are shown as text, never as markup; they are cleaned of control characters and shortened).
 */
export function barChart(entries: [string, number][], width = 40): string {
  entries = entries.map(([label, v]) => [chartLabel(label), v]);
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

/** A Markdown table; cells must already be escaped. */
export function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/**
 * Text for inside a code span: backslash escapes do not work there (CommonMark 6.1) and HTML is
 * shown literally, so only what could end the span, break the table row or the line is changed.
 */
export function escapeCode(text: string): string {
  return oneLine(String(text)).replace(/`/g, "'").replace(/\|/g, '\\|');
}

// Numbers, percentages, counts and names -----------------------------------------------------

/** What a report writes where a value is missing (an en dash). */
export const MISSING = '–';

/**
 * A number as short as it can be: an integer as it is, anything else rounded to `digits` decimals
 * with trailing zeros dropped (`0.25`, 1/3 → `0.333`, 0.5 → `0.5`). Missing → `–`.
 */
export function formatNumber(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined) return MISSING;
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(digits)));
}

/** A number with exactly `digits` decimals, so a column lines up (0.5 → `0.50`). Missing → `–`. */
export function formatFixed(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined) return MISSING;
  return x.toFixed(digits);
}

/**
 * A change with its sign, written like {@link formatNumber}: `+0.25`, `−1` (a minus sign, U+2212),
 * and `0` when it rounds to zero. Missing → `–`.
 */
export function formatSigned(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined) return MISSING;
  const rounded = Number(x.toFixed(digits));
  return rounded > 0 ? `+${formatNumber(rounded, digits)}` : rounded < 0 ? `−${formatNumber(-rounded, digits)}` : '0';
}

/**
 * A share in [0, 1] as a percentage with `digits` decimals and a space before the sign, as
 * everywhere in trackmap's text: 1/3 → `33 %`, with `digits` 1 → `33.3 %`. Missing → `–`.
 */
export function formatPercent(x: number | null | undefined, digits = 0): string {
  if (x === null || x === undefined) return MISSING;
  return `${(100 * x).toFixed(digits)} %`;
}

/**
 * A share in [0, 1] as a whole percentage without the space: 1/3 → `33%`. Only `trackmap
 * analyze`'s printed summary writes percentages this way.
 */
export function formatPercentTight(x: number): string {
  return `${(100 * x).toFixed(0)}%`;
}

/** A share in [0, 1] as the number of percent, rounded to `digits` decimals, for a bar chart: 1/3 → 33.3. */
export function percentValue(x: number, digits = 1): number {
  return Number((100 * x).toFixed(digits));
}

/** A whole number with thousands separators: 2000 → `2,000`. */
export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

/** The noun for a count: `step` for 1, `steps` otherwise (or `many`). */
export function pluralNoun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** A count and its noun: `1 person`, `2 people`, `0 warnings`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${pluralNoun(n, one, many)}`;
}

/**
 * A person in a report: the escaped name, the id in a code span, when given the side, and
 * `decision-maker` for a decision-maker (whatever rule defined them), so that every table says
 * who is one: ``Ana Lima (`p1`, north, decision-maker)``.
 */
export function personLabel(name: unknown, id: string, side?: unknown, isDecisionMaker = false): string {
  return `${escapeName(name)} (\`${escapeCode(id)}\`${side ? `, ${escapeMarkdown(side)}` : ''}${isDecisionMaker ? `, ${DECISION_MAKER_MARK}` : ''})`;
}

/** How a report marks a decision-maker next to their name. */
export const DECISION_MAKER_MARK = 'decision-maker';

/** A person's name as the graph holds it, escaped for the report. */
export function nodeName(graph: RosterGraph, id: string): string {
  return escapeName(graph.getNodeAttribute(id, 'name'));
}

/** A person of `graph` as {@link personLabel} writes them, with the side the graph holds. */
export function personCell(graph: RosterGraph, person: { id: string; name: unknown }): string {
  return personLabel(
    person.name,
    person.id,
    graph.getNodeAttribute(person.id, 'side'),
    graph.getNodeAttribute(person.id, 'isDecisionMaker') === true,
  );
}

/** A person of `graph` by id: the escaped name and the id in a code span, ``Ana Lima (`p1`)``. */
export function nodeLabel(graph: RosterGraph, id: string): string {
  return personLabel(
    graph.getNodeAttribute(id, 'name'),
    id,
    undefined,
    graph.getNodeAttribute(id, 'isDecisionMaker') === true,
  );
}
