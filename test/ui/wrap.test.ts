import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../src/ui/markup.js';
import { wantsColor } from '../../src/ui/terminal.js';
import { createTheme } from '../../src/ui/theme.js';
import { visibleWidth, wrap } from '../../src/ui/wrap.js';

const plain = createTheme({ color: false, unicode: true });

describe('wrap', () => {
  it('never passes the width', () => {
    const text = 'The poll phase blocks in epoll_wait until a file descriptor is ready or the next timer is due.';
    for (const width of [20, 33, 40, 80]) {
      for (const line of wrap(text, width)) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it('breaks a word longer than the line', () => {
    expect(wrap('https://nodejs.org/api/process.html#processnexttickcallback-args', 20).every((l) => l.length <= 20)).toBe(true);
  });

  it('counts wide characters as two columns and colour codes as none', () => {
    expect(visibleWidth('日本')).toBe(4);
    expect(visibleWidth('\u001b[31mred\u001b[39m')).toBe(3);
  });
});

describe('renderMarkup', () => {
  it('wraps paragraphs, hangs bullets and keeps code blocks as they are', () => {
    const lines = renderMarkup(
      'First paragraph with `code` that is long enough to wrap.\n\n- one bullet that also wraps around\n- two\n\n```\n  x  =  1\n```',
      plain,
      30,
    );
    expect(lines).toEqual([
      'First paragraph with `code`',
      'that is long enough to wrap.',
      '',
      '  • one bullet that also wraps',
      '    around',
      '  • two',
      '',
      '│   x  =  1',
    ]);
  });

  it('styles **bold** but never inside `code`', () => {
    expect(renderMarkup('a **b** `x**y**z`', plain, 40)).toEqual(['a b `x**y**z`']);
  });

  it('strips control sequences from content before styling it', () => {
    expect(renderMarkup('a\u001b]52;c;eA==\u0007b', plain, 40)).toEqual(['ab']);
  });
});

describe('colour decision', () => {
  it.each<[string, boolean, Record<string, string>, boolean, boolean]>([
    ['a TTY', true, {}, false, true],
    ['a pipe', false, {}, false, false],
    ['NO_COLOR', true, { NO_COLOR: '1' }, false, false],
    ['an empty NO_COLOR', true, { NO_COLOR: '' }, false, true],
    ['TERM=dumb', true, { TERM: 'dumb' }, false, false],
    ['--no-color', true, {}, true, false],
    ['FORCE_COLOR on a pipe', false, { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0', true, { FORCE_COLOR: '0' }, false, false],
    ['--no-color over FORCE_COLOR', true, { FORCE_COLOR: '1' }, true, false],
  ])('%s', (_name, isTTY, env, flag, expected) => {
    expect(wantsColor(isTTY, env, flag)).toBe(expected);
  });
});
