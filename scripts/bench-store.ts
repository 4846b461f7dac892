// Used by scripts/bench.mjs: times opening (load + checks) and one save of a large progress file.
import { recordAttempt } from '../src/progress/record.js';
import { ProgressStore } from '../src/progress/store.js';

const dir = process.argv[2] ?? '';
const runs = Number(process.argv[3] ?? 5);
const load: number[] = [];
const save: number[] = [];
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  const store = await ProgressStore.open({ dir });
  load.push(performance.now() - t);
  if (store.notices.length) throw new Error(JSON.stringify(store.notices));
  t = performance.now();
  await store.update((p) =>
    recordAttempt(p, { lesson: 'lesson-0000', question: 'q0', at: new Date().toISOString(), correct: true, given: 'x', node: 20, rating: 3 }),
  );
  save.push(performance.now() - t);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(JSON.stringify({ load: median(load), save: median(save) }));
