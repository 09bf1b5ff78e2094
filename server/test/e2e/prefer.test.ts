// RFC 7240 `Prefer` (API audit, finding 4): preferences we do not understand are ignored instead of a 400, a
// repeated one counts once, and `Preference-Applied` names what the answer honoured. Over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;
let token: string;
let seq = 0;
const generate = (prefer: string) =>
  h.request('POST', '/v1/irn', {
    token,
    body: invoice(SELLER, { docNo: `PREF-${Date.now() % 1e6}-${++seq}` }),
    headers: { prefer },
  });

beforeAll(async () => {
  h = await startHarness();
  token = (await gstinSession(h, SELLER)).token;
});
afterAll(() => h.close());

describe('Prefer (RFC 7240)', () => {
  it.each(['return=minimal', 'handling=lenient', 'wait=5, return=representation', 'foo; bar=baz, wait=5'])(
    'ignores what it does not understand: %s',
    async (prefer) => {
      const res = await generate(prefer);
      expect(res.status).toBe(201);
    },
  );

  it('names the wait it honoured in Preference-Applied', async () => {
    const res = await generate('wait=10');
    expect(res.status).toBe(201);
    expect(res.headers.get('preference-applied')).toBe('wait=10');
  });

  it('counts a repeated preference once (the first) and treats a wait over 60 as 60', async () => {
    expect((await generate('wait=7, wait=0')).headers.get('preference-applied')).toBe('wait=7');
    expect((await generate('wait=600')).headers.get('preference-applied')).toBe('wait=60');
  });

  it('respond-async alone answers 202 at once and says so', async () => {
    const res = await generate('respond-async');
    expect(res.status).toBe(202);
    expect(res.body.status).toBe('queued');
    expect(res.headers.get('preference-applied')).toBe('wait=0, respond-async');
  });

  it('sends no Preference-Applied when no preference was honoured', async () => {
    const res = await generate('return=minimal');
    expect(res.headers.get('preference-applied')).toBeNull();
  });
});
