import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One file at a time: the integration suites time real HTTP against short-lived tokens (5 s in the fault
    // tests), and two CPU-heavy files side by side on a 2-core machine starve each other into false failures.
    fileParallelism: false,
  },
});
