/** Import findings: the warnings of the import, by code and the first twenty in full. */

import { escapeCode, escapeMarkdown, plural, table } from '../format.js';
import type { ReportInput } from './section.js';

/** How many warnings the report lists one by one; the rest are in `import-issues.csv`. */
const SHOWN = 20;

export function importFindingsSection({ analysis, issues }: ReportInput): string[] {
  const out = ['## Import findings', ''];
  if (issues.length === 0) {
    out.push('Every row of every file was used. No warnings.', '');
    return out;
  }
  const shown = issues.slice(0, SHOWN);
  out.push(
    `${plural(issues.length, 'warning')}; each skipped a row or dropped a value as stated. The full list is in \`import-issues.csv\`.`,
    '',
    table(
      ['code', 'count'],
      Object.entries(analysis.summary.import.byCode).map(([c, n]) => [`\`${c}\``, String(n)]),
    ),
    '',
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
  return out;
}
