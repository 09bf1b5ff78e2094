// When the IRP says a document number already has an IRN (2150), is it the same document? Compare
// every value we sent with what the IRP signed; the IRP adds fields (ItemNo, AckNo) and upper-cases
// codes, so only our leaves count and strings compare case-insensitively.
import { decodeNicJwtData } from '@einvoice/nic';

export interface FieldDiff {
  pointer: string;
  existing: unknown;
  requested: unknown;
}

const IGNORED = new Set(['/Irn']);

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Math.abs(Number(a) - Number(b)) < 0.005;
  if (typeof a === 'string' && typeof b === 'string') return a.trim().toUpperCase() === b.trim().toUpperCase();
  return a === b;
}

function walk(ours: unknown, theirs: unknown, pointer: string, out: FieldDiff[]): void {
  if (out.length >= 25 || IGNORED.has(pointer)) return;
  if (ours !== null && typeof ours === 'object') {
    for (const [k, v] of Object.entries(ours as Record<string, unknown>)) {
      const next = theirs && typeof theirs === 'object' ? (theirs as Record<string, unknown>)[k] : undefined;
      walk(v, next, `${pointer}/${k}`, out);
    }
    return;
  }
  if (!same(ours, theirs)) out.push({ pointer, existing: theirs ?? null, requested: ours ?? null });
}

export function diffAgainstSigned(requested: unknown, signedInvoice: string | null): FieldDiff[] {
  if (!signedInvoice) return [];
  let signed: unknown;
  try {
    signed = decodeNicJwtData(signedInvoice);
  } catch {
    return [];
  }
  const out: FieldDiff[] = [];
  walk(requested, signed, '', out);
  return out;
}
