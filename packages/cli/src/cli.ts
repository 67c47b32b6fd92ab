/**
 * trackmap command line
 * =====================
 *
 * Builds the commands from the option tables in `options.ts` (commander) and routes every
 * error through `reportError`. `main(argv)` returns the exit code instead of exiting, so tests
 * and other programs can call it.
 */

import { TRACKMAP_VERSION } from '@trackmap/core';
import { Command, CommanderError, Option } from 'commander';
import { type AnalyzeCommandOptions, analyzeCommand } from './commands/analyze.js';
import { type CompareCommandOptions, compareCommand } from './commands/compare.js';
import { type InitCommandOptions, initCommand } from './commands/init.js';
import { type PathsCommandOptions, pathsCommand } from './commands/paths.js';
import { revealCommand } from './commands/reveal.js';
import type { RosterFlags } from './commands/roster-input.js';
import { type SuggestCommandOptions, suggestCommand } from './commands/suggest.js';
import { type TransferCommandOptions, transferCommand } from './commands/transfer.js';
import { type ViewCommandOptions, viewCommand } from './commands/view.js';
import type { CliIo } from './io.js';
import {
  ANALYZE_OPTIONS,
  COMPARE_OPTIONS,
  type Flags,
  INIT_OPTIONS,
  PATHS_OPTIONS,
  ROSTER_INPUT_OPTIONS,
  ROSTER_OPTIONS,
  SUGGEST_OPTIONS,
  TRANSFER_OPTIONS,
  VIEW_OPTIONS,
} from './options.js';
import { EXIT_USAGE, reportError } from './report-error.js';

export type { CliIo };

const ROSTER_ARGUMENT: [string, string] = [
  '[roster]',
  'roster folder holding people.csv (and ties.csv, events.csv, attendance.csv, or the files its config names)',
];

function addOptions<O>(command: Command, flags: Flags<O>): Command {
  for (const flag of flags) {
    const option = new Option(flag.flags, flag.description);
    if (flag.parse) option.argParser(flag.parse);
    if (flag.default !== undefined) option.default(flag.default);
    command.addOption(option);
  }
  return command;
}

/**
 * A command: its arguments `A` (as commander passes them), its roster flags and its own flags,
 * both filling its options `O`, and the action that runs it.
 */
interface CommandSpec<O, A extends unknown[]> {
  name: string;
  description: string;
  args: { [I in keyof A]: [string, string] };
  roster: Flags<O>;
  options: Flags<O>;
  action: (args: A, options: O) => Promise<number>;
}

export function buildProgram(io: CliIo, run: (task: () => Promise<number>) => void): Command {
  const program = new Command('trackmap')
    .description(
      'Map Track II diplomacy networks from CSV rosters: access to decision-makers, brokers, transfer, diversity and change.',
    )
    .version(TRACKMAP_VERSION)
    .showHelpAfterError('(run "trackmap --help" for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();

  // Every command reads a roster and takes the same roster input options (files, mapping,
  // decision-maker rule: ROSTER_INPUT_OPTIONS), added here in one place, then its own options.
  // The commands that import in Node also take the import limits and pseudonymisation.
  const define = <O, A extends unknown[]>(spec: CommandSpec<O, A>): Command => {
    const command = new Command(spec.name)
      .description(spec.description)
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
      .action((...parsed: unknown[]) => {
        // commander passes the arguments, then the options object (typed by the flag tables), then the command.
        const args = parsed.slice(0, spec.args.length) as A;
        const options = parsed[spec.args.length] as O;
        run(() => spec.action(args, options));
      });
    for (const [name, description] of spec.args as [string, string][]) command.argument(name, description);
    addOptions(command, spec.roster);
    return addOptions(command, spec.options);
  };
  const commands: Command[] = [
    // First, for someone with no roster yet: a template to fill, or a sample to try everything on.
    define<InitCommandOptions, [string | undefined]>({
      name: 'init',
      description:
        'write an empty roster template (the four CSV files with their headers, a commented trackmap.config.json, a README) or, with --sample, a bundled sample roster, into a new or empty folder',
      args: [['[dir]', 'the folder to write (created if missing; must be empty)']],
      roster: [],
      options: INIT_OPTIONS,
      action: ([dir], options) => initCommand(dir, options, io),
    }),
    define<AnalyzeCommandOptions, [string | undefined]>({
      name: 'analyze',
      description:
        'import a roster, compute every measure, write the reports (report.md, people-metrics.csv, summary.json, paths, graph files)',
      args: [ROSTER_ARGUMENT],
      roster: ROSTER_OPTIONS,
      options: ANALYZE_OPTIONS,
      action: ([roster], options) => analyzeCommand(roster, options, io),
    }),
    // Right after analyze, whose output folder it also opens. The viewer imports the files
    // itself: it gets the roster input options (through a config it is served), not the rest.
    define<ViewCommandOptions, [string | undefined]>({
      name: 'view',
      description:
        'open the viewer in a browser on a roster folder or an analyze --out folder (a local server on 127.0.0.1 only)',
      args: [['[folder]', 'roster folder (its CSV files) or analyze --out folder (its graph.json)']],
      roster: ROSTER_INPUT_OPTIONS,
      options: VIEW_OPTIONS,
      action: ([folder], options) => viewCommand(folder, options, io),
    }),
    define<PathsCommandOptions, [string | undefined]>({
      name: 'paths',
      description: 'the k shortest routes from a person to decision-makers, with the ties and events on every step',
      args: [ROSTER_ARGUMENT],
      roster: ROSTER_OPTIONS,
      options: PATHS_OPTIONS,
      action: ([roster], options) => pathsCommand(roster, options, io),
    }),
    define<SuggestCommandOptions, [string | undefined]>({
      name: 'suggest',
      description:
        'whom to invite to an event to widen both its access to decision-makers and its diversity (or the effect of named changes)',
      args: [ROSTER_ARGUMENT],
      roster: ROSTER_OPTIONS,
      options: SUGGEST_OPTIONS,
      action: ([roster], options) => suggestCommand(roster, options, io),
    }),
    define<TransferCommandOptions, [string | undefined]>({
      name: 'transfer',
      description:
        'simulate an idea spreading from a workshop or named people to the decision-makers (independent cascade)',
      args: [ROSTER_ARGUMENT],
      roster: ROSTER_OPTIONS,
      options: TRANSFER_OPTIONS,
      action: ([roster], options) => transferCommand(roster, options, io),
    }),
    // Two folders, or one and a date.
    define<CompareCommandOptions, [string | undefined, string | undefined]>({
      name: 'compare',
      description: 'what changed between two snapshots of a roster: two folders, or one cut at dates or rounds',
      args: [
        ['[before]', 'roster folder (the earlier one, or the only one with --at/--rounds)'],
        ['[after]', 'the later roster folder'],
      ],
      roster: ROSTER_OPTIONS,
      options: COMPARE_OPTIONS,
      action: ([before, after], options) => compareCommand(before, options, io, after),
    }),
    // For the key holder, pseudonyms back to ids and names.
    define<RosterFlags, [string | undefined, string[]]>({
      name: 'reveal',
      description: 'turn pseudonyms back into ids and names (needs the roster and the key)',
      args: [
        ['[roster]', 'roster folder'],
        ['[pseudonyms...]', 'pseudonyms to reveal (default: everyone)'],
      ],
      roster: ROSTER_OPTIONS,
      options: [],
      action: ([roster, pseudonyms], options) => revealCommand(roster, pseudonyms, options, io),
    }),
  ];
  for (const command of commands) program.addCommand(command);

  return program;
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. */
export async function main(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let task: (() => Promise<number>) | undefined;
  const program = buildProgram(io, (t) => {
    task = t;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (!task) {
      if (argv.length === 0) {
        program.outputHelp();
        return EXIT_USAGE;
      }
      return 0;
    }
    return await task();
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0)
        return 0;
      return EXIT_USAGE;
    }
    return reportError(error, (s) => io.stderr.write(s));
  }
}
