/**
 * @trackmap/core — pure, isomorphic core of trackmap (no Node or DOM APIs).
 * Node file I/O lives in `@trackmap/core/node`.
 */

export type { AccessSummary, Analysis, AnalysisSummary, PersonMetrics } from './analysis/analyze.js';
// Analysis: plan → run → finish (analyzeRoster does all three in this thread)
export { analyzeRoster, assignPersonMetrics, finishAnalysis, TRACKMAP_VERSION } from './analysis/analyze.js';
export type { Asymmetry, RoundSideAccess, SideAccess } from './analysis/asymmetry.js';
export { asymmetry, sideAccess } from './analysis/asymmetry.js';
export type {
  AccessChange,
  AnalysisSnapshot,
  ComparedMeasure,
  Comparison,
  ComparisonSummary,
  DistanceChange,
  MeasureChange,
  PersonChange,
  PresenceStatus,
} from './analysis/compare.js';
export { COMPARED_MEASURES, compareAnalyses } from './analysis/compare.js';
export type { HomophilyAnalysis } from './analysis/homophily-summary.js';
export { homophilyAnalysis } from './analysis/homophily-summary.js';
export type { LatestRound, LatestRoundTransfer } from './analysis/latest-round-transfer.js';
export { latestRound, latestRoundSummary, latestRoundTransfer } from './analysis/latest-round-transfer.js';
export type {
  AnalysisInput,
  AnalysisPlan,
  AnalysisProgress,
  AnalysisStepId,
  AnalysisTasks,
  AnalyzeOptions,
} from './analysis/plan.js';
export { ANALYSIS_STEPS, DEFAULT_ANALYZE_OPTIONS, planAnalysis } from './analysis/plan.js';
export { type RosterAccess, rosterAccess } from './analysis/roster-access.js';
export type { AnalysisResults, TaskWorker, WorkerPoolOptions } from './analysis/run.js';
export { MIN_PEOPLE_FOR_WORKERS, runTasksInThread, runTasksOnWorkers, workersFor } from './analysis/run.js';
export type { AnalysisJob, AnalysisTaskResult, TaskReply, TaskRequest } from './analysis/tasks.js';
export { createTaskHandler } from './analysis/tasks.js';
// Rounds and change
export { cutRoster, tieStandsOn } from './change/cut-roster.js';
export type { RosterRound, RoundTurnover } from './change/turnover.js';
export { rosterRounds, roundTurnover } from './change/turnover.js';
export type { CommunityProfile, EchoChamberRule } from './communities/echo-chambers.js';
export { communityProfiles, DEFAULT_ECHO_CHAMBER_RULE } from './communities/echo-chambers.js';
export type { LouvainOptions, LouvainResult } from './communities/louvain.js';
export { DEFAULT_LOUVAIN_OPTIONS, louvain, louvainDetailed } from './communities/louvain.js';
export type { RosterScore, Suggestion, SuggestOptions, SuggestResult } from './design/suggest.js';
// Roster design
export { DEFAULT_SUGGEST_OPTIONS, suggestInvitations, whatIf } from './design/suggest.js';
export type {
  CategoricalAttribute,
  CategoryCounts,
  RosterComposition,
  RosterKind,
  RosterMembership,
} from './diversity/composition.js';
// Diversity, homophily, communities
export {
  blau,
  blauNormalized,
  CATEGORICAL_ATTRIBUTES,
  ideologyBin,
  ideologyStats,
  rosterComposition,
  rosterCompositions,
  rosterMemberships,
  shannon,
  totalVariationDistance,
} from './diversity/composition.js';
export type { CsvIssueCode, CsvPosition, TrackmapErrorCode } from './errors.js';
// Errors
export {
  ConvergenceError,
  formatPosition,
  InvalidGraphError,
  InvalidOptionError,
  RosterImportError,
  TrackmapError,
} from './errors.js';
export { compareCsv } from './export/compare-csv.js';
// Serialisers (strings only) and the report
export { csvCell, toCsv, toCsvChunks } from './export/csv.js';
export { graphGexf, graphGexfChunks } from './export/gexf.js';
export { graphJson, graphJsonChunks } from './export/graph-json.js';
export { graphGraphml, graphGraphmlChunks } from './export/graphml.js';
export { importIssuesCsv } from './export/import-issues.js';
export { jsonChunks } from './export/json-chunks.js';
export { describeStep, pathsCsv, pathsCsvChunks, pathsJson, pathsJsonChunks } from './export/paths.js';
export { peopleMetricsCsv, peopleMetricsCsvChunks } from './export/people-metrics.js';
export { rostersCsv } from './export/rosters-csv.js';
export { transferIntermediariesCsv, transferTargetsCsv } from './export/transfer.js';
// Graph
export { buildPersonGraph } from './graph/build-person-graph.js';
export type { CsvDelimiter, CsvRow, CsvTable } from './import/csv-table.js';
export { CsvTableBuilder, csvParseOptions, detectDelimiter, emptyCsvTable, readCsvTable } from './import/csv-table.js';
export type { DecodedText, DetectedEncoding } from './import/decode.js';
// Import
export { decodeCsvBytes, decodeWindows1252 } from './import/decode.js';
export type { ImportIssue, IssueAction, IssueLevel } from './import/issues.js';
export { makeIssue, sortIssues } from './import/issues.js';
export type { RosterConfig } from './import/roster-config.js';
export { CONFIG_FILE_NAME, parseRosterConfig, rosterConfigOptions, withRosterConfig } from './import/roster-config.js';
export type {
  CsvSource,
  ParseRosterOptions,
  ParseRosterResult,
  ReadCsvFile,
  RosterSources,
  RosterTables,
} from './import/roster-csv.js';
export { DEFAULT_PARSE_ROSTER_OPTIONS, parseRoster, parseRosterTables, readCsvSource } from './import/roster-csv.js';
export {
  normaliseHeader,
  parseBoolean,
  parseDate,
  parseNumber,
  parseTrack,
  ROSTER_COLUMNS,
  ROSTER_FILE_NAMES,
} from './import/roster-schema.js';
export type { RosterFileGuess, UnreadFile } from './import/unread-files.js';
export { guessRosterFile, headerOf, TABLE_FILE, unreadFileIssues } from './import/unread-files.js';
export type {
  AllPairsApproximation,
  AllPairsOptions,
  AllPairsPlan,
  AllPairsResult,
  AllPairsTask,
  AllPairsTaskResult,
} from './kernels/all-pairs.js';
export {
  APPROXIMATE_ABOVE,
  allPairs,
  createAllPairsScratch,
  DEFAULT_ALL_PAIRS_OPTIONS,
  finishAllPairs,
  prepareAllPairs,
  runAllPairsTask,
} from './kernels/all-pairs.js';
export { rkSampleSize, sourceSampleEpsilon, sourceSampleSize } from './kernels/approximate.js';
export type { CsrGraph } from './kernels/csr.js';
export { buildCsr, valuesByKey } from './kernels/csr.js';
export { clusteringKernel, constraintKernel, degreeKernel, effectiveSizeKernel } from './kernels/local.js';
export type { PowerIterationResult } from './kernels/spectral.js';
export { eigenvectorKernel, pagerankKernel } from './kernels/spectral.js';
export type {
  MeasureDefinition,
  MeasureKind,
  MeasureStep,
  PersonMeasure,
  PersonMeasureValues,
} from './measure-registry.js';
// The measure registry: every per-person measure, declared once
export { MEASURE_REGISTRY, PERSON_MEASURES } from './measure-registry.js';
export type { Track1Access, Track1AccessOptions } from './metrics/access/track1-access.js';
export { DEFAULT_TRACK1_ACCESS_OPTIONS, track1Access } from './metrics/access/track1-access.js';
export type { TransferBetweennessOptions } from './metrics/access/transfer-betweenness.js';
export {
  DEFAULT_TRANSFER_BETWEENNESS_OPTIONS,
  transferBetweenness,
} from './metrics/access/transfer-betweenness.js';
export type {
  BrokerageArc,
  BrokerageCounts,
  BrokerageRole,
  BrokerageRolesAssignOptions,
  BrokerageRolesOptions,
} from './metrics/brokerage/gould-fernandez.js';
export {
  BROKERAGE_ROLES,
  brokerageRoles,
  DEFAULT_BROKERAGE_ROLES_OPTIONS,
} from './metrics/brokerage/gould-fernandez.js';
// Measures
export { betweenness } from './metrics/centrality/betweenness.js';
export { closeness } from './metrics/centrality/closeness.js';
export type { EdgeWeightGetter, StrengthOptions } from './metrics/centrality/degree.js';
export { DEFAULT_STRENGTH_OPTIONS, degree, strength } from './metrics/centrality/degree.js';
export type { EigenvectorOptions } from './metrics/centrality/eigenvector.js';
export { DEFAULT_EIGENVECTOR_OPTIONS, eigenvector } from './metrics/centrality/eigenvector.js';
export { harmonic } from './metrics/centrality/harmonic.js';
export type { PagerankOptions } from './metrics/centrality/pagerank.js';
export { DEFAULT_PAGERANK_OPTIONS, pagerank } from './metrics/centrality/pagerank.js';
export type { GraphSummary } from './metrics/graph/summary.js';
export { averageClustering, degreeAssortativity, density, graphSummary } from './metrics/graph/summary.js';
export { attributeAssortativity, numericAssortativity } from './metrics/homophily/assortativity.js';
export type { EiGroup, EiIndexOptions, EiIndexResult, EiPermutationTest } from './metrics/homophily/ei-index.js';
export { DEFAULT_EI_INDEX_OPTIONS, eiIndex, eiIndexValue } from './metrics/homophily/ei-index.js';
export type { NodeMeasure, NodeValues } from './metrics/measure.js';
export { clustering } from './metrics/node/clustering.js';
export { constraint } from './metrics/structural-holes/constraint.js';
export { effectiveSize } from './metrics/structural-holes/effective-size.js';
// Utilities
export type { NumericRange } from './options.js';
export { isInRange, MAX_ROUTES, MAX_RUNS, MAX_THREADS, OPTION_RANGES, resolveOptions } from './options.js';
// Routes and asymmetry
export { kShortestPaths } from './paths/k-shortest-paths.js';
export type { Route, RouteStep, RoutesOptions, RouteTie } from './paths/routes.js';
export { DEFAULT_ROUTES_OPTIONS, describeRoute, participantRoutes, routesFrom } from './paths/routes.js';
// Confidentiality
export { hmacSha256, sha256, toHex, utf8Bytes } from './privacy/hmac-sha256.js';
export { keyWeakness, MIN_KEY_BYTES } from './privacy/key-strength.js';
export type { KeptColumnValues, PseudonymizedRoster, PseudonymizeOptions } from './privacy/pseudonymize.js';
export {
  PSEUDONYMOUS_PERSON_FIELDS,
  pseudonymizeDecisionMakerRule,
  pseudonymizeIssues,
  pseudonymizeRoster,
} from './privacy/pseudonymize.js';
export type { Pseudonymizer, PseudonymKind } from './privacy/pseudonyms.js';
export {
  assertPseudonymKey,
  compareCodeUnits,
  compareTies,
  createPseudonymizer,
  eventPseudonym,
  initiativePseudonym,
  NEUTRAL_ROUND,
  NEUTRAL_TRACKS,
  pseudonym,
  roundPseudonym,
  trackPseudonym,
} from './privacy/pseudonyms.js';
export type { CompareMarkdownOptions } from './report/compare-markdown.js';
export { compareMarkdown } from './report/compare-markdown.js';
export {
  barChart,
  escapeMarkdown,
  formatCount,
  formatFixed,
  formatPercent,
  formatPercentTight,
  plural,
  pluralNoun,
} from './report/format.js';
export type { MarkdownReportOptions } from './report/markdown.js';
export { markdownReport } from './report/markdown.js';
export { suggestReport } from './report/suggest-markdown.js';
export type { TransferReportOptions } from './report/transfer-markdown.js';
export { transferReport } from './report/transfer-markdown.js';
export type {
  CascadeCounts,
  CascadeIntermediary,
  CascadeOptions,
  CascadeProbabilityGetter,
  CascadeResult,
  CascadeRoute,
  CascadeTarget,
  PreparedCascade,
} from './transfer/independent-cascade.js';
// Transfer simulation (independent cascade)
export {
  arcProbability,
  cascadeChunks,
  DEFAULT_CASCADE_OPTIONS,
  DEFAULT_TYPE_PROBABILITY,
  independentCascade,
  mergeChunks,
  normaliseTieType,
  prepareCascade,
  simulateChunk,
  summarizeCascade,
} from './transfer/independent-cascade.js';
export type {
  Attendance,
  BrokerageColumn,
  CanonicalTrack,
  DecisionMakerRule,
  EiColumn,
  FileReport,
  GraphAttributes,
  LinkAttributes,
  LinkTie,
  Person,
  PersonAttributes,
  Roster,
  RosterEvent,
  RosterFileKind,
  RosterGraph,
  Tie,
} from './types.js';
// Types
export { BROKERAGE_COLUMNS, EI_COLUMNS, RESERVED_PERSON_ATTRIBUTES } from './types.js';
export { chunkSeed, createRng } from './utils/rng.js';
export { median } from './utils/stats.js';
