/**
 * Every file of a roster folder is accounted for (issue 12, "Every file and row accounted for",
 * item 1). Before, a folder with people.csv, bodies.csv and memberships.csv was analysed from
 * people.csv alone, "0 links", exit 0, and the other two files were never mentioned. Now each
 * CSV/TSV/TXT file not read is a CSV_UNREAD_FILE warning (stderr, import-issues.csv, report.md),
 * and files that look like the missing events and attendance say how to read them.
 * Needs `pnpm build` first.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repo } from '../helpers/paths.js';

const work = mkdtempSync(join(tmpdir(), 'trackmap-unread-'));

function folder(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  const q = (f: string) => readFileSync(repo(`data-samples/quickstart/${f}`), 'utf8');
  writeFileSync(join(dir, 'people.csv'), q('people.csv'));
  // A board roster's bodies (id, name) and memberships (person, body, role).
  writeFileSync(join(dir, 'bodies.csv'), 'id,name\nev-1,Board of the Riverside Trust\nev-2,Senate\n');
  writeFileSync(join(dir, 'memberships.csv'), q('attendance.csv').replace(/^person,event,role/, 'person,body,role'));
  writeFileSync(join(dir, 'notes.txt'), 'Called the secretariat on Monday.\n');
  writeFileSync(join(dir, 'README.md'), '# not a table\n');
  return dir;
}

const analyze = (dir: string, out: string, extra: string[] = []) =>
  runCli(['analyze', dir, '--out', out, '-q', '--transfer-runs', '0', '--permutations', '0', ...extra]);

describe('files a roster folder holds but trackmap does not read', () => {
  const dir = folder('board');
  const out = join(work, 'board-out');
  const run = analyze(dir, out);

  it('each is a CSV_UNREAD_FILE warning naming it, on stderr and in import-issues.csv', () => {
    expect(run.code).toBe(0);
    for (const name of ['bodies.csv', 'memberships.csv', 'notes.txt']) {
      expect(run.stderr).toContain(`warning CSV_UNREAD_FILE ${join(dir, name)}`);
    }
    const csv = readFileSync(join(out, 'import-issues.csv'), 'utf8');
    expect(csv.match(/CSV_UNREAD_FILE/g)).toHaveLength(3);
    expect(csv).not.toContain('README.md');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('CSV_UNREAD_FILE');
  });

  it('files that look like the missing events and attendance say so and how to read them', () => {
    const how = `--events ${join(dir, 'bodies.csv')} --attendance ${join(dir, 'memberships.csv')} --column attendance.event=body`;
    expect(run.stderr).toContain('looks like one (columns: person, body, role), "body" as its event column');
    expect(run.stderr).toContain(how);
    expect(run.stderr).toContain('"files": { "events": "bodies.csv", "attendance": "memberships.csv" }');
    const csv = readFileSync(join(out, 'import-issues.csv'), 'utf8');
    expect(csv).toContain(how);
  });

  it('following the advice reads them, and nothing is left unread but the note', () => {
    const followed = analyze(dir, join(work, 'followed-out'), [
      '--events',
      join(dir, 'bodies.csv'),
      '--attendance',
      join(dir, 'memberships.csv'),
      '--column',
      'attendance.event=body',
    ]);
    expect(followed.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(work, 'followed-out', 'summary.json'), 'utf8'));
    expect(summary.graph.links).toBeGreaterThan(0);
    const csv = readFileSync(join(work, 'followed-out', 'import-issues.csv'), 'utf8');
    expect(csv.match(/CSV_UNREAD_FILE/g)).toHaveLength(1);
    expect(csv).toContain('notes.txt');
  });

  it('--strict stops on an unread file', () => {
    const strict = analyze(dir, join(work, 'strict-out'), ['--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('CSV_UNREAD_FILE');
  });
});
