/**
 * Decoding CSV bytes
 * ==================
 *
 * Spreadsheets export UTF-8 (with or without a byte-order mark) or, from older Excel on
 * Windows, Windows-1252. `decodeCsvBytes` takes the raw bytes and returns text:
 *
 * 1. a UTF-8 BOM (EF BB BF) is removed and the rest decoded as UTF-8;
 * 2. otherwise, if the bytes are valid UTF-8 they are decoded as UTF-8;
 * 3. otherwise, if some lines are valid UTF-8 with non-ASCII characters, the file is UTF-8 with a
 *    few stray lines: each line is decoded as UTF-8 when it is valid, as Windows-1252 when not,
 *    and a `CSV_ENCODING` warning names each such line;
 * 4. otherwise they are decoded as Windows-1252 and a `CSV_ENCODING` warning says so
 *    (every byte sequence is valid Windows-1252 once the five undefined bytes are mapped
 *    to their C1 control code points, as the WHATWG Encoding Standard does).
 *
 * UTF-16 files (BOM FF FE or FE FF) are decoded too, since Excel's "Unicode text" export uses them.
 *
 * `TextDecoder` is part of the WHATWG Encoding Standard, present in every browser and in
 * Node >= 11, so this stays isomorphic. Windows-1252 is decoded by table rather than by
 * `TextDecoder('windows-1252')`, which Node builds without full ICU lack.
 */

import { type ImportIssue, makeIssue } from './issues.js';

// Minimal ambient type: the core compiles with lib ES2022 only (no DOM, no Node types).
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input: Uint8Array): string };

export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
  issues: ImportIssue[];
}

/** Code points of Windows-1252 bytes 0x80..0x9F (WHATWG index-windows-1252). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    chunk.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b);
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/**
 * Decodes the bytes of one CSV file.
 *
 * @param bytes - the file's content.
 * @param source - file name for positions in issues.
 * @returns the text (without BOM), the encoding detected and any `CSV_ENCODING` warning.
 */
export function decodeCsvBytes(bytes: Uint8Array, source?: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { text: utf8(bytes.subarray(3), true), encoding: 'utf-8-bom', issues: [] };
    } catch {
      // A UTF-8 BOM says UTF-8: keep that, but say that some bytes were not UTF-8.
      return {
        text: utf8(bytes.subarray(3), false),
        encoding: 'utf-8-bom',
        issues: [
          makeIssue(
            'CSV_ENCODING',
            'warning',
            'none',
            'file starts with a UTF-8 mark but holds bytes that are not UTF-8; they were replaced by \uFFFD',
            {
              ...(source !== undefined ? { source } : {}),
              line: firstInvalidUtf8Line(bytes),
              hint: 'save the file again as "CSV UTF-8" from the spreadsheet',
            },
          ),
        ],
      };
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', issues: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', issues: [] };
  }
  try {
    return { text: utf8(bytes, true), encoding: 'utf-8', issues: [] };
  } catch {
    const mixed = decodeLineByLine(bytes, source);
    if (mixed !== null) return mixed;
    const text = decodeWindows1252(bytes);
    const line = firstNonAsciiLine(bytes);
    return {
      text,
      encoding: 'windows-1252',
      issues: [
        makeIssue(
          'CSV_ENCODING',
          'warning',
          'none',
          'file is not valid UTF-8; decoded as Windows-1252 (older Excel "CSV" export)',
          {
            ...(source !== undefined ? { source } : {}),
            line,
            hint: 'check accented names in the report; save as "CSV UTF-8" to avoid this warning',
          },
        ),
      ],
    };
  }
}

/**
 * A UTF-8 file with a few lines that are not (a name pasted from an older program): each line is
 * decoded as UTF-8 when it is valid UTF-8, and as Windows-1252 otherwise, with a `CSV_ENCODING`
 * warning at that exact line. Lines end at LF, CR or CRLF, bytes that never occur inside a UTF-8
 * sequence. Returns `null` when no line with a non-ASCII byte is valid UTF-8: the file is then
 * Windows-1252 as a whole.
 */
function decodeLineByLine(bytes: Uint8Array, source: string | undefined): DecodedText | null {
  const parts: string[] = [];
  const bad: number[] = [];
  let someUtf8 = false;
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = bytes[i];
    if (i < bytes.length && b !== 0x0a && b !== 0x0d) continue;
    const segment = bytes.subarray(start, i);
    try {
      parts.push(utf8(segment, true));
      if (!someUtf8) for (const x of segment) if (x >= 0x80) someUtf8 = true;
    } catch {
      parts.push(decodeWindows1252(segment));
      bad.push(line);
    }
    if (i === bytes.length) break;
    if (b === 0x0d && bytes[i + 1] === 0x0a) {
      parts.push('\r\n');
      i++;
    } else parts.push(b === 0x0d ? '\r' : '\n');
    line++;
    start = i + 1;
  }
  if (!someUtf8) return null;
  return {
    text: parts.join(''),
    encoding: 'utf-8',
    issues: bad.map((l) =>
      makeIssue(
        'CSV_ENCODING',
        'warning',
        'value-changed',
        'this line is not valid UTF-8, though the rest of the file is; decoded as Windows-1252 (older Excel "CSV")',
        {
          ...(source !== undefined ? { source } : {}),
          line: l,
          hint: 'check the accented names on this line; save the file as "CSV UTF-8" to avoid this warning',
        },
      ),
    ),
  };
}

function utf8(bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder('utf-8', { fatal, ignoreBOM: true }).decode(bytes);
}

/** Line of the first byte sequence that is not valid UTF-8 (found by decoding line by line). */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8(bytes.subarray(start, i), true);
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

function firstNonAsciiLine(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b >= 0x80) return line;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return 1;
}
