import { type Roster, rosterAccess, rosterCompositions } from '@trackmap/core';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { classifyFiles } from '../src/data/classify-files.js';
import { parseConfig } from '../src/data/config.js';
import { parseManifest } from '../src/data/local-source.js';
import { rosterFromGraph, rosterViews } from '../src/data/roster-views.js';
import { analysedSample } from './helpers.js';

const f = (name: string) => ({ name });

describe('classifyFiles', () => {
  it('matches roster files by name and alias, case-insensitively, with a folder prefix', () => {
    const c = classifyFiles([
      f('roster/People.CSV'),
      f('links.csv'),
      f('meetings.tsv'),
      f('attendees.csv'),
      f('notes.txt'),
    ]);
    expect(c.csv.people?.name).toBe('roster/People.CSV');
    expect(c.csv.ties?.name).toBe('links.csv');
    expect(c.csv.events?.name).toBe('meetings.tsv');
    expect(c.csv.attendance?.name).toBe('attendees.csv');
    expect(c.ignored.map((x) => x.name)).toEqual(['notes.txt']);
    expect(c.graphJson).toBeNull();
  });
  it('opens graph.json from an analyze output folder, ignoring the other outputs', () => {
    const c = classifyFiles([f('summary.json'), f('graph.json'), f('paths.json'), f('people-metrics.csv')]);
    expect(c.graphJson?.name).toBe('graph.json');
    expect(c.csv).toEqual({});
    expect(c.ignored.map((x) => x.name).sort()).toEqual(['paths.json', 'people-metrics.csv', 'summary.json']);
  });
  it('prefers the CSV files when both are there, and finds the config', () => {
    const c = classifyFiles([f('graph.json'), f('people.csv'), f('trackmap.config.json')]);
    expect(c.graphJson).toBeNull();
    expect(c.config?.name).toBe('trackmap.config.json');
    expect(c.ignored.map((x) => x.name)).toEqual(['graph.json']);
  });
  it('takes a single renamed JSON file as the graph', () => {
    expect(classifyFiles([f('dialogue.json')]).graphJson?.name).toBe('dialogue.json');
  });
});

describe('parseConfig', () => {
  it('reads the keys the CLI reads', () => {
    const text = JSON.stringify({
      tracks: { Officials: '1' },
      decisionMakers: { column: 'role', values: ['minister'] },
    });
    expect(parseConfig('c.json', text)).toEqual({
      tracks: { Officials: '1' },
      decisionMakers: { column: 'role', values: ['minister'] },
    });
  });
  it('refuses unknown keys and bad JSON with the file name', () => {
    expect(() => parseConfig('c.json', '{"colums":{}}')).toThrow(/c.json: unknown key "colums"/);
    expect(() => parseConfig('c.json', '{')).toThrow(/c.json: not valid JSON/);
    expect(() => parseConfig('c.json', '[]')).toThrow(/expected a JSON object/);
  });
});

describe('parseManifest', () => {
  it('accepts names relative to ./roster/', () => {
    expect(parseManifest({ label: 'r', files: ['people.csv', 'sub/ties.csv'] })).toEqual({
      label: 'r',
      files: ['people.csv', 'sub/ties.csv'],
    });
  });
  it('refuses names that leave the folder or name another origin', () => {
    for (const bad of ['../x.csv', '/etc/passwd', 'https://example.org/a.csv', 'a/./b', 'a\\b', '']) {
      expect(() => parseManifest({ label: 'r', files: [bad] }), bad).toThrow();
    }
    expect(() => parseManifest({ files: [] })).toThrow();
  });
});

describe('rosterViews', () => {
  const { roster, graph } = analysedSample('dialogue');
  const views = rosterViews(roster);
  it('has one view per row of the core composition, in the same order and with the same figures', () => {
    const rows = rosterCompositions(roster);
    expect(views.map((v) => v.key)).toEqual(rows.map((r) => r.roster));
    expect(views.map((v) => v.composition)).toEqual(rows.map((r) => r.composition));
  });
  it('gives each roster as many members as its composition counts', () => {
    for (const v of views) expect(new Set(v.members).size, v.key).toBe(v.composition.size);
    expect(views[0]?.members).toHaveLength(roster.people.length);
  });
  it('a round holds everyone who attended one of its events', () => {
    const round = views.find((v) => v.key === 'round:1');
    const events = roster.events.filter((e) => e.round === '1').map((e) => e.id);
    const expected = new Set(roster.attendance.filter((a) => events.includes(a.event)).map((a) => a.person));
    expect(new Set(round?.members)).toEqual(expected);
  });
  it('access figures of everyone match the analysis summary', () => {
    const a = rosterAccess(graph, views[0]?.members ?? []);
    const people = roster.people.length;
    expect(a.size).toBe(people);
    expect(a.decisionMakers + a.participants).toBe(people);
    expect(a.shareWithin1).toBeGreaterThan(0);
  });
  it('rebuilds a roster from graph.json with the same people and attendance', () => {
    const copy = Graph.from(graph.export());
    const rebuilt: Roster = rosterFromGraph(copy as never);
    expect(rebuilt.people.map((p) => p.id)).toEqual(roster.people.map((p) => p.id));
    expect(rebuilt.people.map((p) => p.side)).toEqual(roster.people.map((p) => p.side));
    const byEvent = (r: Roster, e: string) => new Set(r.attendance.filter((a) => a.event === e).map((a) => a.person));
    const known = new Set(roster.people.map((p) => p.id));
    for (const e of rebuilt.events) {
      const original = new Set([...byEvent(roster, e.id)].filter((p) => known.has(p)));
      expect(byEvent(rebuilt, e.id)).toEqual(original);
    }
  });
});
