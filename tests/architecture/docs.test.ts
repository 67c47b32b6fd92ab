/**
 * The README stays short and every link in the documentation leads somewhere: each relative link
 * in README.md, docs/*.md and the package READMEs names a file that exists, and each #anchor a
 * heading of that file (GitHub's slugs: lower case, punctuation dropped, spaces to hyphens).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/paths.js';

const root = repo('.');
const DOCS = [
  'README.md',
  ...readdirSync(repo('docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...['packages/core/README.md', 'packages/cli/README.md', 'apps/viewer/README.md'].filter((f) => existsSync(repo(f))),
];

/** GitHub's heading anchors, with -1, -2 … for repeats. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
    if (!m) continue;
    const slug = m[1]!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

function links(markdown: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) continue;
    for (const m of line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)) out.push(m[1]!);
  }
  return out.filter((l) => !/^[a-z]+:/i.test(l));
}

describe('documentation', () => {
  it('the README reads in five minutes: at most 12 KB', () => {
    expect(readFileSync(repo('README.md')).length).toBeLessThanOrEqual(12 * 1024);
  });

  for (const file of DOCS) {
    it(`${file}: every relative link and anchor resolves`, () => {
      const text = readFileSync(repo(file), 'utf8');
      const broken: string[] = [];
      for (const link of links(text)) {
        const [path, anchor] = link.split('#') as [string, string | undefined];
        const target = path === '' ? repo(file) : join(dirname(repo(file)), decodeURI(path));
        if (!existsSync(target)) {
          broken.push(`${link} (no ${relative(root, target)})`);
          continue;
        }
        if (anchor && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(anchor))
          broken.push(`${link} (no heading #${anchor})`);
      }
      expect(broken).toEqual([]);
    });
  }
});
