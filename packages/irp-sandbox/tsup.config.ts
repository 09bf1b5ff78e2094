import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  target: 'node20',
  sourcemap: true,
  // @einvoice/gst is a workspace package: import it, never inline it.
  external: ['@einvoice/gst'],
  tsconfig: 'tsconfig.build.json',
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', 'client/index': 'src/client/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
  },
  // The CLI uses top-level await: ESM only.
  { ...shared, entry: { cli: 'src/cli.ts' }, format: ['esm'], dts: false, clean: false },
]);
