/** Two outputs side by side when the terminal is wide enough, one above the other when not. */
import { sanitize } from './sanitize.js';
import type { Theme } from './theme.js';
import { visibleWidth } from './wrap.js';

export interface Panel {
  title: string;
  text: string;
}

export function renderComparison(left: Panel, right: Panel, theme: Theme, columns: number): string[] {
  const l = sanitize(left.text).split('\n');
  const r = sanitize(right.text).split('\n');
  const widest = Math.max(left.title.length, ...l.map(visibleWidth));
  const rightWidest = Math.max(right.title.length, ...r.map(visibleWidth));
  if (widest + 3 + rightWidest > columns) {
    return [theme.bold(left.title), ...l.map((x) => `  ${x}`), '', theme.bold(right.title), ...r.map((x) => `  ${x}`)];
  }
  const rows = Math.max(l.length, r.length);
  const pad = (s: string) => s + ' '.repeat(Math.max(0, widest - visibleWidth(s)));
  const out = [`${theme.bold(pad(left.title))} ${theme.dim(theme.symbols.gutter)} ${theme.bold(right.title)}`];
  for (let i = 0; i < rows; i++) {
    const a = l[i] ?? '';
    const b = r[i] ?? '';
    const mark = a === b ? theme.dim(theme.symbols.gutter) : theme.warn(theme.symbols.differ);
    out.push(`${pad(a)} ${mark} ${b}`);
  }
  return out;
}
