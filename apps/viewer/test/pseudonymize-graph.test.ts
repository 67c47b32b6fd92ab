import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  analyzeRoster,
  assignPersonMetrics,
  buildPersonGraph,
  graphGexf,
  graphJson,
  parseRoster,
  pseudonym,
  pseudonymizeGraph,
  pseudonymizeRoster,
} from '@trackmap/core';
import { describe, expect, it } from 'vitest';
import { SECRETS, writeHostileRoster } from '../../../tests/helpers/hostile-roster.js';
import { parseKeyHex } from '../src/export/key.js';
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

/**
 * Attributes that differ: exactly for everything but measures, which the CLI computes on the
 * roster in pseudonym order and the viewer on the roster as loaded, so sums can differ in the
 * last bits (to 10 decimals they agree). Communities are left out: Louvain depends on the order
 * of the people, so the partitions can differ (checked apart).
 */
function differences(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (k === 'community') continue;
    const [x, y] = [a[k], b[k]];
    if (
      typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) > 1e-10 : JSON.stringify(x) !== JSON.stringify(y)
    )
      out.push(`${k}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
  }
  return out;
}

describe('pseudonymizeGraph gives what the CLI gives', () => {
  for (const sample of ['quickstart', 'dialogue']) {
    it(`${sample}: same people, attributes, measures and links, in the same order, as analyze --pseudonymize`, () => {
      const expected = cliGraph(sample);
      const { graph } = pseudonymizeGraph(viewerGraph(sample).graph, key);
      expect(graph.nodes()).toEqual(expected.nodes());
      graph.forEachNode((n, attrs) => {
        const { x: _x, y: _y, ...rest } = attrs;
        expect(differences(rest, expected.getNodeAttributes(n)), n).toEqual([]);
      });
      expect(graph.export().edges).toEqual(expected.export().edges);
      expect(graph.getAttribute('decisionMakers')).toEqual(expected.getAttribute('decisionMakers'));
    });
  }

  // Issue 16, item 4: community numbers followed the roster's row order (equal sizes numbered
  // by first appearance), and so did link keys and every list.
  it("communities: the viewer's partition, numbered by size, then smallest pseudonym", () => {
    const { graph: original } = viewerGraph('dialogue');
    const { graph, pseudonyms } = pseudonymizeGraph(original, key);
    const groups = (g: typeof graph, name: (id: string) => string) => {
      const m = new Map<unknown, string[]>();
      g.forEachNode((n, a) => {
        m.set(a.community, [...(m.get(a.community) ?? []), name(n)]);
      });
      return m;
    };
    const before = [...groups(original, (n) => pseudonyms.get(n) as string).values()].map((v) => v.sort().join());
    const after = groups(graph, (n) => n);
    expect([...after.values()].map((v) => v.sort().join()).sort()).toEqual(before.sort());
    const numbered = [...after.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
    for (let i = 1; i < numbered.length; i++) {
      const [a, b] = [numbered[i - 1] as string[], numbered[i] as string[]];
      expect(a.length > b.length || (a.length === b.length && (a[0] as string) < (b[0] as string))).toBe(true);
    }
  });

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
      expect(shown).toMatchObject([expected]);
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

// Issue 16, items 2 and 4: the viewer's pseudonymised GEXF kept event ids, unknown track labels,
// tie line numbers, and link keys and list orders that followed the roster's rows.
describe('pseudonymizeGraph on a hostile roster', () => {
  const dir = writeHostileRoster(mkdtempSync(join(tmpdir(), 'trackmap-viewer-hostile-')));
  const sources = () => {
    const file = (kind: string) => {
      const path = join(dir, `${kind}.csv`);
      return { name: path, bytes: new Uint8Array(readFileSync(path)) };
    };
    return { people: file('people'), ties: file('ties'), events: file('events'), attendance: file('attendance') };
  };
  for (const rule of [
    { column: 'id', values: ['okafor.adaeze', 'vasquez.lucia'] },
    { column: 'name', values: ['Adaeze Okafor', 'Lucia Vasquez'] },
    { column: 'track', values: ['Okafor inner circle', 'Haddad'] },
    { column: 'Okafor private phone', values: ['+1 555 010'] },
  ]) {
    it(`no secret in the GEXF or JSON export (decision-makers by ${rule.column})`, () => {
      const imported = parseRoster(sources(), { decisionMakers: rule });
      analyzeRoster(imported, { transferRuns: 0, permutations: 0 });
      const out = pseudonymizeGraph(imported.graph, key).graph;
      const text = (graphGexf(out) + graphJson(out)).toLowerCase();
      expect(SECRETS.filter((s) => text.includes(s.toLowerCase()))).toEqual([]);
      expect(text).not.toMatch(/"line"/);
    });
  }

  it('gives what analyze --pseudonymize gives: people, events, tracks, links, in the same order', () => {
    const imported = parseRoster(sources());
    analyzeRoster(imported, { transferRuns: 0, permutations: 0 });
    const { graph } = pseudonymizeGraph(imported.graph, key);
    const cli = pseudonymizeRoster(parseRoster(sources()).roster, { key }).roster;
    const expected = buildPersonGraph(cli);
    expect(graph.nodes()).toEqual(expected.nodes());
    expect(graph.nodes()).toEqual([...graph.nodes()].sort());
    graph.forEachNode((n, attrs) => {
      const want = expected.getNodeAttributes(n);
      expect([attrs.track, attrs.events]).toEqual([want.track, want.events]);
    });
    expect(graph.export().edges).toEqual(expected.export().edges);
  });
});
