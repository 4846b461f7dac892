/**
 * Asks the learner for an answer to one question, in the widget that fits its type, and returns
 * it as the engine's `Answer`. Hints are offered where the question has one.
 */
import type { Question } from '../content/schema.js';
import type { Answer } from '../engine/grade.js';
import { renderMarkup } from '../ui/markup.js';
import { messages } from '../ui/messages.js';
import type { Choice, Prompter } from '../ui/prompts.js';
import { LETTERS } from '../ui/render-question.js';
import { sanitize } from '../ui/sanitize.js';
import type { Theme } from '../ui/theme.js';

export interface Asked {
  answer: Answer;
  hinted: boolean;
}

interface Io {
  prompter: Prompter;
  theme: Theme;
  width: number;
  print: (lines: string[]) => void;
}

const HINT = -1;

export async function askAnswer(q: Question, io: Io): Promise<Asked> {
  let hinted = false;
  const showHint = () => {
    hinted = true;
    io.print(['', io.theme.warn(messages.hint), ...renderMarkup(q.hint ?? '', io.theme, io.width), '']);
  };
  /** A select that offers "Show a hint" until it has been used. */
  const choose = async <T extends number>(message: string, choices: Choice<T>[]): Promise<T> => {
    for (;;) {
      const withHint: Choice<number>[] = q.hint && !hinted ? [...choices, { name: messages.showHint, value: HINT }] : choices;
      const picked = await io.prompter.select<number>(message, withHint);
      if (picked !== HINT) return picked as T;
      showHint();
    }
  };
  const type = async (message: string): Promise<string> => {
    for (;;) {
      const suffix = q.hint && !hinted ? messages.typeHint : '';
      const typed = await io.prompter.input(message + suffix, (v) => v.trim() !== '' || 'Type an answer.');
      if (typed.trim() !== '?' || !q.hint || hinted) return typed;
      showHint();
    }
  };

  switch (q.type) {
    case 'single': {
      const choice = await choose(messages.yourAnswer, q.options.map((o, i) => ({ name: plain(o.text), value: i })));
      return { answer: { type: 'single', choice }, hinted };
    }
    case 'multiple': {
      for (;;) {
        const options: Choice<number>[] = q.options.map((o, i) => ({ name: plain(o.text), value: i }));
        if (q.hint && !hinted) options.push({ name: messages.showHint, value: HINT });
        const picked = await io.prompter.checkbox(messages.pickAll, options);
        if (!picked.includes(HINT)) return { answer: { type: 'multiple', choices: picked }, hinted };
        showHint();
      }
    }
    case 'truefalse': {
      const value = await choose(messages.yourAnswer, [
        { name: messages.trueLabel, value: 1 },
        { name: messages.falseLabel, value: 0 },
      ]);
      return { answer: { type: 'truefalse', value: value === 1 }, hinted };
    }
    case 'order':
      return { answer: { type: 'order', order: await askOrder(q.id, q.items, choose, io) }, hinted };
    case 'predict': {
      if (q.options) {
        const choice = await choose(
          messages.yourAnswer,
          q.options.map((o, i) => ({ name: `${LETTERS[i]}) ${plain(o.output.trimEnd().split('\n').join(' / '))}`, value: i })),
        );
        return { answer: { type: 'predict', choice }, hinted };
      }
      return { answer: { type: 'predict', typed: await type(messages.typeOutput) }, hinted };
    }
    case 'text':
      return { answer: { type: 'text', typed: await type(messages.typeAnswer) }, hinted };
  }
}

/** Items are offered in a shuffled order; the learner picks the first, then the next, and so on. */
async function askOrder(
  id: string,
  items: string[],
  choose: (message: string, choices: Choice<number>[]) => Promise<number>,
  io: Io,
): Promise<number[]> {
  const remaining = shuffledIndexes(id, items.length);
  const order: number[] = [];
  while (remaining.length > 1) {
    const picked = await choose(
      messages.orderPosition(order.length + 1, items.length),
      remaining.map((i) => ({ name: plain(items[i] ?? ''), value: i })),
    );
    order.push(picked);
    remaining.splice(remaining.indexOf(picked), 1);
  }
  const last = remaining[0] ?? 0;
  order.push(last);
  io.print([io.theme.dim(messages.orderLast(plain(items[last] ?? '')))]);
  return order;
}

/**
 * A shuffle that is the same every time for one question (so a resumed or retaken quiz looks the
 * same) and never the right order itself.
 */
export function shuffledIndexes(seed: string, n: number): number[] {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  const next = () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] ?? 0, out[i] ?? 0];
  }
  if (out.every((v, i) => v === i)) out.push(out.shift() ?? 0);
  return out;
}

function plain(text: string): string {
  return sanitize(text).replace(/\s+/g, ' ').trim();
}
