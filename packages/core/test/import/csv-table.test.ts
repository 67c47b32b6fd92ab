import { describe, expect, it } from 'vitest';
import { type CsvTable, detectDelimiter, readCsvTable } from '../../src/import/csv-table.js';

const read = (text: string) => readCsvTable(text, { source: 'f.csv' });
const accounted = (t: CsvTable) => t.rowsRead === t.rows.length + t.rowsSkipped;

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['semicolon', 'a;b;c\n1;2;3\n', ';'],
    ['tab', 'a\tb\tc\n1\t2\t3\n', '\t'],
    // outside quotes: 2 semicolons, 0 commas (the 3 commas are inside quotes)
    ['semicolon, commas inside quotes', '"Name, full";"a,b";c\n1;2;3\n', ';'],
    // outside quotes: 2 commas, 0 semicolons
    ['comma, semicolons inside quotes', '"x;y;z",b,c\n', ','],
    // only the header line counts: 1 semicolon there, the 4 commas of line 2 are ignored
    ['only the header line', 'a;b\n1,2,3,4,5\n', ';'],
    // leading blank lines are skipped
    ['after blank lines', '\n\r\n\na\tb\n', '\t'],
    // a single column: no candidate occurs, comma by default
    ['single column', 'id\n1\n', ','],
  ])('%s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('is used by readCsvTable, and can be forced', () => {
    expect(read('"a;b";c;d\n1;2;3\n').delimiter).toBe(';');
    expect(read('"a;b";c;d\n1;2;3\n').header.map((h) => h.name)).toEqual(['a;b', 'c', 'd']);
    // forced to ',', the header line has one field
    const forced = readCsvTable('a;b\n1;2\n', { source: 'f.csv', delimiter: ',' });
    expect(forced.delimiter).toBe(',');
    expect(forced.header.map((h) => h.name)).toEqual(['a;b']);
  });
});

describe('readCsvTable: line ends and line numbers', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('reads %s line ends with the same rows and lines', (_name, eol) => {
    const t = read(['a,b', '1,2', '3,4', ''].join(eol));
    expect(t.header).toEqual([
      { name: 'a', index: 0 },
      { name: 'b', index: 1 },
    ]);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
    expect(t.issues).toEqual([]);
  });

  it('counts the physical lines of multi-line quoted cells and blank lines', () => {
    // line 1 header; lines 2-4 one record whose first cell spans 3 lines;
    // line 5 '3,4'; line 6 blank; line 7 '5,6'
    const t = read('a,b\n"x\ny\nz",2\n3,4\n\n5,6\n');
    expect(t.rows).toEqual([
      { line: 2, cells: ['x\ny\nz', '2'] },
      { line: 5, cells: ['3', '4'] },
      { line: 7, cells: ['5', '6'] },
    ]);
    expect(t.blankLines).toBe(1);
    expect(t.rowsRead).toBe(3);
  });

  it('counts multi-line cells the same way with CRLF (cell content gets LF)', () => {
    // lines 1 header; 2-3 the quoted cell; 4 '3,4'
    const t = read('a,b\r\n"x\r\ny",2\r\n3,4\r\n');
    expect(t.rows).toEqual([
      { line: 2, cells: ['x\ny', '2'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('skips blank lines before the header', () => {
    // lines 1-2 blank, line 3 header, line 4 the row
    const t = read('\n\na,b\n1,2\n');
    expect(t.header.map((h) => h.name)).toEqual(['a', 'b']);
    expect(t.rows).toEqual([{ line: 4, cells: ['1', '2'] }]);
    expect(t.blankLines).toBe(2);
    expect(t.rowsRead).toBe(1);
  });

  it('counts all-empty rows (;;; from Excel, or only spaces) as blank lines, not rows', () => {
    // line 2 ';;;' and line 3 ' ; ; ' have only empty cells; line 4 is the only row
    const t = read('a;b;c\n;;;\n ; ; \n1;2;3\n');
    expect(t.blankLines).toBe(2);
    expect(t.rowsRead).toBe(1);
    expect(t.rowsSkipped).toBe(0);
    expect(t.rows).toEqual([{ line: 4, cells: ['1', '2', '3'] }]);
  });

  it('strips a BOM left in the text and trims cells', () => {
    const t = read('\ufeff id , name \n 1 ,  Ann  \n');
    expect(t.header.map((h) => h.name)).toEqual(['id', 'name']);
    expect(t.rows[0]?.cells).toEqual(['1', 'Ann']);
  });
});

describe('readCsvTable: shape of rows', () => {
  it("ignores trailing empty header cells and trailing empty cells (Excel's a,b,c,,,)", () => {
    const t = read('a,b,c,,,\n1,2,3,,,\n4,5,6\n7,,,,\n');
    expect(t.header.map((h) => h.name)).toEqual(['a', 'b', 'c']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', '2', '3'] },
      { line: 3, cells: ['4', '5', '6'] },
      { line: 4, cells: ['7', '', ''] },
    ]);
    expect(t.issues).toEqual([]);
  });

  it('names an empty header cell in the middle by its position', () => {
    expect(read('a,,b\n1,2,3\n').header.map((h) => h.name)).toEqual(['a', 'column_2', 'b']);
  });

  it('skips ragged rows with CSV_RAGGED_ROW at their line, and accounts for them', () => {
    // line 2: 4 non-empty fields for a 3-column header (too many)
    // line 3: 2 fields (too few)
    // line 4: fine
    const t = read('a,b,c\n1,2,3,4\n1,2\n5,6,7\n');
    expect(t.rows).toEqual([{ line: 4, cells: ['5', '6', '7'] }]);
    expect(t.rowsRead).toBe(3);
    expect(t.rowsSkipped).toBe(2);
    expect(accounted(t)).toBe(true);
    expect(t.issues.map((i) => [i.code, i.level, i.action, i.source, i.line])).toEqual([
      ['CSV_RAGGED_ROW', 'warning', 'row-skipped', 'f.csv', 2],
      ['CSV_RAGGED_ROW', 'warning', 'row-skipped', 'f.csv', 3],
    ]);
    // the too-long row points at the first field beyond the header
    expect(t.issues[0]).toMatchObject({ column: 'field 4', columnIndex: 3, value: '4' });
    expect(t.issues[1]?.column).toBeUndefined();
  });

  it('gives a ragged row after a multi-line cell its editor line', () => {
    // line 1 header; lines 2-3 a quoted two-line cell; line 4 has 3 fields for 2 columns
    const t = read('a,b\n"x\ny",2\n1,2,3\n');
    expect(t.issues.map((i) => [i.code, i.line])).toEqual([['CSV_RAGGED_ROW', 4]]);
    expect(accounted(t)).toBe(true);
  });

  it('reads an empty text as no header, no rows, no issues', () => {
    const t = read('');
    expect(t.header).toEqual([]);
    expect(t.rows).toEqual([]);
    expect(t.issues).toEqual([]);
  });
});

describe('readCsvTable: CSV_SYNTAX', () => {
  it('reports an unclosed quote at the line where the quoted field starts, named by its header', () => {
    // line 3 opens a quote in field 2 ('name') that never closes
    const t = read('id,name,x\n1,ok,2\n2,"bad,3\n4,5,6\n');
    expect(t.issues).toHaveLength(1);
    expect(t.issues[0]).toMatchObject({
      code: 'CSV_SYNTAX',
      level: 'error',
      action: 'import-stopped',
      source: 'f.csv',
      line: 3,
      column: 'name',
      columnIndex: 1,
    });
    // nothing is imported
    expect(t.header).toEqual([]);
    expect(t.rows).toEqual([]);
  });

  it('finds the right line after a multi-line cell and a blank line', () => {
    // 1 header; 2-3 a two-line quoted cell; 4 blank; 5 '3,"open' (field 'b' never closed); 6 '4,5'
    const t = read('a,b\n"x\ny",2\n\n3,"open\n4,5\n');
    expect(t.issues.map((i) => [i.code, i.line, i.column])).toEqual([['CSV_SYNTAX', 5, 'b']]);
  });

  it('reports an unclosed quote in the header line', () => {
    const t = read('a,"b\n1,2\n');
    expect(t.issues.map((i) => [i.code, i.line, i.column])).toEqual([['CSV_SYNTAX', 1, 'b']]);
  });

  it.each([
    ['inside an unquoted field', 'id,name\n1,ab"c\n'],
    ['after a closing quote', 'id,name\n1,"ab"c\n'],
  ])('reports a stray quote %s', (_name, text) => {
    const t = read(text);
    expect(t.issues).toHaveLength(1);
    expect(t.issues[0]).toMatchObject({ code: 'CSV_SYNTAX', level: 'error', line: 2, column: 'name' });
  });

  it('reports a stray quote after a multi-line cell at its own line', () => {
    // 1 header; 2-3 a two-line quoted cell; 4 the stray quote
    const t = read('id,name\n2,"multi\nline"\n1,ab"c\n');
    expect(t.issues.map((i) => [i.code, i.line, i.column])).toEqual([['CSV_SYNTAX', 4, 'name']]);
  });

  it('accepts doubled quotes and delimiters inside quoted fields', () => {
    const t = read('id,name\n1,"Smith, ""Jo"""\n');
    expect(t.issues).toEqual([]);
    expect(t.rows[0]?.cells).toEqual(['1', 'Smith, "Jo"']);
  });
});
