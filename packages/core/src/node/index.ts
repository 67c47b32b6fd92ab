/**
 * @trackmap/core/node — the Node layer: reading roster files and folders (streamed, any
 * encoding), writing outputs (all or nothing, the large ones streamed), the pseudonymisation key
 * file, and the heavy passes on worker threads. The only part of @trackmap/core that imports
 * `node:*`.
 */

export { MAP_MAX_LINKS, mapNotWrittenReason } from '../export/map-html.js';
export type { LoadedKey } from './key-file.js';
export { DEFAULT_KEY_FILE, loadOrCreateKey } from './key-file.js';
export type { OutputContent, OutputFile, WriteOutputOptions } from './output-files.js';
export { checkOutputFolder, OutputWriteError, writeOutputFiles } from './output-files.js';
export type { RosterLocation } from './read-roster.js';
export { findRosterFiles, loadRosterConfig, readRoster, rosterFilePaths, rosterTitle } from './read-roster.js';
export type { RunOnThreadsOptions, ThreadOptions } from './threads.js';
export { runCascade, runTasksOnThreads } from './threads.js';
export type { WriteAnalysisInput } from './write-analysis.js';
export { ANALYSIS_FILES, writeAnalysis } from './write-analysis.js';
