import type { z } from 'zod';
import { type NicError, nicError } from '../errors.js';

/** JSON pointer (RFC 6901) from a zod issue path. */
export function toPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `at least ${String(issue.minimum)} characters`
        : issue.origin === 'array'
          ? `at least ${String(issue.minimum)} entries`
          : `minimum ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `at most ${String(issue.maximum)} characters`
        : issue.origin === 'array'
          ? `at most ${String(issue.maximum)} entries`
          : `maximum ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue
        ? `must match ${String(issue.pattern)}`
        : `invalid ${issue.format}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/**
 * zod issues -> NIC errors. Most become 2140 (schema) with a pointer; a few have their own NIC
 * code because the IRP reports them so: empty item list 2228, > 1000 lines 2173, missing
 * supplier GSTIN 2155, supplier GSTIN "URP" 2213, bad RegRev 2159, bad document type 2161.
 */
export function issuesToNicErrors(issues: ReadonlyArray<z.core.$ZodIssue>, input: unknown): NicError[] {
  const out: NicError[] = [];
  const seen = new Set<string>();
  const schemaByPointer = new Map<string, string[]>();
  const push = (e: NicError) => {
    // One field can fail several checks (length and pattern); report a special code once.
    const key = `${e.code}|${e.pointer}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(e);
    }
  };
  for (const issue of issues) {
    const pointer = toPointer(issue.path);
    if (pointer === '/ItemList' && issue.code === 'too_small') {
      push(nicError('2228', pointer));
      continue;
    }
    if (pointer === '/ItemList' && issue.code === 'too_big') {
      push(nicError('2173', pointer));
      continue;
    }
    if (pointer === '/SellerDtls/Gstin') {
      const v = (input as { SellerDtls?: { Gstin?: unknown } } | null)?.SellerDtls?.Gstin;
      if (v === undefined) {
        push(nicError('2155', pointer));
        continue;
      }
      if (typeof v === 'string' && v.toUpperCase() === 'URP') {
        push(nicError('2213', pointer));
        continue;
      }
    }
    if (pointer === '/TranDtls/RegRev') {
      push(nicError('2159', pointer));
      continue;
    }
    if (pointer === '/DocDtls/Typ') {
      push(nicError('2161', pointer));
      continue;
    }
    // Plain schema failures: one 2140 per field, all its failed checks in one message.
    const list = schemaByPointer.get(pointer);
    if (list) {
      list.push(describe(issue));
      continue;
    }
    schemaByPointer.set(pointer, [describe(issue)]);
    push({ code: '2140', message: '', hint: '', pointer });
  }
  for (const e of out) {
    if (e.code !== '2140') continue;
    const what = `${e.pointer || '/'}: ${schemaByPointer.get(e.pointer ?? '')!.join('; ')}`;
    const built = nicError('2140', e.pointer, what);
    e.message = built.message;
    e.hint = `${what}. ${built.hint}`;
  }
  return out;
}
