import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/export/csv.js';

describe('csvCell: formula injection (OWASP "CSV Injection")', () => {
  // Payloads from https://owasp.org/www-community/attacks/CSV_Injection: a cell starting with
  // = + - @ tab or carriage return must be prefixed with a single quote.
  it.each([
    '=1+1',
    '+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '=HYPERLINK("http://x","y")',
    "-cmd|' /C calc'!A0",
    "=cmd|' /C notepad'!'A1'",
  ])('prefixes %j with a quote', (payload) => {
    expect(csvCell(payload)).toBe(`'${payload}`);
  });

  it('prefixes a list whose joined text starts with a formula character', () => {
    expect(csvCell(['=1', 'b'])).toBe("'=1;b");
  });

  it.each(['plain', 'a=b', "O'Brien", '1+1', ''])('leaves %j unchanged', (text) => {
    expect(csvCell(text)).toBe(text);
  });
});

describe('csvCell: values', () => {
  it.each([-0.5, 1e-20, 0.1 + 0.2, 1 / 3, -123.456, 5e-324, Number.MAX_VALUE, 2 ** 53 + 2, 42])(
    'writes the number %d losslessly and never prefixed',
    (x) => {
      const cell = csvCell(x);
      expect(Number(cell)).toBe(x);
      expect(cell.startsWith("'")).toBe(false);
    },
  );

  it('writes -0.5 as -0.5, not as text', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
  });

  it('writes null, undefined and non-finite numbers as empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(Number.NEGATIVE_INFINITY)).toBe('');
  });

  it('writes booleans and joins arrays with ";"', () => {
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(['e1', 'e2', 3])).toBe('e1;e2;3');
    expect(csvCell([])).toBe('');
  });
});

describe('toCsv', () => {
  it('writes the header then one line per row, LF line ends, final newline', () => {
    expect(toCsv([{ a: 1, b: 'x' }], ['a', 'b'])).toBe('a,b\n1,x\n');
  });

  it('quotes commas, quotes and newlines so a CSV parser reads back the same cells', () => {
    const rows = [
      { id: 'a', name: 'Smith, Jo', note: 'said "hi"' },
      { id: 'b', name: 'two\nlines', note: 'cr\r\nlf' },
      { id: 'c', name: '  spaced  ', note: ';semi;' },
      { id: 'd', name: '=1+1', note: -0.5 },
      { id: 'e', name: null, note: ['x', 'y'] },
    ];
    const text = toCsv(rows, ['id', 'name', 'note']);
    const back: string[][] = parse(text);
    expect(back).toEqual([
      ['id', 'name', 'note'],
      ['a', 'Smith, Jo', 'said "hi"'],
      ['b', 'two\nlines', 'cr\r\nlf'],
      ['c', '  spaced  ', ';semi;'],
      ['d', "'=1+1", '-0.5'],
      ['e', '', 'x;y'],
    ]);
  });

  it('makes header cells safe too', () => {
    expect(toCsv([{ '=x': 1 }], ['=x'])).toBe("'=x\n1\n");
  });
});

// Issue 16, item 13: Excel in a locale whose list separator is ";" splits every line at ";" and
// honours a quote only at the start of a field.
describe('toCsv: semicolon locales', () => {
  /** The fields Excel sees in a ";" locale: split at ";", quotes honoured at a field start only. */
  const semicolonFields = (text: string): string[] =>
    (parse(text, { delimiter: ';', relax_quotes: true, relax_column_count: true }) as string[][]).flat();

  it('quotes every cell that contains ";"', () => {
    expect(toCsv([{ id: 'p1', events: ['e1', 'e2'], note: 'a;b' }], ['id', 'events', 'note'])).toBe(
      'id,events,note\np1,"e1;e2","a;b"\n',
    );
  });

  it('guards a formula start after every ";" of a list cell', () => {
    expect(csvCell(['e1', '=e2'])).toBe("e1;'=e2");
    expect(csvCell(['a', '+1', '@x', '-2', '\t=3'])).toBe("a;'+1;'@x;'-2;'\t=3");
    expect(toCsv([{ id: 'p1', events: ['e1', '=e2'] }], ['id', 'events'])).toBe(`id,events\np1,"e1;'=e2"\n`);
  });

  it('guards a formula start after ";" in any text cell', () => {
    expect(csvCell('x;=1+1;y')).toBe("x;'=1+1;y");
    expect(csvCell('=a;=b')).toBe("'=a;'=b");
  });

  it('leaves no field that starts a formula when the file is split at ";"', () => {
    const rows = [
      { id: 'p1', events: ['e1', '=e2'], name: 'x;=HYPERLINK(1)' },
      { id: 'p2', events: ['@e3', '+e4', '-e5'], name: "y;-cmd|' /C calc'!A0" },
    ];
    const fields = semicolonFields(toCsv(rows, ['id', 'events', 'name']));
    expect(fields.filter((f) => /^[=+\-@\t\r]/.test(f))).toEqual([]);
  });
});
