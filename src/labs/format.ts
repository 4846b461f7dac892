/** Numbers as the labs print them: short, with units, never more precision than the noise allows. */

export function ms(value: number): string {
  if (value === 0) return '0 ms';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${Math.round(value)} ms`;
  if (value >= 10) return `${value.toFixed(0)} ms`;
  return `${value.toFixed(1)} ms`;
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB'];

export function bytes(value: number): string {
  let v = value;
  let unit = 0;
  while (v >= 1024 && unit < UNITS.length - 1) {
    v /= 1024;
    unit++;
  }
  const digits = unit === 0 || v >= 10 ? 0 : 1;
  return `${v.toFixed(digits)} ${UNITS[unit]}`;
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The largest value, or 0 for none: an empty series draws and reads as zero. */
export function max(values: number[]): number {
  return values.reduce((m, v) => (v > m ? v : m), 0);
}

/** The smallest value, or 0 for none. */
export function min(values: number[]): number {
  return values.length ? values.reduce((m, v) => (v < m ? v : m)) : 0;
}
