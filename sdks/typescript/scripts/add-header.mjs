// Prepends the "generated, do not edit" header to the openapi-typescript output (run by `pnpm gen`).
import { readFileSync, writeFileSync } from 'node:fs';

const HEADER = [
  '// Generated from spec/openapi.yaml by openapi-typescript 7.13.0 (--default-non-nullable false). DO NOT EDIT.',
  '// Regenerate with `pnpm gen` in sdks/typescript; test/generated.test.ts fails when this file is stale.',
  '',
].join('\n');

const file = process.argv[2];
if (!file) throw new Error('usage: add-header.mjs <file>');
const body = readFileSync(file, 'utf8');
writeFileSync(file, body.startsWith(HEADER) ? body : HEADER + body);
