import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  sourcemap: false,
  // @einvoice/webhooks and undici stay dependencies (undici is loaded only for certificate pinning).
  external: ['@einvoice/webhooks', 'undici'],
});
