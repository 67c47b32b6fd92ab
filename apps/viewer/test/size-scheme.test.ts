import type { RosterGraph } from '@trackmap/core';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { MAX_SIZE, MIN_SIZE, SIZE_MEASURES, sizeScheme, UNIFORM_SIZE } from '../src/renderer/size-scheme.js';

function graphWith(values: Array<number | null | undefined>): RosterGraph {
  const g = new Graph({ type: 'undirected' }) as unknown as RosterGraph;
  values.forEach((v, i) => {
    g.addNode(`p${i}`, { label: '', name: '', track: '', isDecisionMaker: false, events: [], betweenness: v });
  });
  return g;
}

describe('sizeScheme', () => {
  it('maps the smallest value to MIN_SIZE and the largest to MAX_SIZE, area proportional in between', () => {
    const g = graphWith([0, 0.25, 1]);
    const s = sizeScheme(g, 'betweenness');
    expect([s.min, s.max, s.missing]).toEqual([0, 1, 0]);
    expect(s.sizeOf(g.getNodeAttributes('p0'))).toBe(MIN_SIZE);
    expect(s.sizeOf(g.getNodeAttributes('p2'))).toBe(MAX_SIZE);
    expect(s.sizeOf(g.getNodeAttributes('p1'))).toBeCloseTo(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * 0.5, 10);
  });
  it('draws people without a value smallest and counts them', () => {
    const g = graphWith([null, undefined, 3]);
    const s = sizeScheme(g, 'betweenness');
    expect(s.missing).toBe(2);
    expect(s.sizeOf(g.getNodeAttributes('p0'))).toBe(MIN_SIZE);
  });
  it('uniform sizes everyone the same', () => {
    const g = graphWith([1, 2]);
    expect(sizeScheme(g, 'uniform').sizeOf(g.getNodeAttributes('p1'))).toBe(UNIFORM_SIZE);
  });
  it('refuses an unknown measure', () => {
    expect(() => sizeScheme(graphWith([1]), 'name')).toThrow(RangeError);
  });
  it('offers every numeric measure of the catalog, not the list of nearest decision-makers', () => {
    const keys = SIZE_MEASURES.map((m) => m.key);
    expect(keys).toContain('access_score');
    expect(keys).not.toContain('nearest_track1');
  });
});
