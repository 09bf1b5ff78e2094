// Writes src/http/generated/api-types.ts from spec/openapi.yaml (`pnpm gen:types`): openapi-typescript's
// output, our "do not edit" header, then Biome's formatting so the file passes `biome ci` like every other.
// `--check` writes nothing and fails when the file differs from what it would write (`pnpm lint` runs it).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = join(SERVER, '..');
const SPEC = join(ROOT, 'spec/openapi.yaml');
const TARGET = join(SERVER, 'src/http/generated/api-types.ts');
const { version } = JSON.parse(readFileSync(join(SERVER, 'node_modules/openapi-typescript/package.json'), 'utf8'));

const HEADER = [
  `// Generated from spec/openapi.yaml by openapi-typescript ${version} (--default-non-nullable false). DO NOT EDIT.`,
  '// Regenerate with `pnpm gen:types` in server; `pnpm lint` fails when this file is stale.',
  '',
].join('\n');

const run = (bin, args, input) =>
  execFileSync(bin, args, { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const generated = run(join(SERVER, 'node_modules/.bin/openapi-typescript'), [
  SPEC,
  '--default-non-nullable',
  'false',
  '--silent',
]);
const formatted = run(
  join(ROOT, 'node_modules/.bin/biome'),
  ['format', `--stdin-file-path=${relative(ROOT, TARGET)}`],
  HEADER + generated,
);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(TARGET, 'utf8');
  } catch {}
  if (current !== formatted) {
    console.error(`${relative(ROOT, TARGET)} is stale: run \`pnpm gen:types\` in server.`);
    process.exit(1);
  }
} else {
  writeFileSync(TARGET, formatted);
}
