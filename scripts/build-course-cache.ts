// Part of `npm run build`: validates the shipped course and caches it as JSON in dist/, so that
// an installed node-arch never parses YAML to start (see src/content/cache.ts).
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentKey, writeCache } from '../src/content/cache.js';
import { loadCourse } from '../src/content/loader.js';
import { shippedCacheFile, shippedContentDir } from '../src/content/location.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = shippedContentDir(root);
const [{ course, problems }, key] = await Promise.all([loadCourse(dir), contentKey(dir)]);
if (!course || !key) {
  // Not fatal: a course being edited must not break `npm install`. `npm test` validates it.
  console.warn(`build: the course has ${problems.length} problem(s); not caching it (run node-arch validate)`);
} else {
  await writeCache(shippedCacheFile(root), key, course);
  // Written 0600 like every file node-arch writes; this one ships, and every user must read it.
  chmodSync(shippedCacheFile(root), 0o644);
}
