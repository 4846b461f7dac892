import type { Node } from 'yaml';
import { ID_PATTERN, type Lesson, type Screen, type Source } from './schema.js';
import type { YamlReader } from './yaml-reader.js';

/** A lesson as its own file gives it: everything but the quiz, which has a file of its own. */
export type LessonText = Omit<Lesson, 'quiz'>;

const LESSON_KEYS = ['id', 'title', 'summary', 'screens', 'sources', 'lab'] as const;
const REQUIRED_KEYS = ['id', 'title', 'summary', 'screens', 'sources'] as const;

/** Validates lessons/<id>.yaml. */
export function readLesson(r: YamlReader, expectedId: string): LessonText | undefined {
  const f = r.fields(r.root, '', LESSON_KEYS, REQUIRED_KEYS);
  if (!f) return undefined;
  const id = r.text(f.get('id'), 'id', 80);
  if (id !== undefined && id !== expectedId) {
    r.at(f.get('id'), `id: "${id}" does not match the file name (expected "${expectedId}")`);
  }
  const title = r.text(f.get('title'), 'title', 200);
  const summary = r.text(f.get('summary'), 'summary', 1000);
  const screens = (r.list(f.get('screens'), 'screens', 1, 20) ?? []).map((node, i) =>
    readScreen(r, node, `screens[${i}]`),
  );
  const sources = (r.list(f.get('sources'), 'sources', 1, 30) ?? []).map((node, i) =>
    readSource(r, node, `sources[${i}]`),
  );
  const lab = f.has('lab') ? r.text(f.get('lab'), 'lab', 80) : undefined;
  if (lab !== undefined && !ID_PATTERN.test(lab)) r.at(f.get('lab'), `lab: "${lab}" is not a valid lab name`);
  if (id === undefined || title === undefined || summary === undefined) return undefined;
  if (screens.includes(undefined) || sources.includes(undefined)) return undefined;
  return { id, title, summary, screens: screens as Screen[], sources: sources as Source[], ...(lab && { lab }) };
}

function readScreen(r: YamlReader, node: Node, path: string): Screen | undefined {
  const f = r.fields(node, path, ['title', 'body'], ['title', 'body']);
  if (!f) return undefined;
  const title = r.text(f.get('title'), `${path}.title`, 200);
  const body = r.text(f.get('body'), `${path}.body`);
  return title !== undefined && body !== undefined ? { title, body } : undefined;
}

function readSource(r: YamlReader, node: Node, path: string): Source | undefined {
  const f = r.fields(node, path, ['title', 'url'], ['title', 'url']);
  if (!f) return undefined;
  const title = r.text(f.get('title'), `${path}.title`, 300);
  const url = readUrl(r, f.get('url'), `${path}.url`);
  return title !== undefined && url !== undefined ? { title, url } : undefined;
}

/** An https URL: sources are printed for the learner to open, so nothing else is accepted. */
export function readUrl(r: YamlReader, node: Node | null | undefined, path: string): string | undefined {
  const url = r.text(node, path, 500);
  if (url === undefined) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed?.protocol !== 'https:' || /\s/.test(url)) {
    r.at(node, `${path}: expected an https:// URL`);
    return undefined;
  }
  return url;
}
