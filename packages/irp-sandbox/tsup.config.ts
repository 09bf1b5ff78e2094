import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  target: 'node20',
  sourcemap: true,
  // @einvoice/gst and @einvoice/nic are workspace packages: import them, never inline them.
  external: ['@einvoice/gst', '@einvoice/nic'],
  tsconfig: 'tsconfig.build.json',
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
  },
  // The CLI uses top-level await: ESM only.
  { ...shared, entry: { cli: 'src/cli.ts' }, format: ['esm'], dts: false, clean: false },
]);
