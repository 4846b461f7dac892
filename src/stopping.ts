/**
 * How node-arch stops when it is told to (issue 7): SIGINT (Ctrl+C between prompts), SIGTERM, and
 * SIGHUP or a terminal that was closed. Pending writes finish and a running snippet is stopped
 * (the Cleanup), one line is said, and the exit code is 128+signal. main.ts's catch asks
 * `stopping` so that it never says a second line.
 */
import type { Cleanup } from './cleanup.js';
import type { Io } from './main.js';
import { messages } from './ui/messages.js';

const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

type StopSignal = keyof typeof SIGNAL_CODES;

/** Set once node-arch is stopping: by a signal (or a closed terminal), or by Ctrl+C at a prompt. */
export interface Stopping {
  code?: number;
  bySignal?: boolean;
}

/**
 * Signals that arrive between prompts (a snippet running, a spinner, a write): finish pending
 * writes (and stop a running snippet), say one line, exit with 128+signal. A second Ctrl+C or
 * SIGTERM while cleaning up exits at once, still in one line; writes are atomic, so that is safe.
 * A hang-up while already stopping changes nothing: the terminal is gone, the save goes on.
 */
function stopper(io: Io, cleanup: Cleanup, stopping: Stopping): (signal: StopSignal) => void {
  const say = (line: string) => {
    // A signal can come while a prompt or spinner has hidden the cursor: give it back.
    if (io.stdout.isTTY) io.stdout.write('\u001b[?25h');
    io.stderr.write(`\n${line}\n`);
  };
  return (signal) => {
    if (stopping.code !== undefined) {
      if (signal === 'SIGHUP') return;
      say(messages.stoppedAtOnce);
      process.exit(stopping.code);
    }
    const code = SIGNAL_CODES[signal];
    Object.assign(stopping, { code, bySignal: true });
    void cleanup.run().finally(() => {
      say(messages.cancelled);
      if (signal === 'SIGHUP' && process.platform !== 'win32') dieOfHangup();
      process.exit(code);
    });
  };
}

/**
 * Node 20 aborts in exit() when the terminal it would restore is gone (nodejs/node#58200, fixed
 * in later lines), so after a hang-up we end as the signal would have: killed by SIGHUP, which a
 * shell reports as status 129 all the same, and nothing in exit() runs.
 */
function dieOfHangup(): void {
  process.removeAllListeners('SIGHUP');
  process.kill(process.pid, 'SIGHUP');
}

function handleSignals(stop: (signal: StopSignal) => void): () => void {
  const handlers = (Object.keys(SIGNAL_CODES) as StopSignal[]).map((signal) => {
    const handler = () => stop(signal);
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}

/**
 * `node-arch list | head` closes the pipe early: that is not an error worth a stack trace. A
 * terminal that was closed (EIO) is a hang-up: stop as for SIGHUP.
 */
function quietOnClosedPipe(stream: NodeJS.WritableStream, stop: (signal: StopSignal) => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    if (error.code === 'EIO') return stop('SIGHUP');
    throw error;
  });
}

/**
 * When the terminal is closed, stdin ends and readline (under the prompt) turns raw mode off on a
 * dead tty, which throws EIO from inside an event handler and crashes node with SIGABRT (issue 7).
 * Treat that as the hang-up it is.
 */
function survivesHangup(stdin: Io['stdin'], stop: (signal: StopSignal) => void): void {
  const tty = stdin as NodeJS.ReadStream;
  if (!tty.isTTY || typeof tty.setRawMode !== 'function') return;
  const setRawMode = tty.setRawMode.bind(tty);
  tty.setRawMode = (mode: boolean) => {
    try {
      return setRawMode(mode);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EIO') throw error;
      stop('SIGHUP');
      return tty;
    }
  };
  tty.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EIO') throw error;
    stop('SIGHUP');
  });
}

/** Installs the handlers; `watchStdin` once prompts may run (it wraps stdin's raw mode). */
export function watchStops(io: Io, cleanup: Cleanup): { stopping: Stopping; stopSignals: () => void; watchStdin: () => void } {
  const stopping: Stopping = {};
  const stop = stopper(io, cleanup, stopping);
  quietOnClosedPipe(io.stdout, stop);
  quietOnClosedPipe(io.stderr, stop);
  return { stopping, stopSignals: handleSignals(stop), watchStdin: () => survivesHangup(io.stdin, stop) };
}
