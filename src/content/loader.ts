/**
 * Loads a content folder (course.yaml, lessons/, quizzes/) into a Course, or into the list of
 * everything wrong with it. Never throws for bad content: authors get every problem at once.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentProblem } from './problem.js';
import { readManifest } from './read-course.js';
import { readLesson, type LessonText } from './read-lesson.js';
import { readQuiz } from './read-quiz.js';
import { CONTENT_FORMAT, type Course, type Lesson, type Quiz } from './schema.js';
import { LIMITS } from './limits.js';
import { readContentBytes } from './read-bytes.js';
import { YamlReader } from './yaml-reader.js';

export interface LoadResult {
  course?: Course;
  problems: ContentProblem[];
}

export async function loadCourse(dir: string): Promise<LoadResult> {
  const manifestFile = join(dir, 'course.yaml');
  const budget: Budget = { bytes: LIMITS.packBytes };
  const manifestSource = await readText(manifestFile, budget);
  if (typeof manifestSource !== 'string') return { problems: [located(manifestFile, manifestSource)] };
  const manifestReader = new YamlReader(manifestFile, manifestSource);
  const manifest = manifestReader.root ? readManifest(manifestReader, CONTENT_FORMAT) : undefined;
  const problems = [...manifestReader.problems];
  if (!manifest) return { problems };

  const lessons = await Promise.all(
    manifest.lessonIds.map(async (id) => {
      const [text, quiz] = await Promise.all([
        readOne(join(dir, 'lessons', `${id}.yaml`), budget, (r) => readLesson(r, id)),
        readOne(join(dir, 'quizzes', `${id}.yaml`), budget, (r) => readQuiz(r, id)),
      ]);
      for (const p of [...text.problems, ...quiz.problems]) problems.push(p);
      return text.value && quiz.value ? joinLesson(text.value, quiz.value) : undefined;
    }),
  );
  for (const p of await findStrays(dir, new Set(manifest.lessonIds))) problems.push(p);
  if (problems.length > 0) return { problems: sortProblems(problems) };
  return {
    course: { dir, format: manifest.format, title: manifest.title, lessons: lessons as Lesson[] },
    problems,
  };
}

function joinLesson(text: LessonText, quiz: Quiz): Lesson {
  return { ...text, quiz };
}

async function readOne<T>(
  file: string,
  budget: Budget,
  read: (r: YamlReader) => T | undefined,
): Promise<{ value?: T; problems: ContentProblem[] }> {
  const source = await readText(file, budget);
  if (typeof source !== 'string') return { problems: [located(file, source)] };
  const r = new YamlReader(file, source);
  const value = r.root ? read(r) : undefined;
  return { ...(value !== undefined && r.problems.length === 0 && { value }), problems: r.problems };
}

/** A lesson or quiz file that the manifest does not list is almost always a forgotten entry. */
async function findStrays(dir: string, listed: Set<string>): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const folder of ['lessons', 'quizzes']) {
    let names: string[];
    try {
      names = await readdir(join(dir, folder));
    } catch {
      continue; // a missing folder already shows up as missing files
    }
    for (const name of names) {
      if (name.endsWith('.yaml') && !listed.has(name.slice(0, -'.yaml'.length))) {
        problems.push(noPosition(join(dir, folder, name), 'not listed in course.yaml (lessons)'));
      }
    }
  }
  return problems;
}

/** What is left of the course's byte budget; shared by every file of one load. */
interface Budget {
  bytes: number;
}

type Unreadable = { message: string; line?: number; col?: number };

/**
 * A content file as text, never more than the limits (issue 7): a pack may hold a 50 MB file, a
 * FIFO that would block a read for ever, or a link to /dev/zero that never ends. Only regular
 * files are read, and only as far as the limit. Invalid UTF-8 is an error with its position,
 * not a silent U+FFFD in front of the learner.
 */
export async function readText(file: string, budget: Budget = { bytes: LIMITS.packBytes }): Promise<string | Unreadable> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { message: 'is a folder, not a file' };
    if (!info.isFile()) return { message: 'is not a regular file (a device, a pipe or a socket)' };
    const bytes = await readContentBytes(file);
    if (!bytes) return { message: tooLarge() };
    budget.bytes -= bytes.length;
    if (budget.bytes < 0) return { message: `the course is larger than ${LIMITS.packBytes / 1024 / 1024} MiB in all; this file was not read` };
    return decode(bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { message: 'file not found' };
    return { message: `cannot read: ${(error as Error).message}` };
  }
}

function tooLarge(): string {
  return `file is larger than ${LIMITS.fileBytes / 1024 / 1024} MiB`;
}

function decode(bytes: Buffer): string | Unreadable {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Where: the first U+FFFD of a lenient decoding that did not come from the bytes EF BF BD.
    const text = new TextDecoder('utf-8').decode(bytes);
    for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
      const offset = Buffer.byteLength(text.slice(0, at));
      if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
      const before = text.slice(0, at);
      return { message: 'file is not valid UTF-8 text', line: before.split('\n').length, col: at - before.lastIndexOf('\n') };
    }
    return { message: 'file is not valid UTF-8 text' };
  }
}

function located(file: string, problem: Unreadable): ContentProblem {
  return { file, line: problem.line ?? 0, col: problem.col ?? 0, message: problem.message };
}

function noPosition(file: string, message: string): ContentProblem {
  return located(file, { message });
}

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
