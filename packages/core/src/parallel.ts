/**
 * @trackmap/core/parallel — plans, tasks and pools, for callers that run the heavy passes of an
 * analysis (the all-pairs pass and the transfer simulation) on threads or Web Workers.
 *
 *   const plan = planAnalysis(imported, options);              // options checked, tasks prepared
 *   const results = await runTasksOnWorkers(plan, { workers, create });
 *   const analysis = finishAnalysis(plan, results);            // every other step
 *
 * Each worker runs `createTaskHandler()` on its messages. Every runner merges the tasks in task
 * order, so the analysis is the same, bit for bit, on any number of workers. In Node,
 * `runTasksOnThreads` of `@trackmap/core/node` is this runner on worker threads; `analyzeRoster`
 * of `@trackmap/core` is all three in the calling thread. Pure: no Node or DOM APIs.
 */

export { finishAnalysis } from './analysis/analyze.js';
export type { AnalysisPlan, AnalysisTasks } from './analysis/plan.js';
export { planAnalysis } from './analysis/plan.js';
export type { AnalysisResults, TaskWorker, WorkerPoolOptions } from './analysis/run.js';
export { MIN_PEOPLE_FOR_WORKERS, runJob, runTasksInThread, runTasksOnWorkers, workersFor } from './analysis/run.js';
export type {
  AnalysisJob,
  AnalysisJobKind,
  AnalysisJobKinds,
  AnalysisTaskResult,
  TaskReply,
  TaskRequest,
} from './analysis/tasks.js';
export { createTaskHandler } from './analysis/tasks.js';
export type { AllPairsApproximation, AllPairsPlan, AllPairsResult } from './kernels/all-pairs.js';
export type { CascadeCounts, PreparedCascade } from './transfer/independent-cascade.js';
export { prepareCascade } from './transfer/independent-cascade.js';
