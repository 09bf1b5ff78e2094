import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Same as tsconfig paths: run against gst's and nic's sources, whatever the state of their dist.
    alias: {
      '@einvoice/gst': fileURLToPath(new URL('../gst/src/index.ts', import.meta.url)),
      '@einvoice/nic': fileURLToPath(new URL('../nic/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Hooks start sandboxes (RSA keys, listeners): generous on a busy 2-core machine.
    hookTimeout: 60_000,
    // Real sockets and RSA keygen: keep the load modest on shared cores.
    fileParallelism: false,
  },
});
