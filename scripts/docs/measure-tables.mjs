#!/usr/bin/env node
/**
 * The measure tables of the docs, generated from the measure registry
 * (packages/core/src/measure-registry.ts), so the docs cannot drift from the code:
 *
 * - `catalog`: what each column is, what it suggests and what it does not show (docs/measures.md);
 * - `summary`: kind, one line, range, convention and reference (docs/measures.md).
 *
 * Each table sits between `<!-- measure-table:NAME:start … -->` and `<!-- measure-table:NAME:end -->`
 * in any of README.md and docs/*.md. `tests/docs/measure-tables.test.ts` checks that every block
 * equals what this script generates; after changing the registry, rewrite them:
 *
 *   pnpm build && node scripts/docs/measure-tables.mjs
 *
 * The brokerage and E-I column families are not registry measures; their rows are declared here.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The files that may hold a generated table. */
export function docFiles() {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(root, 'docs', name));
  return [join(root, 'README.md'), ...docs];
}

const FAMILIES = [
  {
    columns: '`brokerage_track_<role>`, `brokerage_side_<role>`',
    definition:
      'Gould–Fernandez brokerage counts on the known ties (coordinator, itinerant, representative, gatekeeper, liaison, total); groups = track, or side',
    means:
      "the kind of brokerage position: a _gatekeeper_ takes ties from another group into their own, a _representative_ carries their group's ties out",
    doesNotMean: 'brokerage itself: these count open two-step positions, not transactions',
    kind: 'count',
    range: 'integer ≥ 0',
    convention: 'recorded ties only, with their direction; shared events ignored',
    reference: "none in NetworkX (R sna's `brokerage`, `raw.nli`); [25], [38]",
  },
  {
    columns: '`ei_<attribute>` (`ei_track` … `ei_school`)',
    definition:
      "the person's E-I index for track, side, sector, country, gender, school: (links to other groups − links within) / links; empty without a value",
    means: '−1: all their links stay within their own group',
    doesNotMean: 'why: shared workplaces and events also produce it',
    kind: 'number',
    range: '[−1, 1]',
    convention: 'unweighted; no value or no such link `null`',
    reference: "none in NetworkX (UCINET's E-I index); [27], [52]",
  },
];

/** A Markdown table with padded columns; cells must already be Markdown. */
export function markdownTable(header, rows) {
  const width = (text) => [...text].length;
  const widths = header.map((h, c) => Math.max(3, width(h), ...rows.map((r) => width(r[c]))));
  const line = (cells) => `| ${cells.map((cell, c) => cell + ' '.repeat(widths[c] - width(cell))).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The generated tables, by name, from the registry. */
export function measureTables(registry) {
  const code = (key) => `\`${key}\``;
  return {
    catalog: markdownTable(
      ['column', 'what it is', 'what it suggests', 'what it does **not** show'],
      [
        ...registry.map((m) => [code(m.key), m.definition, m.means, m.doesNotMean]),
        ...FAMILIES.map((f) => [f.columns, f.definition, f.means, f.doesNotMean]),
      ],
    ),
    summary: markdownTable(
      ['column', 'kind', 'one line', 'range', 'convention', 'reference'],
      [
        ...registry.map((m) => [
          code(m.key),
          m.nullable ? `${m.kind} or \`null\`` : m.kind,
          m.definition,
          m.range,
          m.convention,
          m.reference,
        ]),
        ...FAMILIES.map((f) => [f.columns, f.kind, f.definition, f.range, f.convention, f.reference]),
      ],
    ),
  };
}

const BLOCK = /(<!-- measure-table:([a-z]+):start[^>]*-->\n)([\s\S]*?)(\n<!-- measure-table:\2:end -->)/g;

/** The generated blocks of a text: name and content (the table, without the blank lines around it). */
export function blocks(text) {
  return [...text.matchAll(BLOCK)].map((m) => ({ name: m[2], content: m[3].trim() }));
}

/** `text` with every generated block replaced by its table. */
export function rewrite(text, tables) {
  return text.replace(BLOCK, (_all, start, name, _content, end) => {
    if (!(name in tables)) throw new Error(`unknown measure table "${name}"`);
    return `${start}\n${tables[name]}\n${end}`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { MEASURE_REGISTRY } = await import(join(root, 'packages/core/dist/index.js'));
  const tables = measureTables(MEASURE_REGISTRY);
  for (const file of docFiles()) {
    const text = readFileSync(file, 'utf8');
    const next = rewrite(text, tables);
    if (next !== text) {
      writeFileSync(file, next);
      console.log(`rewrote ${file.slice(root.length + 1)}`);
    }
  }
}
