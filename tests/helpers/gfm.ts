/**
 * What a Markdown renderer makes of a report: the links, images and list items it would show.
 *
 * Two renderers:
 * - markdown-it 14 with `linkify` (VS Code's Markdown preview; linkify-it also links bare domains
 *   such as `evil.com`, so it is the stricter of the two), always available (devDependency);
 * - cmark-gfm, GitHub's own renderer, with its autolink and table extensions, when the
 *   `cmark-gfm` program is installed (Debian package `cmark-gfm`); `null` otherwise.
 */
import { spawnSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';

const markdownIt = new MarkdownIt({ linkify: true });

/** What one rendering holds that could come from data. */
export interface Markup {
  /** Every link: its target and its visible text. */
  links: { href: string; text: string }[];
  /** Every image source. */
  images: string[];
  /** The text each list item starts with (its first inline content). */
  listItems: string[];
}

/** The links, images and list items markdown-it (with linkify) renders from `markdown`. */
export function markdownItMarkup(markdown: string): Markup {
  const out: Markup = { links: [], images: [], listItems: [] };
  const tokens = markdownIt.parse(markdown, {});
  let inItem = false;
  for (const token of tokens) {
    if (token.type === 'list_item_open') inItem = true;
    if (token.type !== 'inline') continue;
    if (inItem) {
      out.listItems.push(token.content);
      inItem = false;
    }
    const children = token.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'image') out.images.push(child.attrGet('src') ?? '');
      if (child.type === 'link_open') {
        let text = '';
        for (let j = i + 1; j < children.length && children[j]!.type !== 'link_close'; j++)
          text += children[j]!.content;
        out.links.push({ href: child.attrGet('href') ?? '', text });
      }
    }
  }
  return out;
}

let cmarkAvailable: boolean | undefined;

/** True when the `cmark-gfm` program can be run. */
export function hasCmarkGfm(): boolean {
  cmarkAvailable ??= spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' }).status === 0;
  return cmarkAvailable;
}

/** The HTML GitHub's renderer makes of `markdown`, or `null` when cmark-gfm is not installed. */
export function cmarkGfmHtml(markdown: string): string | null {
  if (!hasCmarkGfm()) return null;
  const result = spawnSync('cmark-gfm', ['-e', 'autolink', '-e', 'table', '-e', 'strikethrough'], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout;
}

/** The links, images and list items in cmark-gfm's HTML (tags counted from its regular output). */
export function cmarkGfmMarkup(markdown: string): Markup | null {
  const html = cmarkGfmHtml(markdown);
  if (html === null) return null;
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return {
    links: [...html.matchAll(/<a href="([^"]*)"[^>]*>(.*?)<\/a>/gs)].map((m) => ({
      href: decode(m[1]!),
      text: decode(m[2]!.replace(/<[^>]*>/g, '')),
    })),
    images: [...html.matchAll(/<img src="([^"]*)"/g)].map((m) => decode(m[1]!)),
    listItems: [...html.matchAll(/<li>\s*(?:<p>)?([^\n<]*)/g)].map((m) => decode(m[1]!)),
  };
}
