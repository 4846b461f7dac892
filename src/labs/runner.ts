/**
 * Runs a lab probe in a child process of the learner's own node, the way run-snippet.ts runs a
 * snippet: a time limit, an output limit, a clean environment, and a cwd in os.tmpdir() so nothing
 * lands where the learner stands. Two things differ, both for Ctrl+C (issue 5):
 * - the child gets its own process group (POSIX), so the terminal's SIGINT reaches only us, and
 *   main.ts's one handler decides what happens: it runs the cleanup, which kills the child;
 * - the parsed JSON line is the result, and a probe that fails or prints nonsense is reported.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cleanup } from '../cleanup.js';
import { CancelledError, UserError } from '../errors.js';
import { labMessages } from './messages.js';
import type { ProbeOutput, ProbeRun, RunProbe } from './types.js';

export interface RunnerOptions {
  /** The folder of the probe scripts: labs/ at the package root. */
  probeDir: string;
  /** Where `kill the running probe` is registered, so Ctrl+C and every exit stop it. */
  cleanup: Cleanup;
  node?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  maxOutputBytes?: number;
}

export function createProbeRunner(o: RunnerOptions): RunProbe {
  const { node = process.execPath, env = process.env, timeoutMs = 30_000, maxOutputBytes = 4 * 1024 * 1024 } = o;
  const running = new Set<ChildProcess>();
  let stopping = false;
  o.cleanup.add(async () => {
    stopping = true;
    for (const child of running) kill(child);
  });
  return (run) => {
    if (stopping) return Promise.reject(new CancelledError());
    const file = join(o.probeDir, run.probe);
    const child = spawn(node, [...(run.flags ?? []), file, ...(run.args ?? [])], {
      cwd: tmpdir(),
      env: { ...probeEnv(env), ...run.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    running.add(child);
    return collect(child, run.probe, timeoutMs, maxOutputBytes, () => stopping).finally(() => running.delete(child));
  };
}

/** The learner's NODE_OPTIONS or UV_THREADPOOL_SIZE would change what the lab measures. */
function probeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _o, UV_THREADPOOL_SIZE: _u, FORCE_COLOR: _f, NODE_ARCH_DATA_DIR: _d, ...rest } = env;
  return rest;
}

function kill(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    // The whole process group, so nothing the probe may have started outlives it.
    if (child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

function collect(child: ChildProcess, probe: string, timeoutMs: number, maxBytes: number, cancelled: () => boolean): Promise<ProbeOutput> {
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let bytes = 0;
    let timedOut = false;
    let flooded = false;
    const take = (into: Buffer[]) => (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        flooded = true;
        kill(child);
        return;
      }
      into.push(chunk);
    };
    child.stdout?.on('data', take(out));
    child.stderr?.on('data', take(err));
    const timer = setTimeout(() => {
      timedOut = true;
      kill(child);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (cancelled()) return reject(new CancelledError());
      if (timedOut) return reject(new UserError(labMessages.probeTimedOut(probe, timeoutMs)));
      const stderr = Buffer.concat(err).toString('utf8');
      if (flooded || code !== 0) return reject(new Error(labMessages.probeFailed(probe, flooded ? 'too much output' : signal ?? `exit code ${code}`, stderr)));
      try {
        resolve(parseOutput(Buffer.concat(out).toString('utf8')));
      } catch {
        reject(new Error(labMessages.probeFailed(probe, 'no result on stdout', stderr)));
      }
    });
  });
}

/** The last line of stdout is the result: `{ meta, data }`. */
export function parseOutput(stdout: string): ProbeOutput {
  const line = stdout.trim().split('\n').pop() ?? '';
  const parsed = JSON.parse(line) as Partial<ProbeOutput>;
  if (!parsed || typeof parsed !== 'object' || typeof parsed.meta?.node !== 'string' || parsed.data === undefined) {
    throw new Error('not a probe result');
  }
  return parsed as ProbeOutput;
}
