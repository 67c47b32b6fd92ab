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
import { analyzeCommand } from './commands/analyze.js';
import { type CompareCommandOptions, compareCommand } from './commands/compare.js';
import { pathsCommand } from './commands/paths.js';
import { revealCommand } from './commands/reveal.js';
import type { RosterFlags } from './commands/roster-input.js';
import { suggestCommand } from './commands/suggest.js';
import { transferCommand } from './commands/transfer.js';
import { type ViewCommandOptions, viewCommand } from './commands/view.js';
import type { CliIo } from './io.js';
import {
  ANALYZE_OPTIONS,
  COMPARE_OPTIONS,
  type OptionSpec,
  PATHS_OPTIONS,
  ROSTER_OPTIONS,
  SUGGEST_OPTIONS,
  TRANSFER_OPTIONS,
  VIEW_OPTIONS,
} from './options.js';
import { EXIT_USAGE, reportError } from './report-error.js';

export type { CliIo };

function addOptions(command: Command, specs: OptionSpec[]): Command {
  for (const spec of specs) {
    const option = new Option(spec.flags, spec.description);
    if (spec.parse) option.argParser(spec.parse as (value: string, previous: unknown) => unknown);
    if (spec.default !== undefined) option.default(spec.default);
    command.addOption(option);
  }
  return command;
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

  // Every command takes a roster folder and the roster options, then its own options.
  const commands: {
    name: string;
    description: string;
    options: OptionSpec[];
    // biome-ignore lint/suspicious/noExplicitAny: commander hands each action its own parsed options object
    action: (roster: string | undefined, options: any, io: CliIo) => Promise<number>;
  }[] = [
    {
      name: 'analyze',
      description:
        'import a roster, compute every measure, write the reports (report.md, people-metrics.csv, summary.json, paths, graph files)',
      options: ANALYZE_OPTIONS,
      action: analyzeCommand,
    },
    {
      name: 'paths',
      description: 'the k shortest routes from a person to decision-makers, with the ties and events on every step',
      options: PATHS_OPTIONS,
      action: pathsCommand,
    },
    {
      name: 'suggest',
      description:
        'whom to invite to an event to widen both its access to decision-makers and its diversity (or the effect of named changes)',
      options: SUGGEST_OPTIONS,
      action: suggestCommand,
    },
    {
      name: 'transfer',
      description:
        'simulate an idea spreading from a workshop or named people to the decision-makers (independent cascade)',
      options: TRANSFER_OPTIONS,
      action: transferCommand,
    },
  ];
  // view serves the viewer on a folder: no roster options (the viewer imports the files itself).
  // Listed right after analyze, whose output folder it also opens.
  const view = new Command('view')
    .description(
      'open the viewer in a browser on a roster folder or an analyze --out folder (a local server on 127.0.0.1 only)',
    )
    .argument('[folder]', 'roster folder (its CSV files) or analyze --out folder (its graph.json)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .action((folder: string | undefined, options: ViewCommandOptions) => run(() => viewCommand(folder, options, io)));
  addOptions(view, VIEW_OPTIONS);

  for (const spec of commands) {
    const command = new Command(spec.name)
      .description(spec.description)
      .argument('[roster]', 'roster folder holding people.csv (and ties.csv, events.csv, attendance.csv)')
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
      .action((roster: string | undefined, options: unknown) => run(() => spec.action(roster, options, io)));
    addOptions(command, ROSTER_OPTIONS);
    addOptions(command, spec.options);
    program.addCommand(command);
    if (spec.name === 'analyze') program.addCommand(view);
  }

  // compare takes two folders (or one and a date): its own definition.
  const compare = new Command('compare')
    .description('what changed between two snapshots of a roster: two folders, or one cut at dates or rounds')
    .argument('[before]', 'roster folder (the earlier one, or the only one with --at/--rounds)')
    .argument('[after]', 'the later roster folder')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .action((before: string | undefined, after: string | undefined, options: CompareCommandOptions) =>
      run(() => compareCommand(before, options, io, after)),
    );
  addOptions(compare, ROSTER_OPTIONS);
  addOptions(compare, COMPARE_OPTIONS);
  program.addCommand(compare);

  // reveal: for the key holder, pseudonyms back to ids and names.
  const reveal = new Command('reveal')
    .description('turn pseudonyms back into ids and names (needs the roster and the key)')
    .argument('[roster]', 'roster folder')
    .argument('[pseudonyms...]', 'pseudonyms to reveal (default: everyone)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .action((roster: string | undefined, pseudonyms: string[], options: RosterFlags) =>
      run(() => revealCommand(roster, pseudonyms, options, io)),
    );
  addOptions(reveal, ROSTER_OPTIONS);
  program.addCommand(reveal);
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
