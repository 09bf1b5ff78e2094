import { decodeNicJwtData } from '@einvoice/nic';
import { describe, expect, it } from 'vitest';
import { baseInvoice } from './support/fixtures.js';
import { authed, startHarness } from './support/harness.js';

describe('schema-version rehearsal (demandVersion 1.1-test)', () => {
  it('an unchanged v1.1 request is translated and still gets its IRN', async () => {
    const h = await startHarness({ demandVersion: '1.1-test' });
    try {
      const c = await authed(h);
      const inv = { ...baseInvoice(), PayDtls: { Nm: 'Acme', DirDr: 'deprecated in 1.1-test' } };
      const r = await c.generateIrn(inv);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const signed = decodeNicJwtData<{ Version: string; PayDtls: Record<string, unknown> }>(r.data.SignedInvoice);
      expect(signed.Version).toBe('1.1t'); // the wire name of 1.1-test
      expect(signed.PayDtls).toEqual({ Nm: 'Acme' }); // the deprecated field was dropped by translation
      // Business rules still run after translation.
      const bad = baseInvoice();
      (bad.ItemList as Record<string, unknown>[])[0]!.IgstAmt = 180;
      const b = await c.generateIrn(bad);
      expect(b.ok ? [] : b.errors.map((e) => e.code)).toContain('2172');
    } finally {
      await h.close();
    }
  });

  it('an unknown demanded version is a 2140, not a crash', async () => {
    const h = await startHarness({ demandVersion: '9.9' });
    try {
      const c = await authed(h);
      const r = await c.generateIrn(baseInvoice());
      expect(r.ok ? 'ok' : r.errors[0]!.code).toBe('2140');
    } finally {
      await h.close();
    }
  });
});
