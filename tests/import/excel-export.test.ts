/**
 * A roster exported from Excel (semicolon, BOM, CRLF, quoted multi-line notes, shuffled and
 * aliased headers, an extra column, decimal commas, TRUE/FALSE, blank lines, trailing empty
 * columns) gives exactly the same roster, graph and measures as its clean form.
 * data-samples/excel-export is generated from data-samples/quickstart by
 * scripts/samples/make-excel-export.mjs.
 */
import { analyzeRoster } from '@trackmap/core';
import { readRoster } from '@trackmap/core/node';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/paths.js';

const stripPositions = <T extends { line?: number; source?: string; extra?: unknown }>(rows: T[]) =>
  rows.map(({ line: _l, source: _s, extra: _e, ...rest }) => rest);

describe('Excel export equals its clean form', async () => {
  const clean = await readRoster({ dir: repo('data-samples/quickstart') });
  const excel = await readRoster({ dir: repo('data-samples/excel-export') });

  it('was really exported the Excel way', () => {
    expect(excel.roster.files.map((f) => f.delimiter)).toEqual([';', ';', ';', ';']);
    expect(excel.roster.files.map((f) => f.encoding)).toEqual(['utf-8-bom', 'utf-8-bom', 'utf-8-bom', 'utf-8-bom']);
    expect(excel.roster.files.find((f) => f.kind === 'people')?.extraColumns.length).toBeGreaterThan(0);
    expect(excel.issues).toEqual([]);
    expect(clean.issues).toEqual([]);
  });

  it('imports the same people, ties, events and attendance', () => {
    expect(stripPositions(excel.roster.people)).toEqual(stripPositions(clean.roster.people));
    expect(stripPositions(excel.roster.ties)).toEqual(stripPositions(clean.roster.ties));
    expect(stripPositions(excel.roster.events)).toEqual(stripPositions(clean.roster.events));
    expect(stripPositions(excel.roster.attendance)).toEqual(stripPositions(clean.roster.attendance));
  });

  it('gives identical measures', () => {
    const a = analyzeRoster(clean);
    const b = analyzeRoster(excel);
    expect(b.people).toEqual(a.people);
    expect(b.summary.graph).toEqual(a.summary.graph);
    expect(b.summary.access).toEqual(a.summary.access);
  });
});
