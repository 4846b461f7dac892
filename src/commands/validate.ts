import { relative, resolve } from 'node:path';
import { loadCourse } from '../content/loader.js';
import { formatProblem } from '../content/problem.js';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { sanitize } from '../ui/sanitize.js';
import { checkSnippets } from './check-snippets.js';

/** `node-arch validate [dir]`: every problem as file:line:col: message; exit 1 if any. */
export async function validate(ctx: Context, dir: string | undefined, opts: { snippets?: boolean; node: string }): Promise<void> {
  const folder = dir ? resolve(ctx.cwd, dir) : ctx.contentDir;
  const { course, problems } = await loadCourse(folder);
  const out = ctx.terminal.stdout;
  // Messages quote content (an id, a type) and file names come from the pack: both may hold escapes.
  for (const p of problems) out.write(`${sanitize(formatProblem({ ...p, file: shortPath(ctx.cwd, p.file) }))}\n`);
  if (!course) throw new UserError(messages.problemsFound(problems.length));
  const questions = course.lessons.flatMap((l) => l.quiz.questions);
  out.write(`${messages.valid(course.lessons.length, questions.length, questions.filter((q) => q.type === 'predict').length)}\n`);
  if (opts.snippets) await checkSnippets(ctx, course, opts.node);
}

/** Paths under the working directory print relative, as editors and terminals link them. */
function shortPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}
