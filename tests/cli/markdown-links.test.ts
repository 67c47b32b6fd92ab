/**
 * No link, image or list in a Markdown output comes from roster data (issue 16, item 12).
 *
 * Names such as `https://evil.example/phish`, `www.evil.example` or `john@evil.example` become
 * live links when GitHub (cmark-gfm) or VS Code (markdown-it with linkify) renders a report,
 * through autolinking, which backslash escapes cannot stop; a name starting `1. ` starts a list.
 * A hostile roster puts such values (each containing `evil`) in every text column, in ids, event
 * ids and names, rounds, initiatives, tie types and evidence, an unknown track, an extra column
 * and the folder name; every command that writes Markdown runs on it (analyze, transfer, compare
 * in both forms, suggest on stdout), and each Markdown text is rendered by markdown-it with
 * linkify, and by cmark-gfm when it is installed. No link may point at or show `evil`, no image
 * may appear, and no list item may start with the text after a list marker of the data.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cmarkGfmMarkup, hasCmarkGfm, type Markup, markdownItMarkup } from '../helpers/gfm.js';

/** Values that a renderer would turn into links or images if they were not neutralised. */
export const LINK_PAYLOADS = [
  'https://evil.example/phish',
  'www.evil.example',
  '[click](http://evil.example)',
  '![img](http://evil.example/a.png)',
  '<http://evil.example>',
  '<a href="http://evil.example">x</a>',
  'john@evil.example',
  'mailto:john@evil.example',
  'evil.com/phish',
  '//evil.example/x',
  'ftp://evil.example',
  'WWW.EVIL.COM',
  'see http://evil.example.',
  '_www.evil.example_',
  '(www.evil.example)',
  'xmpp:john@evil.example',
];

/** Values that would start a list where they begin a line or follow a bullet. */
export const LIST_PAYLOADS = [
  '1. evil list',
  '2) evil list',
  '- evil list',
  '* evil list',
  '+ evil list',
  '   3. evil list',
];

const PAYLOADS = [...LINK_PAYLOADS, ...LIST_PAYLOADS];

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
const at = (i: number) => PAYLOADS[i % PAYLOADS.length] as string;

/** Ids cannot hold spaces; these are hostile and space-free. */
const personId = (i: number) =>
  i % 3 === 0 ? `https://evil.example/p${i}` : i % 3 === 1 ? `www.evil.example.p${i}` : `p${i}@evil.example`;

interface Hostile {
  dir: string;
  events: [string, string];
  rounds: [string, string];
}

/** A roster folder of `n` people whose every text value is a payload. */
function hostileRoster(base: string, name: string, n = 24): Hostile {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  const people = [`id,name,track,side,sector,organisation,country,school,gender,ideology,${quote('www.evil.example')}`];
  for (let i = 0; i < n; i++) {
    const track = i < 4 ? '1' : i === 5 ? quote(at(i + 7)) : i % 2 === 0 ? '2' : '1.5';
    people.push(
      [
        quote(personId(i)),
        quote(at(i)),
        track,
        quote(at(i + 1)),
        quote(at(i + 2)),
        quote(at(i + 3)),
        quote(at(i + 4)),
        quote(at(i + 5)),
        quote(at(i + 6)),
        ((i % 5) - 2) / 2,
        quote(at(i + 8)),
      ].join(','),
    );
  }
  writeFileSync(join(dir, 'people.csv'), `${people.join('\n')}\n`);
  const ties = ['source,target,type,directed,evidence,date'];
  for (let i = 1; i < n; i++) {
    const target = (i * 7) % n === i ? (i + 1) % n : (i * 7) % n;
    ties.push(
      [
        quote(personId(i)),
        quote(personId(target)),
        quote(at(i + 9)),
        i % 2 === 0,
        quote(at(i + 10)),
        '2021-06-01',
      ].join(','),
    );
  }
  writeFileSync(join(dir, 'ties.csv'), `${ties.join('\n')}\n`);
  const events: [string, string] = ['www.evil.example-e1', 'https://evil.example/e2'];
  const rounds: [string, string] = ['www.evil.example', 'https://evil.example/r2'];
  writeFileSync(
    join(dir, 'events.csv'),
    [
      'id,name,date,initiative,round',
      `${quote(events[0])},${quote('1. evil list')},2021-01-10,${quote('www.evil.example')},${quote(rounds[0])}`,
      `${quote(events[1])},${quote('[click](http://evil.example)')},2022-01-10,${quote('www.evil.example')},${quote(rounds[1])}`,
      '',
    ].join('\n'),
  );
  const attendance = ['person,event,role'];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0 || i < 6) attendance.push(`${quote(personId(i))},${quote(events[0])},${quote(at(i + 11))}`);
    if (i % 3 === 0 || i > 18) attendance.push(`${quote(personId(i))},${quote(events[1])},${quote(at(i + 12))}`);
  }
  writeFileSync(join(dir, 'attendance.csv'), `${attendance.join('\n')}\n`);
  return { dir, events, rounds };
}

/** What of a rendering came from the data: links showing or pointing at `evil`, images, list items starting with it. */
export function fromData(markup: Markup): string[] {
  return [
    ...markup.links.filter((l) => /evil/i.test(l.href) || /evil/i.test(l.text)).map((l) => `link ${l.href}`),
    ...markup.images.map((src) => `image ${src}`),
    ...markup.listItems.filter((text) => /^\s*evil/i.test(text)).map((text) => `list item ${text}`),
  ];
}

function check(markdown: string): { markdownIt: string[]; cmarkGfm: string[] } {
  const cmark = cmarkGfmMarkup(markdown);
  return { markdownIt: fromData(markdownItMarkup(markdown)), cmarkGfm: cmark ? fromData(cmark) : [] };
}

describe('the detectors see a link, an image and a list when they are there', () => {
  it('in raw payloads', () => {
    const raw = `${LINK_PAYLOADS.join('\n\n')}\n\n${LIST_PAYLOADS.map((p) => `- ${p}`).join('\n')}\n`;
    const found = markdownItMarkup(raw);
    expect(found.links.length).toBeGreaterThanOrEqual(10);
    expect(found.images.length).toBe(1);
    expect(fromData(found).filter((f) => f.startsWith('list item')).length).toBe(LIST_PAYLOADS.length);
    const cmark = cmarkGfmMarkup(raw);
    if (cmark) {
      expect(cmark.links.length).toBeGreaterThanOrEqual(10);
      expect(cmark.images.length).toBe(1);
      expect(fromData(cmark).filter((f) => f.startsWith('list item')).length).toBe(LIST_PAYLOADS.length);
    }
  });
});

describe(`Markdown outputs of a hostile roster (rendered by markdown-it with linkify${hasCmarkGfm() ? ' and cmark-gfm' : '; cmark-gfm not installed'})`, () => {
  const base = mkdtempSync(join(tmpdir(), 'trackmap-md-'));
  const roster = hostileRoster(base, 'www.evil.example');
  const other = hostileRoster(base, '1. https:evil.example', 30);
  const out = (name: string) => join(base, name);
  const runs: [string, string[]][] = [
    [
      'analyze',
      ['analyze', roster.dir, '--out', out('analyze'), '--transfer-runs', '100', '--permutations', '10', '-q'],
    ],
    [
      'transfer',
      ['transfer', roster.dir, '--from-event', roster.events[0], '--runs', '200', '--out', out('transfer'), '-q'],
    ],
    ['compare --rounds', ['compare', roster.dir, '--rounds', roster.rounds.join(','), '--out', out('compare-rounds')]],
    ['compare two folders', ['compare', roster.dir, other.dir, '--out', out('compare-folders')]],
    ['suggest', ['suggest', roster.dir, '--event', roster.events[1], '--add', '2', '--drop', '1']],
  ];
  const markdown: [string, string][] = [];
  for (const [name, args] of runs) {
    const run = runCli(args);
    it(`${name} succeeds`, () => {
      expect(run.stderr).not.toMatch(/internal error/);
      expect(run.code).toBe(0);
    });
    if (name === 'suggest') markdown.push(['suggest (stdout)', run.stdout]);
  }
  for (const folder of ['analyze', 'transfer', 'compare-rounds', 'compare-folders']) {
    for (const file of readdirSync(out(folder)).filter((f) => f.endsWith('.md'))) {
      markdown.push([`${folder}/${file}`, readFileSync(join(out(folder), file), 'utf8')]);
    }
  }

  it('writes the Markdown files expected', () => {
    expect(markdown.map(([name]) => name).sort()).toEqual([
      'analyze/report.md',
      'compare-folders/compare.md',
      'compare-rounds/compare.md',
      'suggest (stdout)',
      'transfer/transfer.md',
    ]);
  });

  it.each(markdown)('%s: no link, image or list from the roster', (_name, text) => {
    expect(text).toContain('evil'); // the payloads are in the report, as text
    expect(check(text)).toEqual({ markdownIt: [], cmarkGfm: [] });
  });
});
