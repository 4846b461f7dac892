/**
 * Parsing YAML is by far the slowest thing node-arch does (~300 ms for the shipped course, warm),
 * and `list` or `learn` should start as fast as bare node. So a valid course is kept as JSON,
 * keyed by a hash of every content file's bytes: the shipped course is cached at build time
 * (dist/course-cache.json), any other course in the data folder on first use. A changed file
 * changes the hash, so a stale cache is never used. `validate` always reads the YAML.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from '../progress/atomic-write.js';
import type { LoadResult } from './loader.js';
import { readContentBytes } from './read-bytes.js';
import { CONTENT_FORMAT, type Course } from './schema.js';

/** Bump when the shape of a loaded Course changes, so old caches are ignored. */
const CACHE_REVISION = 1;

interface CacheFile {
  key: string;
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
  const key = await contentKey(dir);
  if (key === undefined) return loadCourse(dir);
  const own = o.cacheDir ? join(o.cacheDir, `course-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}.json`) : undefined;
  for (const file of [...(o.prebuilt ?? []), ...(own ? [own] : [])]) {
    const cached = await readCache(file, key);
    if (cached) return { course: { ...cached, dir }, problems: [] };
  }
  const result = await loadCourse(dir);
  if (result.course && own && o.cacheDir) {
    // Best effort: a cache that cannot be written only costs speed.
    await mkdir(o.cacheDir, { recursive: true })
      .then(() => writeCache(own, key, result.course as Course))
      .catch(() => undefined);
  }
  return result;
}

export async function writeCache(file: string, key: string, course: Course): Promise<void> {
  const { dir: _dir, ...portable } = course;
  const data: CacheFile = { key, course: portable };
  await writeAtomic(file, JSON.stringify(data));
}

/** A hash of every file the loader would read, or undefined when the folder cannot be read. */
export async function contentKey(dir: string): Promise<string | undefined> {
  const hash = createHash('sha256').update(`node-arch content ${CONTENT_FORMAT}.${CACHE_REVISION}\n`);
  try {
    const names = ['course.yaml'];
    for (const folder of ['lessons', 'quizzes']) {
      const entries = await readdir(join(dir, folder)).catch(() => [] as string[]);
      names.push(...entries.filter((n) => n.endsWith('.yaml')).sort().map((n) => `${folder}/${n}`));
    }
    // Bounded reads (issue 7): a FIFO or a link to /dev/zero in a pack must not hang us here.
    const contents = await Promise.all(names.map((n) => readContentBytes(join(dir, n))));
    if (contents.includes(undefined)) return undefined; // the loader will say what is wrong
    names.forEach((name, i) => hash.update(`${name}\n${contents[i]?.length}\n`).update(contents[i] ?? ''));
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

async function readCache(file: string, key: string): Promise<Omit<Course, 'dir'> | undefined> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
    return data.key === key ? data.course : undefined;
  } catch {
    return undefined;
  }
}
