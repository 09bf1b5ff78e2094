import { randomBytes } from 'node:crypto';
import { aesEncrypt, type NicClient } from '@einvoice/nic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseInvoice } from './support/fixtures.js';
import { authed, type Harness, startHarness } from './support/harness.js';

type Env = { Status: number; Data: unknown; ErrorDetails: { ErrorCode: string; ErrorMessage: string }[] | null };

describe('bad input never crashes and never answers 500', () => {
  let h: Harness;
  let c: NicClient;
  beforeAll(async () => {
    h = await startHarness({ maxBodyBytes: 64 * 1024 });
    c = await authed(h);
  });
  afterAll(() => h.close());

  async function raw(body: string, path = '/eicore/v1.03/Invoice') {
    const r = await c.send('POST', path, undefined, true, body);
    return { status: r.status, env: r.body as Env };
  }

  it('malformed JSON -> 2140', async () => {
    const { status, env } = await raw('{"Data": ');
    expect(status).toBe(200);
    expect(env.Status).toBe(0);
    expect(env.ErrorDetails![0]!.ErrorCode).toBe('2140');
  });

  it('empty body -> 2255; JSON without Data -> 2140', async () => {
    expect((await raw('')).env.ErrorDetails![0]!.ErrorCode).toBe('2255');
    expect((await raw('{"foo":1}')).env.ErrorDetails![0]!.ErrorCode).toBe('2140');
    expect((await raw('[1,2]')).env.ErrorDetails![0]!.ErrorCode).toBe('2140');
  });

  it('payload encrypted with the wrong SEK, or not base64 -> 2140 naming the SEK', async () => {
    const wrong = await raw(JSON.stringify({ Data: aesEncrypt(randomBytes(32), JSON.stringify(baseInvoice())) }));
    expect(wrong.env.ErrorDetails![0]).toMatchObject({ ErrorCode: '2140' });
    expect(wrong.env.ErrorDetails![0]!.ErrorMessage).toMatch(/SEK/);
    expect((await raw(JSON.stringify({ Data: '%%%not-base64%%%' }))).env.ErrorDetails![0]!.ErrorCode).toBe('2140');
  });

  it('correctly encrypted non-JSON and schema-invalid payloads -> 2140 from the rules', async () => {
    const sek = c.currentSession!.sek;
    expect((await raw(JSON.stringify({ Data: aesEncrypt(sek, 'not json') }))).env.ErrorDetails![0]!.ErrorCode).toBe(
      '2140',
    );
    expect((await raw(JSON.stringify({ Data: aesEncrypt(sek, '"a string"') }))).env.ErrorDetails![0]!.ErrorCode).toBe(
      '2140',
    );
    expect((await raw(JSON.stringify({ Data: aesEncrypt(sek, '{}') }))).env.Status).toBe(0);
  });

  it('oversized body -> NIC-shaped 5002 (HTTP 413)', async () => {
    const { status, env } = await raw(JSON.stringify({ Data: 'A'.repeat(100 * 1024) }));
    expect(status).toBe(413);
    expect(env.ErrorDetails![0]!.ErrorCode).toBe('5002');
    // GSP paths get the GSP shape
    const g = await fetch(`${h.url}/enriched/ei/api/invoice`, { method: 'POST', body: 'x'.repeat(100 * 1024) });
    expect(g.status).toBe(413);
    expect(((await g.json()) as { message: string }).message).toMatch(/^5002 : /);
  });

  it('garbage on every endpoint gets a NIC-shaped answer below 500', async () => {
    const paths = [
      '/eicore/v1.03/Invoice',
      '/eicore/v1.03/Invoice/Cancel',
      '/eiewb/v1.03/ewaybill',
      '/ewaybillapi/v1.03/ewayapi',
      '/eivital/v1.04/auth',
    ];
    const bodies = [
      '',
      'null',
      '{',
      '{"Data":null}',
      '{"Data":123}',
      '{"action":"CANEWB","data":"zz"}',
      '\u0000\u0001',
    ];
    for (const p of paths) {
      for (const b of bodies) {
        const r = await c.send('POST', p, undefined, true, b);
        expect(r.status, `${p} ${JSON.stringify(b)}`).toBeLessThan(500);
        expect(typeof r.body).toBe('object');
      }
    }
    const badEscape = await fetch(`${h.url}/eicore/v1.03/Invoice/irn/%E0%A4%A`);
    expect(badEscape.status).toBeLessThan(500);
    const notFound = await fetch(`${h.url}/eicore/v9/nothing`);
    expect(notFound.status).toBe(404);
    expect(((await notFound.json()) as Env).Status).toBe(0);
  });

  it('cancel with missing fields -> NIC errors, not crashes', async () => {
    expect((await c.cancelIrn({} as never)).ok).toBe(false);
    expect((await c.cancelIrn({ Irn: 'abc', CnlRsn: '9' } as never)).ok).toBe(false);
    expect((await c.cancelEwb({} as never)).ok).toBe(false);
  });
});
