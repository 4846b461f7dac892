/**
 * A small table of numbers: the first row is the header, the first column the row names. When
 * the names do not fit beside the numbers, each name goes on its own line above its numbers.
 */
import type { Theme } from '../ui/theme.js';
import { visibleWidth } from '../ui/wrap.js';
import { fitLine, pad } from './text.js';

export function table(rows: string[][], width: number, theme: Theme): string[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((r) => visibleWidth(r[c] ?? ''))));
  const numbersWidth = widths.slice(1).reduce((a, w) => a + w + 2, 0);
  const numbers = (row: string[]) => row.slice(1).map((cell, c) => ' '.repeat(Math.max(0, (widths[c + 1] ?? 0) - visibleWidth(cell))) + cell);
  const nameW = widths[0] ?? 0;
  const besides = nameW + numbersWidth <= width;
  return rows.flatMap((row, i) => {
    const style = (line: string) => fitLine(i === 0 ? theme.dim(line) : line, width);
    if (besides) return [style([pad(row[0] ?? '', nameW), ...numbers(row)].join('  ').trimEnd())];
    const values = style(['', ...numbers(row)].join('  ').trimEnd());
    return i === 0 || !row[0] ? [values] : [style(row[0]), values];
  });
}
