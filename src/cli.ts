/**
 * The command table. Each command's module is imported only when it runs, so `--help` and
 * `--version` never pay for YAML, prompts or spinners.
 */
import { Command, InvalidArgumentError, Option } from 'commander';

export { CommanderError } from 'commander';
import type { Context } from './context.js';

export interface GlobalOptions {
  color: boolean;
  content?: string;
}

/** Builds the context once the global options are known (they come before the command). */
export type ContextFactory = (globals: GlobalOptions) => Context;

export function buildCli(version: string, makeContext: ContextFactory): Command {
  const program = new Command('node-arch')
    .description('A terminal tutor for Node.js internals: V8, libuv, the event loop, streams and more.')
    .version(version, '-v, --version', 'print the version of node-arch')
    .option('--no-color', 'print without colour (NO_COLOR and TERM=dumb work too)')
    .addOption(
      new Option('--content <dir>', 'use the course in this folder instead of the built-in one').env('NODE_ARCH_CONTENT'),
    )
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });

  const ctx = () => makeContext(program.opts<GlobalOptions>());

  program
    .command('learn')
    .description('the guided path: read the next lesson, take its quiz, go on')
    .argument('[lesson]', 'start at this lesson id instead of where you left off')
    .action(async (lesson?: string) => (await import('./commands/learn.js')).learn(ctx(), lesson));

  program
    .command('list')
    .description('the course, with your status and best score in each lesson')
    .option('--json', 'print machine-readable JSON')
    .action(async (opts: { json?: boolean }) => (await import('./commands/list.js')).list(ctx(), opts));

  program
    .command('quiz')
    .description("take one lesson's quiz directly")
    .argument('<lesson>', 'lesson id (see `node-arch list`)')
    .action(async (lesson: string) => (await import('./commands/quiz.js')).quiz(ctx(), lesson));

  const progress = program
    .command('progress')
    .description('your dashboard: lessons done, mastery, reviews due, streak')
    .option('--json', 'print machine-readable JSON')
    .action(async (opts: { json?: boolean }) => (await import('./commands/progress.js')).progress(ctx(), opts));

  progress
    .command('export')
    .description('write your progress to a file (or to stdout), to move it to another machine')
    .argument('[file]', 'file to write; without it, stdout')
    .action(async (file?: string) => (await import('./commands/transfer.js')).exportProgress(ctx(), file));

  progress
    .command('import')
    .description('merge progress exported on another machine into yours (safe to repeat)')
    .argument('<file>', 'a file written by `node-arch progress export`')
    .action(async (file: string) => (await import('./commands/transfer.js')).importProgress(ctx(), file));

  program
    .command('review')
    .description('the questions due for review today, across all lessons, most overdue first')
    .addOption(new Option('--limit <n>', 'at most this many cards').argParser(positiveInt).default(20))
    .addOption(new Option('--minutes <m>', 'stop starting new cards after this many minutes').argParser(positiveInt).default(15))
    .action(async (opts: { limit: number; minutes: number }) => (await import('./commands/review.js')).review(ctx(), opts));

  program
    .command('reset')
    .description('forget your progress in one lesson, or in all of them')
    .argument('[lesson]', 'lesson id; without it, all progress is reset')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(async (lesson: string | undefined, opts: { yes?: boolean }) =>
      (await import('./commands/reset.js')).reset(ctx(), lesson, opts),
    );

  program
    .command('lab')
    .description('run a live experiment on your own Node and see the internals at work')
    .argument('[name]', 'lab to run; without it, the list of labs')
    .option('--json', 'print the raw measurements as JSON (no prompts, no chart)')
    .action(async (name: string | undefined, opts: { json?: boolean }) => (await import('./commands/lab.js')).lab(ctx(), name, opts));

  program
    .command('validate')
    .description('check a course folder and print every problem as file:line:col: message')
    .argument('[dir]', 'course folder (default: the built-in course, or --content)')
    .option('--snippets', 'also run every predict-the-output snippet and compare its output')
    .option('--node <path>', 'with --snippets: the node binary to run them on', process.execPath)
    .action(async (dir: string | undefined, opts: { snippets?: boolean; node: string }) =>
      (await import('./commands/validate.js')).validate(ctx(), dir, opts),
    );

  return program;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}
