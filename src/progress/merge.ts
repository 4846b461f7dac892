/**
 * Merging two progress histories (`progress import`): attempts are a union, so importing the same
 * file twice adds nothing; lesson positions take the furthest; the review schedule is rebuilt from
 * the merged attempts, so it is what it would be had every answer been given on one machine.
 */
import { replay } from '../review/scheduler.js';
import type { Attempt, LessonProgress, Progress } from './schema.js';

export interface MergeResult {
  progress: Progress;
  added: number;
}

export function mergeProgress(mine: Progress, theirs: Progress): MergeResult {
  const key = (a: Attempt) => `${a.lesson}\u0000${a.question}\u0000${a.at}\u0000${a.given}`;
  const seen = new Set(mine.attempts.map(key));
  const fresh = theirs.attempts.filter((a) => !seen.has(key(a)) && (seen.add(key(a)), true));
  const attempts = [...mine.attempts, ...fresh].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const lessons: Record<string, LessonProgress> = { ...mine.lessons };
  for (const [id, other] of Object.entries(theirs.lessons)) {
    const here = lessons[id];
    lessons[id] = here ? mergeLesson(here, other) : other;
  }
  return { progress: { version: mine.version, lessons, attempts, cards: replay(attempts) }, added: fresh.length };
}

function mergeLesson(here: LessonProgress, other: LessonProgress): LessonProgress {
  const completions = [...here.completions];
  for (const c of other.completions) if (!completions.some((x) => x.at === c.at)) completions.push(c);
  completions.sort((a, b) => (a.at < b.at ? -1 : 1));
  const readAt = [here.readAt, other.readAt].filter((x): x is string => x !== undefined).sort()[0];
  const run = here.run ?? other.run;
  return {
    screen: Math.max(here.screen, other.screen),
    completions,
    ...(readAt && { readAt }),
    ...(run && { run }),
  };
}
