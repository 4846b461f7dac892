/**
 * Runs a predict-the-output snippet in a child process of a real `node`, the way the course
 * promises (docs/content-format.md): as snippet.cjs / snippet.mjs in a fresh temp folder that is
 * also its cwd, under a time limit and an output limit, so a snippet that hangs or floods cannot
 * take the tutor with it.
 *
 * The process-group handling is run-bounded.ts's. Ctrl+C in the terminal reaches only node-arch,
 * whose cleanup (`stopOn`) stops the snippet before it exits.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBounded, type BoundedResult } from './run-bounded.js';

export interface Snippet {
  code: string;
  module: 'cjs' | 'esm';
  flags: string[];
}

/** `stopped` means stopped from outside (`signal`, or node-arch itself stopping). */
export type SnippetResult = BoundedResult;

/** The limits every snippet runs under unless the caller asks for others. */
export const SNIPPET_LIMITS = { timeMs: 10_000, outputBytes: 256 * 1024 };

/** Where work that must be stopped before node-arch exits is registered (main.ts's Cleanup). */
export interface StopOn {
  add(task: () => Promise<void>): () => void;
}

export interface RunOptions {
  node?: string;
  timeoutMs?: number;
  maxOutputBytes?: number;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  stopOn?: StopOn;
}

export async function runSnippet(snippet: Snippet, options: RunOptions = {}): Promise<SnippetResult> {
  const { node = process.execPath, timeoutMs = SNIPPET_LIMITS.timeMs, maxOutputBytes = SNIPPET_LIMITS.outputBytes, env = process.env } = options;
  const dir = await mkdtemp(join(tmpdir(), 'node-arch-snippet-'));
  const abort = new AbortController();
  const relay = () => abort.abort();
  options.signal?.addEventListener('abort', relay);
  let running: Promise<SnippetResult> | undefined;
  // Registered before the child starts, so no exit path can leave it (or its folder) behind.
  const forget = options.stopOn?.add(async () => {
    abort.abort();
    await running?.catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });
  try {
    const file = join(dir, snippet.module === 'esm' ? 'snippet.mjs' : 'snippet.cjs');
    await writeFile(file, snippet.code);
    if (options.signal?.aborted) abort.abort();
    running = runBounded(node, [...snippet.flags, file], { cwd: dir, env: cleanEnv(env), timeoutMs, maxOutputBytes, signal: abort.signal });
    return await running;
  } finally {
    options.signal?.removeEventListener('abort', relay);
    forget?.();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The learner's NODE_OPTIONS or FORCE_COLOR would change what the snippet prints. */
function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _o, FORCE_COLOR: _f, NODE_ARCH_DATA_DIR: _d, ...rest } = env;
  return rest;
}
