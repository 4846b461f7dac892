/**
 * What `node-arch lab` prints, as lines: the list of labs, and a lab's report (where it ran, the
 * chart, the predictions judged, the explanation, the lesson). Pure, so tests need no terminal.
 */
import type { Theme } from '../ui/theme.js';
import { wrap } from '../ui/wrap.js';
import { labMessages as m } from './messages.js';
import type { Lab, ProbeMeta } from './types.js';

export interface Judged {
  question: string;
  /** The choice the learner picked, as it was shown. */
  answer: string;
  right: boolean;
  why: string;
}

export function renderLabList(labs: readonly Lab<ProbeMeta>[], theme: Theme, width: number): string[] {
  const nameW = Math.max(...labs.map((lab) => lab.name.length));
  // Names in a column when that leaves room for the text beside them; above it when not.
  const wide = nameW + 4 <= width / 3;
  const indent = wide ? ' '.repeat(nameW + 4) : '    ';
  const rows = labs.flatMap((lab) => {
    // Each word styled on its own, so a wrapped line never carries a style over.
    const about = [lab.title, ...[theme.symbols.bullet, m.lessonColumn, lab.lesson].map((w) => theme.dim(w))].join(' ');
    const head = `  ${theme.bold(lab.name.padEnd(nameW))}  `;
    return [
      ...(wide ? [] : [`  ${theme.bold(lab.name)}`]),
      ...wrap(about, width, indent, wide ? head : indent),
      ...wrap(lab.describe, width, indent).map((l) => theme.dim(l)),
    ];
  });
  return [...wrap(m.listTitle, width).map((l) => theme.title(l)), '', ...rows, '', ...wrap(m.listHint, width).map((l) => theme.dim(l))];
}

export function renderReport<R extends ProbeMeta>(lab: Lab<R>, result: R, judged: Judged[], theme: Theme, chartWidth: number, textWidth: number): string[] {
  const paragraphs = (texts: string[]) => texts.flatMap((t, i) => [...(i ? [''] : []), ...wrap(t, textWidth)]);
  return [
    '',
    theme.title(lab.title),
    ...wrap(m.measuredOn(result.node, result.platform, result.arch, result.cpus), textWidth).map((l) => theme.dim(l)),
    '',
    ...lab.render(result, theme, chartWidth),
    ...(judged.length ? ['', theme.bold(m.yourPrediction), ...judged.flatMap((j) => judgedLines(j, theme, textWidth))] : []),
    '',
    theme.bold(m.whatItMeans),
    ...paragraphs(lab.explain(result)),
    '',
    ...wrap(m.readMore(lab.lesson), textWidth).map((l) => theme.link(l)),
  ];
}

function judgedLines(j: Judged, theme: Theme, width: number): string[] {
  const mark = j.right ? theme.good(`${theme.symbols.right} ${m.predictionRight}`) : theme.bad(`${theme.symbols.wrong} ${m.predictionWrong}`);
  return [...wrap(j.question, width, '  ', `${theme.symbols.bullet} `), ...wrap(m.youSaid(j.answer), width, '  '), `  ${mark}`, ...wrap(j.why, width, '  ')];
}

/** The code a prediction is about, framed so it stands apart from the prose. */
export function renderSetup(setup: string[], theme: Theme): string[] {
  return setup.map((line) => `  ${theme.dim(theme.symbols.gutter)} ${theme.code(line)}`);
}
