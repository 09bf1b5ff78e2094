import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'tsup';

// One self-contained bundle: the reference server and the workspace packages it is made of are inlined
// (they are not published), third-party libraries stay dependencies. The contract travels as a file next
// to the bundle (packages/openapi looks there first).
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: true,
  dts: { entry: { index: 'src/index.ts' } },
  noExternal: [/^@einvoice\//],
  external: ['msw'],
  // Inlined CommonJS (undici, through the server's GSP transport) requires Node built-ins: give the ESM bundle a
  // real `require` for them, or esbuild's shim throws "Dynamic require of "assert" is not supported" at start.
  banner: {
    js: "import { createRequire as __sandboxCreateRequire } from 'node:module';\nconst require = __sandboxCreateRequire(import.meta.url);",
  },
  async onSuccess() {
    copyFileSync(createRequire(import.meta.url).resolve('@einvoice/spec/openapi.yaml'), 'dist/openapi.yaml');
  },
});
