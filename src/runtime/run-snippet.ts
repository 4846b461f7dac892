/**
 * Runs a predict-the-output snippet in a child process of a real `node`, the way the course
 * promises (docs/content-format.md): as snippet.cjs / snippet.mjs in a fresh temp folder that is
 * also its cwd, under a time limit and an output limit, so a snippet that hangs or floods cannot
 * take the tutor with it.
 *
 * On POSIX the child leads its own process group and the whole group is killed (issue 7): a
 * snippet that starts processes of its own leaves none behind, and one of them holding the
 * output pipe open cannot keep us waiting past the limit. Ctrl+C in the terminal reaches only
 * node-arch, whose cleanup (`stopOn`) kills the group before it exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Snippet {
  code: string;
  module: 'cjs' | 'esm';
  flags: string[];
}

export interface SnippetResult {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Output passed the limit and the process was stopped. */
  flooded: boolean;
  /** Stopped from outside (`signal`, or node-arch itself stopping): the output means nothing. */
  stopped: boolean;
}

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

/** After the snippet exits, how long its output pipes may stay open (held by something it started). */
const DRAIN_MS = 200;

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
    running = spawnAndCollect(node, [...snippet.flags, file], { cwd: dir, env: cleanEnv(env), timeoutMs, maxOutputBytes, signal: abort.signal });
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

const GROUPS = process.platform !== 'win32';

function killAll(child: ChildProcess): void {
  try {
    if (GROUPS && child.pid) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    child.kill('SIGKILL'); // the group is gone already; make sure of the child
  }
}

function spawnAndCollect(
  node: string,
  args: string[],
  o: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; maxOutputBytes: number; signal: AbortSignal },
): Promise<SnippetResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { cwd: o.cwd, env: o.env, stdio: ['ignore', 'pipe', 'pipe'], detached: GROUPS, windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let bytes = 0;
    let timedOut = false;
    let flooded = false;
    let stopped = false;
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      if (flooded) return;
      bytes += chunk.length;
      if (bytes > o.maxOutputBytes) {
        flooded = true;
        killAll(child);
        return;
      }
      into.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    const timer = setTimeout(() => {
      timedOut = true;
      killAll(child);
    }, o.timeoutMs);
    const stop = () => {
      stopped = true;
      killAll(child);
    };
    o.signal.addEventListener('abort', stop);
    if (o.signal.aborted) stop();
    child.on('error', (error) => {
      clearTimeout(timer);
      o.signal.removeEventListener('abort', stop);
      reject(error);
    });
    child.on('exit', (exitCode, signal) => {
      clearTimeout(timer);
      o.signal.removeEventListener('abort', stop);
      // Whatever the snippet started is killed with its group; still, never wait on a pipe for ever.
      if (GROUPS && !timedOut && !flooded && !stopped) killAll(child);
      const finish = () => {
        clearTimeout(drain);
        child.stdout.destroy();
        child.stderr.destroy();
        resolve({
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
          exitCode,
          signal,
          timedOut,
          flooded,
          stopped,
        });
      };
      const drain = setTimeout(finish, DRAIN_MS);
      let open = 2;
      const closed = () => {
        if (--open === 0) finish();
      };
      if (child.stdout.readableEnded || child.stdout.destroyed) closed();
      else child.stdout.once('close', closed);
      if (child.stderr.readableEnded || child.stderr.destroyed) closed();
      else child.stderr.once('close', closed);
    });
  });
}
