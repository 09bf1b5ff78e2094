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

// The dated API version (issue #23) the client sends in Einvoice-Version: the spec's info.x-api-version.
const spec = readFileSync(new URL('../../../spec/openapi.yaml', import.meta.url), 'utf8');
const apiVersion = /^ {2}x-api-version: '?(\d{4}-\d{2}-\d{2})'?$/m.exec(spec)?.[1];
if (!apiVersion) throw new Error('spec/openapi.yaml has no info.x-api-version');
writeFileSync(
  new URL('../src/generated/api-version.ts', import.meta.url),
  [
    '// Generated from spec/openapi.yaml (info.x-api-version) by scripts/add-header.mjs. DO NOT EDIT.',
    '',
    '/** The dated API version this SDK was generated for: sent in `Einvoice-Version` unless `apiVersion` is set. */',
    `export const API_VERSION = '${apiVersion}';`,
    '',
  ].join('\n'),
);
