/** A question as lines (header, prompt, code, lettered outputs) and its feedback as lines. */
import type { Question } from '../content/schema.js';
import type { Feedback } from '../engine/grade.js';
import { renderMarkup } from './markup.js';
import { messages } from './messages.js';
import { sanitize } from './sanitize.js';
import type { Theme } from './theme.js';
import { wrap } from './wrap.js';

export const LETTERS = 'ABCDEFGH';

export function renderQuestion(q: Question, index: number, total: number, theme: Theme, width: number, label?: string): string[] {
  const lines = [
    '',
    theme.dim(messages.questionOf(index, total, messages.kinds[q.type] ?? q.type, label)),
    '',
    ...renderMarkup(q.prompt, theme, width),
  ];
  if (q.type === 'predict') {
    lines.push('', ...codeBlock(q.code, theme));
    q.options?.forEach((o, i) => {
      lines.push('', theme.bold(`${LETTERS[i]})`), ...codeBlock(o.output, theme));
    });
  }
  lines.push('');
  return lines;
}

export function renderFeedback(f: Feedback, major: number, theme: Theme, width: number): string[] {
  const s = theme.symbols;
  const lines = [''];
  lines.push(f.correct ? theme.good(`${s.right} ${messages.right}`) : theme.bad(`${s.wrong} ${messages.wrong}`));
  if (!f.correct) {
    if (f.notes.length === 0) lines.push('', theme.bold(messages.youAnswered), ...answerLines(f.given, theme, width));
    lines.push('', theme.bold(messages.theAnswer), ...answerLines(f.rightAnswer, theme, width));
  }
  for (const note of f.notes) {
    const label = note.kind === 'picked-wrong' ? messages.youPicked : note.kind === 'missed' ? messages.youMissed : messages.aboutYourPick;
    lines.push('', ...wrap(`${theme.bold(`${label}:`)} ${sanitize(firstLine(note.text))}`, width));
    if (note.why) lines.push(...renderMarkup(note.why, theme, width - 2, '  '));
  }
  lines.push('', ...renderMarkup(f.explanation, theme, width));
  if (f.versionNote) lines.push('', theme.warn(messages.versionNote(major)), ...renderMarkup(f.versionNote, theme, width));
  lines.push('', ...wrap(`${theme.dim(messages.readMore)} ${theme.link(sanitize(f.source))}`, width), '');
  return lines;
}

/** Multi-line answers (an output, an order) print as a block; one-liners wrap. */
function answerLines(text: string, theme: Theme, width: number): string[] {
  const clean = sanitize(text);
  return clean.includes('\n') ? codeBlock(clean, theme) : wrap(clean, width, '  ');
}

export function codeBlock(code: string, theme: Theme): string[] {
  return sanitize(code)
    .trimEnd()
    .split('\n')
    .map((line) => `${theme.dim(theme.symbols.gutter)} ${theme.code(line.replace(/\t/g, '  '))}`);
}

function firstLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines.length > 1 ? `${lines[0]} …` : (lines[0] ?? '');
}
