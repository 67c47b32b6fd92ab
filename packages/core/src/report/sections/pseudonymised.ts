/** What a pseudonymised report says it hides, and every value it shows as written, to check. */

import { escapeMarkdown, table } from '../format.js';
import type { ReportInput } from './section.js';

export function pseudonymisedSection({ options }: ReportInput): string[] {
  const p = options.pseudonymized;
  if (!p) return [];
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

/** `people: a, b; ties: c` from column names where those of other files than people are prefixed (`ties: c`). */
function byFile(columns: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const c of columns) {
    const [, kind, name] = /^(ties|events|attendance): (.*)$/.exec(c) ?? [c, 'people', c];
    (groups.get(kind as string) ?? groups.set(kind as string, []).get(kind as string))?.push(name as string);
  }
  return [...groups].map(([kind, names]) => `${kind}: ${names.map(escapeMarkdown).join(', ')}`).join('; ');
}
