/**
 * `node-arch lab [name] [--json]`: live experiments on the learner's own Node (issue 5). Without a
 * name, the list of labs. With one: ask for predictions (in a terminal, if the lab has any), run
 * the lab's probes in child processes under a spinner, then print the chart, the predictions
 * judged and the explanation; with --json, only the raw measurements.
 */
import { join } from 'node:path';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { labMessages } from '../labs/messages.js';
import { LABS, findLab } from '../labs/registry.js';
import { renderLabList, renderReport, renderSetup, type Judged } from '../labs/report.js';
import { createProbeRunner } from '../labs/runner.js';
import type { Lab, ProbeMeta } from '../labs/types.js';
import { createPrompter } from '../ui/prompts.js';
import { startSpinner } from '../ui/spinner.js';
import { textWidth } from '../ui/terminal.js';
import { closest } from './closest.js';
import { createTheme, type Theme } from '../ui/theme.js';

/** Wider charts stop being easier to read. */
const MAX_CHART_WIDTH = 120;

export async function lab(ctx: Context, name: string | undefined, opts: { json?: boolean }): Promise<void> {
  const out = ctx.terminal.stdout;
  const theme = createTheme(ctx.terminal);
  if (name === undefined) {
    if (opts.json) out.write(`${JSON.stringify({ labs: LABS.map((l) => ({ name: l.name, title: l.title, lesson: l.lesson, describe: l.describe })) }, null, 2)}\n`);
    else out.write(`${renderLabList(LABS, theme, textWidth(ctx.terminal)).join('\n')}\n`);
    return;
  }
  const found = findLab(name);
  if (!found) throw new UserError(labMessages.unknownLab(name, LABS.map((l) => l.name), closest(name, LABS.map((l) => l.name))));

  // Predictions only where someone can answer them: never with --json, never without a terminal.
  const answers = ctx.terminal.interactive && !opts.json ? await askPredictions(ctx, found, theme) : [];
  const result = await measure(ctx, found, !opts.json);
  if (opts.json) {
    out.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const judged: Judged[] = (found.predictions ?? []).flatMap((p, i) => {
    const answer = answers[i];
    if (answer === undefined) return [];
    return [{ question: p.question, answer: p.choices.find((c) => c.value === answer)?.name ?? answer, ...p.judge(result, answer) }];
  });
  const chartWidth = Math.min(ctx.terminal.columns - 1, MAX_CHART_WIDTH);
  out.write(`${renderReport(found, result, judged, theme, chartWidth, textWidth(ctx.terminal)).join('\n')}\n`);
}

async function askPredictions(ctx: Context, found: Lab<ProbeMeta>, theme: Theme): Promise<string[]> {
  if (!found.predictions?.length) return [];
  ctx.terminal.stdout.write(`${[theme.bold(labMessages.predictFirst), '', ...renderSetup(found.setup ?? [], theme), ''].join('\n')}\n`);
  const prompter = createPrompter(ctx.terminal);
  const answers: string[] = [];
  for (const p of found.predictions) answers.push(await prompter.select(p.question, p.choices));
  return answers;
}

async function measure(ctx: Context, found: Lab<ProbeMeta>, showSpinner: boolean): Promise<ProbeMeta> {
  const run = createProbeRunner({ cleanup: ctx.cleanup, probeDir: join(ctx.packageRoot, 'labs') });
  if (!showSpinner) return found.measure(run);
  const spinner = await startSpinner(ctx.terminal, labMessages.running(found.title, ctx.nodeVersion));
  // On Ctrl+C the cleanup runs before the exit: the spinner gives the line back first.
  ctx.cleanup.add(async () => spinner.stop());
  try {
    return await found.measure(run);
  } finally {
    spinner.stop();
  }
}
