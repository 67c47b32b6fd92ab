/**
 * The runners of an analysis give, bit for bit, what one thread gives, whatever the number of
 * workers and the order in which they answer: the pool (utils/pool.ts) with the task handler the
 * real workers run (`createTaskHandler`), for both jobs (the all-pairs pass, exact and sampled, and
 * the transfer simulation), and `runTasksOnWorkers` + `finishAnalysis` against `analyzeRoster`.
 * Workers are simulated in-process: each message is structured-cloned (as postMessage does) and
 * answered after a random delay, so tasks finish out of order. (Real worker threads:
 * test/node/threads.test.ts; real Web Workers: tests/e2e/workers.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRoster, finishAnalysis } from '../../src/analysis/analyze.js';
import { type AnalysisPlan, planAnalysis } from '../../src/analysis/plan.js';
import {
  MIN_PEOPLE_FOR_WORKERS,
  runTasksInThread,
  runTasksOnWorkers,
  type TaskWorker,
  workersFor,
} from '../../src/analysis/run.js';
import {
  type AnalysisJob,
  createTaskHandler,
  finishJob,
  jobTaskCount,
  runJobInThread,
} from '../../src/analysis/tasks.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import { runPool } from '../../src/utils/pool.js';
import { createRng } from '../../src/utils/rng.js';

function fakeWorker(random: () => number, log: number[], failAt = -1): TaskWorker {
  const handle = createTaskHandler();
  const worker: TaskWorker = {
    onmessage: null,
    onerror: null,
    terminate: () => {},
    postMessage(message) {
      const copy = structuredClone(message);
      if (copy.type === 'init') {
        expect(handle(copy)).toBeNull();
        return;
      }
      setTimeout(
        () => {
          const answer = handle(copy);
          if (!answer) throw new Error('no answer to a task');
          const reply = copy.position === failAt ? { error: 'boom' } : answer.reply;
          log.push(copy.position);
          worker.onmessage?.({ data: structuredClone(reply) });
        },
        Math.floor(random() * 4),
      );
    },
  };
  return worker;
}

function lcg(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const dialogue = () => {
  const file = (name: string) => ({
    name,
    text: readFileSync(new URL(`../../../../data-samples/dialogue/${name}`, import.meta.url), 'utf8'),
  });
  return parseRoster({
    people: file('people.csv'),
    ties: file('ties.csv'),
    events: file('events.csv'),
    attendance: file('attendance.csv'),
  });
};

function jobs(plan: AnalysisPlan): [string, AnalysisJob][] {
  const out: [string, AnalysisJob][] = [['all-pairs', plan.tasks.allPairs]];
  if (plan.tasks.transfer) out.push(['cascade', plan.tasks.transfer]);
  return out;
}

describe('the pool with the task handler', () => {
  const imported = dialogue();
  for (const approximate of [false, true]) {
    const plan = planAnalysis(imported, { approximate, epsilon: 0.2, transferRuns: 6000 });
    for (const [name, job] of jobs(plan)) {
      if (approximate && name === 'cascade') continue;
      const expected = runJobInThread(job);
      for (const workers of [1, 2, 3, 5]) {
        it(`${name}${approximate ? ' (sampled)' : ''} on ${workers} worker(s) equals one thread bit for bit`, async () => {
          const random = lcg(7 * workers + (approximate ? 1 : 0));
          const order: number[] = [];
          const progress: number[] = [];
          const count = jobTaskCount(job);
          const results = await runPool(job, count, {
            workers,
            create: () => fakeWorker(random, order),
            onProgress: (done) => progress.push(done),
          });
          expect(finishJob(job, results as never)).toEqual(expected);
          expect(progress).toEqual(Array.from({ length: count }, (_t, i) => i + 1));
          if (workers > 2 && count > 20) expect(order).not.toEqual([...order].sort((a, b) => a - b));
        });
      }
    }
  }

  it('finishes without a progress callback', async () => {
    const { allPairs } = planAnalysis(imported).tasks;
    const results = await runPool(allPairs, jobTaskCount(allPairs), {
      workers: 2,
      create: () => fakeWorker(Math.random, []),
    });
    expect(finishJob(allPairs, results as never)).toEqual(runJobInThread(allPairs));
  });

  it('rejects with the worker message when a task fails', async () => {
    const { allPairs } = planAnalysis(imported).tasks;
    await expect(
      runPool(allPairs, jobTaskCount(allPairs), { workers: 2, create: () => fakeWorker(Math.random, [], 3) }),
    ).rejects.toThrow('worker: boom');
  });
});

describe('runTasksOnWorkers', () => {
  it(`keeps jobs under ${MIN_PEOPLE_FOR_WORKERS} people in the calling thread`, () => {
    const { allPairs } = planAnalysis(dialogue()).tasks;
    expect(allPairs.plan.spec.n).toBeLessThan(MIN_PEOPLE_FOR_WORKERS);
    expect(workersFor(allPairs, 8)).toBe(1);
    const big = { ...allPairs, plan: { ...allPairs.plan, spec: { ...allPairs.plan.spec, n: MIN_PEOPLE_FOR_WORKERS } } };
    expect(workersFor(big, 8)).toBe(Math.min(8, allPairs.plan.tasks.length));
    expect(workersFor(big, 1)).toBe(1);
  });

  it('on a 1,100-person roster: the same analysis as analyzeRoster, and the progress of one step list', async () => {
    const rng = createRng(3);
    const people = ['id,name,track'];
    for (let i = 0; i < 1100; i++) people.push(`p${i},P ${i},${i % 20 === 0 ? 1 : 2}`);
    const ties = ['source,target'];
    for (let i = 1; i < 1100; i++) ties.push(`p${Math.floor(rng() * i)},p${i}`);
    const imported = parseRoster({
      people: { name: 'people.csv', text: people.join('\n') },
      ties: { name: 'ties.csv', text: ties.join('\n') },
    });
    const options = { transferRuns: 0, permutations: 0 };
    const steps: string[] = [];
    const plan = planAnalysis(imported, {
      ...options,
      onProgress: (p) => {
        if (!p.tasks) steps.push(`${p.done}/${p.total} ${p.step}`);
      },
    });
    const created: number[] = [];
    const results = await runTasksOnWorkers(plan, {
      workers: 3,
      create: () => {
        created.push(1);
        return fakeWorker(lcg(created.length), []);
      },
    });
    expect(created).toHaveLength(3);
    expect(results).toEqual(runTasksInThread(planAnalysis(imported, options)));
    expect(finishAnalysis(plan, results)).toEqual(analyzeRoster(imported, options));
    expect(steps).toEqual([
      '0/13 betweenness, transfer betweenness, closeness, harmonic (one pass)',
      '1/13 transfer simulation from the latest round',
      '2/13 degree and strength',
      '3/13 access to decision-makers',
      '4/13 pagerank',
      '5/13 eigenvector',
      '6/13 constraint, effective size, clustering, core number',
      '7/13 communities',
      '8/13 brokerage roles',
      '9/13 asymmetry between sides',
      '10/13 routes to decision-makers',
      '11/13 homophily, communities and roster diversity',
      '12/13 graph summary',
      '13/13 done',
    ]);
  });
});
