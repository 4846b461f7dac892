import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The content shipped in the package. Found from this module's own URL, never from the
 * working directory, so `npx node-arch` works from anywhere. (dist/content/ → package root.)
 */
export function shippedContentDir(): string {
  return resolve(fileURLToPath(new URL('../../', import.meta.url)));
}
