/** Shared by every command that reads a roster: the location and import options from the flags. */

import {
  buildPersonGraph,
  DEFAULT_DECISION_MAKER_RULE,
  type DecisionMakerRule,
  formatDecisionMakerRule,
  type KeptColumnValues,
  type ParseRosterOptions,
  type ParseRosterResult,
  type Person,
  type PseudonymizeOptions,
  plural,
  pseudonymizeIssues,
  pseudonymizeRoster,
} from '@trackmap/core';
import { type LoadedKey, loadOrCreateKey, type RosterLocation, readRoster, rosterTitle } from '@trackmap/core/node';
import type { TextSink } from '../io.js';
import { UsageError } from '../report-error.js';

/** The flags of ROSTER_INPUT_OPTIONS, which every command takes (`view` too). */
export interface RosterInputFlags {
  people?: string;
  ties?: string;
  events?: string;
  attendance?: string;
  /** A config file, or `false` for `--no-config`. */
  config?: string | false;
  column?: Record<string, Record<string, string>>;
  track?: Record<string, string>;
  decisionMakers?: DecisionMakerRule[];
}

/** Every roster flag of the commands that import in Node. */
export interface RosterFlags extends RosterInputFlags {
  strict?: boolean;
  maxEventSize?: ParseRosterOptions['maxEventSize'];
  maxPairs?: ParseRosterOptions['maxProjectedPairs'];
  pseudonymize?: boolean;
  keyFile?: string;
  keepColumn?: string[];
  dropColumn?: string[];
}

/** The roster files given explicitly, by kind. */
export const ROSTER_FILE_FLAGS = ['people', 'ties', 'events', 'attendance'] as const;

export function rosterLocation(command: string, roster: string | undefined, flags: RosterInputFlags): RosterLocation {
  if (roster === undefined && flags.people === undefined) {
    throw new UsageError(
      `${command}: give a roster folder, e.g. "trackmap ${command} data-samples/dialogue", or --people FILE`,
    );
  }
  const location: RosterLocation = roster !== undefined ? { dir: roster } : {};
  for (const key of ROSTER_FILE_FLAGS) {
    const value = flags[key];
    if (value !== undefined) location[key] = value;
  }
  if (flags.config !== undefined) location.config = flags.config;
  return location;
}

/** The column mapping, track labels and decision-maker rule the flags set. */
export function mappingOptions(flags: RosterInputFlags): ParseRosterOptions {
  return {
    ...(flags.column ? { columns: flags.column } : {}),
    ...(flags.track ? { tracks: flags.track } : {}),
    ...(flags.decisionMakers ? { decisionMakers: flags.decisionMakers } : {}),
  };
}

export function importOptions(flags: RosterFlags): ParseRosterOptions {
  // Without --pseudonymize nothing is dropped: saying so beats writing the column everywhere.
  if (!flags.pseudonymize && (flags.dropColumn !== undefined || flags.keepColumn !== undefined)) {
    throw new UsageError(
      `${flags.dropColumn !== undefined ? '--drop-column' : '--keep-column'} applies only with --pseudonymize (without it every column is kept in the outputs); add --pseudonymize, or leave the flag out`,
    );
  }
  return {
    ...mappingOptions(flags),
    ...(flags.maxEventSize !== undefined ? { maxEventSize: flags.maxEventSize } : {}),
    ...(flags.maxPairs !== undefined ? { maxProjectedPairs: flags.maxPairs } : {}),
    onInvalidRow: flags.strict ? 'throw' : 'collect',
  };
}

/** What outputs call a roster when it is pseudonymised: its folder and file names can name people. */
export const PSEUDONYMISED_TITLE = 'pseudonymised roster';

export interface RosterInput {
  location: RosterLocation;
  imported: ParseRosterResult;
  /**
   * Maps an id given on the command line to the id used in the graph: in Unicode NFC, as the
   * importer reads ids, and its pseudonym if pseudonymising. `resolveEvent` does the same for events.
   */
  resolveId: (id: string) => string;
  /**
   * Like `resolveId`, but also takes a person's name (case and spacing aside) when no id matches.
   * @throws UsageError when the name belongs to several people (listing them, as pseudonyms if
   *   pseudonymising).
   */
  resolvePerson: (idOrName: string, flag: string) => string;
  /** Maps an event id given on the command line to the one in the roster (its pseudonym if pseudonymising). */
  resolveEvent: (id: string) => string;
  /** The roster's name in titles: its folder (or people file), or a neutral name when pseudonymising. */
  title: string;
  /**
   * Set when pseudonymising: the key, the columns kept and dropped, and the values of the kept
   * categorical columns, for the report.
   */
  privacy: {
    key: Uint8Array;
    keyPath: string;
    kept: string[];
    dropped: string[];
    values: KeptColumnValues[];
  } | null;
}

/**
 * Reads and imports the roster named on the command line; with --pseudonymize, rewrites it with
 * keyed pseudonyms before anything is computed, so no output can carry an id or a name.
 */
export async function readRosterFromFlags(
  command: string,
  roster: string | undefined,
  flags: RosterFlags,
  stderr?: TextSink,
): Promise<RosterInput> {
  const location = rosterLocation(command, roster, flags);
  const imported = await readRoster(location, importOptions(flags));
  const people = imported.roster.people;
  if (!flags.pseudonymize) {
    stderr?.write(decisionMakerSummary(imported.roster.decisionMakers));
    // ids in Unicode NFC, as the importer reads them
    const nfc = (id: string) => id.normalize('NFC');
    return {
      location,
      imported,
      resolveId: nfc,
      resolvePerson: personResolver(people, nfc, (p) => `${p.name} (${p.id})`),
      resolveEvent: nfc,
      title: rosterTitle(location),
      privacy: null,
    };
  }
  const { options, path } = await pseudonymizeOptions(flags, stderr);
  const result = pseudonymizeRoster(imported.roster, options);
  // From the pseudonymised rules: a value of an identifying column is withheld here too.
  stderr?.write(decisionMakerSummary(result.roster.decisionMakers));
  const ps = result.pseudonymizer;
  return {
    location,
    imported: {
      roster: result.roster,
      graph: buildPersonGraph(result.roster),
      issues: pseudonymizeIssues(imported.issues, imported.roster.files),
    },
    // An id that is not in the roster gets its pseudonym too, so errors never echo it.
    resolveId: (id) => ps.person(id.normalize('NFC')),
    resolvePerson: personResolver(
      people,
      (id) => ps.person(id.normalize('NFC')),
      (p) => ps.person(p.id),
    ),
    resolveEvent: (id) => ps.event(id.normalize('NFC')),
    title: PSEUDONYMISED_TITLE,
    privacy: { key: options.key, keyPath: path, ...result.columns },
  };
}

/** Names compared as people write them: Unicode NFC, case and runs of spaces aside. */
function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * `--person`/`--to` take an id, or else a name: an id wins; a name shared by several people is a
 * usage error that lists them (`shown`: as pseudonyms when pseudonymising).
 */
function personResolver(
  people: readonly Person[],
  toGraphId: (id: string) => string,
  shown: (person: Person) => string,
): (idOrName: string, flag: string) => string {
  const ids = new Set(people.map((p) => p.id));
  return (text, flag) => {
    const id = text.normalize('NFC');
    if (ids.has(id)) return toGraphId(id);
    const key = nameKey(text);
    const named = key === '' ? [] : people.filter((p) => nameKey(p.name) === key);
    if (named.length === 1) return toGraphId((named[0] as Person).id);
    if (named.length > 1) {
      throw new UsageError(
        `${flag}: ${named.length} people have this name: ${named.map(shown).join(', ')}. Give the id instead.`,
      );
    }
    return toGraphId(id);
  };
}

/**
 * What the decision-maker rules matched, for stderr: one line per rule (people, people per value,
 * the values that matched nothing). Empty for the default rule (`track=1`), which the report
 * states; a rule that matches nobody is also an import warning.
 */
export function decisionMakerSummary(rules: readonly DecisionMakerRule[]): string {
  const isDefault =
    rules.length === 1 &&
    formatDecisionMakerRule({ ...(rules[0] as DecisionMakerRule), withheld: 0 }) ===
      formatDecisionMakerRule(DEFAULT_DECISION_MAKER_RULE);
  if (isDefault) return '';
  return rules
    .map((rule) => {
      const m = rule.matched;
      const shown = formatDecisionMakerRule(
        rule.values.length > 0 || rule.match === 'any' ? rule : { ...rule, values: ['…'] },
      );
      const withheld = rule.withheld ? ` and ${plural(rule.withheld, 'value')} withheld` : '';
      if (!m) return `decision-makers: ${shown}${withheld}\n`;
      const byValue = m.values.length > 0 ? ` (${m.values.map((v) => `${v.value}: ${v.people}`).join(', ')})` : '';
      const unmatched =
        m.unmatchedCount === 0
          ? ''
          : `; values that matched nothing: ${[
              ...m.unmatched.slice(0, 10).map((u) => `${u.value} (${u.people})`),
              ...(m.unmatchedCount > Math.min(10, m.unmatched.length)
                ? [
                    m.unmatched.length === 0
                      ? `${plural(m.unmatchedCount, 'value')} (withheld)`
                      : `${plural(m.unmatchedCount - Math.min(10, m.unmatched.length), 'more value')}`,
                  ]
                : []),
            ].join(', ')}`;
      return `decision-makers: ${shown}${withheld} matched ${plural(m.people, 'person', 'people')}${byValue}${unmatched}\n`;
    })
    .join('');
}

/**
 * Reads the key named by --key-file (or trackmap.key, created if missing), warning on stderr when
 * it was just created or when other users can read the file.
 */
export async function loadKey(keyFile: string | undefined, stderr?: TextSink): Promise<LoadedKey> {
  const loaded = await loadOrCreateKey(keyFile);
  if (loaded.created) {
    stderr?.write(
      `warning: created the pseudonymisation key ${loaded.path}. Keep it private and never share it with the outputs: anyone with it can turn pseudonyms back into ids. Use the same key (--key-file) to get the same pseudonyms next time.\n`,
    );
  }
  if (loaded.exposed !== undefined) {
    stderr?.write(
      `warning: the key file ${loaded.path} can be read by other users of this machine (mode ${loaded.exposed.toString(8).padStart(4, '0')}); anyone with the key can turn pseudonyms back into ids. Run "chmod 600 ${loaded.path}".\n`,
    );
  }
  return loaded;
}

/**
 * The pseudonymisation options the flags ask for: the key (created, with a warning, if there is
 * none yet) and the columns to keep or drop.
 */
export async function pseudonymizeOptions(
  flags: RosterFlags,
  stderr?: TextSink,
): Promise<{ options: PseudonymizeOptions; path: string }> {
  const { key, path } = await loadKey(flags.keyFile, stderr);
  const options: PseudonymizeOptions = {
    key,
    ...(flags.keepColumn ? { keepColumns: flags.keepColumn } : {}),
    ...(flags.dropColumn ? { dropColumns: flags.dropColumn } : {}),
  };
  return { options, path };
}
