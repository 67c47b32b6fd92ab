/**
 * Reading a roster from disk (Node only)
 * ======================================
 *
 * Finds the CSV files of a roster folder (names matched case-insensitively, with aliases,
 * see docs/roster-format.md), reads them as bytes, loads the optional config file, and hands
 * everything to the pure `parseRoster`. Positions in issues use the paths as the user gave
 * them (relative to the working directory when relative).
 */

import { createReadStream } from 'node:fs';
import { type FileHandle, open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { parse } from 'csv-parse';
import { RosterImportError, TrackmapError } from '../errors.js';
import { CsvTableBuilder, csvParseOptions, detectDelimiter, emptyCsvTable } from '../import/csv-table.js';
import { decodeCsvBytes } from '../import/decode.js';
import { IssueSink, makeIssue, sortIssues } from '../import/issues.js';
import { CONFIG_FILE_NAME, parseRosterConfig, type RosterConfig, withRosterConfig } from '../import/roster-config.js';
import {
  type ParseRosterOptions,
  type ParseRosterResult,
  parseRosterTables,
  type ReadCsvFile,
  type RosterTables,
  readCsvSource,
} from '../import/roster-csv.js';
import { matchRosterFiles, ROSTER_FILE_NAMES } from '../import/roster-schema.js';
import { headerOf, TABLE_FILE, type UnreadFile, unreadFileIssues } from '../import/unread-files.js';
import type { RosterFileKind } from '../types.js';

/**
 * Where a roster is: a folder, explicit files (which override the config's and the folder's), and the config
 * to use.
 */
export interface RosterLocation {
  /** A roster folder. */
  dir?: string;
  /** Explicit files; override the config's `files` and the folder's. */
  people?: string;
  ties?: string;
  events?: string;
  attendance?: string;
  /**
   * A config file; by default `trackmap.config.json` in the folder, if present. `false`
   * (`--no-config`): no config at all, not even the folder's.
   */
  config?: string | false;
}

export { CONFIG_FILE_NAME };

/**
 * Finds the roster files in a folder (see `matchRosterFiles`).
 *
 * @param options.given - kinds the caller names explicitly (`--people FILE`): their candidates in
 *   the folder are not looked at, so an ambiguity there does not matter.
 * @throws RosterImportError `CSV_AMBIGUOUS_FILE` when a kind has more than one candidate: every
 *   candidate is named, and nothing is read.
 * @throws TrackmapError `CSV_MISSING_FILE` when the folder cannot be read.
 */
export async function findRosterFiles(
  dir: string,
  options: { given?: readonly RosterFileKind[] } = {},
): Promise<Partial<Record<RosterFileKind, string>>> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    throw new TrackmapError(
      'CSV_MISSING_FILE',
      `${dir}: cannot read the roster folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      { cause: error },
    );
  }
  const found: Partial<Record<RosterFileKind, string>> = {};
  const sink = new IssueSink();
  const issues = sink.file(dir);
  const candidates = matchRosterFiles(entries);
  for (const kind of Object.keys(ROSTER_FILE_NAMES) as RosterFileKind[]) {
    const names = candidates[kind];
    if (names === undefined || options.given?.includes(kind)) continue;
    if (names.length > 1) {
      issues.stop(
        'CSV_AMBIGUOUS_FILE',
        `${names.length} files could be the ${kind} file: ${names.map((n) => `"${n}"`).join(', ')}; which one is meant cannot be guessed, so none was read`,
        {
          hint: `keep one of them in the folder (move, rename or delete the others), or name the file with --${kind} FILE`,
        },
      );
      continue;
    }
    found[kind] = join(dir, names[0] as string);
  }
  if (sink.hasErrors()) throw new RosterImportError(sink.issues);
  return found;
}

/** Reads and validates a config file (see `parseRosterConfig`). */
export async function loadRosterConfig(path: string): Promise<RosterConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new TrackmapError(
      'INVALID_OPTION',
      `${path}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      { cause: error },
    );
  }
  return parseRosterConfig(path, text);
}

/**
 * Reads a roster folder (or explicit files) and imports it.
 *
 * @throws RosterImportError when the import finds errors (including a missing people file).
 * @throws TrackmapError when a folder or config file cannot be read.
 */
export async function readRoster(
  location: RosterLocation,
  options: ParseRosterOptions = {},
): Promise<ParseRosterResult & { config: RosterConfig | null; paths: Partial<Record<RosterFileKind, string>> }> {
  let configPath = location.config === false ? undefined : location.config;
  if (location.config === undefined && location.dir) {
    const candidate = join(location.dir, CONFIG_FILE_NAME);
    if (await exists(candidate)) configPath = candidate;
  }
  const config = configPath !== undefined ? await loadRosterConfig(configPath) : null;
  const named = rosterFilePaths(location, config, configPath);
  const given = Object.keys(named) as RosterFileKind[];
  const paths: Partial<Record<RosterFileKind, string>> = location.dir
    ? await findRosterFiles(location.dir, { given })
    : {};
  Object.assign(paths, named);

  if (!paths.people) {
    const where = location.dir ?? '.';
    throw new RosterImportError([
      makeIssue(
        'CSV_MISSING_FILE',
        'error',
        'import-stopped',
        `no people file found in ${where} (expected people.csv, participants.csv or persons.csv)`,
        {
          source: where,
          hint: 'point trackmap at the folder that holds people.csv, or give --people FILE',
        },
      ),
    ]);
  }
  const tables: Partial<Record<RosterFileKind, ReadCsvFile>> = {};
  for (const [kind, path] of Object.entries(paths) as [RosterFileKind, string][]) {
    try {
      // Streamed when the file is UTF-8 and well-formed; otherwise (another encoding, a syntax
      // error) read whole, so that decoding and error positions are exactly parseRoster's.
      tables[kind] = (await streamCsvFile(path)) ?? readCsvSource({ name: path, bytes: await readFile(path) });
    } catch (error) {
      if (!(error as NodeJS.ErrnoException).code || typeof (error as NodeJS.ErrnoException).syscall !== 'string')
        throw error;
      throw new RosterImportError([
        makeIssue(
          'CSV_MISSING_FILE',
          'error',
          'import-stopped',
          `cannot read ${kind} file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
          { source: path },
        ),
      ]);
    }
  }
  const result = parseRosterTables(tables as RosterTables, withRosterConfig(options, config));
  // Every other table of the folder is accounted for: a warning names it (and says what it
  // looks like when the folder lacks events or attendance).
  const unread = location.dir !== undefined ? await unreadFiles(location.dir, paths, configPath) : [];
  if (unread.length === 0) return { ...result, config, paths };
  const missing = (['people', 'ties', 'events', 'attendance'] as const).filter((k) => paths[k] === undefined);
  const issues = sortIssues([...result.issues, ...unreadFileIssues(unread, missing)]);
  if (options.onInvalidRow === 'throw') throw new RosterImportError(issues);
  return { ...result, issues, config, paths };
}

/**
 * The files named explicitly: by the location (`--events FILE`), else by the config's `files`,
 * relative to the roster folder (or, without one, to the config file's folder).
 */
export function rosterFilePaths(
  location: RosterLocation,
  config: RosterConfig | null,
  configPath: string | undefined,
): Partial<Record<RosterFileKind, string>> {
  const out: Partial<Record<RosterFileKind, string>> = {};
  const base = location.dir ?? (configPath !== undefined ? dirname(configPath) : '.');
  for (const kind of ['people', 'ties', 'events', 'attendance'] as const) {
    const explicit = location[kind];
    const fromConfig = config?.files?.[kind];
    if (explicit !== undefined) out[kind] = explicit;
    else if (fromConfig !== undefined) out[kind] = isAbsolute(fromConfig) ? fromConfig : join(base, fromConfig);
  }
  return out;
}

/**
 * The CSV, TSV and TXT files of the folder that are neither read as roster files nor the config,
 * with their header line (from the first 64 KiB), sorted by name.
 */
async function unreadFiles(
  dir: string,
  paths: Partial<Record<RosterFileKind, string>>,
  configPath: string | undefined,
): Promise<UnreadFile[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const read = new Set(
    [...Object.values(paths), ...(configPath !== undefined ? [configPath] : [])].map((p) => resolve(p)),
  );
  const out: UnreadFile[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!TABLE_FILE.test(entry.name) || !(entry.isFile() || entry.isSymbolicLink())) continue;
    const path = join(dir, entry.name);
    if (read.has(resolve(path))) continue;
    out.push({ name: entry.name, path, header: await readHeader(path) });
  }
  return out;
}

async function readHeader(path: string): Promise<string[] | null> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const bytes = new Uint8Array(1 << 16);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return headerOf(decodeCsvBytes(bytes.subarray(0, bytesRead)).text);
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A short name for a roster location, for report titles. */
export function rosterTitle(location: RosterLocation): string {
  return basename(location.dir ?? location.people ?? 'roster');
}

/**
 * Reads one CSV file as a stream into a table, with the same rules as `readCsvTable` (they share
 * `CsvTableBuilder`): the file's text is never held whole, and csv-parse's records become rows as
 * they come. Returns `null`, so that the caller reads the file whole instead, when the file is not
 * UTF-8 (a UTF-16 mark, or bytes that are not valid UTF-8: Windows-1252 is recognised on the whole
 * file), shorter than three bytes, or malformed (the position of a syntax error is worked out on
 * the whole text): then decoding and every issue are exactly `parseRoster`'s.
 *
 * @param options.chunkSize - bytes read at a time (1 MiB; tests use tiny chunks to cut lines,
 *   quoted fields, line ends and UTF-8 sequences anywhere).
 */
export async function streamCsvFile(path: string, options: { chunkSize?: number } = {}): Promise<ReadCsvFile | null> {
  const stream = createReadStream(path, { highWaterMark: options.chunkSize ?? 1 << 20 });
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const table = emptyCsvTable(path, ',');
  let encoding: 'utf-8' | 'utf-8-bom' = 'utf-8';
  let lead: Uint8Array | null = new Uint8Array(0);
  let textStarted = false;
  let pendingCr = false;
  let head = '';
  let parser: Parser | undefined;
  let failed = false;
  let finished: Promise<void> = Promise.resolve();

  const start = (text: string) => {
    table.delimiter = detectDelimiter(text);
    const builder = new CsvTableBuilder(table);
    // Without csv-parse's per-record `info` (a third of the parse time on large files): each
    // record starts one line after the newlines of the raw records before it.
    let line = 1;
    const p = parse({ ...csvParseOptions(table.delimiter), raw: true });
    p.on('data', (r: { record: string[]; raw: string }) => {
      builder.addAt(r.record, line);
      const raw = r.raw;
      for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) line++;
    });
    finished = new Promise<void>((resolve) => {
      p.on('error', () => {
        failed = true;
        resolve();
      });
      p.on('end', () => resolve());
    });
    parser = p;
  };
  /** Text in file order: BOM and line ends as readCsvTable normalises them, then to csv-parse. */
  const push = async (text: string, last: boolean) => {
    if (!textStarted && text !== '') {
      textStarted = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (pendingCr) text = `\r${text}`;
    pendingCr = !last && text.endsWith('\r');
    if (pendingCr) text = text.slice(0, -1);
    text = text.replace(/\r\n?/g, '\n');
    if (parser === undefined) {
      head += text;
      // The delimiter is detected on the first line with content: wait until it is complete.
      if (!last && !firstLineComplete(head)) return;
      text = head;
      head = '';
      start(text);
    }
    const p = parser as Parser;
    if (text !== '' && !failed && !p.write(text)) {
      await new Promise<void>((resolve) => {
        p.once('drain', resolve);
        p.once('error', resolve);
      });
    }
  };
  const giveUp = () => {
    stream.destroy();
    parser?.destroy();
    return null;
  };

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let bytes: Uint8Array = chunk;
    if (lead !== null) {
      const joined: Uint8Array = new Uint8Array(lead.length + bytes.length);
      joined.set(lead);
      joined.set(bytes, lead.length);
      if (joined.length < 3) {
        lead = joined;
        continue;
      }
      lead = null;
      bytes = joined;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return giveUp();
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        encoding = 'utf-8-bom';
        bytes = bytes.subarray(3);
      }
    }
    let text: string;
    try {
      text = utf8.decode(bytes, { stream: true });
    } catch {
      return giveUp();
    }
    await push(text, false);
    if (failed) return giveUp();
  }
  if (lead !== null) return null; // fewer than three bytes
  let rest: string;
  try {
    rest = utf8.decode();
  } catch {
    return giveUp();
  }
  await push(rest, true);
  parser?.end();
  await finished;
  if (failed) return null;
  return { table, encoding, issues: [] };
}

type Parser = ReturnType<typeof parse>;

/** True once `text` holds a line end, outside quotes, after some content (see detectDelimiter). */
function firstLineComplete(text: string): boolean {
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) inQuotes = !inQuotes;
    else if (!inQuotes && ch === 10 && seenContent) return true;
    if (ch !== 10 && ch !== 13 && ch !== 32) seenContent = true;
  }
  return false;
}
