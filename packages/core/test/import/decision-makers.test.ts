/**
 * Decision-maker rules (issue 12, "Decision-maker rules that fit real data"): parsing the rule
 * forms, matching a people column, a membership's role and an event's column, the counts the
 * import reports, and the warning for a rule that matches nobody.
 */
import { describe, expect, it } from 'vitest';
import { InvalidOptionError, RosterImportError, TrackmapError } from '../../src/errors.js';
import {
  checkDecisionMakerRules,
  formatDecisionMakerRule,
  parseDecisionMakerRule,
} from '../../src/import/decision-makers.js';
import { parseRoster } from '../../src/import/roster-csv.js';

const file = (name: string, text: string) => ({ name, text });

describe('parseDecisionMakerRule', () => {
  it.each([
    ['track=1', { column: 'track', values: ['1'] }],
    ['role = minister, negotiator', { column: 'role', values: ['minister', 'negotiator'] }],
    ['Office~senator', { column: 'Office', match: 'contains', values: ['senator'] }],
    ['Office~senator|minister', { column: 'Office', match: 'contains', values: ['senator', 'minister'] }],
    ['PublicOffice=*', { column: 'PublicOffice', match: 'any', values: [] }],
    ['attendance.role~minister', { file: 'attendance', column: 'role', match: 'contains', values: ['minister'] }],
    ['events.type=parliament', { file: 'events', column: 'type', values: ['parliament'] }],
    ['people.sector=government', { column: 'sector', values: ['government'] }],
    // a dot that names no file is part of the column's name
    ['dm.flag=yes', { column: 'dm.flag', values: ['yes'] }],
    // a contains text may hold commas
    ['title~head of state, ret.', { column: 'title', match: 'contains', values: ['head of state, ret.'] }],
  ])('%s', (text, rule) => {
    expect(parseDecisionMakerRule(text)).toEqual(rule);
    expect(parseDecisionMakerRule(formatDecisionMakerRule(parseDecisionMakerRule(text)))).toEqual(rule);
  });

  it.each(['minister', '=1', 'role=', 'role~', 'role~|', 'attendance.=x'])('refuses %j', (text) => {
    expect(() => parseDecisionMakerRule(text)).toThrow(TrackmapError);
  });

  it('checkDecisionMakerRules takes one rule, a text, or a list; anything else names the option', () => {
    expect(checkDecisionMakerRules({ column: 'track', values: ['1'] })).toEqual([{ column: 'track', values: ['1'] }]);
    expect(checkDecisionMakerRules(['track=1', { column: 'x', match: 'any', values: [] }])).toEqual([
      { column: 'track', values: ['1'] },
      { column: 'x', match: 'any', values: [] },
    ]);
    for (const bad of [[], { column: 'x', values: [] }, { column: 'x', file: 'ties', values: ['a'] }, ['role']]) {
      expect(() => checkDecisionMakerRules(bad)).toThrow(InvalidOptionError);
    }
  });
});

const PEOPLE = 'id,name,Office\na,Ana,mayor + senator\nb,Bo,Senator\nc,Cy,\nd,Di,mayor\ne,Ed,minister\n';

describe('parseRoster with decision-maker rules', () => {
  const dms = (r: ReturnType<typeof parseRoster>) => r.roster.people.filter((p) => p.isDecisionMaker).map((p) => p.id);

  it('~ matches part of a combined cell, case-insensitively; = needs the whole cell', () => {
    const exact = parseRoster({ people: file('people.csv', PEOPLE) }, { decisionMakers: 'Office=senator' });
    expect(dms(exact)).toEqual(['b']);
    // "mayor + senator" was missed: it is listed among the values that matched nothing
    expect(exact.roster.decisionMakers[0]?.matched).toEqual({
      people: 1,
      values: [{ value: 'senator', people: 1 }],
      unmatched: [
        { value: 'mayor', people: 1 },
        { value: 'mayor + senator', people: 1 },
        { value: 'minister', people: 1 },
      ],
      unmatchedCount: 3,
    });
    const contains = parseRoster({ people: file('people.csv', PEOPLE) }, { decisionMakers: 'Office~SENATOR|minister' });
    expect(dms(contains)).toEqual(['a', 'b', 'e']);
    expect(contains.roster.decisionMakers[0]?.matched?.values).toEqual([
      { value: 'SENATOR', people: 2 },
      { value: 'minister', people: 1 },
    ]);
  });

  it('=* matches any non-empty value', () => {
    const r = parseRoster({ people: file('people.csv', PEOPLE) }, { decisionMakers: 'office=*' });
    expect(dms(r)).toEqual(['a', 'b', 'd', 'e']);
    expect(r.roster.decisionMakers[0]?.matched).toEqual({ people: 4, values: [], unmatched: [], unmatchedCount: 0 });
  });

  it('rules combine with OR, and a column may be named by trackmap name for a mapped header', () => {
    const r = parseRoster(
      { people: file('people.csv', 'id,Sex,Office\na,F,\nb,M,minister\nc,F,\n') },
      { decisionMakers: ['gender=m', 'Office=minister', 'Sex=f'] },
    );
    expect(dms(r)).toEqual(['a', 'b', 'c']);
    expect(r.roster.decisionMakers.map((d) => d.matched?.people)).toEqual([1, 1, 2]);
  });

  const sources = {
    people: file('people.csv', 'id,name\na,Ana\nb,Bo\nc,Cy\n'),
    events: file('bodies.csv', 'id,name,type\ns,Senate,parliament\nt,Trust board,board\n'),
    attendance: file('memberships.csv', 'person,body,role\na,s,Senator\nb,t,chair\nc,t,member\nc,s,Clerk\n'),
  };
  const options = { columns: { attendance: { event: 'body' } } };

  it('a rule on the attendance role: a person is a decision-maker if any membership matches', () => {
    const r = parseRoster(sources, { ...options, decisionMakers: 'attendance.role~senator|chair' });
    expect(dms(r)).toEqual(['a', 'b']);
    expect(r.roster.decisionMakers[0]).toMatchObject({
      file: 'attendance',
      column: 'role',
      match: 'contains',
      matched: {
        people: 2,
        values: [
          { value: 'senator', people: 1 },
          { value: 'chair', people: 1 },
        ],
        unmatched: [
          { value: 'Clerk', people: 1 },
          { value: 'member', people: 1 },
        ],
      },
    });
  });

  it('a rule on an event column (type is an alias of format): members of the matching bodies', () => {
    const r = parseRoster(sources, { ...options, decisionMakers: 'events.type=parliament' });
    expect(dms(r)).toEqual(['a', 'c']);
    // the header as written or the canonical name
    expect(dms(parseRoster(sources, { ...options, decisionMakers: 'events.format=parliament' }))).toEqual(['a', 'c']);
    expect(dms(parseRoster(sources, { ...options, decisionMakers: 'events.name~senate' }))).toEqual(['a', 'c']);
  });

  it('a rule on a file the roster lacks, or a column no file has, is an option error', () => {
    expect(() => parseRoster({ people: sources.people }, { decisionMakers: 'attendance.role=chair' })).toThrow(
      InvalidOptionError,
    );
    expect(() => parseRoster(sources, { ...options, decisionMakers: 'events.kind=x' })).toThrow(InvalidOptionError);
  });

  it('a rule given that matches nobody is a CSV_RULE_NO_MATCH warning; with onInvalidRow throw, an error', () => {
    const r = parseRoster({ people: file('people.csv', PEOPLE) }, { decisionMakers: 'Office=governor' });
    expect(r.issues.map((i) => [i.code, i.source, i.line, i.column])).toEqual([
      ['CSV_RULE_NO_MATCH', 'people.csv', 1, 'Office'],
    ]);
    expect(r.issues[0]?.message).toContain('"mayor + senator"');
    let error: unknown;
    try {
      parseRoster({ people: file('people.csv', PEOPLE) }, { decisionMakers: 'Office=governor', onInvalidRow: 'throw' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RosterImportError);
    expect((error as RosterImportError).issues.map((i) => i.code)).toEqual(['CSV_RULE_NO_MATCH']);
    // the default rule (track=1) matching nobody is not a warning: the report says so
    expect(parseRoster({ people: file('people.csv', PEOPLE) }).issues).toEqual([]);
  });
});
