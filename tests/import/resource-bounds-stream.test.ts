/**
 * Resource bounds of the import at scale (issue #6): `readRoster` streams the files, so a large
 * attendance file imports in memory proportional to its rows and links, not to its text and
 * csv-parse's records. CI runs 10^5 attendance rows (a few seconds); the 10^6-row check runs on
 * demand with TRACKMAP_IMPORT_SCALE=1 (about 20 s of CPU and about 1 GiB; measured in
 * docs/roster-format.md "Limits" and benchmarks/RESULTS.md). Times are not asserted.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRng, RosterImportError } from '@trackmap/core';
import { readRoster } from '@trackmap/core/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'trackmap-scale-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/**
 * `rows` attendance rows: working groups of 20 people meeting in events of 10 (45 pairs each),
 * with one duplicate row and one unknown person every 10,000 rows, so skipped rows are counted.
 */
async function roster(rows: number, eventSize = 10): Promise<string> {
  const dir = join(root, `rows-${rows}-${eventSize}`);
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  const rng = createRng(3);
  const people = Math.max(1_000, rows / 20);
  const events = Math.ceil(rows / eventSize);
  const groups = Math.floor(people / 20);
  const p = ['id,side,track'];
  for (let i = 0; i < people; i++) p.push(`p${i},${i % 2 ? 'A' : 'B'},${i % 10 === 0 ? 1 : 2}`);
  const e = ['id,date,round'];
  const a = ['person,event'];
  for (let k = 0; k < events; k++) {
    e.push(`e${k},${2000 + (k % 20)}-01-01,${k % 150}`);
    if (eventSize > 20) {
      for (let q = 0; q < eventSize; q++) a.push(`p${(k * 7 + q) % people},e${k}`);
      continue;
    }
    const g = Math.floor(rng() * groups);
    const present = new Set<number>();
    while (present.size < eventSize) present.add(g * 20 + Math.floor(rng() * 20));
    for (const q of present) a.push(`p${q},e${k}`);
    if (k % 1_000 === 0) a.push(a.at(-1) as string, `nobody,e${k}`);
  }
  await writeFile(join(dir, 'people.csv'), `${p.join('\n')}\n`);
  await writeFile(join(dir, 'events.csv'), `${e.join('\n')}\n`);
  await writeFile(join(dir, 'attendance.csv'), `${a.join('\n')}\n`);
  return dir;
}

async function importsAccountingForEveryRow(rows: number) {
  const dir = await roster(rows);
  const before = process.resourceUsage().maxRSS;
  const { roster: r, graph, issues } = await readRoster({ dir });
  const grownMiB = (process.resourceUsage().maxRSS - before) / 1024;
  const attendance = r.files.find((f) => f.kind === 'attendance');
  const extra = 2 * Math.ceil(rows / 10 / 1_000);
  expect(attendance?.rowsRead).toBe(rows + extra);
  for (const f of r.files) expect(f.rowsUsed + f.rowsSkipped).toBe(f.rowsRead);
  expect(attendance?.rowsSkipped).toBe(extra);
  expect(r.attendance).toHaveLength(rows);
  expect(issues.filter((i) => i.code === 'CSV_DUPLICATE_TIE')).toHaveLength(extra / 2);
  expect(issues.filter((i) => i.code === 'CSV_UNKNOWN_NODE')).toHaveLength(extra / 2);
  expect(graph.size).toBeGreaterThan(0);
  return grownMiB;
}

describe('import at scale (streamed)', () => {
  it('10^5 attendance rows import, every row accounted for', async () => {
    await importsAccountingForEveryRow(100_000);
  }, 60_000);

  it.runIf(process.env.TRACKMAP_IMPORT_SCALE === '1')(
    '10^6 attendance rows import within 1.5 GiB more memory (on demand)',
    async () => {
      expect(await importsAccountingForEveryRow(1_000_000)).toBeLessThan(1_536);
    },
    600_000,
  );

  it('co-attendance beyond the pair limit still stops with CSV_TOO_LARGE, from files too', async () => {
    // 20,000 rows in events of 200: 100 × 19,900 = 1,990,000 pairs, over a limit of 1,000,000.
    const dir = await roster(20_000, 200);
    const error = await readRoster({ dir }, { maxProjectedPairs: 1_000_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterImportError);
    expect((error as RosterImportError).issues.map((i) => i.code)).toEqual(['CSV_TOO_LARGE']);
  }, 60_000);
});
