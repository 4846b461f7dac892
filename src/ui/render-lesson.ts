/** A lesson screen as lines: where you are, the screen's title, its text, and sources on the last. */
import type { Lesson } from '../content/schema.js';
import { renderMarkup } from './markup.js';
import { messages } from './messages.js';
import { sanitize } from './sanitize.js';
import type { Theme } from './theme.js';
import { wrap } from './wrap.js';

export interface ScreenPosition {
  lessonNumber: number;
  lessonCount: number;
  screen: number;
}

export function renderScreen(lesson: Lesson, at: ScreenPosition, theme: Theme, width: number): string[] {
  const screen = lesson.screens[at.screen];
  if (!screen) return [];
  const lines = [
    theme.dim(`Lesson ${at.lessonNumber} of ${at.lessonCount} · ${sanitize(lesson.title)}`),
    theme.dim(theme.symbols.rule.repeat(width)),
    ...wrap(theme.title(sanitize(screen.title)), width),
    '',
    ...renderMarkup(screen.body, theme, width),
    '',
  ];
  if (at.screen === lesson.screens.length - 1) {
    if (lesson.lab) lines.push(...wrap(`${theme.bold(messages.labLabel)} ${messages.labHint(sanitize(lesson.lab))}`, width), '');
    lines.push(theme.bold(messages.sources));
    for (const s of lesson.sources) {
      lines.push(...wrap(`${sanitize(s.title)}: ${theme.link(sanitize(s.url))}`, width, '    ', `  ${theme.symbols.bullet} `));
    }
    lines.push('');
  }
  return lines;
}

export function renderLessonIntro(lesson: Lesson, theme: Theme, width: number): string[] {
  return [...wrap(theme.title(sanitize(lesson.title)), width), ...wrap(sanitize(lesson.summary), width), ''];
}
