/**
 * The formatters every report and the CLI's printed summaries write numbers, percentages,
 * counts and names with (packages/core/src/report/format.ts).
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatFixed,
  formatNumber,
  formatPercent,
  formatSigned,
  MISSING,
  nodeLabel,
  nodeName,
  percentValue,
  personCell,
  personLabel,
  plural,
  pluralNoun,
} from '../../src/report/format.js';
import type { RosterGraph } from '../../src/types.js';

describe('numbers', () => {
  it.each([
    [3, 3, '3'],
    [1 / 3, 3, '0.333'],
    [0.5, 3, '0.5'],
    [0.25, 1, '0.3'],
    [2.0004, 3, '2'],
    [-0.12345, 4, '-0.1235'],
  ])('formatNumber(%d, %d) is %j: integers as they are, trailing zeros dropped', (x, digits, text) => {
    expect(formatNumber(x, digits)).toBe(text);
  });

  it.each([
    [0.5, 2, '0.50'],
    [1 / 3, 3, '0.333'],
    [-1, 1, '-1.0'],
  ])('formatFixed(%d, %d) is %j: always that many decimals', (x, digits, text) => {
    expect(formatFixed(x, digits)).toBe(text);
  });

  it.each([
    [0.25, 3, '+0.25'],
    [-1, 1, '−1'],
    [0.0004, 3, '0'],
    [-0.0004, 3, '0'],
    [1.5, 1, '+1.5'],
  ])('formatSigned(%d, %d) is %j: a plus or a minus sign (U+2212), 0 when it rounds to zero', (x, digits, text) => {
    expect(formatSigned(x, digits)).toBe(text);
  });

  it('writes a missing value as an en dash', () => {
    expect(MISSING).toBe('–');
    for (const f of [formatNumber, formatFixed, formatSigned, formatPercent]) {
      expect(f(null)).toBe('–');
      expect(f(undefined)).toBe('–');
    }
  });

  it('writes counts with thousands separators', () => {
    expect(formatCount(2000)).toBe('2,000');
    expect(formatCount(999)).toBe('999');
  });
});

describe('percentages', () => {
  it.each([
    [1 / 3, 0, '33 %'],
    [1 / 3, 1, '33.3 %'],
    [0.125, 0, '13 %'],
    [0, 0, '0 %'],
    [1, 1, '100.0 %'],
  ])('formatPercent(%d, %d) is %j: a space before the sign', (x, digits, text) => {
    expect(formatPercent(x, digits)).toBe(text);
  });

  it('rounds whole percentages like Math.round for every share in [0, 1] (the reports used both)', () => {
    // 1/k steps on a fine grid, and the halves that sit exactly on a tie.
    const shares = [...Array.from({ length: 2001 }, (_, i) => i / 2000), 0.005, 0.015, 0.125, 0.625, 0.995];
    for (const x of shares) expect(formatPercent(x)).toBe(`${Math.round(100 * x)} %`);
  });

  it('gives the number of percent for bar charts', () => {
    expect(percentValue(1 / 3)).toBe(33.3);
    expect(percentValue(0.5, 0)).toBe(50);
  });
});

describe('counts and names', () => {
  it('puts a count with its noun', () => {
    expect(plural(1, 'step')).toBe('1 step');
    expect(plural(0, 'step')).toBe('0 steps');
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect(pluralNoun(1, 'person', 'people')).toBe('person');
    expect(pluralNoun(3, 'warning')).toBe('warnings');
  });

  const graph = new UndirectedGraph() as unknown as RosterGraph;
  graph.addNode('p`1', { name: 'Ana | *Lima*', side: 'north' } as never);
  graph.addNode('p2', { name: 'Bo' } as never);

  it('writes a person as an escaped name, the id in a code span and the side', () => {
    expect(personLabel('Ana | *Lima*', 'p`1', 'north')).toBe("Ana \\| \\*Lima\\* (`p'1`, north)");
    expect(personLabel('Bo', 'p2')).toBe('Bo (`p2`)');
    expect(personCell(graph, { id: 'p`1', name: 'Ana | *Lima*' })).toBe("Ana \\| \\*Lima\\* (`p'1`, north)");
    expect(personCell(graph, { id: 'p2', name: 'Bo' })).toBe('Bo (`p2`)');
    expect(nodeLabel(graph, 'p2')).toBe('Bo (`p2`)');
    expect(nodeName(graph, 'p`1')).toBe('Ana \\| \\*Lima\\*');
  });
});
