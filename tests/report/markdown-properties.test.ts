/**
 * Property: no link, image or list in a Markdown report comes from roster data (issue 16,
 * item 12; campaign documented in docs/fuzzing.md, property M1).
 *
 * A small roster (8 people, ties, two events) gets 16 generated text values, made of the pieces
 * renderers turn into markup (`https://`, `www.`, `@`, `.com`, `[`, `](`, `![`, `<`, `1. `, `- `,
 * word joiners …), in names, sides, sectors, organisations, countries, schools, genders, tie
 * types and evidence, event names, rounds, initiatives, the title and the compare labels. Its
 * twin is the same roster with each value replaced by a plain `v<i>`. The analysis report,
 * the transfer, suggest and compare reports of both are rendered by markdown-it with linkify
 * (VS Code) and, when installed, by cmark-gfm (GitHub). The property: the hostile rendering has
 * exactly as many links, images and list items as the twin's, so none comes from the data; and
 * no link points at a generated host.
 */
import {
  analyzeRoster,
  buildPersonGraph,
  compareAnalyses,
  compareMarkdown,
  cutRoster,
  independentCascade,
  markdownReport,
  parseRoster,
  type Roster,
  suggestInvitations,
  suggestReport,
  transferReport,
} from '@trackmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzz } from '../helpers/arbitraries.js';
import { cmarkGfmMarkup, hasCmarkGfm, type Markup, markdownItMarkup } from '../helpers/gfm.js';

/** The pieces of links, images, lists and escapes that the values are made of. */
const FRAGMENTS = [
  'https://',
  'http://',
  'ftp://',
  '//',
  'www.',
  'WWW.',
  'evil',
  'example',
  '.com',
  '.example',
  '.co',
  '.рф',
  '/phish',
  '@',
  'mailto:',
  'xmpp:',
  '[',
  ']',
  '](',
  '(',
  ')',
  '![',
  '<',
  '>',
  '1. ',
  '2) ',
  '- ',
  '* ',
  '+ ',
  '   ',
  ' ',
  '.',
  ':',
  '\\',
  '`',
  '|',
  '_',
  '~',
  '#',
  '\u2060',
  '\u200d',
  '&amp;',
  '&#64;',
  '\t',
  '\n',
  'x',
  '9',
];

const payload = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
    ),
    { minLength: 1, maxLength: 7 },
  )
  .map((parts) => parts.join(''));

/** 16 values, made distinct (after trimming, case and spacing) by a suffix. */
const values = fc.array(payload, { minLength: 16, maxLength: 16 }).map((vs) => vs.map((v, i) => `${v} z${i}`));

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** The roster texts with value slot k filled by `v[k]`; the structure does not depend on the values. */
function rosterFiles(v: readonly string[]) {
  const at = (k: number) => quote(v[k % v.length] as string);
  const people = ['id,name,track,side,sector,organisation,country,school,gender,ideology'];
  for (let i = 0; i < 8; i++) {
    people.push(
      [
        `p${i}`,
        at(i),
        i < 2 ? '1' : i % 2 ? '2' : '1.5',
        at(8 + (i % 2)),
        at(10 + (i % 3)),
        at(13 + (i % 2)),
        at(15),
        at(8 + (i % 3)),
        at(12 + (i % 2)),
        ((i % 5) - 2) / 2,
      ].join(','),
    );
  }
  const ties = ['source,target,type,directed,evidence,date'];
  const pairs = [
    [2, 0],
    [3, 1],
    [4, 2],
    [5, 4],
    [6, 3],
    [7, 6],
    [5, 1],
  ] as const;
  pairs.forEach(([a, b], i) => {
    ties.push([`p${a}`, `p${b}`, at(3 + (i % 4)), i % 2 === 0, at(5 + (i % 3)), '2021-06-01'].join(','));
  });
  const events = [
    'id,name,date,initiative,round',
    `e1,${at(0)},2021-01-10,${at(1)},${at(2)}`,
    `e2,${at(3)},2022-01-10,${at(1)},${at(4)}`,
  ];
  const attendance = ['person,event', 'p2,e1', 'p4,e1', 'p6,e1', 'p7,e1', 'p3,e2', 'p5,e2', 'p7,e2', 'p1,e2'];
  const text = (lines: string[]) => ({ text: `${lines.join('\n')}\n` });
  return {
    people: { name: 'people.csv', ...text(people) },
    ties: { name: 'ties.csv', ...text(ties) },
    events: { name: 'events.csv', ...text(events) },
    attendance: { name: 'attendance.csv', ...text(attendance) },
  };
}

/** Every Markdown text the reports make of the roster filled with `v`. */
function reports(v: readonly string[]): string[] {
  const imported = parseRoster(rosterFiles(v));
  const { graph, roster } = imported;
  const title = v[7] as string;
  const analysis = analyzeRoster(imported, { seed: 1, transferRuns: 20, permutations: 5 });
  const cascade = independentCascade(graph, { seeds: ['p2', 'p4'], runs: 20, seed: 1 });
  const members = ['p3', 'p5', 'p7', 'p1'];
  const suggestion = suggestInvitations(graph, {
    members,
    candidates: null,
    add: 1,
    drop: 1,
    weights: { access: 0.5, diversity: 0.5 },
  });
  // As `trackmap compare` does: each snapshot's graph and measures, then what changed.
  const snapshot = (r: Roster) => {
    const g = buildPersonGraph(r);
    return {
      roster: r,
      graph: g,
      people: analyzeRoster({ roster: r, graph: g, issues: [] }, { seed: 1, transferRuns: 0 }).people,
    };
  };
  const after = snapshot(roster);
  const comparison = compareAnalyses(snapshot(cutRoster(roster, '2021-06-30')), after);
  return [
    markdownReport(graph, analysis, imported.issues, { title }),
    transferReport(graph, cascade, { origin: v[0] as string, seed: 1, probabilities: { x: 0.1 }, title }),
    suggestReport(graph, suggestion, { title, weights: { access: 0.5, diversity: 0.5 } }),
    compareMarkdown(after.graph, comparison, { beforeLabel: v[2] as string, afterLabel: v[4] as string, title }),
  ];
}

const counts = (m: Markup) => ({ links: m.links.length, images: m.images.length, listItems: m.listItems.length });

describe(`property M1: Markdown reports render no link, image or list from roster data (markdown-it with linkify${hasCmarkGfm() ? ', cmark-gfm' : ''})`, () => {
  it(
    'the hostile roster renders as many links, images and list items as its plain twin',
    () => {
      fc.assert(
        fc.property(values, (v) => {
          const hostile = reports(v);
          const twin = reports(v.map((_, i) => `v${i}`));
          hostile.forEach((text, k) => {
            const h = markdownItMarkup(text);
            expect(counts(h)).toEqual(counts(markdownItMarkup(twin[k] as string)));
            expect(h.links.filter((l) => /evil|example/i.test(l.href))).toEqual([]);
          });
          // cmark-gfm once for the four reports (a thematic break between them closes any list).
          const c = cmarkGfmMarkup(hostile.join('\n\n---\n\n'));
          if (c) {
            expect(counts(c)).toEqual(counts(cmarkGfmMarkup(twin.join('\n\n---\n\n')) as Markup));
            expect(c.links.filter((l) => /evil|example/i.test(l.href))).toEqual([]);
          }
        }),
        { numRuns: fuzz.runs(30), seed: fuzz.seed + 101 },
      );
    },
    fuzz.timeout(30, 500),
  );
});
