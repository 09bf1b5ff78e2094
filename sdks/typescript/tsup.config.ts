import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  sourcemap: false,
  // @einvoice/webhooks stays a dependency; undici is an optional peer dependency, imported lazily and only for
  // certificate pinning (src/core/pinning.ts), so it must never be bundled.
  external: ['@einvoice/webhooks', 'undici'],
});
