/**
 * Markdown text for the reports
 * =============================
 *
 * The helpers every report shares: escaping roster values for prose and tables (no markup, no
 * links, no HTML, one line, bounded length), code spans, tables and Unicode bar charts. The
 * reports (`markdown.ts`, `diversity-sections.ts`, `compare-markdown.ts`, …) compose sections
 * from these; none of them imports another report.
 */

/** Longest roster value a report shows in one place; longer ones end with `…`. */
const MAX_VALUE_LENGTH = 300;

/**
 * Escapes text for Markdown tables and prose: no markup, no links, no HTML, one line, at most
 * 300 characters (so a 10,000-character cell cannot break a table).
 */
export function escapeMarkdown(value: unknown): string {
  return oneLine(shorten(String(value ?? ''), MAX_VALUE_LENGTH))
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
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
