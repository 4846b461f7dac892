/**
 * The only door to @inquirer/prompts. It is loaded on first use (it costs ~190 ms at start-up),
 * given our streams and colour decision, and its cancellation (Ctrl+C in raw mode arrives as a
 * keypress, not a signal) becomes a CancelledError, handled once in main.ts.
 */
import { CancelledError } from '../errors.js';
import type { Terminal } from './terminal.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  select<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  checkbox<T>(message: string, choices: Choice<T>[]): Promise<T[]>;
  input(message: string, validate?: (value: string) => string | true): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
}

type Inquirer = typeof import('@inquirer/prompts');

export function createPrompter(t: Terminal): Prompter {
  let loaded: Promise<Inquirer> | undefined;
  const inquirer = () => (loaded ??= import('@inquirer/prompts'));
  const context = { input: t.stdin, output: t.stdout, clearPromptOnDone: false } as Parameters<Inquirer['input']>[1];
  const theme = t.color ? {} : plainTheme(t.unicode);

  async function ask<R>(fn: (q: Inquirer) => Promise<R>): Promise<R> {
    try {
      return await fn(await inquirer());
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'ExitPromptError' || name === 'AbortPromptError') throw new CancelledError();
      throw error;
    }
  }

  return {
    select: (message, choices, defaultValue) =>
      ask((q) => q.select({ message, choices, default: defaultValue, loop: false, theme }, context)),
    checkbox: (message, choices) =>
      ask((q) => q.checkbox({ message, choices, loop: false, theme, required: true }, context)),
    input: (message, validate) => ask((q) => q.input({ message, theme, ...(validate && { validate }) }, context)),
    confirm: (message, defaultValue) => ask((q) => q.confirm({ message, default: defaultValue, theme }, context)),
  };
}

/** util.styleText (which Inquirer uses) knows NO_COLOR but not our --no-color flag. */
function plainTheme(unicode: boolean) {
  const same = (s: string) => s;
  return {
    prefix: { idle: '?', done: unicode ? '✔' : 'v' },
    icon: { cursor: '>', checked: '[x]', unchecked: '[ ]' },
    style: {
      answer: same,
      message: same,
      error: (s: string) => `> ${s}`,
      defaultAnswer: (s: string) => `(${s})`,
      help: same,
      highlight: same,
      key: (s: string) => `<${s}>`,
      description: same,
      disabled: same,
    },
  };
}
