/**
 * people-metrics.csv carries the roster's extra people columns (issue 12, "Every file and row
 * accounted for", item 5). Before, extra columns (`Top200`, `YearOfBirth`) that the report said
 * were kept were missing from people-metrics.csv. They now follow the measures, as the import
 * kept them, and are neutralised against formulas like every cell. Needs `pnpm build` first.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'trackmap-extra-columns-'));

it('extra people columns come after the measures, formulas neutralised', () => {
  const dir = join(work, 'roster');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'people.csv'),
    [
      'id,name,track,Top200,YearOfBirth,degree',
      'a,Ana,1,yes,1950,x',
      'b,Ben,2,,1961,y',
      'c,Cy,2,"=HYPERLINK(""http://x"")",1970,z',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'ties.csv'), 'source,target\na,b\nb,c\n');
  const out = join(work, 'out');
  const run = runCli(['analyze', dir, '--out', out, '-q', '--transfer-runs', '0', '--permutations', '0']);
  expect(run.code).toBe(0);
  const [header, ...rows] = readFileSync(join(out, 'people-metrics.csv'), 'utf8').trim().split(/\r?\n/);
  const columns = (header as string).split(',');
  // After every measure and attribute (the last of which is events), in the file's order; the
  // reserved name `degree` as the import kept it (degree_input).
  expect(columns.slice(-4)).toEqual(['events', 'Top200', 'YearOfBirth', 'degree_input']);
  expect(rows[0]).toMatch(/,yes,1950,x$/);
  expect(rows[2]).toContain(`'=HYPERLINK`);
});
