import { makeIssue, participantRoutes } from '@trackmap/core';
import { describe, expect, it } from 'vitest';
import { computeHighlight, edgeEmphasis, NO_HIGHLIGHT, routeEdgeKeys, shortLabel } from '../src/renderer/highlight.js';
import { iterationBudget, relativeMove, seededPositions } from '../src/renderer/layout.js';
import { issuePosition } from '../src/ui/issues.js';
import { analysedSample } from './helpers.js';

describe('seeded layout', () => {
  it('draws the same starting positions for the same seed, others for another', () => {
    expect(seededPositions(50, 1)).toEqual(seededPositions(50, 1));
    expect(seededPositions(50, 2)).not.toEqual(seededPositions(50, 1));
    const p = seededPositions(200, 7);
    for (let i = 0; i < 200; i++)
      expect(Math.hypot(p[2 * i] as number, p[2 * i + 1] as number)).toBeLessThanOrEqual(100);
  });
  it('measures movement relative to the drawing', () => {
    const a = new Float64Array([0, 0, 10, 0]);
    expect(relativeMove(a, a)).toBe(0);
    expect(relativeMove(a, new Float64Array([1, 0, 11, 0]))).toBeCloseTo(0.1, 10);
  });
  it('gives small graphs more iterations', () => {
    expect(iterationBudget(12)).toBeGreaterThan(iterationBudget(5000));
  });
});

describe('computeHighlight', () => {
  const { graph } = analysedSample('quickstart');
  const routes = participantRoutes(graph, { k: 3 });
  const person = routes.find((r) => r.hops >= 2)?.source as string;
  const own = routes.filter((r) => r.source === person);

  it('hovering shows the person and their neighbours', () => {
    const h = computeHighlight(graph, { hovered: person, selected: null, routes: [], members: null });
    expect(h.focus).toEqual(new Set([person, ...graph.neighbors(person)]));
  });
  it('a selection draws its routes: every step of every route is a route link', () => {
    const h = computeHighlight(graph, { hovered: null, selected: person, routes: own, members: null });
    const steps = own.flatMap((r) => r.nodes.slice(1).map((n, i) => graph.edge(r.nodes[i] as string, n)));
    expect(h.routeEdges).toEqual(new Set(steps));
    for (const r of own) for (const n of r.nodes) expect(h.strong.has(n)).toBe(true);
    const [e] = [...h.routeEdges];
    expect(edgeEmphasis(h, e as string, ...(graph.extremities(e as string) as [string, string]))).toBe('route');
  });
  it('hovering the selected person keeps its routes drawn', () => {
    const h = computeHighlight(graph, { hovered: person, selected: person, routes: own, members: null });
    expect(h.routeEdges).toEqual(routeEdgeKeys(graph, own));
  });
  it('a roster shows its members and the links between them', () => {
    const members = new Set(graph.nodes().slice(0, 3));
    const h = computeHighlight(graph, { hovered: null, selected: null, routes: [], members });
    expect(h.focus).toBe(members);
    graph.forEachEdge((e, _a, s, t) => {
      expect(edgeEmphasis(h, e, s, t)).toBe(members.has(s) && members.has(t) ? 'normal' : 'dim');
    });
    expect(computeHighlight(graph, { hovered: null, selected: null, routes: [], members: null })).toBe(NO_HIGHLIGHT);
  });
  it('cuts long labels for display only', () => {
    expect(shortLabel('x'.repeat(10_000))).toHaveLength(48);
    expect(shortLabel('short')).toBe('short');
    expect(Array.from(shortLabel('😀'.repeat(100)))).toHaveLength(48);
  });
});

describe('issuePosition', () => {
  it('is file:line:column as the CLI prints it', () => {
    const issue = makeIssue('CSV_BAD_NUMBER', 'warning', 'value-dropped', 'bad', {
      source: 'ties.csv',
      line: 3,
      column: 'weight',
    });
    expect(issuePosition(issue)).toBe('ties.csv:3:weight');
    expect(issue.message.startsWith('ties.csv:3:weight: ')).toBe(true);
  });
});

describe('import issues as the viewer lists them', () => {
  it('position + ": " + detail is the CLI message, for every malformed sample', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { parseRoster, RosterImportError } = await import('@trackmap/core');
    const root = new URL('../../../data-samples/malformed/', import.meta.url);
    let checked = 0;
    for (const folder of readdirSync(root)) {
      if (!statSync(new URL(folder, root)).isDirectory()) continue;
      const dir = new URL(`${folder}/`, root);
      const file = (kind: string) => {
        try {
          return { name: `${kind}.csv`, bytes: new Uint8Array(readFileSync(new URL(`${kind}.csv`, dir))) };
        } catch {
          return undefined;
        }
      };
      const sources = { people: file('people') ?? { name: 'people.csv', text: '' }, ties: file('ties') };
      let issues: readonly import('@trackmap/core').ImportIssue[];
      try {
        issues = parseRoster(sources).issues;
      } catch (error) {
        if (!(error instanceof RosterImportError)) throw error;
        issues = error.issues;
      }
      for (const issue of issues) {
        expect(`${issuePosition(issue)}: ${issue.detail}`).toBe(issue.message);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
