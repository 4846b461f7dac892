/**
 * The entry point, and the one place that turns errors into exit codes and a single line on
 * stderr: 0 ok, 1 a user mistake, 2 needs a terminal, 130 (or 128+signal) stopped, 70 a bug.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cleanup } from './cleanup.js';
import { makeClock } from './clock.js';
import type { GlobalOptions } from './cli.js';
import { shippedContentDir } from './content/location.js';
import type { Context } from './context.js';
import { CancelledError, UserError } from './errors.js';
import { dataDir } from './progress/location.js';
import { watchStops } from './stopping.js';
import { messages } from './ui/messages.js';
import { detectTerminal, type Terminal } from './ui/terminal.js';

export interface Io {
  stdin: Terminal['stdin'];
  stdout: Terminal['stdout'];
  stderr: Terminal['stderr'];
  env: NodeJS.ProcessEnv;
}

/** main.js sits one folder below the package root, whether built (dist/) or run from src/. */
const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));

const INTERNAL_ERROR = 70;

export async function main(argv: string[], io: Io = process): Promise<number> {
  const cleanup = new Cleanup();
  const { stopping, stopSignals, watchStdin } = watchStops(io, cleanup);
  const makeContext = (globals: GlobalOptions): Context => ({
    terminal: detectTerminal({ ...io, noColor: !globals.color }),
    packageRoot: PACKAGE_ROOT,
    contentDir: globals.content ? resolve(globals.content) : shippedContentDir(PACKAGE_ROOT),
    dataDir: dataDir(io.env),
    nodeMajor: Number(process.versions.node.split('.')[0]),
    nodeVersion: process.version,
    now: makeClock(io.env),
    cwd: process.cwd(),
    cleanup,
  });
  // `--version` is answered before commander (~100 KB of JS) is even loaded.
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-v')) {
    io.stdout.write(`${packageVersion()}\n`);
    stopSignals();
    return 0;
  }
  watchStdin();
  const { buildCli, CommanderError } = await import('./cli.js');
  const program = buildCli(packageVersion(), makeContext);
  try {
    if (argv.length <= 2) {
      io.stdout.write(program.helpInformation());
      return 0;
    }
    await program.parseAsync(argv);
    await cleanup.run();
    return 0;
  } catch (error) {
    // A signal's own path finishes the cleanup, says the one line and exits.
    if (stopping.bySignal && stopping.code !== undefined) return stopping.code;
    // Ctrl+C at a prompt: a signal during this cleanup (a second Ctrl+C) ends it at once.
    if (error instanceof CancelledError) stopping.code = error.exitCode;
    await cleanup.run();
    return report(error, io, CommanderError);
  } finally {
    stopSignals();
  }
}

function report(error: unknown, io: Io, CommanderError: typeof import('commander').CommanderError): number {
  const say = (line: string) => io.stderr.write(`${line}\n`);
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0; // --help, --version: commander printed them
    say(`${error.message.replace(/^error: /, 'node-arch: ')} (see node-arch --help)`);
    return 1;
  }
  if (error instanceof CancelledError) {
    say(messages.cancelled);
    return error.exitCode;
  }
  if (error instanceof UserError) {
    say(`node-arch: ${error.message}`);
    return error.exitCode;
  }
  const e = error as Error;
  say(messages.internalError(e?.message ?? String(error)));
  if (io.env.NODE_ARCH_DEBUG) say(e?.stack ?? '');
  return INTERNAL_ERROR;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
