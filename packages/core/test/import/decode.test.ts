import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, decodeWindows1252 } from '../../src/import/decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** ASCII text and raw byte values, concatenated. */
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('decodeCsvBytes', () => {
  it('decodes valid UTF-8 as UTF-8 without issues', () => {
    const d = decodeCsvBytes(utf8('id,name\n1,Zoë Ångström\n'), 'people.csv');
    expect(d.text).toBe('id,name\n1,Zoë Ångström\n');
    expect(d.encoding).toBe('utf-8');
    expect(d.issues).toEqual([]);
  });

  it('strips a UTF-8 byte-order mark (EF BB BF)', () => {
    const d = decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], 'id\n1,Zoë\n'));
    expect(d.text).toBe('id\n1,Zoë\n');
    expect(d.text.charCodeAt(0)).toBe(0x69); // 'i', not U+FEFF
    expect(d.encoding).toBe('utf-8-bom');
    expect(d.issues).toEqual([]);
  });

  it('falls back to Windows-1252 on invalid UTF-8, with a CSV_ENCODING warning', () => {
    // 0xE9 is 'é' in Windows-1252; alone (no continuation byte) it is invalid UTF-8.
    const d = decodeCsvBytes(bytes('id,name\n1,Jos', [0xe9], '\n'), 'people.csv');
    expect(d.text).toBe('id,name\n1,José\n');
    expect(d.encoding).toBe('windows-1252');
    expect(d.issues).toHaveLength(1);
    const [issue] = d.issues;
    expect(issue?.code).toBe('CSV_ENCODING');
    expect(issue?.level).toBe('warning');
    expect(issue?.action).toBe('none');
    expect(issue?.source).toBe('people.csv');
    expect(issue?.line).toBe(2); // 'José' is on the second line
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('puts the warning on the first line holding a non-ASCII byte (%s line ends)', (_name, eol) => {
    // lines 1 and 2 are ASCII; line 3 holds 0x93 x 0x94 (curly quotes in Windows-1252)
    const d = decodeCsvBytes(bytes(`id${eol}a${eol}`, [0x93], 'x', [0x94], eol, `b${eol}`));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe(`id${eol}a${eol}\u201cx\u201d${eol}b${eol}`);
    expect(d.issues[0]?.line).toBe(3);
  });

  // Issue 16, item 11: a UTF-8 file with one Windows-1252 byte was decoded wholly as Windows-1252
  // (valid names became "JosÃ©") and the warning pointed at the first non-ASCII line.
  it('keeps UTF-8 when one line is not: that line alone is Windows-1252, and the warning names it', () => {
    // line 2: 'é' as valid UTF-8 (C3 A9); line 4: a lone 0xE9 (Windows-1252 'é')
    const d = decodeCsvBytes(bytes('id\n', [0xc3, 0xa9], '\nx\n', [0xe9], '\n'), 'people.csv');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('id\né\nx\né\n');
    expect(d.issues.map((i) => [i.code, i.level, i.source, i.line])).toEqual([
      ['CSV_ENCODING', 'warning', 'people.csv', 4],
    ]);
  });

  it('decodes line by line across CRLF and CR line ends, naming every line that is not UTF-8', () => {
    const d = decodeCsvBytes(bytes('id,name\r\n1,', [0xc3, 0xa9], '\r2,', [0xe9], '\r\n3,', [0x80], '\n'));
    expect(d.text).toBe('id,name\r\n1,é\r2,é\r\n3,€\n');
    expect(d.issues.map((i) => i.line)).toEqual([3, 4]);
  });

  it('still decodes a file with no valid UTF-8 line as Windows-1252 as a whole, warning at the first non-ASCII line', () => {
    const d = decodeCsvBytes(bytes('id\nx\n', [0xe9], '\n', [0x80], '\n'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('id\nx\né\n€\n');
    expect(d.issues.map((i) => i.line)).toEqual([3]);
  });

  it('decodes UTF-16LE with a BOM (FF FE), e.g. Excel "Unicode text"', () => {
    // 'id\né' in UTF-16LE: 69 00, 64 00, 0A 00, E9 00
    const d = decodeCsvBytes(Uint8Array.from([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00, 0x0a, 0x00, 0xe9, 0x00]));
    expect(d.text).toBe('id\né');
    expect(d.encoding).toBe('utf-16le');
    expect(d.issues).toEqual([]);
  });

  it('decodes UTF-16BE with a BOM (FE FF)', () => {
    const d = decodeCsvBytes(Uint8Array.from([0xfe, 0xff, 0x00, 0x69, 0x00, 0x64, 0x20, 0xac]));
    expect(d.text).toBe('id\u20ac');
    expect(d.encoding).toBe('utf-16be');
  });
});

describe('decodeWindows1252', () => {
  // Expected code points: WHATWG Encoding Standard, index-windows-1252
  // (https://encoding.spec.whatwg.org/index-windows-1252.txt); the five bytes it leaves
  // undefined (81 8D 8F 90 9D) map to the C1 control with the same value.
  it.each([
    [0x80, 0x20ac], // €
    [0x81, 0x0081], // undefined → C1
    [0x85, 0x2026], // …
    [0x8a, 0x0160], // Š
    [0x8d, 0x008d], // undefined → C1
    [0x91, 0x2018], // ‘
    [0x92, 0x2019], // ’
    [0x93, 0x201c], // “
    [0x94, 0x201d], // ”
    [0x96, 0x2013], // –
    [0x97, 0x2014], // —
    [0x99, 0x2122], // ™
    [0x9f, 0x0178], // Ÿ
    [0xa0, 0x00a0], // from 0xA0 on, byte = code point (Latin-1)
    [0xe9, 0x00e9], // é
    [0xff, 0x00ff], // ÿ
    [0x41, 0x0041], // ASCII unchanged
  ])('byte %i decodes to code point %i', (byte, codePoint) => {
    expect(decodeWindows1252(Uint8Array.from([byte])).codePointAt(0)).toBe(codePoint);
  });

  it('keeps every byte as one character, past the 8192-byte chunk boundary', () => {
    const input = new Uint8Array(8192 * 2 + 3).fill(0x80);
    const text = decodeWindows1252(input);
    expect(text.length).toBe(input.length);
    expect(text).toBe('€'.repeat(input.length));
  });
});
