/**
 * Checks that parsed JSON really is a progress file before anything trusts it. A file that fails
 * is never overwritten: the store moves it aside and tells the learner.
 */
import { PROGRESS_VERSION, type Attempt, type Progress } from './schema.js';

export type Checked =
  | { ok: true; progress: Progress }
  | { ok: false; newer: true; version: number }
  | { ok: false; newer: false; reason: string };

/** A version 1 file, well formed, still to be migrated. */
type V1 = { ok: true; v1: { lessons: Progress['lessons']; attempts: Attempt[] } };

/**
 * Checks and, for an older version, migrates. The migration (and with it the FSRS scheduler) is
 * imported only when an old file is met, so an ordinary start does not pay for it.
 */
export async function checkAndUpgrade(data: unknown): Promise<Checked> {
  const checked = checkProgress(data);
  if (!('v1' in checked)) return checked;
  const { migrate1to2 } = await import('./migrate.js');
  return { ok: true, progress: migrate1to2(checked.v1) };
}

export function checkProgress(data: unknown): Checked | V1 {
  if (!isObject(data)) return bad('not a JSON object');
  const { version, lessons, attempts, cards } = data;
  if (typeof version !== 'number' || !Number.isInteger(version)) return bad('no version number');
  if (version > PROGRESS_VERSION) return { ok: false, newer: true, version };
  if (version < 1) return bad(`unknown version ${version}`);
  if (!isObject(lessons)) return bad('"lessons" is not an object');
  if (!Array.isArray(attempts)) return bad('"attempts" is not a list');
  for (const [id, entry] of Object.entries(lessons)) {
    if (!isObject(entry) || typeof entry.screen !== 'number' || !Array.isArray(entry.completions)) {
      return bad(`lesson "${id}" is malformed`);
    }
    if (entry.run !== undefined && !(isObject(entry.run) && isObject(entry.run.answered))) {
      return bad(`lesson "${id}" has a malformed quiz run`);
    }
  }
  for (const a of attempts) {
    if (!isObject(a) || typeof a.lesson !== 'string' || typeof a.question !== 'string' || typeof a.at !== 'string' || typeof a.correct !== 'boolean') {
      return bad('an attempt is malformed');
    }
    if (version >= 2 && ![1, 2, 3, 4].includes(a.rating as number)) return bad('an attempt has no rating');
  }
  if (version === 1) {
    return { ok: true, v1: { lessons: lessons as Progress['lessons'], attempts: attempts as Attempt[] } };
  }
  if (!isObject(cards)) return bad('"cards" is not an object');
  for (const [key, card] of Object.entries(cards)) {
    if (!isObject(card) || typeof card.due !== 'string' || Number.isNaN(Date.parse(card.due)) || typeof card.stability !== 'number') {
      return bad(`card "${key}" is malformed`);
    }
  }
  return { ok: true, progress: data as unknown as Progress };
}

function bad(reason: string): Checked {
  return { ok: false, newer: false, reason };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
