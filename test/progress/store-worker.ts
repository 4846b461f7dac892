// Child process for the store tests: records `count` attempts named `<name>-<i>`, one save each.
import { ProgressStore } from '../../src/progress/store.js';

const [dir = '', name = '', count = '0'] = process.argv.slice(2);
const store = await ProgressStore.open({ dir });
for (let i = 0; i < Number(count); i++) {
  await store.update((p) => {
    p.attempts.push({ lesson: 'l', question: `${name}-${i}`, at: new Date().toISOString(), correct: i % 2 === 0, given: 'x', node: 20 });
  });
}
