import type { Node } from 'yaml';
import { readUrl } from './read-lesson.js';
import {
  ID_PATTERN,
  QUESTION_TYPES,
  type ChoiceOption,
  type PredictOption,
  type Question,
  type QuestionType,
  type Quiz,
  type VersionedOutput,
} from './schema.js';
import { checkRange, inRange } from './version-range.js';
import type { YamlReader } from './yaml-reader.js';

const COMMON_KEYS = ['id', 'type', 'prompt', 'explanation', 'source', 'hint', 'versionNote'] as const;
const COMMON_REQUIRED = ['id', 'type', 'prompt', 'explanation', 'source'] as const;

const TYPE_KEYS: Record<QuestionType, { allowed: string[]; required: string[] }> = {
  single: { allowed: ['options'], required: ['options'] },
  multiple: { allowed: ['options'], required: ['options'] },
  truefalse: { allowed: ['answer'], required: ['answer'] },
  order: { allowed: ['items'], required: ['items'] },
  predict: {
    allowed: ['module', 'flags', 'code', 'expected', 'byVersion', 'options'],
    required: ['code', 'expected'],
  },
  text: { allowed: ['accept'], required: ['accept'] },
};

/**
 * Majors an answer can be asked on. A range that holds for none of them, or a choice question
 * with no right option on one of them, is an authoring mistake the loader can catch.
 */
const CHECKED_MAJORS = [20, 22, 24, 26];

/** Validates quizzes/<id>.yaml. */
export function readQuiz(r: YamlReader, expectedLesson: string): Quiz | undefined {
  const f = r.fields(r.root, '', ['lesson', 'questions'], ['lesson', 'questions']);
  if (!f) return undefined;
  const lesson = r.text(f.get('lesson'), 'lesson', 80);
  if (lesson !== undefined && lesson !== expectedLesson) {
    r.at(f.get('lesson'), `lesson: "${lesson}" does not match the file name (expected "${expectedLesson}")`);
  }
  const seen = new Set<string>();
  const questions = (r.list(f.get('questions'), 'questions', 1, 200) ?? []).map((node, i) => {
    const q = readQuestion(r, node, `questions[${i}]`);
    if (q && seen.has(q.id)) {
      r.at(node, `questions[${i}].id: "${q.id}" is used twice in this quiz`);
      return undefined;
    }
    if (q) seen.add(q.id);
    return q;
  });
  if (lesson === undefined || questions.includes(undefined)) return undefined;
  return { lesson, questions: questions as Question[] };
}

function readQuestion(r: YamlReader, node: Node, path: string): Question | undefined {
  // Read the type first: it decides which other keys are allowed.
  if (!r.peek(node, 'type')) {
    r.fields(node, path, COMMON_KEYS, COMMON_REQUIRED);
    return undefined;
  }
  const typeNode = r.peek(node, 'type');
  const type = r.text(typeNode, `${path}.type`, 20);
  if (type === undefined) return undefined;
  if (!isQuestionType(type)) {
    r.at(typeNode, `${path}.type: "${type}" is not a question type (${QUESTION_TYPES.join(', ')})`);
    return undefined;
  }
  const spec = TYPE_KEYS[type];
  const before = r.problems.length;
  const f = r.fields(node, path, [...COMMON_KEYS, ...spec.allowed], [...COMMON_REQUIRED, ...spec.required]);
  if (!f) return undefined;
  const id = r.text(f.get('id'), `${path}.id`, 80);
  if (id !== undefined && !ID_PATTERN.test(id)) {
    r.at(f.get('id'), `${path}.id: "${id}" is not a valid id (lowercase letters, digits, single hyphens)`);
  }
  const base = {
    id: id ?? '',
    prompt: r.text(f.get('prompt'), `${path}.prompt`) ?? '',
    explanation: r.text(f.get('explanation'), `${path}.explanation`) ?? '',
    source: readUrl(r, f.get('source'), `${path}.source`) ?? '',
    ...optionalText(r, f, path, 'hint'),
    ...optionalText(r, f, path, 'versionNote'),
  };
  const question = readTypeFields(r, f, path, type, base);
  return r.problems.length === before ? question : undefined;
}

type Fields = Map<string, Node | null>;
type Base = Omit<Question, 'type' | 'options' | 'answer' | 'items' | 'accept'> & { id: string };

function readTypeFields(r: YamlReader, f: Fields, path: string, type: QuestionType, base: Base): Question | undefined {
  switch (type) {
    case 'single':
    case 'multiple': {
      const options = readChoices(r, f.get('options'), `${path}.options`, type);
      return options && { ...base, type, options };
    }
    case 'truefalse': {
      const answer = r.bool(f.get('answer'), `${path}.answer`);
      return answer === undefined ? undefined : { ...base, type, answer };
    }
    case 'order': {
      const items = readTexts(r, f.get('items'), `${path}.items`, 2, 8);
      if (items && new Set(items).size !== items.length) r.at(f.get('items'), `${path}.items: items must all differ`);
      return items && { ...base, type, items };
    }
    case 'text': {
      const accept = readTexts(r, f.get('accept'), `${path}.accept`, 1, 20);
      return accept && { ...base, type, accept };
    }
    case 'predict':
      return readPredict(r, f, path, base);
  }
}

function readChoices(
  r: YamlReader,
  node: Node | null | undefined,
  path: string,
  type: 'single' | 'multiple',
): ChoiceOption[] | undefined {
  const items = r.list(node, path, 2, 10);
  if (!items) return undefined;
  const options: ChoiceOption[] = [];
  items.forEach((item, i) => {
    const p = `${path}[${i}]`;
    const f = r.fields(item, p, ['text', 'correct', 'why'], ['text']);
    if (!f) return;
    const text = r.text(f.get('text'), `${p}.text`, 2000);
    const correct = readCorrect(r, f.get('correct'), `${p}.correct`);
    const why = f.has('why') ? r.text(f.get('why'), `${p}.why`) : undefined;
    if (correct !== true && why === undefined && !f.has('why')) {
      r.at(item, `${p}.why: required on an option that is not always correct (say why it is wrong)`);
    }
    if (text !== undefined && correct !== undefined) options.push({ text, correct, ...(why && { why }) });
  });
  if (options.length !== items.length) return undefined;
  for (const major of CHECKED_MAJORS) {
    const right = options.filter((o) => isCorrect(o, major)).length;
    if (type === 'single' && right !== 1) {
      r.at(node, `${path}: a single-choice question needs exactly one correct option on Node ${major} (found ${right})`);
      return undefined;
    }
    if (type === 'multiple' && right === 0) {
      r.at(node, `${path}: needs at least one correct option on Node ${major}`);
      return undefined;
    }
  }
  return options;
}

function readCorrect(r: YamlReader, node: Node | null | undefined, path: string): boolean | string | undefined {
  if (node === undefined) return false;
  const value = r.scalar(node);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const problem = checkRange(value) ?? (CHECKED_MAJORS.some((m) => inRange(value, m)) ? undefined : 'matches no Node version');
    if (problem) {
      r.at(node, `${path}: ${problem}`);
      return undefined;
    }
    return value;
  }
  r.at(node, `${path}: expected true, false or a version range such as ">=22"`);
  return undefined;
}

export function isCorrect(option: ChoiceOption, major: number): boolean {
  return typeof option.correct === 'string' ? inRange(option.correct, major) : option.correct;
}

function readPredict(r: YamlReader, f: Fields, path: string, base: Base): Question | undefined {
  const moduleNode = f.get('module');
  const module = moduleNode === undefined ? 'cjs' : r.text(moduleNode, `${path}.module`, 10);
  if (module !== undefined && module !== 'cjs' && module !== 'esm') {
    r.at(moduleNode, `${path}.module: expected cjs or esm`);
  }
  const flags = f.has('flags') ? readTexts(r, f.get('flags'), `${path}.flags`, 0, 20) : [];
  for (const flag of flags ?? []) {
    if (!flag.startsWith('-')) r.at(f.get('flags'), `${path}.flags: "${flag}" is not a node option`);
  }
  const code = r.text(f.get('code'), `${path}.code`);
  const expected = r.text(f.get('expected'), `${path}.expected`);
  const byVersion: VersionedOutput[] = [];
  if (f.has('byVersion')) {
    (r.list(f.get('byVersion'), `${path}.byVersion`, 1, 10) ?? []).forEach((item, i) => {
      const p = `${path}.byVersion[${i}]`;
      const v = r.fields(item, p, ['node', 'expected'], ['node', 'expected']);
      const node = v && r.text(v.get('node'), `${p}.node`, 50);
      const problem = node === undefined ? undefined : checkRange(node);
      if (problem) r.at(v?.get('node'), `${p}.node: ${problem}`);
      const out = v && r.text(v.get('expected'), `${p}.expected`);
      if (node !== undefined && out !== undefined && !problem) byVersion.push({ node, expected: out });
    });
  }
  let options: PredictOption[] | undefined;
  if (f.has('options') && expected !== undefined) {
    options = readPredictOptions(r, f.get('options'), `${path}.options`, [expected, ...byVersion.map((v) => v.expected)]);
  }
  if (module === undefined || flags === undefined || code === undefined || expected === undefined) return undefined;
  return {
    ...base,
    type: 'predict',
    module: module as 'cjs' | 'esm',
    flags,
    code,
    expected,
    byVersion,
    ...(options && { options }),
  };
}

function readPredictOptions(
  r: YamlReader,
  node: Node | null | undefined,
  path: string,
  rightOutputs: string[],
): PredictOption[] | undefined {
  const items = r.list(node, path, 2, 8);
  if (!items) return undefined;
  const options: PredictOption[] = [];
  items.forEach((item, i) => {
    const p = `${path}[${i}]`;
    const f = r.fields(item, p, ['output', 'why'], ['output']);
    const output = f && r.text(f.get('output'), `${p}.output`);
    if (output === undefined) return;
    const why = f?.has('why') ? r.text(f.get('why'), `${p}.why`) : undefined;
    const sometimesRight = rightOutputs.some((o) => sameOutput(o, output));
    if (!sometimesRight && !f?.has('why')) r.at(item, `${p}.why: required on an output that is never the right one`);
    options.push({ output, ...(why && { why }) });
  });
  for (const right of rightOutputs) {
    if (!options.some((o) => sameOutput(o.output, right))) {
      r.at(node, `${path}: the expected output must be one of the options:\n${right.trimEnd()}`);
      return undefined;
    }
  }
  return options.length === items.length ? options : undefined;
}

/** Outputs compare without trailing blanks: YAML block scalars end in a newline. */
export function sameOutput(a: string, b: string): boolean {
  return a.trimEnd() === b.trimEnd();
}

function readTexts(r: YamlReader, node: Node | null | undefined, path: string, min: number, max: number): string[] | undefined {
  const items = r.list(node, path, min, max);
  if (!items) return undefined;
  const texts = items.map((item, i) => r.text(item, `${path}[${i}]`, 2000));
  return texts.includes(undefined) ? undefined : (texts as string[]);
}

function optionalText(r: YamlReader, f: Fields, path: string, key: 'hint' | 'versionNote'): Partial<Base> {
  if (!f.has(key)) return {};
  const value = r.text(f.get(key), `${path}.${key}`);
  return value === undefined ? {} : { [key]: value };
}

function isQuestionType(type: string): type is QuestionType {
  return (QUESTION_TYPES as readonly string[]).includes(type);
}
