/** Runs the built CLI: in a pseudo-terminal as a person would, or with plain pipes. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pty from '@homebridge/node-pty-prebuilt-multiarch';

export const BIN = fileURLToPath(new URL('../../bin/node-arch.js', import.meta.url));
export const MINI = fileURLToPath(new URL('../fixtures/mini', import.meta.url));
export const BROKEN = fileURLToPath(new URL('../fixtures/broken', import.meta.url));

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', space: ' ', ctrlC: '\u0003' };

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[()][0-9A-B]|[=>78])/g;

export interface PtySession {
  /** Everything printed so far, without escape sequences. */
  text(): string;
  /** Everything printed so far, as bytes were written. */
  raw(): string;
  /** Waits until `pattern` appears after the end of the previous match, then moves past it. */
  waitFor(pattern: string, timeoutMs?: number): Promise<void>;
  type(keys: string): void;
  exited: Promise<{ exitCode: number; signal?: number }>;
  pid: number;
  /** Sends a signal to the program alone (not its process group). */
  kill(signal: NodeJS.Signals): void;
  /** Closes the terminal, as closing its window does: the program gets SIGHUP and a dead tty. */
  close(): void;
}

/** Environment for the program: ours, then `env`; a value of `undefined` removes the variable. */
export type Env = Record<string, string | undefined>;

export interface PtyOptions {
  cols?: number;
  /** Run as this user (the fault tests drop root to meet a folder it cannot write). */
  uid?: number;
  gid?: number;
}

const live = new Set<number>();

/** Kills what a failed test left running in a terminal (and what it started), so nothing outlives the test. */
export function killLeftovers(): void {
  for (const pid of live) {
    try {
      process.kill(-pid, 'SIGKILL'); // the pty's session leader leads its own group
    } catch {
      // already gone
    }
  }
  live.clear();
}

export function runInPty(args: string[], env: Env, o: number | PtyOptions = {}): PtySession {
  const { cols = 80, uid, gid } = typeof o === 'number' ? { cols: o } : o;
  const term = pty.spawn(process.execPath, [BIN, ...args], {
    cols,
    rows: 50,
    cwd: process.cwd(),
    env: defined({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TERM: 'xterm-256color', ...env }),
    ...(uid !== undefined && { uid, gid: gid ?? uid }),
  });
  live.add(term.pid);
  let out = '';
  term.onData((d) => {
    out += d;
  });
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) =>
    term.onExit((e) => {
      live.delete(term.pid);
      resolve(e);
    }),
  );
  const text = () => out.replace(ANSI, '').replace(/\r/g, '');
  let cursor = 0;
  return {
    text,
    raw: () => out,
    exited,
    pid: term.pid,
    kill: (signal) => process.kill(term.pid, signal),
    // destroy() is on every Unix terminal, though not in IPty's type.
    close: () => (term as unknown as { destroy(): void }).destroy(),
    type: (keys) => term.write(keys),
    async waitFor(pattern, timeoutMs = 10_000) {
      const start = Date.now();
      for (;;) {
        const at = text().indexOf(pattern, cursor);
        if (at >= 0) {
          cursor = at + pattern.length;
          // Let the prompt finish drawing and start listening before anything is typed.
          await new Promise((r) => setTimeout(r, 60));
          return;
        }
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${pattern}; screen:\n${text().slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runPiped(args: string[], env: Env, o: { bin?: string; cwd?: string; uid?: number } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [o.bin ?? BIN, ...args], {
      cwd: o.cwd,
      env: defined({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }),
      ...(o.uid !== undefined && { uid: o.uid, gid: o.uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

function defined(env: Env): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}
