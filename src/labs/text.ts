/** Fitting text into columns, for the charts and tables. Widths are display widths. */
import { visibleWidth } from '../ui/wrap.js';

/** Pads on the right to `w` columns. */
export function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - visibleWidth(s)));
}

/** Cuts plain text (no colour codes) to `w` columns. */
export function clip(s: string, w: number): string {
  if (visibleWidth(s) <= w) return s;
  let out = '';
  for (const ch of s) {
    if (visibleWidth(out + ch) > w) break;
    out += ch;
  }
  return out;
}

// eslint-disable-next-line no-control-regex
const SGR = /(\u001b\[[0-9;]*m)/;

/** The last guard: a line wider than `width` loses its end (colour codes kept, then reset). */
export function fitLine(line: string, width: number): string {
  if (visibleWidth(line) <= width) return line;
  let out = '';
  let used = 0;
  let styled = false;
  for (const part of line.split(SGR)) {
    if (SGR.test(part)) {
      out += part;
      styled = true;
      continue;
    }
    for (const ch of part) {
      const w = visibleWidth(ch);
      if (used + w > width) return styled ? `${out}\u001b[0m` : out;
      out += ch;
      used += w;
    }
  }
  return out;
}
