/**
 * A child `node` with a time limit and an output limit, in its own process group on POSIX, so
 * that the whole group is killed at a limit or on cancel (issue 7): what it started leaves
 * nothing behind, and a grandchild holding the output pipe open cannot keep us waiting. Snippets
 * (run-snippet.ts) and lab probes (labs/runner.ts) both run through here.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface BoundedResult {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Output passed the limit and the process was stopped. */
  flooded: boolean;
  /** Stopped from outside (the abort signal): the output means nothing. */
  stopped: boolean;
}

export interface BoundedOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  maxOutputBytes: number;
  signal: AbortSignal;
}

/** After the child exits, how long its output pipes may stay open (held by something it started). */
const DRAIN_MS = 200;

const GROUPS = process.platform !== 'win32';

function killAll(child: ChildProcess): void {
  try {
    if (GROUPS && child.pid) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    child.kill('SIGKILL'); // the group is gone already; make sure of the child
  }
}

export function runBounded(node: string, args: string[], o: BoundedOptions): Promise<BoundedResult> {
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
