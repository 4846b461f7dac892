import { resolve } from 'node:path';

/**
 * The content shipped in the package lives at its root, found from main.ts's own URL (passed in
 * as `packageRoot`), never from the working directory, so `npx node-arch` works from anywhere.
 */
export function shippedContentDir(packageRoot: string): string {
  return resolve(packageRoot);
}

/** The shipped course, parsed and validated at build time (see scripts/build-course-cache.ts). */
export function shippedCacheFile(packageRoot: string): string {
  return resolve(packageRoot, 'dist', 'course-cache.json');
}
