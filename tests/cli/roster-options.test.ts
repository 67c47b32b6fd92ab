/**
 * Options that name roster files and columns fail closed (issue 16, items 3, 5 and 6): a column
 * that does not exist is an error with the nearest header, an aliased header drops its column,
 * and a folder with two candidates for one file is an error that names both.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repo } from '../helpers/paths.js';

const work = mkdtempSync(join(tmpdir(), 'trackmap-roster-options-'));
const key = join(work, 'key.txt');
writeFileSync(key, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });

/** A copy of the quickstart sample, with the people header changed by `edit`. */
function quickstart(name: string, edit: (header: string) => string = (h) => h): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const file of ['people.csv', 'ties.csv', 'events.csv', 'attendance.csv']) {
    const text = readFileSync(repo(`data-samples/quickstart/${file}`), 'utf8');
    if (file !== 'people.csv') writeFileSync(join(dir, file), text);
    else {
      const [header, ...rest] = text.split('\n');
      writeFileSync(join(dir, file), [edit(header as string), ...rest].join('\n'));
    }
  }
  return dir;
}

describe('--drop-column (issue 16, item 3)', () => {
  it('a column that does not exist is a usage error (exit 2) that suggests the nearest header', () => {
    const dir = quickstart('typo');
    const run = runCli([
      'analyze',
      dir,
      '--pseudonymize',
      '--key-file',
      key,
      '--drop-column',
      'contry',
      '--out',
      join(work, 'out-typo'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error INVALID_OPTION');
    expect(run.stderr).toContain(`${join(dir, 'people.csv')}:1:contry: --drop-column "contry" names no column`);
    expect(run.stderr).toContain('did you mean "country"?');
  });

  it('an aliased header drops its mapped column from every output', () => {
    const dir = quickstart('alias', (h) => h.replace('gender', 'Sex').replace('country', 'Nationality'));
    const out = join(work, 'out-alias');
    const run = runCli([
      'analyze',
      dir,
      '--pseudonymize',
      '--key-file',
      key,
      '--drop-column',
      'Sex',
      '--drop-column',
      'Nationality',
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as {
      nodes: { attributes: Record<string, unknown> }[];
    };
    for (const node of graph.nodes) {
      expect(node.attributes).not.toHaveProperty('gender');
      expect(node.attributes).not.toHaveProperty('country');
      expect(node.attributes).toHaveProperty('side');
    }
    for (const file of ['graph.gexf', 'graph.graphml', 'people-metrics.csv']) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(text, file).not.toMatch(/\b(female|male)\b/);
    }
  });

  it('without --pseudonymize it is a usage error, not silently ignored', () => {
    const run = runCli(['analyze', quickstart('plain'), '--drop-column', 'country', '--out', join(work, 'out-plain')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--drop-column applies only with --pseudonymize');
  });
});

describe('--column to a header that does not exist (issue 16, item 6)', () => {
  it('people.name="Full Nme" stops the import with CSV_UNKNOWN_COLUMN and the nearest header', () => {
    const dir = quickstart('full-name', (h) => h.replace('name', 'Full Name'));
    const run = runCli(['analyze', dir, '--column', 'people.name=Full Nme', '--out', join(work, 'out-full-name')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error CSV_UNKNOWN_COLUMN ${join(dir, 'people.csv')}:1:Full Nme:`);
    expect(run.stderr).toContain('did you mean "Full Name"?');
  });
});

describe('ambiguous roster files (issue 16, item 5)', () => {
  it('people.csv beside participants.csv is an error that names both; nothing is written', () => {
    const dir = quickstart('ambiguous');
    writeFileSync(join(dir, 'participants.csv'), 'id\nx\n');
    const out = join(work, 'out-ambiguous');
    const run = runCli(['analyze', dir, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error CSV_AMBIGUOUS_FILE');
    expect(run.stderr).toContain('"participants.csv", "people.csv"');
    expect(() => readFileSync(join(out, 'graph.json'))).toThrow();
  });
});

describe('ids on the command line are read in NFC, as the importer reads ids (issue 16, item 11)', () => {
  it('paths --person with the decomposed form of an id finds the person written composed', () => {
    const dir = join(work, 'nfc');
    mkdirSync(dir);
    writeFileSync(join(dir, 'people.csv'), 'id,name,track\nJos\u00e9,José,2\nm1,Mara,1\n');
    writeFileSync(join(dir, 'ties.csv'), 'source,target\nJose\u0301,m1\n');
    const run = runCli(['paths', dir, '--person', 'Jose\u0301', '--to', 'm1', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('"m1"');
  });
});
