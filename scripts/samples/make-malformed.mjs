#!/usr/bin/env node
// Write data-samples/malformed: one small roster folder per import problem, each valid except
// for exactly one planted problem, plus README.md and expected.json (code, level, file, line,
// column for each folder; line is 1-based as an editor shows it, column is the header name).
//
// Usage: node scripts/samples/make-malformed.mjs
// The expected line of every case is declared by hand AND recomputed here from the bytes
// written (the first line containing the case's marker); the script fails if they disagree.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(REPO, 'data-samples', 'malformed');

// A valid base roster (fictional people): six people, two of them Track 1.
const PEOPLE_HEADER = 'id,name,track,sector,organisation,side,ideology,school,seniority,gender';
const PEOPLE = [
  'ald-01,Severo Quintanes,1,government,Ministry of Foreign Affairs,Aldoria,0.4,realist,5,male',
  'ald-02,José Avelino,2,academia,University of Portavel,Aldoria,-0.4,liberal,,male',
  'ald-03,Zoë Garrida,2,diplomacy,Ministry of Foreign Affairs (retired),Aldoria,-0.2,constructivist,,female',
  'ves-01,Borena Teskova,1,government,Ministry of Foreign Affairs,Veskar,0.5,realist,4,female',
  'ves-02,Dragek Želanov,2,academia,Veskar State University,Veskar,-0.5,constructivist,,male',
  'ves-03,Mirava Čorenko,2,NGO,Mothers of the Valley,Veskar,-0.8,constructivist,,female',
];
const TIES_HEADER = 'source,target,type,weight,directed';
// ves-03 has no tie, so skipping its row (ragged-row) cannot cascade into other problems.
const TIES = [
  'ald-02,ald-01,advises,2,true',
  'ald-03,ald-02,friend,1.5,false',
  'ves-02,ves-01,advises,2.5,true',
  'ald-03,ald-01,former_colleague,1,false',
  'ald-02,ves-02,co-author,3,false',
];
const EVENTS = [
  'id,name,date,format',
  'ev-1,Riverside Dialogue Round 1,2023-03-01,workshop',
  'ev-2,Riverside Dialogue Round 2,2023-09-12,workshop',
];
const ATTENDANCE = [
  'person,event,role',
  'ald-02,ev-1,participant',
  'ves-02,ev-1,participant',
  'ald-03,ev-2,participant',
  'ves-03,ev-3,participant',
  'ves-02,ev-2,participant',
];

const lf = (lines) => `${lines.join('\n')}\n`;
const people = (rows = PEOPLE, header = PEOPLE_HEADER) => lf([header, ...rows]);
const ties = (rows = TIES) => lf([TIES_HEADER, ...rows]);
const replace = (rows, index, row) => rows.map((r, i) => (i === index ? row : r));
const insert = (rows, index, row) => [...rows.slice(0, index), row, ...rows.slice(index)];

// Each case: folder, problem, expected issue (code, level, file, line, column), marker (text on
// the expected line, used to recompute the line), files (name -> string or Buffer).
const CASES = [
  {
    folder: 'unclosed-quote',
    problem: 'A quoted name is opened and never closed (`"Zoë Garrida,...`); the rest of the file is swallowed.',
    code: 'CSV_SYNTAX',
    level: 'error',
    file: 'people.csv',
    line: 4,
    column: 'name',
    marker: '"Zoë Garrida',
    files: {
      'people.csv': people(replace(PEOPLE, 2, PEOPLE[2].replace('Zoë Garrida', '"Zoë Garrida'))),
      'ties.csv': ties(),
    },
  },
  {
    folder: 'ragged-row',
    problem:
      'An unquoted name with a comma (`Čorenko, Mirava`) gives a people row one more non-empty field than the header.',
    code: 'CSV_RAGGED_ROW',
    level: 'warning',
    file: 'people.csv',
    line: 7,
    // the extra cell has no header: the importer names it by position
    column: 'field 11',
    marker: 'Čorenko, Mirava',
    files: {
      'people.csv': people(replace(PEOPLE, 5, PEOPLE[5].replace('Mirava Čorenko', 'Čorenko, Mirava'))),
      'ties.csv': ties(),
    },
  },
  {
    folder: 'duplicate-id',
    problem: 'A copy-paste error: `ves-02` is used again for a second person.',
    code: 'CSV_DUPLICATE_ID',
    level: 'error',
    file: 'people.csv',
    line: 7,
    column: 'id',
    marker: 'ves-02,Mirava',
    files: {
      'people.csv': people(replace(PEOPLE, 5, PEOPLE[5].replace('ves-03', 'ves-02'))),
      'ties.csv': ties(),
    },
  },
  {
    folder: 'unknown-node',
    problem: 'A tie names `ald-07`, who is not in people.csv.',
    code: 'CSV_UNKNOWN_NODE',
    level: 'warning',
    file: 'ties.csv',
    line: 4,
    column: 'target',
    marker: 'ald-07',
    files: {
      'people.csv': people(),
      'ties.csv': ties(insert(TIES, 2, 'ald-03,ald-07,briefed,1,true')),
    },
  },
  {
    folder: 'unknown-event',
    problem: 'An attendance row names event `ev-3`, which is not in events.csv.',
    code: 'CSV_UNKNOWN_NODE',
    level: 'warning',
    file: 'attendance.csv',
    line: 5,
    column: 'event',
    marker: 'ev-3',
    files: {
      'people.csv': people(),
      'ties.csv': ties(),
      'events.csv': lf(EVENTS),
      'attendance.csv': lf(ATTENDANCE),
    },
  },
  {
    folder: 'non-numeric-weight',
    problem: 'A tie weight written as a word: `three`.',
    code: 'CSV_BAD_NUMBER',
    level: 'warning',
    file: 'ties.csv',
    line: 3,
    column: 'weight',
    marker: ',three,',
    files: {
      'people.csv': people(),
      'ties.csv': ties(replace(TIES, 1, 'ald-03,ald-02,friend,three,false')),
    },
  },
  {
    folder: 'negative-weight',
    problem: 'A tie weight of `-2` (weights must be > 0).',
    code: 'CSV_OUT_OF_RANGE',
    level: 'warning',
    file: 'ties.csv',
    line: 4,
    column: 'weight',
    marker: ',-2,',
    files: {
      'people.csv': people(),
      'ties.csv': ties(replace(TIES, 2, 'ves-02,ves-01,advises,-2,true')),
    },
  },
  {
    folder: 'self-tie',
    problem: 'A tie from `ald-03` to `ald-03`.',
    code: 'CSV_SELF_TIE',
    level: 'warning',
    file: 'ties.csv',
    line: 5,
    column: 'target',
    marker: 'ald-03,ald-03',
    files: {
      'people.csv': people(),
      'ties.csv': ties(replace(TIES, 3, 'ald-03,ald-03,former_colleague,1,false')),
    },
  },
  {
    folder: 'unknown-track',
    problem: 'A track value `Track IV` that is not one of the accepted spellings.',
    code: 'CSV_UNKNOWN_TRACK',
    level: 'warning',
    file: 'people.csv',
    line: 3,
    column: 'track',
    marker: 'Track IV',
    files: {
      'people.csv': people(replace(PEOPLE, 1, PEOPLE[1].replace(',2,academia', ',Track IV,academia'))),
      'ties.csv': ties(),
    },
  },
  {
    folder: 'missing-column',
    problem: 'people.csv has no `id` column (nor any alias of it).',
    code: 'CSV_MISSING_COLUMN',
    level: 'error',
    file: 'people.csv',
    line: 1,
    column: 'id',
    marker: 'name,track',
    files: {
      'people.csv': people(
        PEOPLE.map((r) => r.slice(r.indexOf(',') + 1)),
        PEOPLE_HEADER.slice(PEOPLE_HEADER.indexOf(',') + 1),
      ),
      'ties.csv': ties(),
    },
  },
  {
    folder: 'multiline-then-error',
    problem:
      "A quoted `notes` cell spans lines 3 to 5 (row 2); a later row has ideology `very dovish`. The line must be the editor's line (8), not the record number (5) or the line count without the multi-line cell (6).",
    code: 'CSV_BAD_NUMBER',
    level: 'warning',
    file: 'people.csv',
    line: 8,
    column: 'ideology',
    marker: 'very dovish',
    files: {
      'people.csv': people(
        [
          `${PEOPLE[0]},Minister since 2020`,
          `${PEOPLE[1]},"Professor of law.\nAuthor of ""Rivers Without Borders"", 2019.\nPrefers meetings in Geneva"`,
          `${PEOPLE[2]},`,
          `${PEOPLE[3]},Deputy minister`,
          `${PEOPLE[4].replace(',-0.5,', ',very dovish,')},`,
          `${PEOPLE[5]},"Runs a network of ""valley mediators"""`,
        ],
        `${PEOPLE_HEADER},notes`,
      ),
      'ties.csv': ties(),
    },
  },
  {
    folder: 'windows-1252',
    problem:
      'people.csv saved as Windows-1252 (not UTF-8), CRLF line ends: `Zoë Mürvik`, `François Lévaro` are single bytes (0xEB, 0xFC, 0xE7, 0xE9).',
    code: 'CSV_ENCODING',
    level: 'warning',
    file: 'people.csv',
    // the line of the first byte that is not valid UTF-8
    line: 3,
    column: null,
    marker: 'ald-02,Fran',
    files: {
      'people.csv': Buffer.from(
        `${[
          PEOPLE_HEADER,
          PEOPLE[0],
          'ald-02,François Lévaro,2,academia,University of Portavel,Aldoria,-0.4,liberal,,male',
          'ald-03,Zoë Mürvik,2,diplomacy,Ministry of Foreign Affairs (retired),Aldoria,-0.2,constructivist,,female',
          'ves-01,Borena Teskova,1,government,Ministry of Foreign Affairs,Veskar,0.5,realist,4,female',
          'ves-02,Dragek Zelanov,2,academia,Veskar State University,Veskar,-0.5,constructivist,,male',
          'ves-03,Mirava Corenko,2,NGO,Mothers of the Valley,Veskar,-0.8,constructivist,,female',
        ].join('\r\n')}\r\n`,
        'latin1',
      ),
      'ties.csv': ties(),
    },
  },
];

/** 1-based editor line of the first occurrence of `marker` (LF, CRLF or CR line ends). */
function lineOf(content, marker) {
  const text = Buffer.isBuffer(content) ? content.toString('latin1') : content;
  const idx = text.indexOf(marker);
  if (idx < 0) return -1;
  return text.slice(0, idx).split(/\r\n|\r|\n/).length;
}

function readme(cases) {
  const rows = cases
    .map(
      (c) =>
        `| [\`${c.folder}/\`](${c.folder}/) | ${c.problem} | \`${c.code}\` | ${c.level} | \`${c.file}\` | ${c.line} | ${c.column ? `\`${c.column}\`` : '(none)'} |`,
    )
    .join('\n');
  return `# Malformed rosters (fictional)

One small roster folder per import problem. Each folder is a complete roster (\`people.csv\` with six
fictional people, two of them Track 1, and \`ties.csv\`; \`unknown-event\` also has \`events.csv\` and
\`attendance.csv\`) that is **valid except for exactly one planted problem**, so an import reports
exactly one issue. Codes, levels and positions follow [docs/roster-format.md](../../docs/roster-format.md):
\`line\` is the 1-based line as a text editor shows it (a quoted cell that spans lines counts every
line), \`column\` is the header name.

\`tests/import/\` loads [\`expected.json\`](expected.json), which holds the same table as an array of
\`{ folder, code, level, file, line, column }\` (\`column\` is \`null\` where no single header applies).

| folder | planted problem | code | level | file | line | column |
| --- | --- | --- | --- | --- | --- | --- |
${rows}

Notes on the positions:

- **Errors** (\`CSV_SYNTAX\`, \`CSV_DUPLICATE_ID\`, \`CSV_MISSING_COLUMN\`) stop the import: exit code 1,
  nothing written. The others are **warnings**: the row is skipped (ragged row, unknown node or
  event, bad or non-positive weight, self-tie), the value dropped (\`very dovish\`) or kept as
  written (\`Track IV\`), and the import continues.
- \`unclosed-quote\`: the line is where the unclosed quoted field **starts** (the parser only notices
  at the end of the file); the column is the field the quote opens.
- \`duplicate-id\`: the position is the **second** occurrence.
- \`ragged-row\`: the extra field has no header, so the column is named by position (\`field 11\`).
- \`windows-1252\`: the encoding concerns the whole file, so \`column\` is \`null\`; the line is the first
  one holding a byte that is not valid UTF-8.
- \`windows-1252\` is the only file not in UTF-8; its accented bytes are invalid UTF-8, so the
  importer falls back to Windows-1252 and the names must still read \`Zoë Mürvik\` and
  \`François Lévaro\` after import.

Regenerate with \`node scripts/samples/make-malformed.mjs\` (the script checks every expected line
against the bytes it writes).

## Licence

CC0 1.0 (public domain dedication). Fictional data; no real person is described.
`;
}

function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const c of CASES) {
    const dir = join(OUT, c.folder);
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(c.files)) writeFileSync(join(dir, name), content);
    const computed = lineOf(c.files[c.file], c.marker);
    if (computed !== c.line) throw new Error(`${c.folder}: declared line ${c.line}, marker found on line ${computed}`);
  }
  const expected = CASES.map(({ folder, code, level, file, line, column }) => ({
    folder,
    code,
    level,
    file,
    line,
    column,
  }));
  writeFileSync(join(OUT, 'expected.json'), `${JSON.stringify(expected, null, '\t')}\n`);
  writeFileSync(join(OUT, 'README.md'), readme(CASES));
  console.log(`wrote data-samples/malformed: ${CASES.length} cases`);
}

main();
