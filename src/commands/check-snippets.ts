import { execFileSync } from 'node:child_process';
import type { Course, PredictQuestion } from '../content/schema.js';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { expectedOutput } from '../engine/expected.js';
import { runSnippet } from '../runtime/run-snippet.js';
import { messages } from '../ui/messages.js';
import { sanitize } from '../ui/sanitize.js';

/**
 * `validate --snippets`: runs every predict snippet on a node binary and compares stdout with
 * the answer the course gives for that binary's major. Two at a time: the machines are small.
 */
export async function checkSnippets(ctx: Context, course: Course, node: string): Promise<void> {
  const version = execFileSync(node, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
  const major = Number(version.replace(/^v/, '').split('.')[0]);
  const jobs = course.lessons.flatMap((l) =>
    l.quiz.questions.filter((q): q is PredictQuestion => q.type === 'predict').map((q) => ({ lesson: l.id, q })),
  );
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    for (let job = jobs[next++]; job; job = jobs[next++]) {
      const result = await runSnippet(job.q, { node });
      const want = expectedOutput(job.q, major);
      const got = result.stdout.trimEnd();
      if (got !== want) {
        failures.push(`${job.lesson}/${job.q.id}: expected\n${indent(want)}\n  got\n${indent(got)}${result.stderr ? `\n  stderr\n${indent(result.stderr.trimEnd())}` : ''}`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  // A snippet's output is whatever its code printed, escape sequences included.
  for (const f of failures.sort()) ctx.terminal.stdout.write(`${sanitize(f)}\n`);
  ctx.terminal.stdout.write(`${messages.snippetsChecked(jobs.length - failures.length, failures.length, version)}\n`);
  if (failures.length > 0) throw new UserError(messages.problemsFound(failures.length));
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
