/**
 * The large outputs streamed (issue 16, item 9): each exporter's pieces, joined, are exactly its
 * text, and no piece holds more than one node or link, so an output larger than any string
 * (graph.json of 2.5 million links: over 600 MB, beyond V8's 2²⁹ − 24 characters) can be written.
 */
import { describe, expect, it } from 'vitest';
import { analyzeRoster } from '../../src/analysis/analyze.js';
import { graphGexf, graphGexfChunks } from '../../src/export/gexf.js';
import { graphJson, graphJsonChunks } from '../../src/export/graph-json.js';
import { graphGraphml, graphGraphmlChunks } from '../../src/export/graphml.js';
import { pathsCsv, pathsCsvChunks, pathsJson, pathsJsonChunks } from '../../src/export/paths.js';
import { peopleMetricsCsv, peopleMetricsCsvChunks } from '../../src/export/people-metrics.js';
import { parseRoster } from '../../src/import/roster-csv.js';

/** A roster of 3 events × 60 attendees and a chain of ties: 180 people, about 5,500 links. */
function roster() {
  const people = ['id,name,track,side'];
  for (let i = 0; i < 180; i++) people.push(`p${i},Person ${i},${i % 30 === 0 ? 1 : 2},${i % 2 ? 'A' : 'B'}`);
  const ties = ['source,target,type'];
  for (let i = 1; i < 180; i++) ties.push(`p${i - 1},p${i},advises`);
  const events = ['id,name', 'e1,One', 'e2,Two', 'e3,Three'];
  const attendance = ['person,event'];
  for (let i = 0; i < 180; i++) attendance.push(`p${i},e${1 + (i % 3)}`);
  const file = (name: string, lines: string[]) => ({ name, text: `${lines.join('\n')}\n` });
  return parseRoster({
    people: file('people.csv', people),
    ties: file('ties.csv', ties),
    events: file('events.csv', events),
    attendance: file('attendance.csv', attendance),
  });
}

describe('streamed outputs', () => {
  const imported = roster();
  const { graph } = imported;
  const analysis = analyzeRoster(imported, { seed: 1, transferRuns: 10, permutations: 5 });
  const largest = (pieces: string[]) => Math.max(...pieces.map((p) => p.length));
  const cases: [string, string, string[], number][] = [
    ['graph.json', graphJson(graph), [...graphJsonChunks(graph)], 2_000],
    ['graph.gexf', graphGexf(graph), [...graphGexfChunks(graph)], 4_000],
    ['graph.graphml', graphGraphml(graph), [...graphGraphmlChunks(graph)], 4_000],
    ['paths.json', pathsJson(analysis.routes), [...pathsJsonChunks(analysis.routes)], 4_000],
    ['paths.csv', pathsCsv(graph, analysis.routes), [...pathsCsvChunks(graph, analysis.routes)], 300_000],
    [
      'people-metrics.csv',
      peopleMetricsCsv(graph, analysis.people),
      [...peopleMetricsCsvChunks(graph, analysis.people)],
      300_000,
    ],
  ];

  it('has a graph large enough for the test to mean something', () => {
    expect(graph.size).toBeGreaterThan(5_000);
  });

  it.each(cases)('%s: the pieces joined are the text, and each piece is small', (_name, text, pieces, bound) => {
    expect(pieces.join('')).toBe(text);
    expect(largest(pieces)).toBeLessThan(bound);
  });

  it('graph.json, graph.gexf and graph.graphml are each many times larger than their largest piece', () => {
    for (const [, text, pieces] of cases.slice(0, 3)) expect(text.length).toBeGreaterThan(500 * largest(pieces));
  });
});
