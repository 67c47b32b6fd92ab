import type { RosterGraph } from '@trackmap/core';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_PALETTE,
  COLOR_BY,
  colorScheme,
  IDEOLOGY_BINS,
  IDEOLOGY_STOPS,
  ideologyBinIndex,
  ideologyColor,
  MISSING_COLOR,
  OTHER_COLOR,
} from '../src/renderer/color-scheme.js';
import { analysedSample } from './helpers.js';

const dialogue = analysedSample('dialogue').graph;

function tiny(people: Array<Record<string, unknown>>): RosterGraph {
  const g = new Graph({ type: 'undirected' }) as unknown as RosterGraph;
  people.forEach((p, i) => {
    g.addNode(`p${i}`, { label: `P ${i}`, name: `P ${i}`, track: '2', isDecisionMaker: false, events: [], ...p });
  });
  return g;
}

describe('ideologyColor', () => {
  it('runs from the first stop at −1 through the middle stop at 0 to the last at +1', () => {
    expect(ideologyColor(-1)).toBe(IDEOLOGY_STOPS[0]);
    expect(ideologyColor(0)).toBe(IDEOLOGY_STOPS[2]);
    expect(ideologyColor(1)).toBe(IDEOLOGY_STOPS[4]);
  });
  it('rejects a score outside [−1, 1] instead of clamping it', () => {
    expect(() => ideologyColor(1.5)).toThrow(RangeError);
    expect(() => ideologyColor(Number.NaN)).toThrow(RangeError);
  });
  it('bins the scale in five', () => {
    expect([-1, -0.6, -0.2, 0.2, 0.6, 1].map(ideologyBinIndex)).toEqual([0, 1, 2, 2, 3, 4]);
    expect(IDEOLOGY_BINS).toHaveLength(5);
  });
});

describe('colorScheme: the legend matches what is drawn', () => {
  for (const by of COLOR_BY) {
    it(`${by}: the counts add up to everyone and every drawn colour is in the legend`, () => {
      const scheme = colorScheme(dialogue, by);
      expect(scheme.entries.reduce((s, e) => s + e.count, 0)).toBe(dialogue.order);
      if (by === 'ideology') return;
      const colours = new Set(scheme.entries.map((e) => e.color));
      const drawn = new Map<string, number>();
      dialogue.forEachNode((_n, a) => {
        const c = scheme.colorOf(a);
        drawn.set(c, (drawn.get(c) ?? 0) + 1);
      });
      for (const [c, n] of drawn) {
        expect(colours.has(c), c).toBe(true);
        expect(scheme.entries.filter((e) => e.color === c).reduce((s, e) => s + e.count, 0)).toBe(n);
      }
    });
  }

  it('ideology: each person falls in the bin the legend counts, people without a score in "No score"', () => {
    const g = tiny([{ ideology: -0.9 }, { ideology: 0 }, { ideology: 0.7 }, {}]);
    const scheme = colorScheme(g, 'ideology');
    expect(scheme.entries.map((e) => e.count)).toEqual([1, 0, 1, 0, 1, 1]);
    expect(scheme.entries.at(-1)?.label).toBe('No score');
    expect(scheme.colorOf(g.getNodeAttributes('p3'))).toBe(MISSING_COLOR);
    expect(scheme.gradient).toEqual([...IDEOLOGY_STOPS]);
  });

  it('track: canonical tracks in order, anything else is "unknown or other"', () => {
    const g = tiny([{ track: '1' }, { track: '2' }, { track: 'Track IV' }, { track: '' }]);
    const scheme = colorScheme(g, 'track');
    expect(scheme.entries.map((e) => [e.label, e.count])).toEqual([
      ['Track 1 (decision-makers)', 1],
      ['Track 2', 1],
      ['Unknown or other track', 2],
    ]);
  });

  it('categories beyond the palette are grouped as "Other", missing values as "No value"', () => {
    const people = Array.from({ length: CATEGORY_PALETTE.length + 2 }, (_, i) => ({ side: `side ${i}` }));
    const g = tiny([...people, { side: 'side 0' }, {}]);
    const scheme = colorScheme(g, 'side');
    expect(scheme.entries[0]).toEqual({ label: 'side 0', color: CATEGORY_PALETTE[0], count: 2 });
    expect(scheme.entries.at(-2)).toEqual({ label: 'Other (2 categories)', color: OTHER_COLOR, count: 2 });
    expect(scheme.entries.at(-1)).toEqual({ label: 'No value', color: MISSING_COLOR, count: 1 });
  });

  it('a category named like markup or like an Object property stays a label', () => {
    const g = tiny([{ school: '<img src=x onerror=alert(1)>' }, { school: '__proto__' }, { school: 'constructor' }]);
    const labels = colorScheme(g, 'school').entries.map((e) => e.label);
    expect(labels).toEqual(['<img src=x onerror=alert(1)>', '__proto__', 'constructor'].sort());
  });

  it('communities are labelled by number', () => {
    const g = tiny([{ community: 1 }, { community: 0 }, { community: 0 }]);
    expect(colorScheme(g, 'community').entries.map((e) => e.label)).toEqual(['Community 0', 'Community 1']);
  });
});

describe('entryOf', () => {
  for (const by of COLOR_BY) {
    it(`${by}: each person is counted by the entry entryOf names, with that entry's colour`, () => {
      const scheme = colorScheme(dialogue, by);
      const counts = scheme.entries.map(() => 0);
      dialogue.forEachNode((_n, a) => {
        const i = scheme.entryOf(a);
        counts[i] = (counts[i] ?? 0) + 1;
        if (by !== 'ideology') expect(scheme.colorOf(a)).toBe(scheme.entries[i]?.color);
      });
      expect(counts).toEqual(scheme.entries.map((e) => e.count));
    });
  }
});
