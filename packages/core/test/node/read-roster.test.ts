import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RosterImportError, TrackmapError } from '../../src/errors.js';
import { findRosterFiles, readRoster } from '../../src/node/read-roster.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'trackmap-read-roster-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function folder(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(root, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir);
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  return dir;
}

describe('readRoster', () => {
  it('CSV_MISSING_FILE: error when the folder has no people file', async () => {
    const dir = await folder('no-people', { 'ties.csv': 'source,target\n' });
    const error = await readRoster({ dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterImportError);
    expect((error as RosterImportError).code).toBe('IMPORT_FAILED');
    expect((error as RosterImportError).issues.map((i) => [i.code, i.level, i.action, i.source])).toEqual([
      ['CSV_MISSING_FILE', 'error', 'import-stopped', dir],
    ]);
  });

  it('CSV_MISSING_FILE: a folder that cannot be read', async () => {
    const error = await findRosterFiles(join(root, 'does-not-exist')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackmapError);
    expect((error as TrackmapError).code).toBe('CSV_MISSING_FILE');
  });

  it('finds files case-insensitively and by alias, and reads the config in the folder', async () => {
    const dir = await folder('aliases', {
      'Participants.CSV': 'id,Nom complet\na,Alice\nb,Bruno\n',
      'links.csv': 'source,target\na,b\n',
      'trackmap.config.json': JSON.stringify({ columns: { people: { name: 'Nom complet' } } }),
    });
    const r = await readRoster({ dir });
    expect(r.paths).toEqual({ people: join(dir, 'Participants.CSV'), ties: join(dir, 'links.csv') });
    expect(r.roster.people.map((p) => p.name)).toEqual(['Alice', 'Bruno']);
    expect(r.roster.ties).toHaveLength(1);
    expect(r.roster.files[0]?.source).toBe(join(dir, 'Participants.CSV'));
  });

  // BUG (reported): readRoster merges config and option `columns` one level deep only
  // ({ ...config.columns, ...options.columns }), so `--column people.side=Camp` replaces the
  // config's whole `people` mapping and "Nom complet" is no longer read as the name.
  it('merges column mappings of the same file from the config and the options', async () => {
    const dir = await folder('merge', {
      'people.csv': 'id,Nom complet,Camp\na,Alice,Nord\n',
      'trackmap.config.json': JSON.stringify({ columns: { people: { name: 'Nom complet' } } }),
    });
    const r = await readRoster({ dir }, { columns: { people: { side: 'Camp' } } });
    expect(r.roster.people[0]).toMatchObject({ name: 'Alice', side: 'Nord' });
  });

  // Issue 16, item 5: one file of each kind was read, chosen by readdir order, the rest ignored.
  it('CSV_AMBIGUOUS_FILE: people.csv and participants.csv are an error that names both', async () => {
    const dir = await folder('two-people', {
      'people.csv': 'id\na\n',
      'participants.csv': 'id\nb\n',
    });
    const error = await readRoster({ dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterImportError);
    const issues = (error as RosterImportError).issues;
    expect(issues.map((i) => [i.code, i.level, i.action, i.source])).toEqual([
      ['CSV_AMBIGUOUS_FILE', 'error', 'import-stopped', dir],
    ]);
    expect(issues[0]?.message).toContain('"participants.csv", "people.csv"');
    expect(issues[0]?.hint).toContain('--people FILE');
  });

  it('CSV_AMBIGUOUS_FILE: ties.csv, Ties.csv, links.csv and ties.tsv are all named, in sorted order', async () => {
    const dir = await folder('four-ties', {
      'people.csv': 'id\na\nb\n',
      'ties.csv': 'source,target\na,b\n',
      'Ties.csv': 'source,target\nb,a\n',
      'links.csv': 'source,target\na,b\n',
      'ties.tsv': 'source\ttarget\na\tb\n',
    });
    const error = await readRoster({ dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterImportError);
    const issues = (error as RosterImportError).issues;
    expect(issues.map((i) => i.code)).toEqual(['CSV_AMBIGUOUS_FILE']);
    expect(issues[0]?.message).toContain(
      '4 files could be the ties file: "Ties.csv", "links.csv", "ties.csv", "ties.tsv"',
    );
    // findRosterFiles (used by `trackmap view`) refuses the folder too
    await expect(findRosterFiles(dir)).rejects.toBeInstanceOf(RosterImportError);
  });

  it('a file named explicitly settles the ambiguity of its kind', async () => {
    const dir = await folder('two-people-explicit', {
      'people.csv': 'id\na\n',
      'participants.csv': 'id\nb\n',
    });
    const r = await readRoster({ dir, people: join(dir, 'participants.csv') });
    expect(r.roster.people.map((p) => p.id)).toEqual(['b']);
  });
});
