/**
 * The shape of a loaded course. The YAML that produces it is documented for authors in
 * docs/content-format.md; `validate-*.ts` turn YAML into these types or into located errors.
 */

/** The version of the content format this build reads. */
export const CONTENT_FORMAT = 1;

export interface Course {
  /** Absolute path of the content folder. */
  dir: string;
  format: number;
  title: string;
  /** In learning order. */
  lessons: Lesson[];
}

export interface Lesson {
  /** Stable id: file name, progress key. */
  id: string;
  title: string;
  summary: string;
  screens: Screen[];
  sources: Source[];
  /** A live experiment (`node-arch lab <name>`) that shows this lesson's subject at work. */
  lab?: string;
  quiz: Quiz;
}

export interface Screen {
  title: string;
  /** Light markup: paragraphs, `- ` bullets, fenced blocks, inline `code`. */
  body: string;
}

export interface Source {
  title: string;
  url: string;
}

export interface Quiz {
  lesson: string;
  questions: Question[];
}

export type QuestionType = Question['type'];

interface QuestionBase {
  id: string;
  prompt: string;
  explanation: string;
  /** One official URL the learner can read. */
  source: string;
  hint?: string;
  /** Shown after answering when the answer depends on the Node version. */
  versionNote?: string;
}

/** A choice; `correct` is true, false, or a range of Node majors where it is the right one. */
export interface ChoiceOption {
  text: string;
  correct: boolean | string;
  why?: string;
}

export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: ChoiceOption[];
}

export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  options: ChoiceOption[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  answer: boolean;
}

export interface OrderQuestion extends QuestionBase {
  type: 'order';
  /** In the right order. */
  items: string[];
}

export interface PredictOption {
  output: string;
  why?: string;
}

export interface VersionedOutput {
  node: string;
  expected: string;
}

export interface PredictQuestion extends QuestionBase {
  type: 'predict';
  module: 'cjs' | 'esm';
  flags: string[];
  code: string;
  expected: string;
  byVersion: VersionedOutput[];
  options?: PredictOption[];
}

export interface TextQuestion extends QuestionBase {
  type: 'text';
  accept: string[];
}

export type Question =
  | SingleQuestion
  | MultipleQuestion
  | TrueFalseQuestion
  | OrderQuestion
  | PredictQuestion
  | TextQuestion;

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'order', 'predict', 'text'] as const;

/** Lesson and question ids: they name files and key progress, so nothing that could escape a folder. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
