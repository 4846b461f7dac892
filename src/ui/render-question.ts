/** A question as lines (header, prompt, code, lettered outputs) and its feedback as lines. */
import type { Question } from '../content/schema.js';
import type { Feedback } from '../engine/grade.js';
import { inline, renderMarkup } from './markup.js';
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
    if (f.notes.length === 0) lines.push('', theme.bold(messages.youAnswered), ...answerLines(f.given, f.kind, theme, width));
    lines.push('', theme.bold(messages.theAnswer), ...answerLines(f.rightAnswer, f.kind, theme, width));
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

/** A program's output prints as code; a set of options as bullets; anything else wraps. */
function answerLines(text: string, kind: Feedback['kind'], theme: Theme, width: number): string[] {
  const clean = sanitize(text);
  if (kind === 'predict') return codeBlock(clean, theme);
  if (kind === 'multiple' && clean.includes('\n')) {
    return clean.split('\n').flatMap((item) => wrap(inline(item, theme), width, '    ', `  ${theme.symbols.bullet} `));
  }
  return clean.split('\n').flatMap((line) => wrap(inline(line, theme), width, '  '));
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
