import type { z } from 'zod';
import { invoiceSchema } from '../schema/invoice.js';

/**
 * Schema versions as data. Each version names its parent and the fields (JSON pointers; `*`
 * matches every array element) it adds and removes relative to the parent. Translation walks
 * the parent chain: going to a newer version drops the fields that version removed (a
 * deprecated field is accepted on input but not sent on); going to an older version drops the
 * fields the newer one added. `Version` is rewritten to the target.
 */
export interface SchemaVersion {
  version: string;
  /** What goes into the document's `Version` field (str 1-6) for this version. */
  wire: string;
  parent?: string;
  schema: z.ZodType;
  /** Optional fields this version adds to its parent. */
  added: readonly string[];
  /** Fields deprecated by this version: still accepted by `schema`, removed when translating to it. */
  removed: readonly string[];
  /**
   * Validation this version tightened, absorbed by translation: a field it makes required, with the value the
   * parent version implied when it was left out (JSON pointer -> value), set when translating up if absent.
   */
  defaults?: Readonly<Record<string, unknown>>;
  status: 'current' | 'test' | 'retired';
}

export interface VersionRegistry {
  current: string;
  versions: SchemaVersion[];
}

export const v1_1: SchemaVersion = {
  version: '1.1',
  wire: '1.1',
  schema: invoiceSchema,
  added: [],
  removed: [],
  status: 'current',
};

export const schemaVersions: { current: '1.1'; versions: SchemaVersion[] } = { current: '1.1', versions: [v1_1] };

function deletePath(node: unknown, parts: readonly string[]): void {
  if (node === null || typeof node !== 'object' || parts.length === 0) return;
  const [head, ...rest] = parts as [string, ...string[]];
  if (head === '*') {
    if (Array.isArray(node)) for (const el of node) deletePath(el, rest);
    return;
  }
  const obj = node as Record<string, unknown>;
  if (rest.length === 0) delete obj[head];
  else deletePath(obj[head], rest);
}

/** Sets a member that is absent (inside objects that exist; `*` over every array element). */
function setIfAbsent(node: unknown, parts: readonly string[], value: unknown): void {
  if (node === null || typeof node !== 'object' || parts.length === 0) return;
  const [head, ...rest] = parts as [string, ...string[]];
  if (head === '*') {
    if (Array.isArray(node)) for (const el of node) setIfAbsent(el, rest, value);
    return;
  }
  const obj = node as Record<string, unknown>;
  if (rest.length === 0) {
    if (obj[head] === undefined) obj[head] = structuredClone(value);
  } else setIfAbsent(obj[head], rest, value);
}

function chain(reg: VersionRegistry, v: string): SchemaVersion[] {
  const byName = new Map(reg.versions.map((x) => [x.version, x]));
  const out: SchemaVersion[] = [];
  for (let cur = byName.get(v); cur; cur = cur.parent ? byName.get(cur.parent) : undefined) {
    out.unshift(cur);
    if (out.length > 64) throw new Error('version chain loop');
  }
  if (!out.length) throw new Error(`unknown schema version ${v}`);
  return out; // root ... v
}

/**
 * Translates an accepted invoice (valid for `from`) to the shape version `to` expects.
 * Pure: the input is not modified.
 */
export function translateInvoice(
  invoice: unknown,
  from: string,
  to: string,
  registry: VersionRegistry = schemaVersions,
): unknown {
  const a = chain(registry, from),
    b = chain(registry, to);
  let common = 0;
  while (common < a.length && common < b.length && a[common]!.version === b[common]!.version) common++;
  if (common === 0) throw new Error(`versions ${from} and ${to} share no ancestor`);
  const doc = structuredClone(invoice) as Record<string, unknown>;
  const strip = (ptr: string) => deletePath(doc, ptr.split('/').slice(1));
  for (const v of a.slice(common).reverse()) v.added.forEach(strip); // down: drop what newer versions added
  for (const v of b.slice(common)) {
    v.removed.forEach(strip); // up: drop what they removed
    for (const [ptr, value] of Object.entries(v.defaults ?? {})) setIfAbsent(doc, ptr.split('/').slice(1), value);
  }
  doc.Version = b[b.length - 1]!.wire;
  return doc;
}
