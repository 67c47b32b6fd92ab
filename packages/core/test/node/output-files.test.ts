/**
 * writeOutputFiles and checkOutputFolder (issue 16, item 8): all or nothing. A failure while a
 * file is written, or while the set is put in place, leaves the folder exactly as it was, with
 * no temporary file; a write failure is an OutputWriteError naming the path and the cause.
 * File-system failures that cannot be caused for real (a full disk, a rename refused midway)
 * are injected by wrapping node:fs/promises.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrackmapError } from '../../src/errors.js';
import { checkOutputFolder, OutputWriteError, writeOutputFiles } from '../../src/node/output-files.js';

const faults = vi.hoisted(() => ({
  /** Fail the write that would take a file past this many bytes with ENOSPC. */
  spaceLeft: Number.POSITIVE_INFINITY,
  /** Fail the n-th rename (1-based) with EBUSY; 0: never. */
  failRename: 0,
  renames: 0,
  /** Sizes of the writes made. */
  writes: [] as number[],
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const errno = (code: string) => Object.assign(new Error(code), { code });
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      let size = 0;
      return {
        write: async (buffer: Buffer, offset: number, length: number) => {
          faults.writes.push(length);
          if (size + length > faults.spaceLeft) throw errno('ENOSPC');
          size += length;
          return handle.write(buffer, offset, length);
        },
        close: () => handle.close(),
      };
    },
    rename: async (from: string, to: string) => {
      faults.renames++;
      if (faults.renames === faults.failRename) throw errno('EBUSY');
      return fs.rename(from, to);
    },
  };
});

afterEach(() => {
  faults.spaceLeft = Number.POSITIVE_INFINITY;
  faults.failRename = 0;
  faults.renames = 0;
  faults.writes = [];
});

/** A folder holding the outputs of an earlier run: `a.txt`, `b.txt`, `c.txt` saying `old`. */
function earlierRun(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trackmap-out-'));
  for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, name), `old ${name}\n`);
  return dir;
}

const listing = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
const OLD = { 'a.txt': 'old a.txt\n', 'b.txt': 'old b.txt\n', 'c.txt': 'old c.txt\n' };

function* pieces(n: number, text: string) {
  for (let i = 0; i < n; i++) yield text;
}

describe('writeOutputFiles', () => {
  it('writes every file, strings and pieces alike, and leaves no temporary file', async () => {
    const dir = earlierRun();
    const paths = await writeOutputFiles(join(dir, 'new', 'deeper'), [
      { name: 'a.txt', content: 'new a\n' },
      { name: 'b.txt', content: () => pieces(3, 'b') },
    ]);
    expect(paths).toEqual([join(dir, 'new', 'deeper', 'a.txt'), join(dir, 'new', 'deeper', 'b.txt')]);
    expect(listing(join(dir, 'new', 'deeper'))).toEqual({ 'a.txt': 'new a\n', 'b.txt': 'bbb' });
  });

  it('replaces the earlier outputs and keeps the other files of the folder', async () => {
    const dir = earlierRun();
    writeFileSync(join(dir, 'notes.md'), 'mine\n');
    await writeOutputFiles(dir, [
      { name: 'a.txt', content: 'new a\n' },
      { name: 'c.txt', content: 'new c\n' },
    ]);
    expect(listing(dir)).toEqual({ ...OLD, 'a.txt': 'new a\n', 'c.txt': 'new c\n', 'notes.md': 'mine\n' });
  });

  it('streams: gathers pieces up to the chunk size, never the whole text', async () => {
    const dir = earlierRun();
    await writeOutputFiles(dir, [{ name: 'big.txt', content: () => pieces(10_000, 'x'.repeat(100)) }], {
      chunkSize: 4096,
    });
    expect(readFileSync(join(dir, 'big.txt'), 'utf8')).toBe('x'.repeat(1_000_000));
    expect(Math.max(...faults.writes)).toBeLessThan(4096 + 100);
    expect(faults.writes.length).toBeGreaterThan(200);
  });

  it('a full disk midway: OutputWriteError naming the file and ENOSPC; the earlier outputs unchanged', async () => {
    const dir = earlierRun();
    faults.spaceLeft = 10_000;
    const error = await writeOutputFiles(
      dir,
      [
        { name: 'a.txt', content: 'new a\n' },
        { name: 'b.txt', content: () => pieces(1000, 'y'.repeat(100)) },
        { name: 'c.txt', content: 'new c\n' },
      ],
      { chunkSize: 1000 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    expect(error).toBeInstanceOf(TrackmapError);
    expect((error as OutputWriteError).code).toBe('OUTPUT_WRITE');
    expect((error as OutputWriteError).path).toBe(join(dir, 'b.txt'));
    expect((error as OutputWriteError).message).toContain('ENOSPC');
    expect(listing(dir)).toEqual(OLD);
  });

  it('a folder where an output goes: OutputWriteError (EISDIR) before anything is replaced', async () => {
    const dir = earlierRun();
    mkdirSync(join(dir, 'paths.csv'));
    const error = await writeOutputFiles(dir, [
      { name: 'a.txt', content: 'new a\n' },
      { name: 'paths.csv', content: 'x\n' },
    ]).catch((e: unknown) => e);
    expect((error as OutputWriteError).code).toBe('OUTPUT_WRITE');
    expect((error as OutputWriteError).path).toBe(join(dir, 'paths.csv'));
    expect((error as OutputWriteError).message).toContain('EISDIR');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt', 'c.txt', 'paths.csv']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old a.txt\n');
  });

  it('a rename refused midway (a file open in another program): every file put back', async () => {
    const dir = earlierRun();
    faults.failRename = 4; // a.txt → backup, new a.txt in, b.txt → backup, new b.txt in: refused
    const error = await writeOutputFiles(dir, [
      { name: 'a.txt', content: 'new a\n' },
      { name: 'b.txt', content: 'new b\n' },
      { name: 'c.txt', content: 'new c\n' },
    ]).catch((e: unknown) => e);
    expect((error as OutputWriteError).code).toBe('OUTPUT_WRITE');
    expect((error as OutputWriteError).message).toContain('EBUSY');
    expect(listing(dir)).toEqual(OLD);
  });

  it('an error thrown while a text is produced is passed on as it is, and nothing is replaced', async () => {
    const dir = earlierRun();
    const bug = new RangeError('a bug in a serialiser');
    function* failing() {
      yield 'half';
      throw bug;
    }
    await expect(
      writeOutputFiles(dir, [
        { name: 'a.txt', content: 'new a\n' },
        { name: 'b.txt', content: failing },
      ]),
    ).rejects.toBe(bug);
    expect(listing(dir)).toEqual(OLD);
  });
});

describe('checkOutputFolder', () => {
  it('accepts a folder that exists, or one that can be created, and leaves nothing behind', async () => {
    const dir = earlierRun();
    await checkOutputFolder(dir);
    expect(listing(dir)).toEqual(OLD);
    await checkOutputFolder(join(dir, 'new', 'deeper'));
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('refuses a file where the folder should be, and a path under a file: OUTPUT_WRITE naming it', async () => {
    const dir = earlierRun();
    for (const out of [join(dir, 'a.txt'), join(dir, 'a.txt', 'out')]) {
      const error = await checkOutputFolder(out).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutputWriteError);
      expect((error as OutputWriteError).path).toBe(out);
    }
    expect(listing(dir)).toEqual(OLD);
  });
});
