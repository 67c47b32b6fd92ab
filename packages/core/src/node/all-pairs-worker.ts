/**
 * Worker thread of the all-pairs pass: receives the plan once, then runs the tasks it is sent
 * and posts their partial sums back (typed arrays transferred, not copied). See all-pairs.ts.
 */
import { parentPort } from 'node:worker_threads';
import {
  type AllPairsPlan,
  type AllPairsScratch,
  type AllPairsTaskResult,
  createAllPairsScratch,
  runAllPairsTask,
} from '../kernels/all-pairs.js';

type Message = { type: 'init'; plan: AllPairsPlan } | { type: 'task'; position: number };

let plan: AllPairsPlan | undefined;
let scratch: AllPairsScratch | undefined;
parentPort?.on('message', (message: Message) => {
  if (message.type === 'init') {
    plan = message.plan;
    scratch = createAllPairsScratch(plan);
    return;
  }
  if (!plan || !scratch) throw new Error('all-pairs worker: task received before the plan');
  const result = runAllPairsTask(plan, plan.tasks[message.position] as AllPairsPlan['tasks'][number], scratch);
  parentPort?.postMessage({ position: message.position, result }, buffersOf(result));
});

function buffersOf(result: AllPairsTaskResult): ArrayBuffer[] {
  if (result.kind === 'rk') return [result.hits.buffer as ArrayBuffer];
  const p = result.partial;
  return [p.betweenness, p.transfer, p.distanceSum, p.reach, p.harmonic]
    .filter((a): a is Float64Array | Int32Array => a !== null)
    .map((a) => a.buffer as ArrayBuffer);
}
