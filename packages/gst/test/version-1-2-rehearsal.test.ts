// The rehearsed INV-01 "1.2" (test-only, issue #23): one new optional field, one deprecated field and one
// tightened validation, each absorbed by translating a v1.1 document up.
import { describe, expect, it } from 'vitest';
import { rehearsalRegistry, schemaVersions, translateInvoice, v1_2, validateInvoice } from '../src/index.js';
import { codes, ctx, inv } from './fixtures.js';

const v11 = () =>
  inv()
    .with((x) => {
      delete (x.TranDtls as Record<string, unknown>).RegRev;
      x.PayDtls = { DirDr: 'HDFC mandate', CrDay: 30 };
    })
    .build();

describe('INV-01 1.2 rehearsal', () => {
  it('is not in the production registry', () => {
    expect(schemaVersions.versions.map((v) => v.version)).toEqual(['1.1']);
    expect(v1_2.status).toBe('test');
  });

  it('translates a v1.1 document up: RegRev filled with the N v1.1 implied, DirDr dropped, Version 1.2', () => {
    const doc = v11();
    const out = translateInvoice(doc, '1.1', '1.2', rehearsalRegistry) as Record<string, any>;
    expect(out.Version).toBe('1.2');
    expect(out.TranDtls.RegRev).toBe('N');
    expect(out.PayDtls).toEqual({ CrDay: 30 });
    expect(v1_2.schema.safeParse(out).success).toBe(true);
    expect((doc.TranDtls as Record<string, unknown>).RegRev).toBeUndefined(); // input untouched
  });

  it('keeps a RegRev the client sent', () => {
    const doc = inv()
      .with((x) => {
        x.TranDtls.RegRev = 'Y';
      })
      .build();
    expect((translateInvoice(doc, '1.1', '1.2', rehearsalRegistry) as Record<string, any>).TranDtls.RegRev).toBe('Y');
  });

  it('the untranslated v1.1 shape fails 1.2 (RegRev is required now)', () => {
    const raw = { ...v11(), Version: '1.2' };
    expect(v1_2.schema.safeParse(raw).success).toBe(false);
  });

  it('validates a v1.1 document as 1.2 (translated) with no errors, and a 1.2 one with its new field', () => {
    expect(codes(validateInvoice(v11(), ctx(), { version: '1.2', registry: rehearsalRegistry }))).toEqual([]);
    const withField = inv()
      .with((x) => {
        (x.ItemList[0] as Record<string, unknown>).PrdCatCd = 'APPAREL';
        x.Version = '1.2';
        x.TranDtls.RegRev = 'N';
      })
      .build();
    const v = validateInvoice(withField, ctx(), { version: '1.2', registry: rehearsalRegistry });
    expect(codes(v)).toEqual([]);
    expect(v.ok && (v.value.ItemList[0] as Record<string, unknown>).PrdCatCd).toBe('APPAREL');
  });
});
