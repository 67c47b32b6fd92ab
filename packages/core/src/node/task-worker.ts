/**
 * A worker thread of the analysis tasks: receives a job once (the all-pairs pass or the transfer
 * simulation), then runs the tasks it is sent and posts their results back, typed arrays
 * transferred, not copied. The same handler runs in the viewer's Web Workers
 * (analysis/tasks.ts `createTaskHandler`). See threads.ts.
 */
import { parentPort } from 'node:worker_threads';
import { createTaskHandler, type TaskRequest } from '../analysis/tasks.js';

const handle = createTaskHandler();
parentPort?.on('message', (message: TaskRequest) => {
  const answer = handle(message);
  if (answer) parentPort?.postMessage(answer.reply, answer.transfer);
});
