/**
 * Files of a roster folder that are not read
 * ==========================================
 *
 * Every CSV, TSV or TXT file of a roster folder that trackmap does not read gets a
 * `CSV_UNREAD_FILE` warning naming it, so no file is ignored without a word. When the folder
 * has no events or attendance file, the headers of the unread files are compared with the
 * roster's columns (`guessRosterFile`): a file with `person, body, role` looks like attendance
 * (its event column named `body`), one with `id, name` and no people attribute looks like
 * events, and the warnings say how to read them (`--events`, `--attendance`, `--column`, or
 * `"files"` in the config). Pure: the node layer lists the folder and reads the headers.
 */

import type { RosterFileKind } from '../types.js';
import { detectDelimiter } from './csv-table.js';
import { type ImportIssue, makeIssue } from './issues.js';
import { normaliseHeader, ROSTER_COLUMNS } from './roster-schema.js';

/** An unread file of the folder: its name, its path as shown, and its header (if it has one). */
export interface UnreadFile {
  name: string;
  path: string;
  header: readonly string[] | null;
}

/** What an unread file looks like, and the mapping it would need. */
export interface RosterFileGuess {
  kind: RosterFileKind;
  /** Columns to map (`attendance.event` → `body`): canonical name → header as written. */
  columns: Record<string, string>;
}

/** File names (with extension) that hold text tables trackmap could read. */
export const TABLE_FILE = /\.(csv|tsv|txt)$/i;

function names(kind: RosterFileKind, key: string): string[] {
  const spec = ROSTER_COLUMNS[kind].find((c) => c.key === key);
  return spec ? [spec.key, ...spec.aliases] : [key];
}

/** People columns that an events file does not have. */
const PEOPLE_ONLY = ROSTER_COLUMNS.people
  .filter((c) => !['id', 'name'].includes(c.key))
  .flatMap((c) => [c.key, ...c.aliases]);

/**
 * What a header looks like: ties (a source and a target column), attendance (a person column and
 * another one, not a name: the event, mapped when it has another name), events (an id and a
 * name, and no people attribute), or `null`.
 *
 * @param stemOf - other unread files' name stems (`bodies`), to pick the attendance column that
 *   names them (`body`) when several could be the event.
 */
export function guessRosterFile(header: readonly string[], stemOf: readonly string[] = []): RosterFileGuess | null {
  const norm = header.map((h) => normaliseHeader(h));
  const find = (list: string[]) => norm.findIndex((h) => list.includes(h));
  if (find(names('ties', 'source')) >= 0 && find(names('ties', 'target')) >= 0) return { kind: 'ties', columns: {} };
  const person = find(names('attendance', 'person'));
  const hasName = find(names('people', 'name')) >= 0;
  if (person >= 0 && !hasName) {
    if (find(names('attendance', 'event')) >= 0) return { kind: 'attendance', columns: {} };
    const others = norm
      .map((h, i) => ({ h, i }))
      .filter(({ h, i }) => i !== person && !names('attendance', 'role').includes(h));
    if (others.length === 0) return null;
    const singular = (s: string) => s.replace(/ies$/, 'y').replace(/s$/, '');
    const named = others.find(({ h }) => stemOf.some((s) => singular(normaliseHeader(s)) === singular(h)));
    const event = named ?? others[0]!;
    return { kind: 'attendance', columns: { event: header[event.i]! } };
  }
  const id = find(names('events', 'id'));
  if (id >= 0 && hasName && !norm.some((h) => PEOPLE_ONLY.includes(h))) return { kind: 'events', columns: {} };
  return null;
}

/** A word as typed in a shell: quoted when it holds anything but plain characters. */
function shellWord(word: string): string {
  return /^[\w./:=@+-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

function stem(name: string): string {
  return name.replace(TABLE_FILE, '');
}

/**
 * The warnings for the unread files of a roster folder.
 *
 * @param missing - the kinds the folder has no file for: only those are guessed.
 */
export function unreadFileIssues(files: readonly UnreadFile[], missing: readonly RosterFileKind[]): ImportIssue[] {
  const stems = files.map((f) => stem(f.name));
  const guesses = new Map<UnreadFile, RosterFileGuess>();
  const taken = new Set<RosterFileKind>();
  for (const file of files) {
    if (file.header === null) continue;
    const guess = guessRosterFile(file.header, stems);
    // One file per kind: a second look-alike is not suggested.
    if (guess && missing.includes(guess.kind) && !taken.has(guess.kind)) {
      guesses.set(file, guess);
      taken.add(guess.kind);
    }
  }
  // One way to read all the look-alikes at once, on the command line and in the config.
  const flags: string[] = [];
  const filesConfig: string[] = [];
  const columnsConfig: string[] = [];
  for (const [file, guess] of guesses) {
    flags.push(`--${guess.kind} ${shellWord(file.path)}`);
    filesConfig.push(`"${guess.kind}": ${JSON.stringify(file.name)}`);
    for (const [column, header] of Object.entries(guess.columns)) {
      flags.push(`--column ${shellWord(`${guess.kind}.${column}=${header}`)}`);
      columnsConfig.push(`"${guess.kind}": { "${column}": ${JSON.stringify(header)} }`);
    }
  }
  const howTo =
    guesses.size === 0
      ? ''
      : `read it with ${flags.join(' ')}, or put "files": { ${filesConfig.join(', ')} }${columnsConfig.length > 0 ? `, "columns": { ${columnsConfig.join(', ')} }` : ''} in the folder's trackmap.config.json`;
  return files.map((file) => {
    const guess = guesses.get(file);
    const header = file.header ? ` (columns: ${file.header.join(', ')})` : '';
    if (guess) {
      const mapped = Object.entries(guess.columns)
        .map(([c, h]) => `, "${h}" as its ${c} column`)
        .join('');
      return makeIssue(
        'CSV_UNREAD_FILE',
        'warning',
        'file-not-read',
        `not read: the folder has no ${guess.kind} file, and this one looks like one${header}${mapped}; ${howTo}`,
        { source: file.path },
      );
    }
    return makeIssue(
      'CSV_UNREAD_FILE',
      'warning',
      'file-not-read',
      `not read: it is none of the roster files trackmap reads (people, ties, events, attendance, by their names or as named by --people/--ties/--events/--attendance or "files" in the config)${header}`,
      {
        source: file.path,
        hint: 'name it with --events FILE (or --people, --ties, --attendance), or "files" in trackmap.config.json, if it is part of the roster; otherwise move it out of the folder to silence this warning',
      },
    );
  });
}

/**
 * The header of a table's text: its first line with content, split at the delimiter
 * `detectDelimiter` finds (quotes respected), or `null` when there is none. Enough to say what
 * a file looks like; the file is not read as a roster file.
 */
export function headerOf(text: string): string[] | null {
  const line = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .find((l) => l.trim() !== '');
  if (line === undefined) return null;
  const delimiter = detectDelimiter(line);
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}
