/**
 * @trackmap/core/node — the Node I/O layer: reading roster files, writing outputs.
 * The only part of @trackmap/core that imports `node:*`.
 */

export type { RosterConfig } from '../import/roster-config.js';
export type { LoadedKey } from './key-file.js';
export { DEFAULT_KEY_FILE, loadOrCreateKey } from './key-file.js';
export type { OutputContent, OutputFile, WriteOutputOptions } from './output-files.js';
export { checkOutputFolder, OutputWriteError, writeOutputFiles } from './output-files.js';
export type { RosterLocation } from './read-roster.js';
export {
  CONFIG_FILE_NAME,
  findRosterFiles,
  loadRosterConfig,
  readRoster,
  rosterFilePaths,
  rosterTitle,
  streamCsvFile,
} from './read-roster.js';
export type { RunOnThreadsOptions, ThreadOptions } from './threads.js';
export { computeAllPairs, runCascade, runTasksOnThreads } from './threads.js';
export type { WriteAnalysisInput } from './write-analysis.js';
export { ANALYSIS_FILES, writeAnalysis } from './write-analysis.js';
