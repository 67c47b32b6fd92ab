import Graph from 'graphology';
import { karateClub } from 'graphology-generators/social';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';

describe('probe', () => {
  it('resolves', () => {
    const k = karateClub(Graph);
    expect(k.order).toBe(34);
    expect(k.size).toBe(78);
    expect(typeof parse).toBe('function');
  });
});
