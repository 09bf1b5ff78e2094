/**
 * The zod schemas against spec/openapi.yaml: per component and per property, type, required,
 * minLength, maxLength, pattern, enum, minimum, maximum, maxItems. Any difference fails: the spec and
 * the domain must describe the same INV-01.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { sectionSchemas } from '../src/index.js';

type JS = Record<string, unknown> & {
  properties?: Record<string, JS>;
  items?: JS;
  required?: string[];
  $ref?: string;
  allOf?: JS[];
  oneOf?: JS[];
  anyOf?: JS[];
};
const KEYS = ['type', 'minLength', 'maxLength', 'pattern', 'enum', 'minimum', 'maximum', 'maxItems'] as const;

const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(here, '../../../spec/openapi.yaml');
const spec = parse(readFileSync(specPath, 'utf8')) as { components?: { schemas?: Record<string, JS> } };
const components = spec.components?.schemas;
const names = Object.keys(sectionSchemas) as Array<keyof typeof sectionSchemas>;

function deref(s: JS | undefined, depth = 0): JS | undefined {
  if (!s || depth > 10) return s;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.split('/').pop()!;
    return deref(
      { ...components?.[name], ...Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$ref')) } as JS,
      depth + 1,
    );
  }
  if (s.allOf?.length === 1) return deref({ ...s.allOf[0], ...s, allOf: undefined } as JS, depth + 1);
  return s;
}
/** An array-valued property compares via its items; `type: [x, "null"]` compares as x. */
function norm(v: unknown): unknown {
  if (Array.isArray(v)) {
    const a = v.filter((x) => x !== 'null');
    return a.length === 1 ? a[0] : [...a].sort();
  }
  return v;
}
const numType = (t: unknown) => (t === 'integer' ? 'integer' : t);

/** Our zod schema of a component, as JSON Schema (output shape). */
function ours(name: keyof typeof sectionSchemas): JS {
  return z.toJSONSchema(sectionSchemas[name], { io: 'output', unrepresentable: 'any' }) as JS;
}

export function compare(name: keyof typeof sectionSchemas): string[] {
  const diffs: string[] = [];
  const a = ours(name);
  let b = deref(components![name]);
  if (b?.type === 'array' && b.items) b = deref(b.items); // element components
  if (!b) return [`${name}: missing in spec`];
  const req = (x: JS) => [...(x.required ?? [])].sort().join(',');
  if (req(a) !== req(b)) diffs.push(`${name}.required: zod [${req(a)}] vs spec [${req(b)}]`);
  const props = new Set([...Object.keys(a.properties ?? {}), ...Object.keys(b.properties ?? {})]);
  for (const p of props) {
    const pa0 = a.properties?.[p],
      pb0 = deref(b.properties?.[p]);
    if (!pa0) {
      diffs.push(`${name}.${p}: only in spec`);
      continue;
    }
    if (!pb0) {
      diffs.push(`${name}.${p}: only in zod`);
      continue;
    }
    let pa = pa0,
      pb = pb0;
    if (pa.type === 'array' && pb.type === 'array') {
      if (pa.maxItems !== pb.maxItems)
        diffs.push(`${name}.${p}.maxItems: zod ${String(pa.maxItems)} vs spec ${String(pb.maxItems)}`);
      if (pa.minItems !== pb.minItems)
        diffs.push(`${name}.${p}.minItems: zod ${String(pa.minItems)} vs spec ${String(pb.minItems)}`);
      pa = pa.items ?? {};
      pb = deref(pb.items) ?? {};
    }
    if (pa.type === 'object' || pb.type === 'object' || pb.$ref) continue; // nested sections are compared as their own components
    for (const k of KEYS) {
      let va = norm(pa[k]),
        vb = norm(pb[k]);
      if (k === 'type') {
        va = numType(va);
        vb = numType(vb);
      }
      // RegExp#source always escapes '/', which means the same thing: compare unescaped.
      if (k === 'pattern') {
        va = typeof va === 'string' ? va.replace(/\\\//g, '/') : va;
        vb = typeof vb === 'string' ? vb.replace(/\\\//g, '/') : vb;
      }
      if (k === 'enum') {
        va = Array.isArray(pa.enum) ? [...pa.enum].sort().join('|') : undefined;
        vb = Array.isArray(pb.enum) ? [...pb.enum].sort().join('|') : undefined;
      }
      // zod adds the safe-integer bounds to z.int(); they are not a disagreement
      if ((k === 'minimum' || k === 'maximum') && Math.abs(Number(va)) === Number.MAX_SAFE_INTEGER && vb === undefined)
        continue;
      if (JSON.stringify(va) !== JSON.stringify(vb))
        diffs.push(`${name}.${p}.${k}: zod ${JSON.stringify(va)} vs spec ${JSON.stringify(vb)}`);
    }
  }
  return diffs;
}

/**
 * Differences we know of where the zod side follows the reference (nic-einvoice.md) and the spec
 * does not. Reported to the lead; they are printed on every run, and any OTHER difference fails.
 * Remove an entry once the spec (or the reference) changes.
 */
describe('spec/openapi.yaml agrees with the zod schemas', () => {
  it.each(names.map((n) => [n]))('%s', (name) => {
    const diffs = components![name] ? compare(name) : [`${name}: missing in spec`];
    expect(diffs).toEqual([]);
  });
});

describe('zod -> JSON Schema is representable', () => {
  it.each(names.map((n) => [n]))('%s converts', (name) => {
    const js = ours(name);
    expect(js.type).toBe('object');
  });
});
