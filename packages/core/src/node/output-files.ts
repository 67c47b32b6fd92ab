/**
 * Writing a set of output files (Node only)
 * =========================================
 *
 * Every command that writes files (`analyze`, `transfer`, `compare`) writes them through here, so
 * a failed run never leaves a mix of new and old files, nor a truncated one:
 *
 * 1. `checkOutputFolder(dir)`, before the analysis: the folder (created if needed) must take a
 *    file. A folder that cannot be written fails in a second, not after minutes of analysis.
 *    It leaves no trace: a probe file and any folder it created are removed again.
 * 2. `writeOutputFiles(dir, files)`: each file is **streamed** to a hidden temporary name in the
 *    folder (`.<name>.<random>.tmp`), piece by piece, so no output has to fit in one string
 *    (V8's longest is 2²⁹ − 24 characters, about 512 MiB).
 * 3. Only when every file is written and closed are they put in place: each existing file is
 *    renamed to a backup name, each new one renamed to its name, then the backups removed. If any
 *    step fails (a folder in the way, a file locked by another program, a full disk), every new
 *    file is removed and every backup renamed back, so the folder holds the previous outputs,
 *    unchanged. Renames within one folder are atomic (POSIX `rename(2)`).
 *
 * A write failure is an `OutputWriteError` (code `OUTPUT_WRITE`) that names the path and the
 * cause; the CLI prints it as one line and exits 1. An error thrown by a serialiser while its
 * pieces are produced is passed on unchanged, after the temporary files are removed.
 */

import { randomBytes } from 'node:crypto';
import { type FileHandle, lstat, mkdir, open, rename, rm, rmdir, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { TrackmapError } from '../errors.js';

/** The text of a file: one string, or pieces in order (a generator is read lazily, while writing). */
export type OutputContent = string | Iterable<string>;

/** One output file: its name inside the output folder and its text (a string, or pieces to stream). */
export interface OutputFile {
  /** File name inside the output folder, e.g. `graph.json`. */
  name: string;
  /** The text, or a function that returns it, called only when the file is written. */
  content: OutputContent | (() => OutputContent);
}

/** Options of {@link writeOutputFiles}: how much text to gather before each write. */
export interface WriteOutputOptions {
  /** Characters gathered from the pieces before each write to disk. @defaultValue 1 MiB */
  chunkSize?: number;
}

const DEFAULT_CHUNK_SIZE = 1 << 20;

/** What an errno code means, in words. */
const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file is in the way',
  EBUSY: 'the file is in use (open in another program?)',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

function describeCause(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined) return `${code}: ${CAUSES[code] ?? (cause as Error).message}`;
  return cause instanceof Error ? cause.message : String(cause);
}

/** An output file or folder that could not be written. */
export class OutputWriteError extends TrackmapError {
  /** The file or folder that could not be written. */
  readonly path: string;

  constructor(path: string, cause: unknown, detail = '') {
    super('OUTPUT_WRITE', `${path}: cannot write (${describeCause(cause)})${detail}`, { cause });
    this.name = 'OutputWriteError';
    this.path = path;
  }
}

const randomSuffix = () => randomBytes(6).toString('hex');

/**
 * Checks, before any work, that files can be written in `dir`: creates it (and its parents) if
 * needed, writes and removes a probe file, then removes the folders it created. Nothing is left.
 *
 * @throws OutputWriteError naming `dir` and the cause (a file where a folder should be, no
 * permission, a read-only or full disk).
 */
export async function checkOutputFolder(dir: string): Promise<void> {
  let created: string | undefined;
  try {
    created = await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new OutputWriteError(dir, error, ': the output folder cannot be created');
  }
  const probe = join(dir, `.trackmap-probe-${randomSuffix()}.tmp`);
  try {
    const handle = await open(probe, 'wx');
    await handle.close();
    await unlink(probe);
  } catch (error) {
    await rm(probe, { force: true }).catch(() => undefined);
    throw new OutputWriteError(dir, error, ': no file can be written in the output folder');
  } finally {
    if (created !== undefined) await removeCreated(resolve(dir), resolve(created));
  }
}

/** Removes the empty folders from `dir` up to `top`, which `mkdir -p` created. */
async function removeCreated(dir: string, top: string): Promise<void> {
  for (let d = dir; ; d = dirname(d)) {
    try {
      await rmdir(d);
    } catch {
      return;
    }
    if (d === top || dirname(d) === d) return;
  }
}

/** Writes `text` whole (a write may take only part of it). */
async function writeAll(handle: FileHandle, text: string): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}

class SerialiserError {
  constructor(readonly error: unknown) {}
}

/** Streams `content` into a new file `path`; a failure of the pieces is wrapped in SerialiserError. */
async function writeContent(path: string, content: OutputFile['content'], chunkSize: number): Promise<void> {
  const handle = await open(path, 'wx');
  let closed = false;
  try {
    let text: OutputContent;
    try {
      text = typeof content === 'function' ? content() : content;
    } catch (error) {
      throw new SerialiserError(error);
    }
    if (typeof text === 'string') {
      await writeAll(handle, text);
    } else {
      let buffer = '';
      const pieces = text[Symbol.iterator]();
      for (;;) {
        let next: IteratorResult<string>;
        try {
          next = pieces.next();
        } catch (error) {
          throw new SerialiserError(error);
        }
        if (next.done) break;
        buffer += next.value;
        if (buffer.length >= chunkSize) {
          await writeAll(handle, buffer);
          buffer = '';
        }
      }
      if (buffer !== '') await writeAll(handle, buffer);
    }
    closed = true;
    await handle.close();
  } finally {
    if (!closed) await handle.close().catch(() => undefined);
  }
}

interface Staged {
  final: string;
  temp: string;
  backup: string;
  /** An output of that name was there before. */
  hadOld: boolean;
  /** It was renamed to `backup`. */
  backedUp: boolean;
  /** The new file was renamed to `final`. */
  placed: boolean;
}

/**
 * Writes a set of files into `dir` (created if needed), all or nothing: see the banner.
 *
 * @param dir - the output folder.
 * @param files - the files, in the order they are written; names must be distinct.
 * @returns the paths written, in the order given (`dir` joined with each name).
 * @throws OutputWriteError when a file cannot be written or put in place; the folder then holds
 * exactly what it held before. An error thrown while producing a file's text is rethrown as is.
 */
export async function writeOutputFiles(
  dir: string,
  files: readonly OutputFile[],
  options: WriteOutputOptions = {},
): Promise<string[]> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new OutputWriteError(dir, error, ': the output folder cannot be created');
  }
  const run = randomSuffix();
  const staged: Staged[] = files.map((f) => ({
    final: join(dir, f.name),
    temp: join(dir, `.${f.name}.${run}.tmp`),
    backup: join(dir, `.${f.name}.${run}.old`),
    hadOld: false,
    backedUp: false,
    placed: false,
  }));
  const unchanged = `; nothing was replaced: the outputs already in ${dir} are unchanged`;
  const discard = () => Promise.all(staged.map((s) => rm(s.temp, { force: true }).catch(() => undefined)));

  // 1. Every file to its temporary name.
  for (const [i, file] of files.entries()) {
    const s = staged[i] as Staged;
    try {
      await writeContent(s.temp, file.content, chunkSize);
    } catch (error) {
      await discard();
      if (error instanceof SerialiserError) throw error.error;
      throw new OutputWriteError(s.final, error, unchanged);
    }
  }
  // 2. Nothing in the way: an existing output must be a file (or a link), not a folder.
  for (const s of staged) {
    const info = await lstat(s.final).catch(() => undefined);
    if (info?.isDirectory()) {
      await discard();
      throw new OutputWriteError(s.final, Object.assign(new Error('is a folder'), { code: 'EISDIR' }), unchanged);
    }
    s.hadOld = info !== undefined;
  }
  // 3. Old files to backups, new files in place; on any failure, undo in reverse.
  for (const s of staged) {
    try {
      if (s.hadOld) {
        await rename(s.final, s.backup);
        s.backedUp = true;
      }
      await rename(s.temp, s.final);
      s.placed = true;
    } catch (error) {
      await rollBack(staged);
      await discard();
      throw new OutputWriteError(s.final, error, unchanged);
    }
  }
  await Promise.all(staged.filter((s) => s.hadOld).map((s) => rm(s.backup, { force: true }).catch(() => undefined)));
  return staged.map((s) => s.final);
}

/** Puts back what step 3 moved: new files removed, backups renamed to their names. */
async function rollBack(staged: readonly Staged[]): Promise<void> {
  for (const s of [...staged].reverse()) {
    try {
      if (s.placed) await rm(s.final, { force: true });
      if (s.backedUp) await rename(s.backup, s.final);
    } catch {
      // best effort: a backup that cannot be renamed back stays under its hidden name
    }
  }
}
