// Finds and parses the contract. The spec package ships openapi.yaml as a file export, so the
// same lookup works from source (tsx, vitest) and from a built bundle.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export type OpenApiDocument = Record<string, any>;

/**
 * A published bundle that inlines this package (@einvoice/sandbox) carries the contract as a file next to
 * itself, because @einvoice/spec is not published: look there first, then in the spec package.
 */
export function specFilePath(): string {
  const bundled = fileURLToPath(new URL('./openapi.yaml', import.meta.url));
  if (existsSync(bundled)) return bundled;
  return createRequire(import.meta.url).resolve('@einvoice/spec/openapi.yaml');
}

/** The built API reference (Redoc HTML): next to a bundled contract, or spec/dist/reference.html. */
export function referenceFilePath(): string {
  const spec = specFilePath();
  const sibling = join(dirname(spec), 'reference.html');
  return existsSync(sibling) ? sibling : join(dirname(spec), 'dist', 'reference.html');
}

export function loadSpec(path: string = specFilePath()): OpenApiDocument {
  return parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}
