// Finds and parses the contract. The spec package ships openapi.yaml as a file export, so the
// same lookup works from source (tsx, vitest) and from a built bundle.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

export type OpenApiDocument = Record<string, any>;

export function specFilePath(): string {
  return createRequire(import.meta.url).resolve('@einvoice/spec/openapi.yaml');
}

export function loadSpec(path: string = specFilePath()): OpenApiDocument {
  return parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}
