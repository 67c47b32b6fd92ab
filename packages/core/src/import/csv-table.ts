/**
 * Reading one CSV file into a table
 * =================================
 *
 * `readCsvTable(text, options)` turns the text of one CSV file into a header and rows, each
 * row with the 1-based line where it starts *as an editor shows it* (a quoted cell that
 * spans three lines moves the next row's line by three). It uses csv-parse (its browser ESM
 * build, which bundles what it needs from Node's `Buffer`, so the core stays isomorphic).
 *
 * - Line ends CRLF, CR and LF are all accepted (normalised to LF before parsing, which keeps
 *   csv-parse's line counter equal to the editor's).
 * - The delimiter (`,` `;` or tab) is detected from the header line, outside quotes.
 * - Blank lines, and rows whose every cell is empty (`;;;` from Excel), are counted and skipped.
 * - Trailing empty header cells and trailing empty cells are ignored; a row with more
 *   non-empty cells than the header, or fewer cells, is a `CSV_RAGGED_ROW` (row skipped).
 * - Quoting errors become one `CSV_SYNTAX` error at the line where the bad record starts.
 */

import { parse } from 'csv-parse/browser/esm/sync';
import { type ImportIssue, makeIssue } from './issues.js';
import { type CsvDelimiter, normaliseHeader } from './roster-schema.js';

export type { CsvDelimiter };

/** One header cell of a CSV table: its text and its column. */
export interface HeaderCell {
  /** As written in the file (trimmed). */
  name: string;
  /** 0-based column index. */
  index: number;
}

/** One data row of a CSV table, with the line it starts on. */
export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  /** Cells, trimmed, exactly the header's length (trailing empty cells beyond it dropped). */
  cells: string[];
}

/** A CSV file read as a table: its header, the rows that fit it, and where each came from. */
export interface CsvTable {
  source: string;
  delimiter: CsvDelimiter;
  header: HeaderCell[];
  /** Rows that have the header's shape. */
  rows: CsvRow[];
  /** Data rows read, including ragged ones (blank lines excluded). */
  rowsRead: number;
  /** Rows skipped here (ragged). */
  rowsSkipped: number;
  /** Blank or all-empty lines skipped. */
  blankLines: number;
  issues: ImportIssue[];
}

/** Options of {@link readCsvTable}. */
export interface ReadCsvTableOptions {
  /** File name used in positions. */
  source: string;
  /** Force a delimiter instead of detecting it. */
  delimiter?: CsvDelimiter;
}

const CANDIDATES: CsvDelimiter[] = [',', ';', '\t'];

/** Detects the delimiter from the first non-blank line, counting only characters outside quotes. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
    if (ch !== '\n' && ch !== '\r' && ch !== ' ') seenContent = true;
  }
  let best: CsvDelimiter = ',';
  for (const c of CANDIDATES) if ((counts.get(c) as number) > (counts.get(best) as number)) best = c;
  return best;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

/** Parses one CSV file. Never throws on bad data: problems come back as issues. */
export function readCsvTable(text: string, options: ReadCsvTableOptions): CsvTable {
  const source = options.source;
  const normalised = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const delimiter = options.delimiter ?? detectDelimiter(normalised);
  const table = emptyCsvTable(source, delimiter);

  let lastRecordEnd = 0;
  let records: ParsedRecord[];
  try {
    records = parse(normalised, {
      ...csvParseOptions(delimiter),
      info: true,
      raw: true,
      on_record: (record: ParsedRecord['record'], context: { lines: number }) => {
        lastRecordEnd = context.lines;
        return record;
      },
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = firstContentLineAfter(normalised, lastRecordEnd);
    const code = (error as { code?: string }).code ?? 'CSV_ERROR';
    const fieldIndex =
      code === 'CSV_QUOTE_NOT_CLOSED'
        ? openQuoteField(normalised, line, delimiter)
        : (error as { column?: number }).column;
    const header = firstRecordFields(normalised, delimiter);
    const column =
      fieldIndex !== undefined && fieldIndex >= 0
        ? { column: header[fieldIndex] || `field ${fieldIndex + 1}`, columnIndex: fieldIndex }
        : {};
    const detail =
      code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field opened here is never closed'
        : code === 'CSV_INVALID_CLOSING_QUOTE'
          ? 'a quote inside a field must be doubled ("") or the whole field quoted'
          : `malformed CSV (${code})`;
    table.issues.push(
      makeIssue('CSV_SYNTAX', 'error', 'import-stopped', detail, {
        source,
        line,
        ...column,
        hint: 'open the file in a text editor at this line and fix the quotes',
      }),
    );
    return table;
  }

  const builder = new CsvTableBuilder(table);
  for (const { record, info, raw } of records) builder.add(record, info.lines, raw);
  return table;
}

/**
 * Turns parsed records into a table's header, rows and issues, one record at a time, so that the
 * text path (`readCsvTable`) and a streaming reader (the Node layer's `readRoster`) share every rule.
 * Each record comes with `lines`, the line where it ends (csv-parse's `info.lines`), and its raw
 * text, from which the line where it starts is worked out.
 */
export class CsvTableBuilder {
  private headerSeen = false;
  private width = 0;
  /** The header's cells as `normaliseHeader` gives them, to recognise a repeated header row. */
  private headerKeys: string[] = [];

  constructor(readonly table: CsvTable) {}

  add(record: string[], lines: number, raw: string): void {
    this.addAt(record, lines - countNewlines(raw));
  }

  /**
   * Adds a record that starts on `startLine`. csv-parse's records (blank lines included, as
   * `skip_empty_lines` is off) cover the text without gaps, so a reader that counts the newlines
   * of the raw records before this one knows it without csv-parse's per-record `info`:
   * startLine = 1 + (newlines in the earlier records' raw text).
   */
  addAt(record: string[], startLine: number): void {
    const table = this.table;
    const cells = record.map((c) => c.trim());
    if (cells.every((c) => c === '')) {
      table.blankLines++;
      return;
    }
    if (!this.headerSeen) {
      this.headerSeen = true;
      let width = cells.length;
      while (width > 0 && cells[width - 1] === '') width--;
      this.width = width;
      table.header = cells.slice(0, width).map((name, index) => ({ name: name || `column_${index + 1}`, index }));
      this.headerKeys = cells.slice(0, width).map(normaliseHeader);
      return;
    }
    const width = this.width;
    table.rowsRead++;
    let last = cells.length;
    while (last > width && cells[last - 1] === '') last--;
    if (last !== width) {
      table.rowsSkipped++;
      const extra = last > width;
      table.issues.push(
        makeIssue(
          'CSV_RAGGED_ROW',
          'warning',
          'row-skipped',
          `row has ${last} field${last === 1 ? '' : 's'} but the header has ${width}`,
          {
            source: table.source,
            line: startLine,
            ...(extra ? { column: `field ${width + 1}`, columnIndex: width, value: cells[width] ?? '' } : {}),
            hint: extra
              ? 'a value probably contains an unquoted delimiter; quote it'
              : "a value is probably missing; add empty fields so every row has the header's columns",
          },
        ),
      );
      return;
    }
    if (cells.length !== width) cells.length = width;
    // Files joined by copy and paste repeat their header: not a person named "id".
    if (cells[0] !== '' && normaliseHeader(cells[0] as string) === this.headerKeys[0] && this.repeatsHeader(cells)) {
      table.rowsSkipped++;
      table.issues.push(
        makeIssue('CSV_REPEATED_HEADER', 'warning', 'row-skipped', 'this row repeats the header line; row skipped', {
          source: table.source,
          line: startLine,
          hint: 'files joined by copy and paste? delete the repeated header line',
        }),
      );
      return;
    }
    table.rows.push({ line: startLine, cells });
  }

  /** True when every cell of the row is its header cell (compared as headers are). */
  private repeatsHeader(cells: readonly string[]): boolean {
    for (let i = 0; i < this.headerKeys.length; i++) {
      if (normaliseHeader(cells[i] ?? '') !== this.headerKeys[i]) return false;
    }
    return true;
  }
}

/** An empty table for `source`, to be filled by a {@link CsvTableBuilder}. */
export function emptyCsvTable(source: string, delimiter: CsvDelimiter): CsvTable {
  return { source, delimiter, header: [], rows: [], rowsRead: 0, rowsSkipped: 0, blankLines: 0, issues: [] };
}

/** The options csv-parse runs with, shared by the text and the streaming readers. */
export function csvParseOptions(delimiter: CsvDelimiter) {
  return {
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    skip_empty_lines: false,
  } as const;
}

/** Newlines inside a record's raw text, excluding blank lines before it and its own line end. */
function countNewlines(raw: string): number {
  let start = 0;
  while (raw[start] === '\n') start++;
  let end = raw.length;
  if (raw[end - 1] === '\n') end--;
  let n = 0;
  for (let i = start; i < end; i++) if (raw.charCodeAt(i) === 10) n++;
  return n;
}

function firstContentLineAfter(text: string, afterLine: number): number {
  const lines = text.split('\n');
  for (let i = afterLine; i < lines.length; i++) if ((lines[i] as string).trim() !== '') return i + 1;
  return afterLine + 1;
}

/** Index of the field whose opening quote is never closed, scanning from `line` to the end. */
function openQuoteField(text: string, line: number, delimiter: string): number | undefined {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  let field = 0;
  let inQuotes = false;
  let openedAt: number | undefined;
  let atFieldStart = true;
  for (let i = offset; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
    } else if (ch === '"' && atFieldStart) {
      inQuotes = true;
      openedAt = field;
    } else if (ch === delimiter) {
      field++;
      atFieldStart = true;
      continue;
    } else if (ch === '\n') {
      field = 0;
      atFieldStart = true;
      continue;
    }
    atFieldStart = false;
  }
  return inQuotes ? openedAt : undefined;
}

/** The header cells, for naming columns in syntax errors (quotes not handled: best effort). */
function firstRecordFields(text: string, delimiter: string): string[] {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return first.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
}
