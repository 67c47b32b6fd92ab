/**
 * The core's worker pool for the all-pairs pass, as the viewer uses it on Web Workers, gives, bit for bit, the one-thread result
 * (`allPairs` of the core) whatever the number of workers and the order in which they answer.
 * Workers are simulated in-process: each message is structured-cloned (as postMessage does)
 * and answered after a random delay, so tasks finish out of order.
 */

import {
  type AllPairsPlan,
  allPairs,
  buildCsr,
  createAllPairsScratch,
  DEFAULT_ANALYZE_OPTIONS,
  MIN_PEOPLE_FOR_WORKERS,
  type PassReply,
  type PassRequest,
  type PassWorker,
  parseRoster,
  prepareAllPairs,
  rosterAllPairsInput,
  runAllPairsPool,
  runAllPairsTask,
  workersFor,
} from '@trackmap/core';
import { describe, expect, it } from 'vitest';
import { sampleSources } from './helpers.js';

function fakeWorker(random: () => number, log: number[], failAt = -1): PassWorker {
  let plan: AllPairsPlan | undefined;
  let scratch: ReturnType<typeof createAllPairsScratch> | undefined;
  const worker: PassWorker = {
    onmessage: null,
    onerror: null,
    terminate: () => {},
    postMessage(message: PassRequest) {
      const copy = structuredClone(message);
      if (copy.type === 'init') {
        plan = copy.plan;
        scratch = createAllPairsScratch(plan);
        return;
      }
      setTimeout(
        () => {
          if (!plan || !scratch) throw new Error('no plan');
          const reply: PassReply =
            copy.position === failAt
              ? { error: 'boom' }
              : { position: copy.position, result: runAllPairsTask(plan, plan.tasks[copy.position]!, scratch) };
          log.push(copy.position);
          worker.onmessage?.({ data: structuredClone(reply) });
        },
        Math.floor(random() * 4),
      );
    },
  };
  return worker;
}

function plansOfDialogue(approximate: boolean) {
  const imported = parseRoster(sampleSources('dialogue'));
  const csr = buildCsr(imported.graph);
  const d = DEFAULT_ANALYZE_OPTIONS;
  const input = rosterAllPairsInput(imported.graph, csr, {
    seed: d.seed,
    approximate,
    approximateAbove: d.approximateAbove,
    epsilon: 0.2,
    delta: d.delta,
  });
  return { plan: prepareAllPairs(csr, input), expected: allPairs(csr, input) };
}

describe('runAllPairsPool', () => {
  for (const approximate of [false, true]) {
    for (const workers of [1, 2, 3, 5]) {
      it(`${approximate ? 'sampled' : 'exact'} pass on ${workers} worker(s) equals the one-thread pass bit for bit`, async () => {
        const { plan, expected } = plansOfDialogue(approximate);
        let seed = 7 * workers + (approximate ? 1 : 0);
        const random = () => {
          seed = (seed * 1103515245 + 12345) % 2 ** 31;
          return seed / 2 ** 31;
        };
        const order: number[] = [];
        const progress: number[] = [];
        const result = await runAllPairsPool(plan, {
          workers,
          create: () => fakeWorker(random, order),
          onProgress: (done) => progress.push(done),
        });
        expect(result).toEqual(expected);
        for (const key of ['betweenness', 'closeness', 'harmonic', 'transfer'] as const) {
          expect(Array.from(result[key] ?? [])).toEqual(Array.from(expected[key] ?? []));
        }
        expect(progress).toEqual(plan.tasks.map((_t, i) => i + 1));
        if (workers > 2) expect(order).not.toEqual([...order].sort((a, b) => a - b));
      });
    }
  }

  it('finishes without a progress callback', async () => {
    const { plan, expected } = plansOfDialogue(false);
    const result = await runAllPairsPool(plan, { workers: 2, create: () => fakeWorker(Math.random, []) });
    expect(result).toEqual(expected);
  });

  it('rejects with the worker message when a task fails', async () => {
    const { plan } = plansOfDialogue(false);
    await expect(runAllPairsPool(plan, { workers: 2, create: () => fakeWorker(Math.random, [], 3) })).rejects.toThrow(
      'all-pairs worker: boom',
    );
  });
});

describe('workersFor', () => {
  it(`keeps rosters under ${MIN_PEOPLE_FOR_WORKERS} people in the calling worker`, () => {
    const { plan } = plansOfDialogue(false);
    expect(plan.spec.n).toBeLessThan(MIN_PEOPLE_FOR_WORKERS);
    expect(workersFor(plan, 8)).toBe(1);
    const big = { ...plan, spec: { ...plan.spec, n: MIN_PEOPLE_FOR_WORKERS } };
    expect(workersFor(big, 8)).toBe(Math.min(8, plan.tasks.length));
    expect(workersFor(big, 1)).toBe(1);
  });
});
