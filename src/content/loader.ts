/**
 * Loads a content folder (course.yaml, lessons/, quizzes/) into a Course, or into the list of
 * everything wrong with it. Never throws for bad content: authors get every problem at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentProblem } from './problem.js';
import { readManifest } from './read-course.js';
import { readLesson, type LessonText } from './read-lesson.js';
import { readQuiz } from './read-quiz.js';
import { CONTENT_FORMAT, type Course, type Lesson, type Quiz } from './schema.js';
import { YamlReader } from './yaml-reader.js';

export interface LoadResult {
  course?: Course;
  problems: ContentProblem[];
}

export async function loadCourse(dir: string): Promise<LoadResult> {
  const manifestFile = join(dir, 'course.yaml');
  const manifestSource = await readText(manifestFile);
  if (typeof manifestSource !== 'string') {
    return { problems: [noPosition(manifestFile, manifestSource.message)] };
  }
  const manifestReader = new YamlReader(manifestFile, manifestSource);
  const manifest = manifestReader.root ? readManifest(manifestReader, CONTENT_FORMAT) : undefined;
  const problems = [...manifestReader.problems];
  if (!manifest) return { problems };

  const lessons = await Promise.all(
    manifest.lessonIds.map(async (id) => {
      const [text, quiz] = await Promise.all([
        readOne(join(dir, 'lessons', `${id}.yaml`), (r) => readLesson(r, id)),
        readOne(join(dir, 'quizzes', `${id}.yaml`), (r) => readQuiz(r, id)),
      ]);
      problems.push(...text.problems, ...quiz.problems);
      return text.value && quiz.value ? joinLesson(text.value, quiz.value) : undefined;
    }),
  );
  problems.push(...(await findStrays(dir, new Set(manifest.lessonIds))));
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
  read: (r: YamlReader) => T | undefined,
): Promise<{ value?: T; problems: ContentProblem[] }> {
  const source = await readText(file);
  if (typeof source !== 'string') return { problems: [noPosition(file, source.message)] };
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

async function readText(file: string): Promise<string | { message: string }> {
  try {
    const bytes = await readFile(file);
    // fatal: invalid UTF-8 is an error here, not a silent U+FFFD in front of the learner.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { message: 'file not found' };
    if (code === 'EISDIR') return { message: 'is a folder, not a file' };
    if (error instanceof TypeError) return { message: 'file is not valid UTF-8 text' };
    return { message: `cannot read: ${(error as Error).message}` };
  }
}

function noPosition(file: string, message: string): ContentProblem {
  return { file, line: 0, col: 0, message };
}

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
