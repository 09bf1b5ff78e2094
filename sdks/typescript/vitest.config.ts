import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Server-backed suites each build a sandbox server; keep them off each other's CPU (2 shared cores).
    fileParallelism: false,
  },
});
