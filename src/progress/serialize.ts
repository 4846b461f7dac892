import type { Progress } from './schema.js';

/**
 * JSON with one attempt per line: readable and diffable by a person, and far smaller than
 * fully indented JSON once there are thousands of attempts.
 */
export function serialize(p: Progress): string {
  const attempts = p.attempts.map((a) => `    ${JSON.stringify(a)}`).join(',\n');
  const lessons = JSON.stringify(p.lessons, null, 2).replace(/\n/g, '\n  ');
  return `{\n  "version": ${p.version},\n  "lessons": ${lessons},\n  "attempts": [${attempts ? `\n${attempts}\n  ` : ''}]\n}\n`;
}
