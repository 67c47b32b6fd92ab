/**
 * The heavy tasks of an analysis on worker threads (`runTasksOnThreads`) give, bit for bit, what
 * `runTasksInThread` gives, on 1 and 2 threads, for a roster above the threads threshold with a
 * transfer simulation; `finishAnalysis` on them equals `analyzeRoster`, and the latest-round
 * transfer equals `latestRoundTransfer`. Worker threads need the compiled worker
 * (dist/node/task-worker.js), so this test runs against the build (`pnpm build` before running
 * it alone).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeRoster } from '../../src/analysis/analyze.js';
import { latestRoundTransfer } from '../../src/analysis/latest-round-transfer.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import { createRng } from '../../src/utils/rng.js';

const DIST = new URL('../../dist/node/index.js', import.meta.url);
const CORE = new URL('../../dist/parallel.js', import.meta.url);
const built = existsSync(fileURLToPath(DIST));

function csv(rows: string[]): { name: string; bytes: Uint8Array } {
  return { name: 'x.csv', bytes: new TextEncoder().encode(`${rows.join('\n')}\n`) };
}

/** 1,200 people (above the threads threshold), every 25th a decision-maker, 30 dated events in 10 rounds. */
function generated() {
  const rng = createRng(11);
  const people = 1200;
  const rows = ['id,name,track'];
  for (let i = 0; i < people; i++) rows.push(`p${i},Person ${i},${i % 25 === 0 ? 1 : 2}`);
  const ties = ['source,target,type'];
  const seen = new Set<string>();
  for (let k = 0; k < people * 2; k++) {
    const a = Math.floor(rng() * people);
    const b = rng() < 0.9 ? (a + 1 + Math.floor(rng() * 20)) % people : Math.floor(rng() * people);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    ties.push(`p${a},p${b},${k % 3 === 0 ? 'advises' : 'friend'}`);
  }
  const events = ['id,name,date,round'];
  const attendance = ['person,event'];
  for (let e = 0; e < 30; e++) {
    const round = Math.floor(e / 3) + 1;
    events.push(`e${e},Event ${e},20${10 + round}-0${(e % 3) + 1}-15,${round}`);
    const start = Math.floor(rng() * people);
    for (let j = 0; j < 12; j++) attendance.push(`p${(start + j * 7) % people},e${e}`);
  }
  return parseRoster({ people: csv(rows), ties: csv(ties), events: csv(events), attendance: csv(attendance) });
}

describe.skipIf(!built)('analysis tasks on worker threads (built package)', () => {
  const imported = generated();
  const options = { permutations: 0, transferRuns: 2000 };

  it("equal the tasks in one thread on 1 and 2 threads, and give analyzeRoster's analysis", async () => {
    const core = await import(CORE.href);
    const node = await import(DIST.href);
    const plan = core.planAnalysis(imported, options);
    const inThread = core.runTasksInThread(plan);
    expect(inThread.transfer).not.toBeNull();
    for (const threads of [1, 2]) {
      const results = await node.runTasksOnThreads(plan, { threads });
      expect(results).toEqual(inThread);
    }
    const analysis = core.finishAnalysis(plan, inThread);
    expect(analysis).toEqual(analyzeRoster(imported, options));
    expect(analysis.summary.transfer).toEqual(latestRoundTransfer(imported.roster, imported.graph, 2000, 42));
  }, 120_000);

  it('rejects a thread count that is not a positive integer', async () => {
    const core = await import(CORE.href);
    const node = await import(DIST.href);
    const plan = core.planAnalysis(imported, { permutations: 0, transferRuns: 10 });
    await expect(node.runTasksOnThreads(plan, { threads: 0 })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });
});
