/**
 * Runs a lab probe in a child process of the learner's own node through run-bounded.ts, as
 * snippets run: time and output limits, its own process group (so the terminal's SIGINT reaches
 * only us and main.ts's cleanup stops it), a clean environment, and a cwd in os.tmpdir() so
 * nothing lands where the learner stands. The parsed JSON line is the result; a probe that fails
 * or prints nonsense is reported.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cleanup } from '../cleanup.js';
import { CancelledError, UserError } from '../errors.js';
import { runBounded } from '../runtime/run-bounded.js';
import { labMessages } from './messages.js';
import type { ProbeOutput, RunProbe } from './types.js';

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
  const stop = new AbortController();
  o.cleanup.add(async () => stop.abort());
  return async (run) => {
    if (stop.signal.aborted) throw new CancelledError();
    const file = join(o.probeDir, run.probe);
    const r = await runBounded(node, [...(run.flags ?? []), file, ...(run.args ?? [])], {
      cwd: tmpdir(),
      env: { ...probeEnv(env), ...run.env },
      timeoutMs,
      maxOutputBytes,
      signal: stop.signal,
    });
    if (r.stopped) throw new CancelledError();
    if (r.timedOut) throw new UserError(labMessages.probeTimedOut(run.probe, timeoutMs));
    if (r.flooded || r.exitCode !== 0) {
      throw new Error(labMessages.probeFailed(run.probe, r.flooded ? 'too much output' : (r.signal ?? `exit code ${r.exitCode}`), r.stderr));
    }
    try {
      return parseOutput(r.stdout);
    } catch {
      throw new Error(labMessages.probeFailed(run.probe, 'no result on stdout', r.stderr));
    }
  };
}

/** The learner's NODE_OPTIONS or UV_THREADPOOL_SIZE would change what the lab measures. */
function probeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _o, UV_THREADPOOL_SIZE: _u, FORCE_COLOR: _f, NODE_ARCH_DATA_DIR: _d, ...rest } = env;
  return rest;
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
