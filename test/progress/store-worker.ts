// Child process for the store tests: records `count` answers named `<name>-<i>`, one save each.
import { recordAttempt } from '../../src/progress/record.js';
import { ProgressStore } from '../../src/progress/store.js';

const [dir = '', name = '', count = '0'] = process.argv.slice(2);
const store = await ProgressStore.open({ dir });
for (let i = 0; i < Number(count); i++) {
  const correct = i % 2 === 0;
  await store.update((p) =>
    recordAttempt(p, { lesson: 'l', question: `${name}-${i}`, at: new Date().toISOString(), correct, given: 'x', node: 20, rating: correct ? 3 : 1 }),
  );
}
