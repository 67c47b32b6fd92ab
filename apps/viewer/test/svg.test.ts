import { describe, expect, it } from 'vitest';
import { type Scene, safeColor, svgDocument, xmlText } from '../src/export/svg.js';

const scene = (label: string): Scene => ({
  width: 100,
  height: 80,
  background: '#ffffff',
  font: 'system-ui, "Segoe UI"',
  labelSize: 12,
  edges: [{ x1: 0, y1: 0, x2: 10, y2: 10, color: '#c3c9d1', width: 1 }],
  nodes: [
    { x: 10, y: 10, r: 4, color: '#0072b2', label },
    { x: 50, y: 50, r: 4, color: '#e69f00', label: null },
  ],
});

describe('svgDocument', () => {
  it('writes links, people and labels', () => {
    const svg = svgDocument(scene('Renena Mendeira'));
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg.match(/<text /g)).toHaveLength(1);
    expect(svg).toContain('>Renena Mendeira</text>');
    expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;"');
  });
  it('escapes markup in names, so a hostile name is text', () => {
    const svg = svgDocument(scene('<img src=x onerror=alert(1)> & "q" \'a\''));
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &apos;a&apos;</text>');
  });
  it('drops characters XML 1.0 forbids (controls, lone surrogates) and keeps the rest', () => {
    expect(xmlText('a\u0000b\u0007c\u001bd\ud800e\tf\u202eg😀')).toBe('abcde\tf\u202eg😀');
  });
  it('never writes a colour that is not a colour', () => {
    expect(safeColor('#0072b2')).toBe('#0072b2');
    expect(safeColor('red" onload="x')).toBe('#999999');
  });
  it('writes non-finite coordinates as 0 rather than NaN', () => {
    const s = scene('x');
    s.nodes[0] = { x: Number.NaN, y: 1, r: 2, color: '#000', label: null };
    expect(svgDocument(s)).not.toContain('NaN');
  });
});
