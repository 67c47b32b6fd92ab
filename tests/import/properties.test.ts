/**
 * Property-based tests of the importer ("the importer that cannot be broken").
 *
 * Contract under test: docs/roster-format.md. What each property says, how to run a larger
 * campaign and the campaigns run so far: docs/fuzzing.md. Generators and oracles:
 * tests/helpers/arbitraries.ts.
 *
 * CI runs a bounded number of runs with a fixed seed (reproducible); TRACKMAP_FUZZ_RUNS=20000
 * (and optionally TRACKMAP_FUZZ_SEED) runs a campaign. A failure prints the seed, the shrunk
 * counterexample and the `path` to replay it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  analyzeRoster,
  type ParseRosterResult,
  type Person,
  parseRoster,
  RosterImportError,
  type RosterSources,
  type Tie,
  toCsv,
} from '@trackmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, parseTrack } from '../../packages/core/src/import/roster-schema.js';
import {
  anyBytes,
  applyMutation,
  type CsvFile,
  cellValue,
  csvFile,
  DOCUMENTED_CODES,
  defaultCellFor,
  expectedTable,
  expectTypedOutcome,
  type FileUnderTest,
  fuzz,
  idText,
  mutation,
  OBJECT_PROTOTYPE_NAMES,
  quoteCell,
} from '../helpers/arbitraries.js';
import { repo } from '../helpers/paths.js';

const encoder = new TextEncoder();

/** Runs `fc.assert` with this property's runs and seed. */
function check<T>(index: number, ciRuns: number, arb: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  fc.assert(fc.property(arb, predicate), { numRuns: fuzz.runs(ciRuns), seed: fuzz.seed + index });
}

/** A small valid people file used when another file is under test. */
const PEOPLE_IDS = ['p1', 'p2', 'p3', 'Ana "A"', 'x,y', 'é'];
const PEOPLE_TEXT = `id,name,track,side\n${PEOPLE_IDS.map((id, i) => `${quoteCell(id, false)},N${i},${i % 2 ? 2 : 1},${i % 3}`).join('\n')}\n`;

function source(name: string, file: CsvFile, asBytes: boolean): FileUnderTest {
  return asBytes ? { name, bytes: encoder.encode(file.text) } : { name, text: file.text };
}

function errorCodes(error: unknown): Set<string> {
  expect(error).toBeInstanceOf(RosterImportError);
  return new Set((error as RosterImportError).issues.filter((i) => i.level === 'error').map((i) => i.code));
}

// ---------------------------------------------------------------------------------------------

describe('property 1: any bytes give a result or a typed, documented error', () => {
  it(
    'as the people file',
    () => {
      check(1, 300, anyBytes(2000, 'id,name,track,side,ideology,notes\n'), (bytes) => {
        const files = [{ name: 'people.csv', bytes }];
        expectTypedOutcome(() => parseRoster({ people: files[0] as FileUnderTest }), files);
      });
    },
    fuzz.timeout(300, 5),
  );

  it(
    'as the ties file, next to a valid people file',
    () => {
      check(2, 300, anyBytes(2000, 'source,target,type,weight,directed,date,notes\n'), (bytes) => {
        const files = [
          { name: 'people.csv', text: PEOPLE_TEXT },
          { name: 'ties.csv', bytes },
        ];
        const outcome = expectTypedOutcome(
          () => parseRoster({ people: files[0] as FileUnderTest, ties: files[1] as FileUnderTest }),
          files,
        );
        if (outcome.ok) expect(outcome.result.roster.people.map((p) => p.id)).toEqual(PEOPLE_IDS);
      });
    },
    fuzz.timeout(300, 5),
  );
});

// ---------------------------------------------------------------------------------------------

interface ExpectedPerson {
  id: string;
  line: number;
  name: string;
  extra: Record<string, string>;
  ideology: number | undefined;
  track: string;
}

const peopleFile = csvFile({
  kind: 'people',
  cellFor: (key) =>
    key === 'id'
      ? fc.oneof({ weight: 10, arbitrary: idText }, { weight: 1, arbitrary: fc.constantFrom('', '   ') })
      : defaultCellFor(key),
});

describe('property 2: generated CSV structures are imported exactly', () => {
  it(
    'people: rows read, ids, lines, names, extra columns, or the documented error',
    () => {
      check(3, 400, fc.tuple(peopleFile, fc.boolean()), ([file, asBytes]) => {
        const files = [source('people.csv', file, asBytes)];
        const outcome = expectTypedOutcome(() => parseRoster({ people: files[0] as FileUnderTest }), files);

        const table = expectedTable('people', file);
        const col = (key: string) => file.columns.findIndex((c) => c.key === key);
        const [idCol, nameCol, ideologyCol, trackCol] = ['id', 'name', 'ideology', 'track'].map(col) as number[];
        const expected: ExpectedPerson[] = [];
        const firstLine = new Map<string, number>();
        const duplicateLines: number[] = [];
        if (table.columnErrors.size === 0) {
          for (const row of table.shaped) {
            // ids are read in Unicode NFC (CSV_UNICODE_FORM when that changes them)
            const id = (row.values[idCol as number] as string).normalize('NFC');
            if (id === '') continue;
            if (firstLine.has(id)) {
              duplicateLines.push(row.line);
              continue;
            }
            firstLine.set(id, row.line);
            const extra: Record<string, string> = {};
            file.columns.forEach((c, i) => {
              if (c.attribute !== undefined && row.values[i] !== '') extra[c.attribute] = row.values[i] as string;
            });
            const ideologyText = ideologyCol! >= 0 ? (row.values[ideologyCol!] as string) : '';
            const ideology = ideologyText === '' ? undefined : parseNumber(ideologyText, file.delimiter);
            const trackText = trackCol! >= 0 ? (row.values[trackCol!] as string) : '';
            expected.push({
              id,
              line: row.line,
              name: (nameCol! >= 0 ? row.values[nameCol!] : '') || id,
              extra,
              ideology: ideology !== undefined && ideology >= -1 && ideology <= 1 ? ideology : undefined,
              track: trackText === '' ? '' : (parseTrack(trackText) ?? trackText),
            });
          }
        }

        if (table.columnErrors.size > 0) {
          expect(outcome.ok, 'column errors must stop the import').toBe(false);
          if (!outcome.ok) expect(errorCodes(outcome.error)).toEqual(table.columnErrors);
          return;
        }
        if (duplicateLines.length > 0) {
          expect(outcome.ok, 'a repeated id must stop the import').toBe(false);
          if (!outcome.ok) {
            expect(errorCodes(outcome.error)).toEqual(new Set(['CSV_DUPLICATE_ID']));
            const lines = (outcome.error as RosterImportError).issues
              .filter((i) => i.code === 'CSV_DUPLICATE_ID')
              .map((i) => i.line);
            expect(lines).toEqual(duplicateLines);
          }
          return;
        }
        if (!outcome.ok) throw outcome.error; // nothing documented says this file is an error
        const { roster, graph } = outcome.result;
        const report = roster.files[0]!;
        expect(report.rowsRead).toBe(table.read.length);
        expect(report.delimiter === file.delimiter || file.columns.length === 1).toBe(true);
        expect(report.extraColumns).toEqual(file.columns.flatMap((c) => (c.attribute ? [c.attribute] : [])));
        const got = roster.people.map((p: Person) => ({
          id: p.id,
          line: p.line,
          name: p.name,
          extra: p.extra,
          ideology: p.ideology,
          track: p.track,
        }));
        expect(got).toEqual(expected);
        for (const p of expected) {
          for (const [k, v] of Object.entries(p.extra)) expect(graph.getNodeAttribute(p.id, k)).toBe(v);
        }
      });
    },
    fuzz.timeout(400, 10),
  );

  it(
    'ties: rows read, each used tie is its row, extra columns kept, or the documented error',
    () => {
      const tiesFile = csvFile({ kind: 'ties', cellFor: (key) => defaultCellFor(key, PEOPLE_IDS) });
      check(4, 400, fc.tuple(tiesFile, fc.boolean()), ([file, asBytes]) => {
        const files = [{ name: 'people.csv', text: PEOPLE_TEXT }, source('ties.csv', file, asBytes)];
        const outcome = expectTypedOutcome(
          () => parseRoster({ people: files[0] as FileUnderTest, ties: files[1] as FileUnderTest }),
          files,
        );
        const table = expectedTable('ties', file);
        if (table.columnErrors.size > 0) {
          expect(outcome.ok, 'column errors must stop the import').toBe(false);
          if (!outcome.ok) expect(errorCodes(outcome.error)).toEqual(table.columnErrors);
          return;
        }
        if (!outcome.ok) throw outcome.error;
        const { roster } = outcome.result;
        const report = roster.files.find((f) => f.kind === 'ties')!;
        expect(report.rowsRead).toBe(table.read.length);
        const col = (key: string) => file.columns.findIndex((c) => c.key === key);
        for (const tie of roster.ties as Tie[]) {
          const row = table.shaped.find((r) => r.line === tie.line);
          expect(row, `tie at line ${tie.line} is a generated row`).toBeDefined();
          const values = row!.values;
          expect(tie.source).toBe(values[col('source')]?.normalize('NFC'));
          expect(tie.target).toBe(values[col('target')]?.normalize('NFC'));
          if (col('weight') < 0 || values[col('weight')] === '') expect(tie.weight).toBe(1);
          else expect(tie.weight).toBeGreaterThan(0);
          const extra: Record<string, string> = {};
          file.columns.forEach((c, i) => {
            if (c.attribute !== undefined && values[i] !== '') extra[c.attribute] = values[i] as string;
          });
          expect(tie.extra).toEqual(extra);
        }
      });
    },
    fuzz.timeout(400, 10),
  );

  /** People with one extra column named `column`, and the values it holds. */
  const oneExtraColumn = (columns: fc.Arbitrary<string[]>) =>
    fc
      .tuple(
        columns,
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
      )
      .map(([names, values]) => {
        const rows = values.map((v, i) => [`p${i}`, ...names.map((n) => `${n}:${v}`)]);
        const text = [['id', ...names], ...rows].map((r) => r.map((c) => quoteCell(c, true)).join(',')).join('\n');
        return { names, rows, text };
      });

  // Was bug 3 (docs/fuzzing.md): an extra column named `__proto__` lost its values. Fixed by
  // renaming such columns `<name>_input`, with a CSV_RESERVED_COLUMN warning, like measure names.
  it(
    'extra columns named like Object.prototype properties are kept, renamed <name>_input',
    () => {
      const columns = fc.constantFrom(...OBJECT_PROTOTYPE_NAMES).map((n) => [n]);
      check(9, 100, oneExtraColumn(columns), ({ names, rows, text }) => {
        const { roster, issues } = parseRoster({ people: { name: 'people.csv', text } });
        expect(issues.map((i) => [i.code, i.column])).toEqual([['CSV_RESERVED_COLUMN', names[0]]]);
        const kept = `${names[0]}_input`;
        roster.people.forEach((p, i) => {
          expect(Object.hasOwn(p.extra, kept), `extra ${kept} of ${p.id}`).toBe(true);
          expect(p.extra[kept]).toBe(cellValue(rows[i]![1]));
        });
      });
    },
    fuzz.timeout(100, 5),
  );

  // Was bug 4 (docs/fuzzing.md), fixed: the rename now picks `<name>_input_2` on a clash.
  // a column `degree` is kept as `degree_input`
  // (CSV_RESERVED_COLUMN); a second column literally named `degree_input` is kept under the
  // same attribute, so one of the two columns' values is silently overwritten. Remove `.fails`
  // once the importer keeps both or reports the clash.
  it(
    'a reserved column and a column named <reserved>_input are both kept',
    () => {
      const columns = fc
        .constantFrom('degree', 'pagerank', 'community', 'color', 'betweenness')
        .chain((r) => fc.shuffledSubarray([r, `${r}_input`], { minLength: 2 }));
      check(10, 100, oneExtraColumn(columns), ({ text }) => {
        const outcome = expectTypedOutcome(
          () => parseRoster({ people: { name: 'people.csv', text } }),
          [{ name: 'people.csv', text }],
        );
        if (!outcome.ok) return; // an error naming the clash would be a fix too
        const report = outcome.result.roster.files[0]!;
        expect(new Set(report.extraColumns).size, `extra attributes ${report.extraColumns}`).toBe(2);
        for (const p of outcome.result.roster.people) expect(Object.keys(p.extra)).toHaveLength(2);
      });
    },
    fuzz.timeout(100, 5),
  );
});

// ---------------------------------------------------------------------------------------------

const KINDS = ['people', 'ties', 'events', 'attendance'] as const;
const SAMPLES = ['quickstart', 'dialogue', 'excel-export', 'southern-women'].map((folder) => {
  const names = readdirSync(repo(`data-samples/${folder}`));
  return KINDS.flatMap((kind) =>
    names.includes(`${kind}.csv`)
      ? [{ kind, name: `${kind}.csv`, text: readFileSync(repo(`data-samples/${folder}/${kind}.csv`), 'utf8') }]
      : [],
  );
});

describe('property 3: mutated samples give a result with accounting, or a typed error', () => {
  it(
    'bundled samples with deleted/inserted characters, duplicated/swapped/deleted lines, truncation, changed ids',
    () => {
      const edits = fc.array(fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 5 })), {
        minLength: 1,
        maxLength: 2,
      });
      check(5, 300, fc.tuple(fc.nat({ max: SAMPLES.length - 1 }), edits, fc.boolean()), ([s, fileEdits, asBytes]) => {
        const sample = SAMPLES[s]!;
        const texts = sample.map((f) => f.text);
        for (const [which, mutations] of fileEdits) {
          const i = which % texts.length;
          texts[i] = mutations.reduce(applyMutation, texts[i] as string);
        }
        const files: FileUnderTest[] = sample.map((f, i) =>
          asBytes ? { name: f.name, bytes: encoder.encode(texts[i]) } : { name: f.name, text: texts[i] },
        );
        const sources = Object.fromEntries(sample.map((f, i) => [f.kind, files[i]])) as unknown as RosterSources;
        expectTypedOutcome(() => parseRoster(sources), files);
      });
    },
    fuzz.timeout(300, 20),
  );
});

// ---------------------------------------------------------------------------------------------

/**
 * Text that survives toCsv unchanged: toCsv prefixes = + - @ tab or CR with ' at the start of a
 * text cell and right after a ';' inside it (OWASP CSV injection, and Excel in ';' locales;
 * documented in packages/core/src/export/csv.ts), so such text is not expected to round-trip.
 * Otherwise anything: delimiters, quotes, line breaks, Unicode.
 */
const safeText = fc
  .string({
    unit: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('a', 'B', 'z', '0', '7', ' ', '.', '_', 'é', 'ß', '中', '😀') },
      { weight: 1, arbitrary: fc.constantFrom(',', ';', '"', '\n', "'", '\u202e', '=', '-') },
    ),
    minLength: 1,
    maxLength: 10,
  })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !/(^|;)[=+\-@]/.test(s) && !OBJECT_PROTOTYPE_NAMES.includes(s));

const cleanRoster = fc
  .uniqueArray(safeText, { minLength: 1, maxLength: 12 })
  .chain((ids) =>
    fc.record({
      people: fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: fc.option(safeText, { nil: '' }),
            track: fc.constantFrom('', '1', '1.5', '2', '3', 'II', 'Track I', 'grassroots'),
            side: fc.constantFrom('', 'A', 'B', 'C'),
            sector: fc.option(safeText, { nil: '' }),
            ideology: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }),
            seniority: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
            notes: fc.option(safeText, { nil: '' }),
          }),
        ),
      ),
      ties: fc.array(
        fc.record({
          s: fc.nat({ max: ids.length - 1 }),
          t: fc.nat({ max: ids.length - 1 }),
          type: fc.constantFrom('', 'advises', 'colleague', 'briefed', 'family'),
          weight: fc.option(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), { nil: undefined }),
          directed: fc.boolean(),
        }),
        { maxLength: 30 },
      ),
    }),
  )
  .map(({ people, ties }) => {
    const ids = people.map((p) => p.id);
    const csv = (rows: string[][]) => `${rows.map((r) => r.map((c) => quoteCell(c, false)).join(',')).join('\n')}\n`;
    const num = (x: number | undefined) => (x === undefined ? '' : String(x));
    return {
      people: csv([
        ['id', 'name', 'track', 'side', 'sector', 'ideology', 'seniority', 'notes'],
        ...people.map((p) => [p.id, p.name, p.track, p.side, p.sector, num(p.ideology), num(p.seniority), p.notes]),
      ]),
      ties: csv([
        ['source', 'target', 'type', 'weight', 'directed'],
        ...ties.map((t) => [ids[t.s]!, ids[t.t]!, t.type, num(t.weight), String(t.directed)]),
      ]),
    };
  });

const PERSON_COLUMNS = [
  'id',
  'name',
  'track',
  'sector',
  'organisation',
  'country',
  'side',
  'ideology',
  'school',
  'seniority',
  'gender',
] as const;
const TIE_COLUMNS = ['source', 'target', 'type', 'weight', 'directed', 'date', 'start', 'end', 'evidence'] as const;

/** The imported roster written back as CSV with toCsv. */
function writeBack({ roster }: ParseRosterResult): { people: string; ties: string } {
  const extras = [...new Set(roster.people.flatMap((p) => Object.keys(p.extra)))];
  const people = roster.people.map((p) => ({ ...p.extra, ...p }) as Record<string, unknown>);
  const ties = roster.ties.map((t) => ({ ...t }) as Record<string, unknown>);
  return { people: toCsv(people, [...PERSON_COLUMNS, ...extras]), ties: toCsv(ties, [...TIE_COLUMNS]) };
}

describe('property 4: import, write back with toCsv, import again: same roster, same measures', () => {
  it(
    'people, ties and analyzeRoster people rows are equal',
    () => {
      check(6, 200, cleanRoster, (generated) => {
        const read = (f: { people: string; ties: string }) =>
          parseRoster({ people: { name: 'people.csv', text: f.people }, ties: { name: 'ties.csv', text: f.ties } });
        const first = read(generated);
        const second = read(writeBack(first));
        // `line` is a position, not data: a person whose name defaulted to a multi-line id is
        // written back with that name, so later rows start further down.
        const withoutLine = <T extends { line?: number }>(rows: T[]) => rows.map(({ line: _line, ...row }) => row);
        expect(withoutLine(second.roster.people)).toEqual(withoutLine(first.roster.people));
        expect(withoutLine(second.roster.ties)).toEqual(withoutLine(first.roster.ties));
        const options = { transferRuns: 0, permutations: 0 };
        expect(analyzeRoster(second, options).people).toEqual(analyzeRoster(first, options).people);
      });
    },
    fuzz.timeout(200, 40),
  );
});

// ---------------------------------------------------------------------------------------------

const HOSTILE_IDS = [
  'then',
  'length',
  'prototype',
  'name',
  'size',
  'toJSON',
  '0',
  '-1',
  '1e3',
  'NaN',
  'Infinity',
  'undefined',
  'null',
  'true',
  '__proto',
  'proto__',
  '<script>alert(1)</script>',
  '\u202Egnp.exe',
  '👩‍👩‍👧',
  'i'.repeat(10_000),
];
const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u202Eevil\u202C',
  'x'.repeat(10_000),
  '"; DROP TABLE people; --',
  '=HYPERLINK("http://x")',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7} {{7*7}}',
  '../../etc/passwd',
  'nul\u0000byte',
  '__proto__',
];

/** A people and ties file over the given ids (names drawn from HOSTILE_NAMES), with its rows' lines. */
function hostileRoster(ids: string[]) {
  return fc
    .record({
      names: fc.array(fc.constantFrom(...HOSTILE_NAMES, ''), { minLength: ids.length, maxLength: ids.length }),
      tracks: fc.array(fc.constantFrom('1', '2', '3', ''), { minLength: ids.length, maxLength: ids.length }),
      ties: fc.array(fc.tuple(fc.nat({ max: ids.length - 1 }), fc.nat({ max: ids.length - 1 })), { maxLength: 20 }),
    })
    .map(({ names, tracks, ties }) => {
      const people = `id,name,track\n${ids.map((id, i) => [id, names[i]!, tracks[i]!].map((c) => quoteCell(c, false)).join(',')).join('\n')}\n`;
      const tieRows = ties
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => `${quoteCell(ids[a]!, false)},${quoteCell(ids[b]!, false)}`);
      return {
        ids,
        // a NUL (or any character XML 1.0 cannot carry) is removed from a name, with a warning
        names: names.map((n, i) => n.replaceAll('\u0000', '') || ids[i]!),
        sources: {
          people: { name: 'people.csv', text: people },
          ties: { name: 'ties.csv', text: `source,target\n${tieRows.join('\n')}\n` },
        },
        lineOf: (id: string) => ids.indexOf(id) + 2,
      };
    });
}

const ordinaryIds = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 4 });

describe('property 5: hostile ids and names', () => {
  it(
    'ids like then, length, 0, NaN, <script>, RTL override, 10,000 characters; hostile names: import and analysis succeed',
    () => {
      const roster = fc
        .tuple(fc.uniqueArray(fc.constantFrom(...HOSTILE_IDS), { minLength: 1, maxLength: 6 }), ordinaryIds)
        .chain(([hostile, ordinary]) =>
          fc.shuffledSubarray([...hostile, ...ordinary], { minLength: hostile.length + ordinary.length }),
        )
        .chain(hostileRoster);
      check(7, 200, roster, (r) => {
        const files = [r.sources.people, r.sources.ties];
        const outcome = expectTypedOutcome(() => parseRoster(r.sources), files);
        if (!outcome.ok) throw outcome.error;
        expect(outcome.result.roster.people.map((p) => p.id)).toEqual(r.ids);
        expect(outcome.result.roster.people.map((p) => p.name)).toEqual(r.names);
        const analysis = analyzeRoster(outcome.result, { transferRuns: 0, permutations: 0 });
        expect(analysis.people.map((p) => p.id)).toEqual(r.ids);
        expect(analysis.people.map((p) => p.name)).toEqual(r.names);
      });
    },
    fuzz.timeout(200, 40),
  );

  /*
   * Ids that are Object.prototype's own properties (__proto__, constructor, toString,
   * hasOwnProperty ...). The documented contract decides: if docs/roster-format.md lists
   * CSV_RESERVED_ID, each such person row is that error at its line and column `id`; otherwise
   * such ids are ordinary ids and import and analysis must succeed with the right rows.
   * (At commit e8f5bf4, before CSV_RESERVED_ID, a person `__proto__` made parseRoster throw
   * a TypeError from graphology: see docs/fuzzing.md.)
   */
  it(
    'ids that are Object.prototype properties: documented error at the row, or success with the right rows',
    () => {
      const reservedDocumented = DOCUMENTED_CODES.has('CSV_RESERVED_ID');
      const roster = fc
        .tuple(fc.uniqueArray(fc.constantFrom(...OBJECT_PROTOTYPE_NAMES), { minLength: 1, maxLength: 3 }), ordinaryIds)
        .chain(([reserved, ordinary]) =>
          fc
            .shuffledSubarray([...reserved, ...ordinary], { minLength: reserved.length + ordinary.length })
            .map((ids) => ({ ids, reserved })),
        )
        .chain(({ ids, reserved }) => hostileRoster(ids).map((r) => ({ ...r, reserved })));
      check(8, 200, roster, (r) => {
        const files = [r.sources.people, r.sources.ties];
        const outcome = expectTypedOutcome(() => parseRoster(r.sources), files);
        if (reservedDocumented) {
          expect(outcome.ok).toBe(false);
          if (outcome.ok) return;
          const errors = (outcome.error as RosterImportError).issues.filter((i) => i.level === 'error');
          expect(errors.map((i) => [i.code, i.line, i.column])).toEqual(
            [...r.reserved]
              .sort((a, b) => r.lineOf(a) - r.lineOf(b))
              .map((id) => ['CSV_RESERVED_ID', r.lineOf(id), 'id']),
          );
          return;
        }
        if (!outcome.ok) throw outcome.error;
        expect(outcome.result.roster.people.map((p) => p.id)).toEqual(r.ids);
        const analysis = analyzeRoster(outcome.result, { transferRuns: 0, permutations: 0 });
        expect(analysis.people.map((p) => p.id)).toEqual(r.ids);
      });
    },
    fuzz.timeout(200, 40),
  );
  /** A full roster (people, ties, events, attendance) whose categories, types and event ids are hostile strings. */
  const HOSTILE_VALUES = [
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'then',
    'length',
    'A',
    'B',
    '',
  ];
  const hostileValues = fc
    .record({
      people: fc.array(
        fc.record({
          track: fc.constantFrom('1', '2', '3', '', '__proto__', 'constructor'),
          side: fc.constantFrom(...HOSTILE_VALUES),
          sector: fc.constantFrom(...HOSTILE_VALUES),
          school: fc.constantFrom(...HOSTILE_VALUES),
          gender: fc.constantFrom(...HOSTILE_VALUES),
          country: fc.constantFrom(...HOSTILE_VALUES),
          ideology: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }),
        }),
        { minLength: 2, maxLength: 8 },
      ),
      ties: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...HOSTILE_VALUES, 'advises')), { maxLength: 15 }),
      events: fc.uniqueArray(fc.constantFrom(...HOSTILE_VALUES.filter((v) => v !== '')), { maxLength: 4 }),
      eventInfo: fc.array(fc.tuple(fc.constantFrom(...HOSTILE_VALUES), fc.constantFrom(...HOSTILE_VALUES)), {
        minLength: 4,
        maxLength: 4,
      }),
      attendance: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
    })
    .map(({ people, ties, events, eventInfo, attendance }) => {
      const ids = people.map((_, i) => `p${i}`);
      const csv = (rows: string[][]) => `${rows.map((r) => r.map((c) => quoteCell(c, false)).join(',')).join('\n')}\n`;
      const n = ids.length;
      return {
        ids,
        people,
        sources: {
          people: {
            name: 'people.csv',
            text: csv([
              ['id', 'track', 'side', 'sector', 'school', 'gender', 'country', 'ideology'],
              ...people.map((p, i) => [
                ids[i]!,
                p.track,
                p.side,
                p.sector,
                p.school,
                p.gender,
                p.country,
                p.ideology === undefined ? '' : String(p.ideology),
              ]),
            ]),
          },
          ties: {
            name: 'ties.csv',
            text: csv([['source', 'target', 'type'], ...ties.map(([a, b, type]) => [ids[a % n]!, ids[b % n]!, type])]),
          },
          events: {
            name: 'events.csv',
            text: csv([
              ['id', 'date', 'initiative', 'round'],
              ...events.map((e, i) => [e, `2023-0${i + 1}-01`, eventInfo[i]![0], eventInfo[i]![1]]),
            ]),
          },
          attendance: {
            name: 'attendance.csv',
            text: csv([
              ['person', 'event'],
              ...(events.length ? attendance.map(([p, e]) => [ids[p % n]!, events[e % events.length]!]) : []),
            ]),
          },
        } satisfies RosterSources,
      };
    });

  it(
    'hostile categories, tie types, event ids, initiatives and rounds: import and analysis succeed with the right rows',
    () => {
      check(11, 150, hostileValues, (r) => {
        const files = Object.values(r.sources);
        const outcome = expectTypedOutcome(() => parseRoster(r.sources), files);
        if (!outcome.ok) throw outcome.error;
        expect(outcome.result.roster.people.map((p) => p.id)).toEqual(r.ids);
        const analysis = analyzeRoster(outcome.result, { transferRuns: 10, permutations: 5 });
        expect(analysis.people.map((p) => p.id)).toEqual(r.ids);
      });
    },
    fuzz.timeout(150, 60),
  );

  // Was bug 5 (docs/fuzzing.md), fixed: counts are built with Maps.
  // counts keyed by category in plain objects. With a side
  // or track `__proto__` the people are dropped from summary.roster.bySide / byTrack and from
  // the diversity counts; with `constructor` or `toString` the count becomes a string such as
  // "function Object() { [native code] }11". Remove `.fails` once the counts use own keys.
  it(
    'summary counts by side, track and category are numbers that add up to the people',
    () => {
      check(12, 150, hostileValues, (r) => {
        const analysis = analyzeRoster(parseRoster(r.sources), { transferRuns: 0, permutations: 0 });
        const { roster, diversity } = analysis.summary;
        for (const counts of [roster.bySide, roster.byTrack]) {
          expect(Object.values(counts).every((c) => typeof c === 'number')).toBe(true);
          expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(r.ids.length);
        }
        for (const [attribute, c] of Object.entries(diversity?.attributes ?? {})) {
          const total = Object.values(c.counts).reduce((a, b) => a + b, 0);
          expect(total + c.missing, `diversity.${attribute}`).toBe(r.ids.length);
        }
      });
    },
    fuzz.timeout(150, 20),
  );
});
