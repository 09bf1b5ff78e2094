// HSN_MASTER_FILE replaces the bundled HSN master at start: a code missing from the loaded master is
// refused locally with NIC's 2176, before any upstream call.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'einvoice-hsn-'));
  // A (tiny) government-style master: CSV with a header; 61149090 present, 73181500 absent.
  writeFileSync(
    join(dir, 'hsn.csv'),
    'HSN_CD,HSN_Description\n61149090,Garments of other textile materials\n998311,Management consulting\n',
  );
  h = await startHarness({ HSN_MASTER_FILE: join(dir, 'hsn.csv') });
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('HSN master from a file', () => {
  it('accepts codes in the loaded master and refuses the others with 2176', async () => {
    const s = await gstinSession(h, SELLER);
    expect((await h.request('POST', '/v1/irn', { token: s.token, body: invoice(SELLER) })).status).toBe(201);
    const other = invoice(SELLER);
    other.ItemList[0]!.HsnCd = '73181500';
    const refused = await h.request('POST', '/v1/irn', { token: s.token, body: other });
    expect(refused.status).toBe(422);
    expect(refused.body.gstn_errors.map((e: { code: string }) => e.code)).toContain('2176');
  });
});
