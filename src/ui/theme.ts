/**
 * Every style and symbol the tutor prints, with ASCII fallbacks, in one place. Colour is decided
 * by the Terminal, not by chalk (chalk ignores NO_COLOR).
 */
import { Chalk } from 'chalk';
import type { Terminal } from './terminal.js';

export interface Theme {
  bold: (s: string) => string;
  dim: (s: string) => string;
  title: (s: string) => string;
  code: (s: string) => string;
  good: (s: string) => string;
  bad: (s: string) => string;
  warn: (s: string) => string;
  link: (s: string) => string;
  symbols: Symbols;
}

export interface Symbols {
  right: string;
  wrong: string;
  bullet: string;
  arrow: string;
  barFull: string;
  barEmpty: string;
  rule: string;
  done: string;
  partial: string;
  todo: string;
  gutter: string;
  differ: string;
}

const UNICODE: Symbols = {
  right: '✔',
  wrong: '✘',
  bullet: '•',
  arrow: '›',
  barFull: '█',
  barEmpty: '░',
  rule: '─',
  done: '●',
  partial: '◐',
  todo: '○',
  gutter: '│',
  differ: '≠',
};

const ASCII: Symbols = {
  right: 'v',
  wrong: 'x',
  bullet: '-',
  arrow: '>',
  barFull: '#',
  barEmpty: '.',
  rule: '-',
  done: '*',
  partial: '~',
  todo: 'o',
  gutter: '|',
  differ: '!',
};

export function createTheme(t: Pick<Terminal, 'color' | 'unicode'>): Theme {
  const c = new Chalk({ level: t.color ? 1 : 0 });
  return {
    bold: c.bold,
    dim: c.dim,
    title: c.bold.cyan,
    code: c.cyan,
    good: c.green,
    bad: c.red,
    warn: c.yellow,
    link: c.underline,
    symbols: t.unicode ? UNICODE : ASCII,
  };
}
