import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The machine has two cores; the e2e and snippet tests start many processes of their own.
    maxWorkers: 2,
  },
});
