import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/ui/sanitize.js';

describe('sanitize', () => {
  it.each([
    ['clipboard write (OSC 52, BEL)', 'a\u001b]52;c;aGVsbG8=\u0007b', 'ab'],
    ['window title (OSC 0, ST)', 'a\u001b]0;pwned\u001b\\b', 'ab'],
    ['hyperlink (OSC 8)', '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\', 'click'],
    ['colours and cursor moves (CSI)', '\u001b[31mred\u001b[0m \u001b[2J\u001b[1;1Hx', 'red x'],
    ['DCS, SOS, PM and APC strings', '\u001bPq#0\u001b\\\u001bXsos\u001b\\\u001b^pm\u001b\\\u001b_apc\u001b\\ok', 'ok'],
    ['a two-byte escape', 'a\u001bcb', 'ab'],
    ['a lone ESC at the end', 'ab\u001b', 'ab'],
    ['carriage return, backspace and BEL', 'fake\rreal\b!\u0007', 'fakereal!'],
    ['8-bit C1 CSI and OSC', 'a\u009b31mb\u009d0;t\u009cc', 'abc'],
    ['bidi overrides and isolates', 'a\u202eb\u2066c\u2069d', 'abcd'],
    ['DEL', 'a\u007fb', 'ab'],
  ])('strips %s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('keeps tabs, new lines and ordinary Unicode', () => {
    const text = 'tab\there\nnew line · é € 日本 ✔';
    expect(sanitize(text)).toBe(text);
  });

  it('turns CRLF into LF rather than dropping line breaks', () => {
    expect(sanitize('a\r\nb')).toBe('a\nb');
  });
});
