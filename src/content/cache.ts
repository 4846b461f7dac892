/**
 * Parsing YAML is by far the slowest thing node-arch does (~300 ms for the shipped course, warm),
 * and `list` or `learn` should start as fast as bare node. So a valid course is kept as JSON,
 * keyed by a hash of every content file's bytes: the shipped course is cached at build time
 * (dist/course-cache.json), any other course in the data folder on first use. A changed file
 * changes the hash, so a stale cache is never used. `validate` always reads the YAML.
 *
 * Hashing means reading every file; so the data-folder cache also remembers the files' sizes,
 * mtimes and inodes, and while those are unchanged it is used without reading the YAML at all.
 */
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from '../progress/atomic-write.js';
import type { LoadResult } from './loader.js';
import { readContentBytes } from './read-bytes.js';
import { CONTENT_FORMAT, type Course } from './schema.js';

/** Bump when the shape of a loaded Course changes, so old caches are ignored. */
const CACHE_REVISION = 1;

interface CacheFile {
  key: string;
  /** The files' names, sizes, mtimes and inodes when the cache was written. */
  stats?: string;
  course: Omit<Course, 'dir'>;
}

export interface CacheOptions {
  /** Read-only caches to try first (the one shipped in dist/). */
  prebuilt?: string[];
  /** Folder for caches node-arch writes itself; none when progress cannot be saved either. */
  cacheDir?: string;
}

/** The YAML loader (and the yaml package, ~280 KB) is imported only when the cache misses. */
async function loadCourse(dir: string): Promise<LoadResult> {
  return (await import('./loader.js')).loadCourse(dir);
}

export async function loadCourseCached(dir: string, o: CacheOptions): Promise<LoadResult> {
  const names = await contentFiles(dir);
  const own = o.cacheDir ? join(o.cacheDir, `course-${fnv(dir)}.json`) : undefined;
  const stats = names && (await fileStats(dir, names));
  const mine = own ? await readCache(own) : undefined;
  if (mine && stats && mine.stats === stats) return { course: { ...mine.course, dir }, problems: [] };

  const key = names && (await contentKey(dir, names));
  if (key === undefined) return loadCourse(dir);
  const remember = async (course: Course) => {
    // Best effort: a cache that cannot be written only costs speed.
    if (own && o.cacheDir) await mkdir(o.cacheDir, { recursive: true }).then(() => writeCache(own, key, course, stats)).catch(() => undefined);
  };
  for (const file of o.prebuilt ?? []) {
    const cached = await readCache(file);
    if (cached?.key !== key) continue;
    const course = { ...cached.course, dir };
    await remember(course);
    return { course, problems: [] };
  }
  if (mine?.key === key) {
    const course = { ...mine.course, dir };
    await remember(course);
    return { course, problems: [] };
  }
  const result = await loadCourse(dir);
  if (result.course) await remember(result.course);
  return result;
}

export async function writeCache(file: string, key: string, course: Course, stats?: string): Promise<void> {
  const { dir: _dir, ...portable } = course;
  const data: CacheFile = { key, ...(stats && { stats }), course: portable };
  await writeAtomic(file, JSON.stringify(data));
}

/** The files the loader would read, in a fixed order, or undefined when the folder cannot be read. */
async function contentFiles(dir: string): Promise<string[] | undefined> {
  try {
    const names = ['course.yaml'];
    for (const folder of ['lessons', 'quizzes']) {
      const entries = await readdir(join(dir, folder)).catch(() => [] as string[]);
      names.push(...entries.filter((n) => n.endsWith('.yaml')).sort().map((n) => `${folder}/${n}`));
    }
    return names;
  } catch {
    return undefined;
  }
}

async function fileStats(dir: string, names: string[]): Promise<string | undefined> {
  try {
    const all = await Promise.all(names.map((n) => stat(join(dir, n))));
    if (all.some((s) => !s.isFile())) return undefined;
    const files = all.map((s, i) => `${names[i]}:${s.size}:${s.mtimeMs}:${s.ino}`);
    return [`node-arch content ${CONTENT_FORMAT}.${CACHE_REVISION}`, ...files].join('\n');
  } catch {
    return undefined;
  }
}

/** A short, stable name for a folder's cache file (not a security boundary: the keys decide). */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A hash of every file the loader would read, or undefined when the folder cannot be read. */
export async function contentKey(dir: string, files?: string[]): Promise<string | undefined> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256').update(`node-arch content ${CONTENT_FORMAT}.${CACHE_REVISION}\n`);
  try {
    const names = files ?? (await contentFiles(dir));
    if (!names) return undefined;
    // Bounded reads (issue 7): a FIFO or a link to /dev/zero in a pack must not hang us here.
    const contents = await Promise.all(names.map((n) => readContentBytes(join(dir, n))));
    if (contents.includes(undefined)) return undefined; // the loader will say what is wrong
    names.forEach((name, i) => hash.update(`${name}\n${contents[i]?.length}\n`).update(contents[i] ?? ''));
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

async function readCache(file: string): Promise<CacheFile | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as CacheFile;
  } catch {
    return undefined;
  }
}
