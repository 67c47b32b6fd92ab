/**
 * `trackmap init`: the way in for someone with no roster yet (issue 13, item 2). The built binary,
 * spawned: the empty template (the four roster files with the importer's canonical headers, a
 * commented config that the config parser accepts, a README), the bundled samples written byte
 * for byte, and the refusals (a folder that is not empty, a file, an unknown sample), each a usage
 * error (exit 2) that writes nothing. A template with one person added analyses. Needs
 * `pnpm build` first (`pnpm test` does it).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_FILE_NAME, parseRosterConfig, ROSTER_COLUMNS } from '@trackmap/core';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repo } from '../helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'trackmap-init-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('trackmap init <dir>: the empty template', () => {
  const dir = join(tmp, 'new', 'roster'); // two levels that do not exist yet
  const run = runCli(['init', dir]);

  it('writes the four roster files, the config and a README, and says what to do next', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(readdirSync(dir).sort()).toEqual(
      ['README.md', 'attendance.csv', 'events.csv', 'people.csv', 'ties.csv', CONFIG_FILE_NAME].sort(),
    );
    expect(run.stdout).toContain('Wrote an empty roster template');
    expect(run.stdout).toContain(`trackmap analyze ${dir} --out ${dir}-analysis`);
  });

  it("each roster file is the importer's canonical header row and nothing else", () => {
    for (const kind of ['people', 'ties', 'events', 'attendance'] as const) {
      const header = ROSTER_COLUMNS[kind].map((c) => c.key).join(',');
      expect(readFileSync(join(dir, `${kind}.csv`), 'utf8')).toBe(`${header}\n`);
    }
  });

  it('the config is JSON whose comments ("//" keys) the config parser accepts, with every setting empty', () => {
    const text = readFileSync(join(dir, CONFIG_FILE_NAME), 'utf8');
    const config = parseRosterConfig(CONFIG_FILE_NAME, text) as Record<string, unknown>;
    expect(config.files).toEqual({});
    expect(config.columns).toEqual({});
    expect(config.tracks).toEqual({});
    expect(config.attributes).toEqual({});
    const comments = Object.keys(config).filter((k) => k.startsWith('//'));
    expect(comments).toEqual(['//', '// files', '// columns', '// tracks', '// attributes', '// decisionMakers']);
  });

  it('the README explains the files and exporting from a spreadsheet', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const words of ['people.csv', 'attendance.csv', 'CSV UTF-8', 'Google Sheets', 'trackmap analyze roster'])
      expect(readme).toContain(words);
  });

  it('filled with two people and a tie, the template analyses (its config read, no error)', () => {
    writeFileSync(
      join(dir, 'people.csv'),
      'id,name,track,sector,organisation,country,side,ideology,school,seniority,gender\na,Ann,1,,,,x,,,,\nb,Bob,2,,,,y,,,,\n',
    );
    writeFileSync(
      join(dir, 'ties.csv'),
      'source,target,type,weight,directed,date,start,end,evidence\na,b,advises,,,,,,\n',
    );
    const analyzed = runCli(['analyze', dir, '--out', join(tmp, 'analysis'), '--quiet']);
    expect(analyzed.stderr).not.toMatch(/error|INVALID_OPTION/);
    expect(analyzed.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(tmp, 'analysis', 'summary.json'), 'utf8'));
    expect(JSON.stringify(summary)).toContain('"people":2');
  });
});

describe('trackmap init <dir> --sample', () => {
  for (const sample of ['dialogue', 'quickstart']) {
    it(`--sample ${sample} writes data-samples/${sample}, byte for byte`, () => {
      const dir = join(tmp, `sample-${sample}`);
      const run = runCli(['init', dir, '--sample', sample]);
      expect(run.code).toBe(0);
      const source = repo(`data-samples/${sample}`);
      expect(readdirSync(dir).sort()).toEqual(readdirSync(source).sort());
      for (const file of readdirSync(source))
        expect(readFileSync(join(dir, file))).toEqual(readFileSync(join(source, file)));
      expect(run.stdout).toContain(`trackmap analyze ${dir} --out ${dir}-analysis, then trackmap view ${dir}-analysis`);
    });
  }

  it('an unknown sample is a usage error that names the two', () => {
    const run = runCli(['init', join(tmp, 'unknown'), '--sample', 'karate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--sample: expected dialogue or quickstart, got "karate"');
    expect(readdirSync(tmp)).not.toContain('unknown');
  });
});

describe('trackmap init refuses to overwrite', () => {
  it('a folder that is not empty: exit 2, nothing written, and what to do instead', () => {
    const dir = join(tmp, 'full');
    mkdirSync(dir);
    writeFileSync(join(dir, 'people.csv'), 'mine\n');
    const run = runCli(['init', dir, '--sample', 'quickstart']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`init: "${dir}" is not empty`);
    expect(run.stderr).toContain(`trackmap init ${dir}-2`);
    expect(readdirSync(dir)).toEqual(['people.csv']);
    expect(readFileSync(join(dir, 'people.csv'), 'utf8')).toBe('mine\n');
  });

  it('a file: exit 2', () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const run = runCli(['init', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is a file, not a folder');
  });

  it('no folder given: exit 2', () => {
    const run = runCli(['init']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('init: give the folder to write');
  });

  it('trackmap --help lists init first', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Commands:\n\s+init \[options\] \[dir\]/);
  });
});
