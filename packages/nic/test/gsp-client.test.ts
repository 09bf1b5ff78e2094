import { describe, expect, it } from 'vitest';
import { GspClient } from '../src/index.js';

function fakeGsp(answer: (path: string) => { status?: number; body: unknown }) {
  const seen: { path: string; headers: Record<string, string>; body?: unknown }[] = [];
  const fetch = async (url: Parameters<typeof globalThis.fetch>[0], init?: RequestInit) => {
    const u = new URL(String(url));
    const path = `${u.pathname}${u.search}`;
    seen.push({
      path,
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      ...(init?.body ? { body: JSON.parse(String(init.body)) } : {}),
    });
    const out = answer(path);
    return Response.json(out.body, { status: out.status ?? 200 });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

const options = {
  baseUrl: 'http://gsp.test',
  appId: 'APP',
  appSecret: 'SECRET',
  userName: 'user1',
  password: 'pw',
  gstin: '29AAGCB1286Q000',
};

describe('GspClient (enriched flavour)', () => {
  it('takes a bearer token, then sends plaintext JSON with the IRP user in headers', async () => {
    const gsp = fakeGsp((p) =>
      p.startsWith('/gsp/') ? { body: { access_token: 'BEARER' } } : { body: { success: true, result: { Irn: 'I1' } } },
    );
    const c = new GspClient({ ...options, fetch: gsp.fetch, prefix: '/test' });
    expect((await c.authenticate()).status).toBe(200);
    expect(gsp.seen[0]).toMatchObject({
      path: '/gsp/authenticate?grant_type=token',
      headers: { gspappid: 'APP', gspappsecret: 'SECRET' },
    });
    const res = await c.generateIrn({ DocDtls: { No: 'A-1' } });
    expect(res).toMatchObject({ success: true, httpStatus: 200, result: { Irn: 'I1' }, errors: [] });
    expect(gsp.seen[1]).toMatchObject({
      path: '/test/enriched/ei/api/invoice',
      body: { DocDtls: { No: 'A-1' } },
      headers: { authorization: 'bearer BEARER', user_name: 'user1', password: 'pw', gstin: options.gstin },
    });
    expect(gsp.seen[1]?.headers.requestid).toBeTruthy();
  });

  it('parses NIC codes out of the message, and keeps info', async () => {
    const dup = [{ InfCd: 'DUPIRN', Desc: { Irn: 'I1' } }];
    const gsp = fakeGsp(() => ({ body: { success: false, message: '2150 : Duplicate IRN', info: dup } }));
    const c = new GspClient({ ...options, fetch: gsp.fetch });
    const res = await c.getIrnByDocDetails({ docType: 'INV', docNo: 'A/1', docDate: '01/04/2025' });
    expect(res).toMatchObject({ success: false, errors: [{ code: '2150', message: 'Duplicate IRN' }], info: dup });
    expect(gsp.seen[0]?.path).toBe(
      '/enriched/ei/api/invoice/irnbydocdetails?doctype=INV&docnum=A%2F1&docdate=01%2F04%2F2025',
    );
  });

  it('reads an OAuth refusal through error_description', async () => {
    const gsp = fakeGsp(() => ({
      status: 401,
      body: { error: 'invalid_token', error_description: 'Invalid access token' },
    }));
    const res = await new GspClient({ ...options, fetch: gsp.fetch }).getGstin(options.gstin);
    expect(res).toMatchObject({ httpStatus: 401, success: false, message: 'Invalid access token', errors: [] });
  });
});
