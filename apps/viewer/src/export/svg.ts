/**
 * SVG export
 * ==========
 *
 * `svgDocument(scene)` writes the view as a standalone SVG: links as lines, people as circles,
 * labels as text, in the order sigma draws them (links, then people by z-index, then labels).
 * `sceneFromSigma` (in `scene.ts`) reads the positions, colours and sizes from sigma's display
 * data, so the file shows what the screen shows. Every text goes through `xmlText`: markup
 * characters are escaped and characters XML 1.0 forbids (controls, lone surrogates) removed, so a
 * hostile name stays text and the file stays well-formed.
 */

export interface SceneNode {
  x: number;
  y: number;
  r: number;
  color: string;
  label: string | null;
}

export interface SceneEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}

export interface Scene {
  width: number;
  height: number;
  background: string;
  edges: SceneEdge[];
  nodes: SceneNode[];
  font: string;
  labelSize: number;
}

/** Whether XML 1.0 allows a code point (tab, line feed, carriage return, and the printable planes). */
function xmlAllowed(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Text safe inside an XML element or a double-quoted attribute. */
export function xmlText(text: string): string {
  let kept = '';
  for (const ch of text) if (xmlAllowed(ch.codePointAt(0) as number)) kept += ch;
  return kept
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const COLOR = /^#[0-9a-fA-F]{3,8}$|^rgba?\([\d\s.,%]+\)$/;

/** A colour as SVG accepts it; anything else (never produced by the viewer) becomes grey. */
export function safeColor(color: string): string {
  return COLOR.test(color) ? color : '#999999';
}

const n = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);

export function svgDocument(scene: Scene): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}">`,
    `<rect width="100%" height="100%" fill="${safeColor(scene.background)}"/>`,
    '<g class="edges" stroke-linecap="round">',
  ];
  for (const e of scene.edges) {
    out.push(
      `<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${safeColor(e.color)}" stroke-width="${n(e.width)}"/>`,
    );
  }
  out.push('</g>', '<g class="nodes">');
  for (const v of scene.nodes) {
    out.push(`<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(v.r)}" fill="${safeColor(v.color)}"/>`);
  }
  out.push(
    '</g>',
    `<g class="labels" font-family="${xmlText(scene.font)}" font-size="${n(scene.labelSize)}" fill="#1f2328">`,
  );
  for (const v of scene.nodes) {
    if (!v.label) continue;
    out.push(`<text x="${n(v.x + v.r + 3)}" y="${n(v.y + scene.labelSize / 3)}">${xmlText(v.label)}</text>`);
  }
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}
