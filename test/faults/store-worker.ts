// A child process for the fault tests, bundled by `bundleWorker` so that it starts in tens of ms.
// It opens the real store in `dir` and records `count` answers named `<name>-<i>`, one save each,
// printing "saved <i>" once each save has resolved: the test knows what must be on disk.
import { recordAttempt } from '../../src/progress/record.js';
import { ProgressStore } from '../../src/progress/store.js';

const [dir = '', name = '', count = '0'] = process.argv.slice(2);
const store = await ProgressStore.open({ dir, onNotice: (n) => process.stderr.write(`notice ${JSON.stringify(n)}\n`) });
for (let i = 0; i < Number(count); i++) {
  const correct = i % 2 === 0;
  await store.update((p) =>
    recordAttempt(p, { lesson: 'l', question: `${name}-${i}`, at: new Date().toISOString(), correct, given: 'x', node: 20, rating: correct ? 3 : 1 }),
  );
  process.stdout.write(`saved ${i}\n`);
}
