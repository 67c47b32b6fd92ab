/**
 * One worker of the all-pairs pool (the core's kernels/all-pairs-pool.ts): receives the plan once, then runs the
 * tasks it is sent and posts their partial sums back, typed arrays transferred, not copied.
 */

import {
  type AllPairsPlan,
  createAllPairsScratch,
  type PassReply,
  type PassRequest,
  runAllPairsTask,
} from '@trackmap/core';

let plan: AllPairsPlan | undefined;
let scratch: ReturnType<typeof createAllPairsScratch> | undefined;

self.onmessage = (event: MessageEvent<PassRequest>) => {
  const message = event.data;
  try {
    if (message.type === 'init') {
      plan = message.plan;
      scratch = createAllPairsScratch(plan);
      return;
    }
    if (!plan || !scratch) throw new Error('task received before the plan');
    const task = plan.tasks[message.position];
    if (!task) throw new Error(`no task ${message.position}`);
    const result = runAllPairsTask(plan, task, scratch);
    const buffers =
      result.kind === 'rk'
        ? [result.hits.buffer]
        : [
            result.partial.betweenness,
            result.partial.transfer,
            result.partial.distanceSum,
            result.partial.reach,
            result.partial.harmonic,
          ]
            .filter((a): a is Float64Array | Int32Array => a !== null)
            .map((a) => a.buffer);
    self.postMessage({ position: message.position, result } satisfies PassReply, {
      transfer: buffers as ArrayBuffer[],
    });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies PassReply);
  }
};
