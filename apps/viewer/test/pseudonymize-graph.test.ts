import { readFileSync } from 'node:fs';
import {
  analyzeRoster,
  assignPersonMetrics,
  buildPersonGraph,
  graphGexf,
  graphJson,
  parseRoster,
  pseudonym,
  pseudonymizeRoster,
} from '@trackmap/core';
import { describe, expect, it } from 'vitest';
import { parseKeyHex } from '../src/export/key.js';
import { pseudonymizeGraph } from '../src/export/pseudonymize-graph.js';
import { sampleSources } from './helpers.js';

// Fixed test keys (random bytes; never real ones).
const key = parseKeyHex('16329aa8db4aa425c5e0f6f5257081f1cc8260d510cd6bb5939018cb77c0cdc8');
const otherKey = parseKeyHex('f9827e756f8c0acad6ac94425b7f0b3bf2aaccee7b87fa2a21d7d7846504add7');

/** What `trackmap analyze --pseudonymize` builds (packages/cli/src/commands/roster-input.ts). */
function cliGraph(sample: string) {
  const imported = parseRoster(sampleSources(sample));
  const result = pseudonymizeRoster(imported.roster, { key });
  const pseudo = { roster: result.roster, graph: buildPersonGraph(result.roster), issues: [] };
  assignPersonMetrics(pseudo.graph, analyzeRoster(pseudo, { transferRuns: 0, permutations: 0 }).people);
  return pseudo.graph;
}

/** What the viewer shows: the roster analysed as is, with layout positions. */
function viewerGraph(sample: string) {
  const imported = parseRoster(sampleSources(sample));
  assignPersonMetrics(imported.graph, analyzeRoster(imported, { transferRuns: 0, permutations: 0 }).people);
  imported.graph.forEachNode((n, _a) => {
    imported.graph.mergeNodeAttributes(n, { x: 1, y: 2 });
  });
  return imported;
}

describe('pseudonymizeGraph gives what the CLI gives', () => {
  for (const sample of ['quickstart', 'dialogue']) {
    it(`${sample}: same people, attributes, measures and links as analyze --pseudonymize`, () => {
      const expected = cliGraph(sample);
      const { graph } = pseudonymizeGraph(viewerGraph(sample).graph, key);
      expect(graph.nodes()).toEqual(expected.nodes());
      graph.forEachNode((n, attrs) => {
        const { x: _x, y: _y, ...rest } = attrs;
        expect(rest, n).toEqual(expected.getNodeAttributes(n));
      });
      expect(graph.export().edges).toEqual(expected.export().edges);
      expect(graph.getAttribute('decisionMakers')).toEqual(expected.getAttribute('decisionMakers'));
    });
  }

  // Issue 16, item 1: the rule on graph.json's attributes named the officials verbatim.
  for (const rule of [
    { column: 'id', values: ['ald-001', 'ald-002'] },
    { column: 'name', values: ['Renena Mendeira', 'Galius Mendino'] },
  ]) {
    it(`a decision-maker rule on ${rule.column} is pseudonymised as the CLI does it, in GEXF and JSON`, () => {
      const sources = sampleSources('dialogue');
      const imported = parseRoster(sources, { decisionMakers: rule });
      analyzeRoster(imported, { transferRuns: 0, permutations: 0 });
      const cli = pseudonymizeRoster(imported.roster, { key }).roster.decisionMakers;
      const out = pseudonymizeGraph(imported.graph, key).graph;
      const shown = out.getAttribute('decisionMakers');
      expect(shown).toEqual(cli);
      const expected =
        rule.column === 'id'
          ? { column: 'id', values: rule.values.map((id) => pseudonym(key, id)).sort() }
          : { column: 'name', values: [], withheld: 2 };
      expect(shown).toEqual(expected);
      const text = graphGexf(out) + graphJson(out);
      for (const v of rule.values) expect(text).not.toContain(v);
    });
  }

  it('no id, name, organisation, note or evidence of the dialogue sample is left in the GEXF or JSON', () => {
    const { roster, graph } = viewerGraph('dialogue');
    const out = pseudonymizeGraph(graph, key).graph;
    const text = graphGexf(out) + graphJson(out);
    const secrets = new Set<string>();
    for (const p of roster.people) {
      secrets.add(p.id);
      secrets.add(p.name);
      if (p.organisation) secrets.add(p.organisation);
      for (const v of Object.values(p.extra)) if (v.length > 3) secrets.add(v);
    }
    for (const t of roster.ties) if (t.evidence && t.evidence.length > 12) secrets.add(t.evidence);
    const notes = readFileSync(new URL('../../../data-samples/dialogue/people.csv', import.meta.url), 'utf8');
    expect(notes).toContain('the architect');
    const found = [...secrets].filter((s) => text.includes(s));
    expect(found).toEqual([]);
  });

  it('the same key gives the same pseudonyms, another key others', () => {
    const { graph } = viewerGraph('quickstart');
    const a = pseudonymizeGraph(graph, key);
    const b = pseudonymizeGraph(graph, key);
    const c = pseudonymizeGraph(graph, otherKey);
    expect(a.graph.nodes()).toEqual(b.graph.nodes());
    expect(c.graph.nodes().some((n) => a.graph.hasNode(n))).toBe(false);
    for (const [id, p] of a.pseudonyms) expect(p).toBe(pseudonym(key, id));
  });

  it('refuses a key shorter than 16 bytes', () => {
    const { graph } = viewerGraph('quickstart');
    expect(() => pseudonymizeGraph(graph, new Uint8Array(8))).toThrow();
  });
});
