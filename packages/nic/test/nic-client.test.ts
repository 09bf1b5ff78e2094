import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aesEncrypt, NicClient, type NicClientOptions } from '../src/index.js';
import { fakeIrp } from './support/fake-irp.js';
import { irpPublicKeyPem } from './support/irp-keys.js';

const GSTIN = '29AAGCB1286Q000';

function client(irp: ReturnType<typeof fakeIrp>, extra: Partial<NicClientOptions> = {}) {
  return new NicClient({
    baseUrl: 'http://irp.test',
    clientId: 'CID',
    clientSecret: 'CSECRET',
    userName: 'user1',
    password: 'pw',
    gstin: GSTIN,
    irpPublicKeyPem,
    fetch: irp.fetch,
    ...extra,
  });
}

describe('NicClient', () => {
  it('authenticates: RSA-wrapped credentials and AppKey in, the SEK unwrapped out', async () => {
    const irp = fakeIrp(() => ({}));
    const c = client(irp);
    const res = await c.auth({ forceRefresh: true });
    expect(res.ok).toBe(true);
    expect(c.currentSession).toMatchObject({ authToken: 'TOKEN123', tokenExpiry: '2025-04-01 18:00:00' });
    expect(c.currentSession?.sek.equals(irp.sek)).toBe(true);
    const [auth] = irp.seen;
    expect(auth?.headers).toMatchObject({ client_id: 'CID', client_secret: 'CSECRET', gstin: GSTIN });
    expect(auth?.plain).toMatchObject({ UserName: 'user1', Password: 'pw', ForceRefreshAccessToken: true });
  });

  it('refuses business calls before auth', async () => {
    await expect(client(fakeIrp(() => ({}))).getIrn('x')).rejects.toThrow(/not authenticated/);
  });

  it('encrypts the payload with the SEK, sends the session headers and decrypts Data', async () => {
    const irp = fakeIrp((s) => ({ data: { Irn: 'I1', echo: s.plain } }));
    const c = client(irp);
    await c.auth();
    const res = await c.generateIrn({ DocDtls: { No: 'A-1' } });
    expect(res).toMatchObject({ ok: true, httpStatus: 200, data: { Irn: 'I1', echo: { DocDtls: { No: 'A-1' } } } });
    expect(irp.seen[1]).toMatchObject({
      method: 'POST',
      path: '/eicore/v1.03/Invoice',
      headers: { user_name: 'user1', authtoken: 'TOKEN123', client_id: 'CID' },
    });
  });

  it('reads failures from ErrorDetails and InfoDtls, and a non-NIC answer as HTTP', async () => {
    const dup = [{ InfCd: 'DUPIRN', Desc: { Irn: 'I1' } }];
    const irp = fakeIrp((s) =>
      s.path.includes('/irn/')
        ? { raw: { Status: 0, ErrorDetails: [{ ErrorCode: '2150', ErrorMessage: 'Duplicate IRN' }], InfoDtls: dup } }
        : { raw: '', status: 502 },
    );
    const c = client(irp);
    await c.auth();
    expect(await c.getIrn('I1')).toMatchObject({
      ok: false,
      errors: [{ code: '2150', message: 'Duplicate IRN' }],
      info: dup,
    });
    expect(await c.getGstinDetails(GSTIN)).toMatchObject({ ok: false, httpStatus: 502 });
  });

  it('speaks the hyphenated header spelling when asked', async () => {
    const irp = fakeIrp(() => ({ data: {} }));
    const c = client(irp, { headerStyle: 'nic-hyphen' });
    await c.auth();
    await c.getIrnByDocDetails({ docType: 'INV', docNo: 'A/1', docDate: '01/04/2025' });
    expect(irp.seen[1]?.headers).toMatchObject({
      'client-id': 'CID',
      'client-secret': 'CSECRET',
      'user-name': 'user1',
    });
    expect(irp.seen[1]?.path).toBe(
      '/eicore/v1.03/Invoice/irnbydocdetails?doctype=INV&docnum=A%2F1&docdate=01%2F04%2F2025',
    );
  });

  it('EWB API: {action, data} out, rek-wrapped data in with its hmac checked', async () => {
    const answer = { ewayBillNo: 171000000001, cancelDate: '01/04/2025 10:30:00 AM' };
    const irp = fakeIrp(() => ({ data: answer }));
    const c = client(irp);
    await c.auth();
    expect(await c.cancelEwb({ ewbNo: 171000000001, cancelRsnCode: 2 })).toMatchObject({ ok: true, data: answer });
    expect(irp.seen[1]).toMatchObject({ path: '/ewaybillapi/v1.03/ewayapi', body: { action: 'CANEWB' } });
    expect(irp.seen[1]?.plain).toEqual({ ewbNo: 171000000001, cancelRsnCode: 2 });
  });

  it('EWB API: a wrong hmac throws, a failure carries its codes', async () => {
    const rek = randomBytes(32);
    const irp = fakeIrp((s) =>
      (s.plain as { ewbNo: number }).ewbNo === 1
        ? { raw: { status: '0', error: Buffer.from('{"errorCodes":"312"}').toString('base64') } }
        : { raw: { status: '1', data: aesEncrypt(rek, '{}'), rek: aesEncrypt(irp.sek, rek), hmac: 'forged' } },
    );
    const c = client(irp);
    await c.auth();
    expect(await c.extendEwb({ ewbNo: 1 } as never)).toMatchObject({ ok: false, errors: [{ code: '312' }] });
    await expect(c.updateEwbVehicle({ ewbNo: 2 } as never)).rejects.toThrow(/hmac mismatch/);
  });
});
