// Loads spec/openapi.yaml once and offers $ref resolution that remembers where a node came from,
// so examples can be validated against the schema at that exact JSON pointer.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

export const specPath = fileURLToPath(new URL('../openapi.yaml', import.meta.url));
export const spec = parse(readFileSync(specPath, 'utf8')) as Record<string, any>;
export const SPEC_ID = 'https://einvoice.dev/openapi.json';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function at(pointer: string): any {
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node: any, key) => (node === undefined ? undefined : node[key]), spec);
}

/** Follows `$ref`s (local only); returns the node and its JSON pointer in the spec. */
export function resolve(node: any, pointer: string): { node: any; pointer: string } {
  let current = { node, pointer };
  for (let hops = 0; current.node && typeof current.node.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${pointer}`);
    const ref: string = current.node.$ref;
    if (!ref.startsWith('#/')) throw new Error(`non-local $ref ${ref} at ${current.pointer}`);
    const target = ref.slice(1);
    current = { node: at(target), pointer: target };
    if (current.node === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  return current;
}

export interface Operation {
  kind: 'path' | 'webhook';
  path: string;
  method: string;
  pointer: string;
  op: Record<string, any>;
}

export function operations(): Operation[] {
  const out: Operation[] = [];
  for (const [kind, root] of [
    ['path', 'paths'],
    ['webhook', 'webhooks'],
  ] as const) {
    for (const [path, item] of Object.entries<Record<string, any>>(spec[root] ?? {})) {
      for (const method of HTTP_METHODS) {
        if (item[method]) {
          out.push({ kind, path, method, pointer: `/${root}/${escapePointer(path)}/${method}`, op: item[method] });
        }
      }
    }
  }
  return out;
}

export function makeAjv(): Ajv2020 {
  // strict: false because the document around the schemas holds OpenAPI keywords (example, discriminator...)
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(spec, SPEC_ID);
  return ajv;
}
