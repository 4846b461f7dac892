/**
 * Word wrapping by display width. Content is sanitized first, so the only zero-width things left
 * are our own colour codes, which `visibleWidth` skips.
 */

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

export function visibleWidth(s: string): number {
  let width = 0;
  for (const ch of s.replace(SGR, '')) width += charWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/** East Asian wide and emoji code points take two columns; combining marks take none. */
function charWidth(cp: number): number {
  if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0x1f300 && cp <= 0x1faff)
  ) {
    return 2;
  }
  return 1;
}

/**
 * Wraps one paragraph to `width` columns. `indent` starts every line; `firstIndent` replaces it on
 * the first line (for bullets: "  - " then "    "). Words longer than a line are broken.
 */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = firstIndent;
  let lineWidth = visibleWidth(firstIndent);
  let empty = true;
  for (const word of words) {
    const w = visibleWidth(word);
    if (!empty && lineWidth + 1 + w > width) {
      lines.push(line);
      line = indent;
      lineWidth = visibleWidth(indent);
      empty = true;
    }
    if (empty && lineWidth + w > width && !word.includes('\u001b')) {
      // A word longer than the line (a URL, a long identifier): break it where it must.
      let rest = word;
      while (lineWidth + visibleWidth(rest) > width && width - lineWidth > 0) {
        const room = Math.max(1, width - lineWidth);
        lines.push(line + rest.slice(0, room));
        rest = rest.slice(room);
        line = indent;
        lineWidth = visibleWidth(indent);
      }
      line += rest;
      lineWidth += visibleWidth(rest);
      empty = rest === '';
      continue;
    }
    line += (empty ? '' : ' ') + word;
    lineWidth += (empty ? 0 : 1) + w;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}

/** Cuts text to `width` columns, ending in "…" when it had to cut. */
export function truncate(text: string, width: number): string {
  if (visibleWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (visibleWidth(`${out}${ch}`) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}
