/**
 * @trackmap/core — what a user of the library calls: import a roster, build the person graph,
 * compute the measures, analyse, and write the reports and graph files (as strings). Pure and
 * isomorphic: no Node or DOM APIs.
 *
 * The other entry points: `@trackmap/core/parallel` (plan → run → finish, and the task workers,
 * for callers that run the heavy passes on threads or Web Workers) and `@trackmap/core/node`
 * (reading roster files, writing outputs, worker threads). Everything not exported here or there
 * is internal. `tests/architecture/public-api.test.ts` holds the list of every export, so a change
 * to it is deliberate.
 */

// ---------------------------------------------------------------------------------------------
// Import: CSV text → roster → person graph
// ---------------------------------------------------------------------------------------------

export type { CsvDelimiter, CsvRow, CsvTable, HeaderCell, ReadCsvTableOptions } from './import/csv-table.js';
export { readCsvTable } from './import/csv-table.js';
export {
  DEFAULT_DECISION_MAKER_RULE,
  formatDecisionMakerRule,
  parseDecisionMakerRule,
} from './import/decision-makers.js';
export { parseGraphJson } from './import/graph-json.js';
export { makeIssue } from './import/issues.js';
export type { RosterConfig } from './import/roster-config.js';
export { CONFIG_FILE_NAME, parseRosterConfig, rosterConfigOptions, withRosterConfig } from './import/roster-config.js';
export type { CsvSource, ParseRosterOptions, ParseRosterResult, RosterSources } from './import/roster-csv.js';
export { DEFAULT_PARSE_ROSTER_OPTIONS, parseRoster } from './import/roster-csv.js';
export { type ColumnSpec, ROSTER_COLUMNS, ROSTER_FILE_NAMES } from './import/roster-schema.js';

// ---------------------------------------------------------------------------------------------
// The roster and the person graph
// ---------------------------------------------------------------------------------------------

export { buildPersonGraph } from './graph/build-person-graph.js';
export type {
  Attendance,
  AttributeCoding,
  BrokerageColumn,
  CanonicalTrack,
  DecisionMakerMatchMode,
  DecisionMakerRule,
  DecisionMakerRuleFile,
  DecisionMakerRuleMatch,
  EiColumn,
  ExtraAttributes,
  FileReport,
  GraphAttributes,
  ImportMapping,
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
export { BROKERAGE_COLUMNS, EI_COLUMNS, RESERVED_PERSON_ATTRIBUTES } from './types.js';

// ---------------------------------------------------------------------------------------------
// Measures: each returns a mapping and leaves the graph alone (`.assign` writes it)
// ---------------------------------------------------------------------------------------------

export type { CommunityProfile, EchoChamberRule } from './communities/echo-chambers.js';
export { communityProfiles, DEFAULT_ECHO_CHAMBER_RULE } from './communities/echo-chambers.js';
export type { LouvainOptions, LouvainResult } from './communities/louvain.js';
export {
  adjustedRandIndex,
  autoLouvainRuns,
  DEFAULT_LOUVAIN_OPTIONS,
  LOUVAIN_FEW_RUNS_ABOVE,
  LOUVAIN_MANY_RUNS_UP_TO,
  louvain,
  louvainDetailed,
} from './communities/louvain.js';
export type {
  AttributeComposition,
  CategoricalAttribute,
  CategoryCounts,
  DiversityOptions,
  IdeologyComposition,
  IdeologyOptions,
  IdeologyStats,
  RosterComposition,
  RosterCompositionOptions,
  RosterCompositionRow,
  RosterCompositionsOptions,
  RosterKind,
  RosterMembership,
  ShannonOptions,
} from './diversity/composition.js';
export {
  blau,
  blauNormalized,
  CATEGORICAL_ATTRIBUTES,
  DEFAULT_DIVERSITY_OPTIONS,
  DEFAULT_IDEOLOGY_OPTIONS,
  DEFAULT_ROSTER_COMPOSITION_OPTIONS,
  DEFAULT_ROSTER_COMPOSITIONS_OPTIONS,
  DEFAULT_SHANNON_OPTIONS,
  ideologyStats,
  rosterComposition,
  rosterCompositions,
  rosterMemberships,
  shannon,
  totalVariationDistance,
} from './diversity/composition.js';
export type {
  MeasureDefinition,
  MeasureKind,
  MeasureStep,
  PersonMeasure,
  PersonMeasureValues,
} from './measure-registry.js';
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
export { kShortestPaths } from './paths/k-shortest-paths.js';
export type { Route, RouteStep, RoutesOptions, RouteTie } from './paths/routes.js';
export { DEFAULT_ROUTES_OPTIONS, participantRoutes, routesFrom } from './paths/routes.js';
export type {
  CascadeIntermediary,
  CascadeOptions,
  CascadeProbabilityGetter,
  CascadeResult,
  CascadeRoute,
  CascadeTarget,
} from './transfer/independent-cascade.js';
export {
  DEFAULT_CASCADE_OPTIONS,
  DEFAULT_TYPE_PROBABILITY,
  independentCascade,
  normaliseTieType,
} from './transfer/independent-cascade.js';

// ---------------------------------------------------------------------------------------------
// Analysis: every measure of a roster at once, and what is built on it
// ---------------------------------------------------------------------------------------------

export type { AccessSummary, Analysis, AnalysisSummary, PersonMetrics } from './analysis/analyze.js';
export { analyzeRoster, assignPersonMetrics, TRACKMAP_VERSION } from './analysis/analyze.js';
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
export type { AnalysisInput, AnalysisProgress, AnalysisStepId, AnalyzeOptions } from './analysis/plan.js';
export { ANALYSIS_STEPS, DEFAULT_ANALYZE_OPTIONS } from './analysis/plan.js';
export { type RosterAccess, rosterAccess } from './analysis/roster-access.js';
export { cutRoster } from './change/cut-roster.js';
export type { RosterRound, RoundTurnover } from './change/turnover.js';
export { rosterRounds, roundTurnover } from './change/turnover.js';
export type { RosterScore, Suggestion, SuggestOptions, SuggestResult } from './design/suggest.js';
export { DEFAULT_SUGGEST_OPTIONS, suggestInvitations, whatIf } from './design/suggest.js';

// ---------------------------------------------------------------------------------------------
// Reports (Markdown) and export (CSV, JSON, GEXF, GraphML), as strings
// ---------------------------------------------------------------------------------------------

export { compareCsv } from './export/compare-csv.js';
export { toCsv } from './export/csv.js';
export { graphGexf, graphGexfChunks } from './export/gexf.js';
export { graphJson, graphJsonChunks } from './export/graph-json.js';
export { graphGraphml, graphGraphmlChunks } from './export/graphml.js';
export { importIssuesCsv } from './export/import-issues.js';
export {
  describeStep,
  type EventNames,
  type PathsCsvOptions,
  pathsCsv,
  pathsCsvChunks,
  pathsJson,
  pathsJsonChunks,
} from './export/paths.js';
export { peopleMetricsCsv, peopleMetricsCsvChunks } from './export/people-metrics.js';
export { rostersCsv } from './export/rosters-csv.js';
export { transferIntermediariesCsv, transferTargetsCsv } from './export/transfer.js';
export type { CompareMarkdownOptions } from './report/compare-markdown.js';
export { compareMarkdown } from './report/compare-markdown.js';
export {
  formatCount,
  formatFixed,
  formatPercent,
  formatPercentTight,
  plural,
  pluralNoun,
} from './report/format.js';
export { markdownReport } from './report/markdown.js';
export type { MarkdownReportOptions } from './report/sections/section.js';
export { suggestReport } from './report/suggest-markdown.js';
export type { TransferReportOptions } from './report/transfer-markdown.js';
export { transferReport } from './report/transfer-markdown.js';

// ---------------------------------------------------------------------------------------------
// Confidentiality: keyed pseudonyms
// ---------------------------------------------------------------------------------------------

export { keyWeakness, MIN_KEY_BYTES } from './privacy/key-strength.js';
export type { KeptColumnValues, PseudonymizedRoster, PseudonymizeOptions } from './privacy/pseudonymize.js';
export { PSEUDONYMOUS_PERSON_FIELDS, pseudonymizeIssues, pseudonymizeRoster } from './privacy/pseudonymize.js';
export { type PseudonymizedGraph, pseudonymizeGraph } from './privacy/pseudonymize-graph.js';
export type { Pseudonymizer, PseudonymKind } from './privacy/pseudonyms.js';
export { createPseudonymizer, pseudonym } from './privacy/pseudonyms.js';

// ---------------------------------------------------------------------------------------------
// Errors, option ranges, seeded random numbers
// ---------------------------------------------------------------------------------------------

export type { CsvIssueCode, CsvPosition, ImportIssue, IssueAction, IssueLevel, TrackmapErrorCode } from './errors.js';
export {
  ConvergenceError,
  InvalidGraphError,
  InvalidOptionError,
  RosterImportError,
  TrackmapError,
} from './errors.js';
export type { NumericRange } from './options.js';
export { isInRange, MAX_COMMUNITY_RUNS, MAX_ROUTES, MAX_RUNS, MAX_THREADS, OPTION_RANGES } from './options.js';
export { createRng } from './utils/rng.js';
