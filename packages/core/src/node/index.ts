/**
 * @trackmap/core/node — the Node I/O layer: reading roster files, writing outputs.
 * The only part of @trackmap/core that imports `node:*`.
 */

export type { RunAllPairsOptions } from './all-pairs.js';
export {
  computeAllPairs,
  computeRosterAllPairs,
  MIN_PEOPLE_FOR_THREADS,
  runAllPairs,
  threadsFor,
} from './all-pairs.js';
export type { LoadedKey } from './key-file.js';
export { DEFAULT_KEY_FILE, loadOrCreateKey } from './key-file.js';
export type { RosterConfig, RosterLocation } from './read-roster.js';
export {
  CONFIG_FILE_NAME,
  findRosterFiles,
  loadRosterConfig,
  readRoster,
  rosterTitle,
  streamCsvFile,
} from './read-roster.js';
export type { RunCascadeOptions } from './run-cascade.js';
export { computeLatestRoundTransfer, MIN_PEOPLE_FOR_CASCADE_THREADS, runCascade } from './run-cascade.js';
export type { WriteAnalysisInput } from './write-analysis.js';
export { ANALYSIS_FILES, writeAnalysis } from './write-analysis.js';
