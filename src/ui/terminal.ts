/**
 * What we know about the terminal, decided once at start-up and passed to everything that
 * prints. Nothing else reads process.stdout or the colour environment variables.
 */

export interface Terminal {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  /** Both stdin and stdout are terminals: prompts can work. */
  interactive: boolean;
  /** Columns available. */
  columns: number;
  color: boolean;
  /** False on TERM=dumb: ASCII symbols only. */
  unicode: boolean;
}

export interface TerminalInput {
  stdin: Terminal['stdin'];
  stdout: Terminal['stdout'];
  stderr: Terminal['stderr'];
  env: NodeJS.ProcessEnv;
  /** `--no-color` was given. */
  noColor: boolean;
}

export function detectTerminal({ stdin, stdout, stderr, env, noColor }: TerminalInput): Terminal {
  const dumb = env.TERM === 'dumb';
  return {
    stdin,
    stdout,
    stderr,
    interactive: Boolean(stdin.isTTY && stdout.isTTY),
    columns: columnsOf(stdout, env),
    color: wantsColor(Boolean(stdout.isTTY), env, noColor),
    unicode: !dumb,
  };
}

/**
 * Colour precedence: --no-color beats everything; FORCE_COLOR forces it on ("0"/"false" off);
 * NO_COLOR (non-empty, per no-color.org) or TERM=dumb turn it off; otherwise only on a TTY.
 */
export function wantsColor(isTTY: boolean, env: NodeJS.ProcessEnv, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

function columnsOf(stdout: Terminal['stdout'], env: NodeJS.ProcessEnv): number {
  const fromTTY = stdout.isTTY ? stdout.columns : undefined;
  const fromEnv = Number(env.COLUMNS);
  const columns = fromTTY || (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80);
  return Math.max(20, columns);
}

/** Lines of prose longer than this are hard to read, however wide the terminal. */
export const READING_WIDTH = 100;

export function textWidth(t: Terminal): number {
  return Math.min(t.columns - 1, READING_WIDTH);
}
