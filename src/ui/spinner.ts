/**
 * A spinner while something slow runs. ora is loaded only here. discardStdin must be false:
 * with ora's default, Ctrl+C is swallowed and the learner cannot stop a hung snippet.
 */
import type { Terminal } from './terminal.js';

export interface Spinner {
  stop(): void;
}

export async function startSpinner(t: Terminal, text: string): Promise<Spinner> {
  if (!t.interactive) {
    t.stdout.write(`${text}\n`);
    return { stop: () => undefined };
  }
  const { default: ora } = await import('ora');
  const spinner = ora({ text, stream: t.stdout as NodeJS.WriteStream, discardStdin: false, color: t.color ? 'cyan' : false, isEnabled: true }).start();
  return { stop: () => spinner.stop() };
}
