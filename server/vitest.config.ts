import { defineConfig } from 'vitest/config';

// Suites start real servers (SQLite or a fresh PostgreSQL database, an embedded sandbox IRP with RSA keys) in
// their hooks and tests: on a busy 2-core machine that takes seconds, so no 5 s defaults anywhere here.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } });
