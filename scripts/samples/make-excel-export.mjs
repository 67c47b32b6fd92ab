#!/usr/bin/env node
// Write data-samples/excel-export: the quickstart roster as European Excel or Google Sheets
// would export it. Same people, ties, events and attendance (same ids and values), but:
//   - semicolon delimiter, UTF-8 BOM, CRLF row ends (LF inside multi-line cells, as Excel does);
//   - headers shuffled, in other case and as aliases (`Full Name`, `ID`, `Organization`, ...);
//   - an extra `Email notes` column on people and a `notes` column on ties, with quoted
//     multi-line cells holding semicolons and doubled quotes;
//   - decimal commas for fractional numbers (`1,5`, `-0,4`), booleans as TRUE/FALSE;
//   - a couple of blank lines and trailing empty columns (`;;`) on some rows.
//
// Usage: node scripts/samples/make-excel-export.mjs
// Reads data-samples/quickstart/*.csv, so the two samples stay in sync. No dependencies.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SRC = join(REPO, 'data-samples', 'quickstart');
const OUT = join(REPO, 'data-samples', 'excel-export');

/** Minimal RFC 4180 parser for the (clean, comma, LF) quickstart files. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...data] = rows;
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

// [canonical column or null for an extra column, header as the spreadsheet has it], in file order.
const LAYOUT = {
  'people.csv': [
    ['name', 'Full Name'],
    ['id', 'ID'],
    ['side', 'Party'],
    ['track', 'Track'],
    ['organisation', 'Organization'],
    ['sector', 'SECTOR'],
    ['gender', 'Sex'],
    ['ideology', 'Ideology Score'],
    ['school', 'school_of_thought'],
    ['seniority', 'Rank'],
    ['country', 'Nationality'],
    ['Email notes', 'Email notes'],
  ],
  'ties.csv': [
    ['type', 'Relation'],
    ['source', 'From'],
    ['target', 'To'],
    ['date', 'Date'],
    ['weight', 'Strength'],
    ['directed', 'Is Directed'],
    ['evidence', 'Citation'],
    ['notes', 'notes'],
  ],
  'events.csv': [
    ['name', 'Title'],
    ['id', 'Event ID'],
    ['date', 'Start Date'],
    ['location', 'Venue'],
    ['initiative', 'Series'],
    ['round', 'Round'],
    ['format', 'Type'],
  ],
  'attendance.csv': [
    ['role', 'Role'],
    ['event', 'Event_ID'],
    ['person', 'Participant ID'],
  ],
};

// Columns whose values are numbers (written with a decimal comma) or booleans (TRUE/FALSE).
const NUMERIC = new Set(['ideology', 'seniority', 'weight']);
const BOOLEAN = new Set(['directed']);

// Extra cells that are not in the quickstart files (extra attributes, not roster values).
const EMAIL_NOTES = {
  'ald-01': 'via the private office only; cc chief of staff',
  'ald-03': 'prefers "Signal"; replies slowly',
  'ves-03': 'no email;\nphone the Mothers of the Valley office',
};
const TIE_NOTES = {
  'ald-03>ald-01>advises': 'Confirmed in interview; see file "A-17"\nFollow-up: "weekly calls"',
  'ves-02>ves-01>advises': 'Two sources agree;\nadvice is informal, "off the books"',
  'ald-03>ves-02>co-author': 'Joint paper: "Sharing the Tessa"; 2023\nPublished in both languages\n(see ev-2)',
};

// Which data rows (0-based) get trailing empty columns, and after which a blank line follows.
const TRAILING = {
  'people.csv': [1, 4, 9],
  'ties.csv': [0, 6],
  'events.csv': [1],
  'attendance.csv': [2],
};
const BLANK_AFTER = {
  'people.csv': [5],
  'ties.csv': [9],
  'events.csv': [],
  'attendance.csv': [7],
};

function cell(value) {
  const s = String(value ?? '');
  return /[;"\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function excelValue(column, value) {
  if (NUMERIC.has(column) && /^-?\d+\.\d+$/.test(value)) return value.replace('.', ',');
  if (BOOLEAN.has(column) && value !== '') return value.toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
  return value;
}

function extraValue(file, column, row) {
  if (file === 'people.csv' && column === 'Email notes') return EMAIL_NOTES[row.id] ?? '';
  if (file === 'ties.csv' && column === 'notes') return TIE_NOTES[`${row.source}>${row.target}>${row.type}`] ?? '';
  return undefined;
}

function writeVariant(file) {
  const rows = parseCsv(readFileSync(join(SRC, file), 'utf8'));
  const layout = LAYOUT[file];
  const lines = [layout.map(([, header]) => cell(header)).join(';')];
  rows.forEach((row, i) => {
    const cells = layout.map(([column]) => {
      const extra = extraValue(file, column, row);
      if (extra !== undefined) return cell(extra);
      if (!(column in row)) throw new Error(`${file}: quickstart has no column ${column}`);
      return cell(excelValue(column, row[column]));
    });
    let line = cells.join(';');
    if (TRAILING[file].includes(i)) line += ';;';
    lines.push(line);
    if (BLANK_AFTER[file].includes(i)) lines.push('');
  });
  // Every canonical column of the source must be carried over.
  for (const column of Object.keys(rows[0] ?? {})) {
    if (!layout.some(([c]) => c === column)) throw new Error(`${file}: column ${column} not mapped`);
  }
  const text = `\uFEFF${lines.join('\r\n')}\r\n`;
  writeFileSync(join(OUT, file), text, 'utf8');
  return { file, rows: rows.length, headers: layout.map(([, h]) => h) };
}

function readme(outputs) {
  const table = outputs
    .map((o) => `| \`${o.file}\` | ${o.rows} | ${o.headers.map((h) => `\`${h}\``).join(', ')} |`)
    .join('\n');
  return `# Excel export variant of the quick start roster (fictional)

**The same roster as [\`../quickstart/\`](../quickstart/README.md)**, written the way European
Excel or Google Sheets exports a sheet as CSV. Every person, tie, event and attendance has the same
ids and the same values, so an import of this folder must give exactly the same graph and the same
measures as the quick start; tests assert that.

Generated from the quickstart files, so the two stay in sync:

\`\`\`sh
node scripts/samples/make-excel-export.mjs
\`\`\`

## What is different from the quick start

- **Delimiter** \`;\` (what Excel writes where the decimal separator is a comma).
- **UTF-8 with BOM** at the start of every file; **CRLF** row ends. Line breaks *inside* quoted
  cells are LF, as Excel writes them (Alt+Enter).
- **Headers** in another order, case and spelling, all known aliases
  (see [docs/roster-format.md](../../docs/roster-format.md)):

| file | rows (excluding header) | headers, in file order |
| --- | --- | --- |
${table}

- **Extra columns** not in the format: \`Email notes\` on people and \`notes\` on ties. They are kept
  as attributes. Some cells are quoted, span several lines, and contain semicolons and doubled
  quotes (\`""\`).
- **Numbers** with a decimal comma where fractional: tie strengths \`1,5\` and \`2,5\`, ideology
  scores such as \`-0,4\`. Integers are unchanged.
- **Booleans** as Excel writes them: \`TRUE\` / \`FALSE\`.
- **Blank lines** (one each in \`people.csv\`, \`attendance.csv\`, and at the end of \`ties.csv\`)
  and **trailing empty columns** (\`;;\`) on some rows.
- Dates stay ISO 8601 (\`2023-03-10\`), as they do when the cells are formatted as text.

## Expected counts

Identical to the quick start: **12** people (**3** decision-makers), **10** ties, **2** events,
**13** attendance rows. The import should report no errors and no warnings (blank lines and
trailing empty columns are not problems).

## Licence

CC0 1.0 (public domain dedication). Fictional data; no real person is described.
`;
}

function main() {
  mkdirSync(OUT, { recursive: true });
  const outputs = Object.keys(LAYOUT).map(writeVariant);
  writeFileSync(join(OUT, 'README.md'), readme(outputs), 'utf8');
  console.log(`wrote data-samples/excel-export: ${outputs.map((o) => `${o.file} ${o.rows} rows`).join(', ')}`);
}

main();
