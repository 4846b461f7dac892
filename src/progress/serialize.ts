import type { Progress } from './schema.js';

/**
 * JSON with one attempt (and one card) per line: readable and diffable by a person, and far smaller than
 * fully indented JSON once there are thousands of attempts.
 */
export function serialize(p: Progress): string {
  const attempts = p.attempts.map((a) => `    ${JSON.stringify(a)}`).join(',\n');
  const lessons = JSON.stringify(p.lessons, null, 2).replace(/\n/g, '\n  ');
  const cards = Object.entries(p.cards)
    .map(([key, card]) => `    ${JSON.stringify(key)}: ${JSON.stringify(card)}`)
    .join(',\n');
  return (
    `{\n  "version": ${p.version},\n  "lessons": ${lessons},\n` +
    `  "attempts": [${attempts ? `\n${attempts}\n  ` : ''}],\n` +
    `  "cards": {${cards ? `\n${cards}\n  ` : ''}}\n}\n`
  );
}
