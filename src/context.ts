/**
 * The world a command runs in, built once in main.ts and passed down: no command reads
 * process.env, process.cwd() or the clock on its own, so tests can hand in their own.
 */
import type { Cleanup } from './cleanup.js';
import type { Terminal } from './ui/terminal.js';

export interface Context {
  terminal: Terminal;
  /** The installed package's root folder (the shipped course, lab probes, package.json). */
  packageRoot: string;
  /** Folder with course.yaml, lessons/ and quizzes/. */
  contentDir: string;
  /** Folder that holds progress.json; undefined when there is no home folder to find it from. */
  dataDir: string | undefined;
  /** The Node major answers are graded for, and its full version for display. */
  nodeMajor: number;
  nodeVersion: string;
  now: () => Date;
  /** The working directory, for printing paths relative to it. */
  cwd: string;
  /** Register what must finish before exit (e.g. the progress store's pending writes). */
  cleanup: Cleanup;
}
