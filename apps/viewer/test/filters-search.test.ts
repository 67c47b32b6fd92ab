import type { LinkAttributes, PersonAttributes } from '@trackmap/core';
import { describe, expect, it } from 'vitest';
import {
  ALL,
  attributeValues,
  isFiltering,
  linkVisible,
  NO_FILTERS,
  NONE,
  personVisible,
} from '../src/renderer/filters.js';
import { foldText, rankPeople } from '../src/ui/search-rank.js';

const person = (p: Partial<PersonAttributes>): PersonAttributes =>
  ({ label: '', name: '', track: '2', isDecisionMaker: false, events: [], ...p }) as PersonAttributes;

describe('filters', () => {
  it('shows everyone with no filter', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(personVisible('a', person({}), NO_FILTERS)).toBe(true);
  });
  it('filters by track and side, NONE matching people without a value', () => {
    const f = { ...NO_FILTERS, track: '1' };
    expect(personVisible('a', person({ track: '1' }), f)).toBe(true);
    expect(personVisible('a', person({ track: '2' }), f)).toBe(false);
    const none = { ...NO_FILTERS, side: NONE };
    expect(personVisible('a', person({}), none)).toBe(true);
    expect(personVisible('a', person({ side: 'A' }), none)).toBe(false);
  });
  it('shows only the members of a roster', () => {
    const f = { ...NO_FILTERS, members: new Set(['a']) };
    expect(personVisible('a', person({}), f)).toBe(true);
    expect(personVisible('b', person({}), f)).toBe(false);
  });
  it('hides links below the minimum weight, and links to hidden people', () => {
    const link = { weight: 2 } as LinkAttributes;
    expect(linkVisible(link, true, true, { ...NO_FILTERS, minWeight: 2 })).toBe(true);
    expect(linkVisible(link, true, true, { ...NO_FILTERS, minWeight: 3 })).toBe(false);
    expect(linkVisible(link, true, false, NO_FILTERS)).toBe(false);
  });
  it('lists the values of an attribute sorted, numbers as numbers, "no value" last', () => {
    expect(attributeValues(['2', '1.5', '10', undefined, '1', ''])).toEqual(['1', '1.5', '2', '10', NONE]);
    expect(ALL).not.toBe(NONE);
  });
});

describe('rankPeople', () => {
  const people = [
    { id: 'ald-001', label: 'Renena Mendeira' },
    { id: 'ald-002', label: 'Galius Mendino' },
    { id: 'ves-010', label: 'Mirko Peskich' },
    { id: 'mendi', label: 'Zoë Garrida' },
  ];
  it('puts an exact id first, then names starting with the query, then words, then ids', () => {
    expect(rankPeople('mendi', people).map((p) => p.id)).toEqual(['mendi', 'ald-002']);
    expect(rankPeople('mend', people).map((p) => p.id)).toEqual(['ald-001', 'ald-002', 'mendi']);
    expect(rankPeople('ALD-002', people)[0]?.id).toBe('ald-002');
  });
  it('ignores case and accents', () => {
    expect(rankPeople('zoe', people).map((p) => p.id)).toEqual(['mendi']);
    expect(foldText(' Zoë ')).toBe('zoe');
  });
  it('returns nothing for an empty query and at most `limit` matches', () => {
    expect(rankPeople('  ', people)).toEqual([]);
    expect(rankPeople('e', people, 2)).toHaveLength(2);
  });
  it('treats markup in names as plain text', () => {
    const hostile = [{ id: 'h', label: '<img src=x onerror=alert(1)>' }];
    expect(rankPeople('<img', hostile)).toEqual(hostile);
  });
});
