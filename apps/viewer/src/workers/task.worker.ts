/**
 * One task worker of the analysis (the core's analysis/tasks.ts): receives a job once (the
 * all-pairs pass), then runs the tasks it is sent and posts their results back, typed arrays
 * transferred, not copied. The same handler runs in the CLI's worker threads.
 */

import { createTaskHandler, type TaskRequest } from '@trackmap/core/parallel';

const handle = createTaskHandler();

self.onmessage = (event: MessageEvent<TaskRequest>) => {
  const answer = handle(event.data);
  if (answer) self.postMessage(answer.reply, { transfer: answer.transfer });
};
