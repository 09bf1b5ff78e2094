import { defineConfig } from 'vitest/config';

// Generous timeouts: CI runners are busy, the in-process sandbox starts a whole server, and the outage test
// waits for a queued document and its webhook.
export default defineConfig({
  test: {
    include: ['tests-ts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
