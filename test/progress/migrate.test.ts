import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordAttempt } from '../../src/progress/record.js';
import { ProgressStore } from '../../src/progress/store.js';
import { tempDir } from '../helpers/temp.js';

const V1 = fileURLToPath(new URL('../fixtures/progress-v1.json', import.meta.url));

describe('a version 1 progress file', () => {
  it('loads with every attempt and lesson kept, rated, and turned into review cards', async () => {
    const dir = tempDir();
    copyFileSync(V1, join(dir, 'progress.json'));
    const old = JSON.parse(readFileSync(V1, 'utf8'));
    const store = await ProgressStore.open({ dir });
    expect(store.notices).toEqual([]);
    const p = store.progress;
    expect(p.version).toBe(2);
    expect(p.lessons).toEqual(old.lessons);
    expect(p.attempts.map(({ rating: _r, ...rest }) => rest)).toEqual(old.attempts);
    expect(p.attempts.map((a) => a.rating)).toEqual([1, 2, 3, 1]);
    expect(Object.keys(p.cards).sort()).toEqual(['first-steps/is-it-true', 'first-steps/pick-one', 'first-steps/predict-sync', 'second-steps/pool-apis']);
    expect(p.cards['first-steps/pick-one']?.due).toBe('2026-11-20T10:11:00.000Z');
  });

  it('is written back as version 2 on the next save, losing nothing', async () => {
    const dir = tempDir();
    copyFileSync(V1, join(dir, 'progress.json'));
    const store = await ProgressStore.open({ dir });
    await store.update((p) =>
      recordAttempt(p, { lesson: 'second-steps', question: 'pool-size-env', at: '2026-11-22T09:00:00.000Z', correct: true, given: 'UV_THREADPOOL_SIZE', node: 20, rating: 3 }),
    );
    const saved = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'));
    expect(saved.version).toBe(2);
    expect(saved.attempts).toHaveLength(5);
    expect(Object.keys(saved.cards)).toHaveLength(5);
    expect(saved.lessons['second-steps'].run).toEqual({ lesson: 'second-steps', answered: { 'pool-apis': false } });
  });
});
