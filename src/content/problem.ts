/** One thing wrong with a content file, located for the author. */
export interface ContentProblem {
  /** Path of the file, as the loader was given it. */
  file: string;
  /** 1-based; 0 when the problem has no position (a missing file). */
  line: number;
  col: number;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return p.line > 0 ? `${p.file}:${p.line}:${p.col}: ${p.message}` : `${p.file}: ${p.message}`;
}
