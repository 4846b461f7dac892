/** Every sentence the tutor says that is not content. Logic never builds user-facing text. */
import { homeVariable } from '../progress/location.js';
import type { StoreNotice } from '../progress/store.js';

export const messages = {
  cancelled: 'Stopped. Your progress so far is saved.',
  cancelledNotSaved: 'Stopped.',
  stoppedAtOnce: 'Stopped at once: an answer that was still being saved may be lost.',
  internalError: (message: string) =>
    `node-arch hit a bug: ${message}\nPlease report it, with the command you ran and this message.`,
  notInteractive: (command: string) =>
    `\`node-arch ${command}\` needs an interactive terminal (stdin and stdout must be a TTY). ` +
    'Without one, try `node-arch list` or `node-arch progress --json`.',
  resetNeedsYes: 'node-arch reset asks for confirmation; without a terminal, pass --yes.',
  unknownLesson: (id: string, suggestion: string | undefined) =>
    `There is no lesson "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Run \`node-arch list\` to see them all.`,
  brokenCourse: (dir: string, count: number) =>
    `The course in ${dir} has ${count} problem${count === 1 ? '' : 's'}. Run \`node-arch validate ${dir}\` to see ${count === 1 ? 'it' : 'them'}.`,
  notice(n: StoreNotice): string {
    switch (n.kind) {
      case 'damaged':
        return `Your progress file could not be read (${n.reason}). It was kept at ${n.keptAt}, and a fresh one was started.`;
      case 'newer':
        return `Your progress file was written by a newer node-arch (format ${n.version}). It was left untouched, and nothing from this session will be saved: update node-arch to continue your progress.`;
      case 'unwritable':
        return `Progress cannot be saved (${n.reason}: ${n.file}). You can keep learning, but this session will not be remembered. Set NODE_ARCH_DATA_DIR to a writable folder to fix it.`;
      case 'nowhere':
        return `Progress cannot be saved: ${homeVariable()} is not set, so there is no folder to keep it in. You can keep learning, but this session will not be remembered. Set ${homeVariable()}, or NODE_ARCH_DATA_DIR, to fix it.`;
    }
  },
  warning: 'warning:',

  // learn
  welcomeBack: (title: string, screen: number, total: number) => `Welcome back. Resuming "${title}" at screen ${screen} of ${total}.`,
  resumeQuiz: (answered: number, total: number) => `Resuming your quiz: ${answered} of ${total} answered.`,
  courseFinished: 'You have finished every lesson in the course. `node-arch list` shows your scores; `node-arch quiz <lesson>` retakes a quiz.',
  nextLessonPrompt: (n: number, title: string) => `Go on to lesson ${n}: ${title}?`,
  seeYou: 'See you next time: `node-arch learn` picks up where you left off.',
  sources: 'Sources',
  labLabel: 'See it happen:',
  labHint: (lab: string) => `\`node-arch lab ${lab}\` runs this on your own Node and draws what it measures.`,
  next: 'Next',
  back: 'Back',
  startQuiz: 'Start the quiz',
  quitForNow: 'Quit for now',
  screenOf: (i: number, n: number) => `Screen ${i} of ${n}`,
  whatNext: 'What next?',

  // quiz
  questionOf: (i: number, n: number, kind: string, label = 'Question') => `${label} ${i} of ${n} · ${kind}`,
  kinds: {
    single: 'choose one',
    multiple: 'choose all that apply',
    truefalse: 'true or false',
    order: 'put in order',
    predict: 'predict the output',
    text: 'short answer',
  } as Record<string, string>,
  yourAnswer: 'Your answer',
  pickAll: 'Your answers (space to pick, enter to confirm)',
  showHint: 'Show a hint',
  hint: 'Hint:',
  typeHint: ' (type ? for a hint)',
  typeOutput: 'What does it print? Separate lines with commas',
  typeAnswer: 'Your answer',
  orderPosition: (i: number, n: number) => `What comes ${ordinal(i)}? (${i} of ${n})`,
  orderLast: (item: string) => `And last: ${item}`,
  trueLabel: 'True',
  falseLabel: 'False',
  right: 'Right.',
  wrong: 'Not quite.',
  theAnswer: 'The answer:',
  youAnswered: 'You answered:',
  youPicked: 'You picked',
  youMissed: 'You missed',
  aboutYourPick: 'About your pick',
  versionNote: (major: number) => `On Node ${major}, the one you are running:`,
  readMore: 'Read more:',
  nextQuestion: 'Next question',
  seeScore: 'See my score',
  runIt: 'Run it on my Node and compare',
  markEasy: 'That was easy (show it less often)',
  markedEasy: 'Noted: this one will come back later.',
  running: 'Running the snippet on your Node…',
  expectedOn: (major: number) => `Expected (Node ${major})`,
  yourNodePrinted: (version: string) => `Your Node (${version}) printed`,
  sameOutput: 'Same output: what the course says is what your Node does.',
  differentOutput: 'Your Node printed something else. If you run a Node version the course was not checked on, tell us.',
  timedOut: (ms: number) => `The snippet was stopped after ${ms / 1000} s.`,
  flooded: 'The snippet printed too much and was stopped.',
  exitedWith: (code: number | null, signal: string | null) => (signal ? `It was ended by ${signal}.` : `It exited with code ${code}.`),
  noStdout: '(nothing on stdout)',
  scoreLine: (correct: number, total: number) => `You got ${correct} of ${total} right (${Math.round((100 * correct) / total)}%).`,
  toReview: 'Worth another look:',
  perfect: 'A perfect score.',
  quizSaved: 'Quiz saved. `node-arch quiz <lesson>` takes it again.',

  // trust: running snippets of a course that did not come with node-arch (issue 7)
  trustWarning: (dir: string, limitMs: number) =>
    `This course did not come with node-arch: it was loaded from ${dir}. Its snippets are code written by whoever made it. ` +
    'Running one runs that code on this computer as you, with your permissions: it can read, change and delete your files and use the network. ' +
    `It is stopped after ${limitMs / 1000} s. Say yes only if you trust where this course came from.`,
  trustQuestion: 'Run code from this course on your computer?',
  trustKeepNo: 'Remember "no" for this course? (Otherwise you will be asked again next time.)',
  trustNoForSession: 'Not run. You will not be asked again until you next start node-arch.',
  trustYesKept: (file: string) => `Remembered: snippets from this course will run without asking. To be asked again, remove its entry from ${file}.`,
  trustNoKept: (file: string) => `Not run, and remembered. To be asked again, remove this course's entry from ${file}.`,
  trustNotKept: (reason: string) => `This answer holds for this session only: it could not be remembered (${reason}).`,
  trustNoDataFolder: 'there is no data folder',

  // reset
  confirmResetLesson: (title: string) => `Reset your progress in "${title}"? This cannot be undone.`,
  confirmResetAll: (answers: number) => `Reset ALL your progress (${answers} answers)? A backup copy is kept.`,
  resetLessonDone: (title: string) => `Progress in "${title}" was reset.`,
  resetAllDone: (backup: string | undefined) => `All progress was reset.${backup ? ` The old file was kept at ${backup}.` : ''}`,
  resetCancelled: 'Nothing was reset.',
  resetNotSaved: 'Nothing was reset: your progress file cannot be changed just now (see the warning above).',

  // export, import
  exported: (answers: number, file: string) => `Exported ${answers} answers to ${file}.`,
  cannotWrite: (file: string, reason: string) => `Cannot write ${file}: ${reason}`,
  cannotImport: (file: string, reason: string) => `Cannot import ${file}: ${reason}.`,
  importNewer: (file: string, version: number) =>
    `Cannot import ${file}: it was written by a newer node-arch (format ${version}). Update node-arch, then import it again.`,
  importNotSaved: 'Your own progress file cannot be written just now (see the warning above), so nothing was imported.',
  imported: (added: number, known: number) =>
    `Imported ${added} new answer${added === 1 ? '' : 's'}${known ? ` (${known} ${known === 1 ? 'was' : 'were'} already here)` : ''}. Your review schedule was rebuilt from the merged history.`,

  // review
  reviewsDue: (n: number) => `${n} review${n === 1 ? ' is' : 's are'} due: \`node-arch review\` brings ${n === 1 ? 'it' : 'them'} back.`,
  reviewIntro: (due: number, taking: number) =>
    due === taking ? `${due} card${due === 1 ? '' : 's'} due. Most overdue first.` : `${due} cards due; here are the ${taking} most overdue.`,
  reviewNothingYet: 'Nothing to review yet: questions become review cards once you have answered them. Start with `node-arch learn`.',
  reviewNothingDue: (when: string, at: string) => `Nothing is due for review. The next card comes ${when} (${at}).`,
  reviewFrom: (lesson: string) => `From: ${lesson}`,
  reviewDone: (count: number, right: number) => `Reviewed ${count} card${count === 1 ? '' : 's'}: ${right} right.`,
  reviewTimeUp: (minutes: number) => `That is your ${minutes} minutes; the rest will wait.`,
  reviewMore: (n: number) => `${n} more ${n === 1 ? 'is' : 'are'} due: run \`node-arch review\` again when you like.`,
  reviewNext: (when: string) => `Next review ${when}.`,

  // validate
  valid: (lessons: number, questions: number, predicts: number) =>
    `Content is valid: ${lessons} lessons, ${questions} questions (${predicts} predict-the-output).`,
  problemsFound: (count: number) => `${count} problem${count === 1 ? '' : 's'} found.`,
  snippetsChecked: (passed: number, failed: number, version: string) => `Snippets on Node ${version}: ${passed} passed, ${failed} failed.`,
};

function ordinal(n: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
  return words[n - 1] ?? `number ${n}`;
}
