/**
 * Runs a predict-the-output snippet in a child process of a real `node`, the way the course
 * promises (docs/content-format.md): as snippet.cjs / snippet.mjs in a fresh temp folder that is
 * also its cwd, under a time limit and an output limit, so a snippet that hangs or floods cannot
 * take the tutor with it.
 */
import { spawn } from 'node:child_process';
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
}

export interface RunOptions {
  node?: string;
  timeoutMs?: number;
  maxOutputBytes?: number;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

export async function runSnippet(snippet: Snippet, options: RunOptions = {}): Promise<SnippetResult> {
  const { node = process.execPath, timeoutMs = 10_000, maxOutputBytes = 256 * 1024, env = process.env } = options;
  const dir = await mkdtemp(join(tmpdir(), 'node-arch-snippet-'));
  try {
    const file = join(dir, snippet.module === 'esm' ? 'snippet.mjs' : 'snippet.cjs');
    await writeFile(file, snippet.code);
    return await spawnAndCollect(node, [...snippet.flags, file], { cwd: dir, env: cleanEnv(env), timeoutMs, maxOutputBytes, signal: options.signal });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The learner's NODE_OPTIONS or FORCE_COLOR would change what the snippet prints. */
function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _o, FORCE_COLOR: _f, NODE_ARCH_DATA_DIR: _d, ...rest } = env;
  return rest;
}

function spawnAndCollect(
  node: string,
  args: string[],
  o: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; maxOutputBytes: number; signal: AbortSignal | undefined },
): Promise<SnippetResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { cwd: o.cwd, env: o.env, stdio: ['ignore', 'pipe', 'pipe'], signal: o.signal });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let bytes = 0;
    let timedOut = false;
    let flooded = false;
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > o.maxOutputBytes) {
        flooded = true;
        child.kill('SIGKILL');
        return;
      }
      into.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, o.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exitCode,
        signal,
        timedOut,
        flooded,
      });
    });
  });
}
