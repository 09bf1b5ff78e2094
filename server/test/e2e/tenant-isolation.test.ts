// The isolation matrix (issue #24): two tenants A and B, each with a GSTIN, a credential, a document, a webhook
// endpoint and delivery, a test clock, an audit trail and request-log rows. Every account-key operation of the
// spec (enumerated from it, so a new one cannot be forgotten) is called against B's ids, with a restricted key
// bound to A and with the account key + `Einvoice-Tenant: A`: each answers exactly as for an absent id (404,
// same code and title), and no list or export carries B's data. A read-only key is refused every write
// (403 permission_denied), a documents key GSTIN and webhook administration. Runs on SQLite and PostgreSQL.
import type { OperationInfo } from '@einvoice/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRawForTests } from '../../src/adapters/storage/index.js';
import { OPERATION_PERMISSIONS } from '../../src/http/pipeline/permissions.js';
import { type ApiResponse, gstinSession, type Harness, type RequestOptions, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const GSTIN_A = '29AAACP7879D1Z0';
const GSTIN_B = '29AABCL4444L1Z7';

interface TenantWorld {
  tenant: string;
  gstin: string;
  clientId: string;
  secretId: string;
  token: string;
  endpointId: string;
  deliveryId: string;
  logId: string;
  clockId: string;
  keyId: string;
  documentId: string;
}

let h: Harness;
let A: TenantWorld;
let B: TenantWorld;
let platformEndpoint: string;
const keys: { admin: string; read: string; documents: string } = { admin: '', read: '', documents: '' };

const asKey = (key: string, extra: RequestOptions = {}): RequestOptions => ({ token: key, ...extra });
const asAccountOn = (tenant: string, extra: RequestOptions = {}): RequestOptions => ({
  token: h.apiKey,
  ...extra,
  headers: { ...(extra.headers ?? {}), 'einvoice-tenant': tenant },
});

async function ok<T = any>(res: Promise<ApiResponse<T>>, status = 200): Promise<ApiResponse<T>> {
  const r = await res;
  expect(r.status, r.text).toBe(status);
  return r;
}

async function createTenantWorld(name: string, gstin: string): Promise<TenantWorld> {
  const tenant = (
    await ok(h.request('POST', '/v1/tenants', { token: h.apiKey, body: { name, plan: 'standard' } }), 201)
  ).body.id as string;
  const on = (extra: RequestOptions = {}) => asAccountOn(tenant, extra);
  await ok(
    h.request('POST', '/v1/gstins', on({ body: { gstin, irp_username: 'api_user', irp_password: 'sandbox' } })),
    201,
  );
  // gstinSession's calls (credential, token) made on the tenant: the header only, its own Authorization kept.
  const onTenant = (o: RequestOptions = {}) => ({ ...o, headers: { ...(o.headers ?? {}), 'einvoice-tenant': tenant } });
  const session = await gstinSession({ ...h, request: (m, p, o = {}) => h.request(m, p, onTenant(o)) }, gstin);
  const cred = await ok(h.request('GET', `/v1/credentials/${session.clientId}`, on()));
  const endpoint = await ok(
    h.request('POST', '/v1/webhook-endpoints', on({ body: { url: 'http://127.0.0.1:9/hook', events: ['*'] } })),
    201,
  );
  const doc = await ok(h.request('POST', '/v1/irn', { token: session.token, body: invoice(gstin) }), 201);
  const clock = await ok(h.request('POST', '/v1/test_clocks', on({ body: { gstins: [gstin] } })), 201);
  const key = await ok(
    h.request('POST', '/v1/api-keys', on({ body: { name: `${name} sync`, permissions: ['read'] } })),
    201,
  );
  const deliveries = await waitForDeliveries(endpoint.body.id);
  const logs = await ok(h.request('GET', `/v1/logs?gstin=${gstin}&limit=5`, { token: h.apiKey }));
  return {
    tenant,
    gstin,
    clientId: session.clientId,
    secretId: cred.body.secrets[0].id,
    token: session.token,
    endpointId: endpoint.body.id,
    deliveryId: deliveries[0].id,
    logId: logs.body.data[0].id,
    clockId: clock.body.id,
    keyId: key.body.id,
    documentId: doc.body.id,
  };
}

/** The dispatcher fans the IRN's event out in the background: wait for the endpoint's delivery. */
async function waitForDeliveries(endpointId: string): Promise<any[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const r = await ok(h.request('GET', `/v1/webhook-deliveries?endpoint_id=${endpointId}`, { token: h.apiKey }));
    if (r.body.data.length > 0) return r.body.data;
    if (Date.now() > deadline) throw new Error(`no delivery for ${endpointId}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  h = await startHarness({ WEBHOOK_ALLOW_LOOPBACK: 'true' });
  platformEndpoint = (
    await ok(
      h.request('POST', '/v1/webhook-endpoints', {
        token: h.apiKey,
        body: { url: 'http://127.0.0.1:9/platform', events: ['*'] },
      }),
      201,
    )
  ).body.id;
  A = await createTenantWorld('Tenant A', GSTIN_A);
  B = await createTenantWorld('Tenant B', GSTIN_B);
  for (const permission of ['admin', 'read', 'documents'] as const) {
    const created = await ok(
      h.request('POST', '/v1/api-keys', {
        token: h.apiKey,
        body: { name: `A ${permission}`, tenant: A.tenant, permissions: [permission] },
      }),
      201,
    );
    keys[permission] = created.body.key;
  }
}, 120_000);
afterAll(() => h?.close());

const accountKeyOps = (): OperationInfo[] =>
  h.server.contract.operations.filter((o) => o.security.some((s) => s.scheme === 'accountKey'));

/** B's ids by path parameter; `absent` gives ids of the same shape that exist nowhere. */
function idsOf(w: TenantWorld | 'absent'): Record<string, string> {
  if (w === 'absent')
    return {
      gstin: '24AAACC1206D1ZM',
      client_id: 'cli_test_01ABSENTABSENTABSENTABSENT',
      secret_id: 'sec_01ABSENTABSENTABSENTABSENT',
      endpoint_id: 'we_01ABSENTABSENTABSENTABSENT',
      delivery_id: 'wd_01ABSENTABSENTABSENTABSENT',
      log_id: 'log_01ABSENTABSENTABSENTABSENT',
      test_clock_id: 'clock_01ABSENTABSENTABSENTABSE',
      tenant_id: 'ten_01ABSENTABSENTABSENTABSENT',
      key_id: 'key_test_01ABSENTABSENTABSENTAB',
      route: 'sandbox-a',
      link_id: 'onb_01ABSENTABSENTABSENTABSENT',
    };
  return {
    gstin: w.gstin,
    client_id: w.clientId,
    secret_id: w.secretId,
    endpoint_id: w.endpointId,
    delivery_id: w.deliveryId,
    log_id: w.logId,
    test_clock_id: w.clockId,
    tenant_id: w.tenant,
    key_id: w.keyId,
    route: 'sandbox-a',
    link_id: 'onb_01ABSENTABSENTABSENTABSENT',
  };
}

function pathFor(op: OperationInfo, ids: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const id = ids[name];
    if (!id) throw new Error(`${op.operationId}: no id for path parameter ${name}; add it to idsOf`);
    return encodeURIComponent(id);
  });
}

/** A valid body for each operation that takes one (the ids inside name B's resources where there are any). */
function bodyFor(op: OperationInfo, w: TenantWorld): unknown {
  const bodies: Record<string, unknown> = {
    registerGstin: { gstin: w.gstin, irp_username: 'api_user', irp_password: 'sandbox' },
    updateGstin: { description: 'renamed' },
    putGstinGspRoute: { irp_username: 'api_user', irp_password: 'sandbox' },
    createCredential: { scopes: ['read'] },
    addCredentialSecret: {},
    createWebhookEndpoint: { url: 'http://127.0.0.1:9/other', events: ['*'], gstins: [w.gstin] },
    updateWebhookEndpoint: { description: 'renamed' },
    rotateWebhookSecret: {},
    createTestClock: { gstins: [w.gstin] },
    advanceTestClock: { advance_by_seconds: 60 },
    createTenant: { name: 'Another' },
    updateTenant: { name: 'Renamed' },
    createApiKey: { name: 'cross', tenant: w.tenant, permissions: ['read'] },
    rollApiKey: {},
    createOnboardingLink: { gstin: w.gstin },
  };
  if (!op.requestBody) return undefined;
  if (!(op.operationId in bodies)) throw new Error(`${op.operationId}: add a body to bodyFor`);
  return bodies[op.operationId];
}

const hasPathIds = (op: OperationInfo) => /\{\w+\}/.test(op.path);
/** Creates that name nothing of B's (a new tenant): allowed, and nothing of B's can be in the answer. */
const NAMES_NOTHING_OF_B = new Set(['createTenant']);

/** An answer with each id replaced by its parameter's name and the request id dropped. */
function normalized(text: string, ids: Record<string, string>): string {
  let out = text.replace(/"request_id":"[^"]*"/, '');
  for (const [name, id] of Object.entries(ids)) out = out.split(id).join(`{${name}}`);
  return out;
}

/** The first of B's ids in an answer, other than those the request itself sent (a create naming B's GSTIN). */
function leaksB(text: string, sent: unknown): string | undefined {
  const ids = idsOf(B);
  const echoed = JSON.stringify(sent ?? null);
  return [ids.gstin, ids.client_id, ids.secret_id, ids.endpoint_id, ids.delivery_id, ids.log_id, ids.test_clock_id]
    .concat([B.tenant, B.keyId, B.documentId])
    .find((id) => text.includes(id!) && !echoed.includes(id!));
}

describe.each([
  ['a key restricted to tenant A', (extra: RequestOptions = {}) => asKey(keys.admin, extra)],
  ['the account key with Einvoice-Tenant: A', (extra: RequestOptions = {}) => asAccountOn(A.tenant, extra)],
])('with %s, every account-key operation against B', (_name, who) => {
  it("answers B's ids exactly as absent ones, and no list or create shows B's data", async () => {
    const ops = accountKeyOps();
    expect(ops.length).toBeGreaterThanOrEqual(40);
    const restricted = who().token !== h.apiKey;
    for (const op of ops) {
      const label = `${op.method.toUpperCase()} ${op.path} (${op.operationId})`;
      const body = bodyFor(op, B);
      const call = (path: string) => h.request(op.method.toUpperCase(), path, who(body === undefined ? {} : { body }));
      const res = await call(pathFor(op, idsOf(B)));
      // API keys are managed with the unrestricted key only: the same 403 whatever the id, so no oracle either.
      if (restricted && op.path.startsWith('/v1/api-keys')) {
        expect([res.status, res.body.code], label).toEqual([403, 'permission_denied']);
        continue;
      }
      if (hasPathIds(op)) {
        // Byte for byte the answer for ids that exist nowhere, once each id is replaced by its name.
        const absent = await call(pathFor(op, idsOf('absent')));
        // 404; or, for an operation this key may not call at all (a bound key and tenant changes), the same 403.
        const refused = restricted && res.body?.code === 'permission_denied';
        expect(res.status, `${label}: ${res.text}`).toBe(refused ? 403 : 404);
        expect(normalized(res.text, idsOf(B)), label).toBe(normalized(absent.text, idsOf('absent')));
        continue;
      }
      // A's own request log holds the calls A made above (B's ids in their paths and bodies): those rows are
      // A's. There, each row must be A's (checked below) and none of B's log rows may appear.
      if (!op.path.startsWith('/v1/logs'))
        expect(leaksB(res.text, body), `${label} leaked B: ${res.text}`).toBeUndefined();
      if (op.method === 'get') {
        expect(res.status, `${label}: ${res.text}`).toBe(200);
        const rows =
          res.body?.data ??
          res.text
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l));
        for (const row of Array.isArray(rows) ? rows : []) {
          if (row && typeof row === 'object' && 'tenant' in row) expect(row.tenant, label).toBe(A.tenant);
          expect(row?.id, label).not.toBe(B.logId);
        }
      } else if (!NAMES_NOTHING_OF_B.has(op.operationId)) {
        // A create naming B's GSTIN or tenant: refused (a GSTIN is unique within the account, so registering
        // B's again is a 409 that says nothing of B), never done.
        expect([403, 404, 409, 422], `${label}: ${res.text}`).toContain(res.status);
      }
    }
  }, 120_000);
});

describe("A's own resources stay reachable (the matrix's positive control)", () => {
  it('with the restricted key and with the account key + header', async () => {
    for (const who of [asKey(keys.admin), asAccountOn(A.tenant)]) {
      expect((await h.request('GET', `/v1/gstins/${A.gstin}`, who)).status).toBe(200);
      expect((await h.request('GET', `/v1/credentials/${A.clientId}`, who)).status).toBe(200);
      expect((await h.request('GET', `/v1/webhook-endpoints/${A.endpointId}`, who)).status).toBe(200);
      expect((await h.request('GET', `/v1/logs/${A.logId}`, who)).status).toBe(200);
      expect((await h.request('GET', `/v1/test_clocks/${A.clockId}`, who)).status).toBe(200);
      expect((await h.request('GET', `/v1/tenants/${A.tenant}`, who)).status).toBe(200);
      const gstins = await ok(h.request('GET', '/v1/gstins', who));
      expect(gstins.body.data.map((g: any) => [g.gstin, g.tenant])).toEqual([[A.gstin, A.tenant]]);
      const audit = await ok(h.request('GET', '/v1/audit-events?limit=100', who));
      expect(audit.body.data.length).toBeGreaterThan(0);
      expect(audit.body.data.every((e: any) => e.tenant === A.tenant)).toBe(true);
      expect(audit.body.data.map((e: any) => e.type)).toContain('gstin.registered');
      const logs = await ok(h.request('GET', '/v1/logs?limit=100', who));
      expect(logs.body.data.length).toBeGreaterThan(0);
      expect(logs.body.data.every((l: any) => l.tenant === A.tenant)).toBe(true);
      const deliveries = await ok(h.request('GET', '/v1/webhook-deliveries', who));
      expect(deliveries.body.data.map((d: any) => d.endpoint_id)).toEqual([A.endpointId]);
    }
  });

  it('the account key without a tenant sees both tenants, each item naming its tenant', async () => {
    const gstins = await ok(h.request('GET', '/v1/gstins', { token: h.apiKey }));
    expect(gstins.body.data.map((g: any) => [g.gstin, g.tenant]).sort()).toEqual(
      [
        [A.gstin, A.tenant],
        [B.gstin, B.tenant],
      ].sort(),
    );
    const endpoints = await ok(h.request('GET', '/v1/webhook-endpoints', { token: h.apiKey }));
    expect(endpoints.body.data.map((e: any) => [e.id, e.tenant]).sort()).toEqual(
      [
        [A.endpointId, A.tenant],
        [B.endpointId, B.tenant],
        [platformEndpoint, null],
      ].sort(),
    );
    const tokenLog = await ok(h.request('GET', `/v1/logs?gstin=${B.gstin}&operation=generateIrn`, { token: h.apiKey }));
    expect(tokenLog.body.data.map((l: any) => l.tenant)).toEqual([B.tenant]);
  });
});

describe('the tenant header', () => {
  it('naming another tenant with a key bound to A is answered as an unknown tenant', async () => {
    const other = await h.request('GET', '/v1/gstins', asKey(keys.admin, { headers: { 'einvoice-tenant': B.tenant } }));
    const unknown = await h.request('GET', '/v1/gstins', asAccountOn('ten_01ABSENTABSENTABSENTABSENT'));
    expect([other.status, other.body.code, other.body.title]).toEqual([404, 'tenant_not_found', unknown.body.title]);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'tenant_not_found']);
    expect(other.text).not.toContain('Tenant B');
  });

  it("is ignored with a GSTIN token, which acts for its GSTIN's tenant only", async () => {
    const res = await ok(
      h.request('GET', '/v1/logs?limit=100', { token: A.token, headers: { 'einvoice-tenant': B.tenant } }),
    );
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(res.body.data.every((l: any) => l.gstin === A.gstin && l.tenant === A.tenant)).toBe(true);
  });
});

describe('permissions', () => {
  const writes = () => accountKeyOps().filter((o) => o.method !== 'get');

  it('the permission table names every account-key operation of the spec', () => {
    const missing = accountKeyOps()
      .map((o) => o.operationId)
      .filter((id) => !(id in OPERATION_PERMISSIONS));
    expect(missing).toEqual([]);
  });

  it('a read-only key is refused every write with 403 permission_denied, and may read', async () => {
    for (const op of writes()) {
      const body = bodyFor(op, A);
      const res = await h.request(
        op.method.toUpperCase(),
        pathFor(op, idsOf(A)),
        asKey(keys.read, body === undefined ? {} : { body }),
      );
      expect([res.status, res.body.code], `${op.operationId}: ${res.text}`).toEqual([403, 'permission_denied']);
    }
    expect((await h.request('GET', `/v1/gstins/${A.gstin}`, asKey(keys.read))).status).toBe(200);
    const audit = await ok(h.request('GET', '/v1/audit-events?type=auth.forbidden&limit=100', { token: h.apiKey }));
    expect(audit.body.data.some((e: any) => e.data.reason === 'permission_denied')).toBe(true);
  });

  it('a documents key mints credentials for its GSTINs but administers no GSTIN or webhook', async () => {
    const administration = writes().filter(
      (o) => /^\/v1\/(gstins|webhook-)/.test(o.path) && !o.path.includes('/credentials'),
    );
    expect(administration.map((o) => o.operationId)).toEqual(expect.arrayContaining(['registerGstin', 'deleteGstin']));
    for (const op of administration) {
      const body = bodyFor(op, A);
      const res = await h.request(
        op.method.toUpperCase(),
        pathFor(op, idsOf(A)),
        asKey(keys.documents, body === undefined ? {} : { body }),
      );
      expect([res.status, res.body.code], `${op.operationId}: ${res.text}`).toEqual([403, 'permission_denied']);
      expect(res.body.permission).toBe('admin');
    }
    const created = await h.request(
      'POST',
      `/v1/gstins/${A.gstin}/credentials`,
      asKey(keys.documents, { body: { scopes: ['read'] } }),
    );
    expect(created.status, created.text).toBe(201);
    // The tenant's plan (standard) is the default of credentials created under its GSTINs.
    expect([created.body.plan, created.body.rate_limit_rps]).toEqual(['standard', 100]);
  });
});

describe('restricted keys', () => {
  const newKey = async (tenant: string | null = A.tenant) =>
    (
      await ok(
        h.request('POST', '/v1/api-keys', {
          token: h.apiKey,
          body: { name: 'short-lived', ...(tenant ? { tenant } : {}), permissions: ['read'] },
        }),
        201,
      )
    ).body;

  it('are stored hashed, shown once, and a revoked key fails on its very next call', async () => {
    const key = await newKey();
    expect(key.key).toMatch(/^rk_test_/);
    expect(key.last4).toBe(key.key.slice(-4));
    const read = await ok(h.request('GET', `/v1/api-keys/${key.id}`, { token: h.apiKey }));
    expect(read.text).not.toContain(key.key);
    expect((await h.request('GET', '/v1/gstins', asKey(key.key))).status).toBe(200);
    const revoked = await ok(h.request('DELETE', `/v1/api-keys/${key.id}`, { token: h.apiKey }));
    expect(revoked.body.revoked_at).not.toBeNull();
    const refused = await h.request('GET', '/v1/gstins', asKey(key.key));
    expect([refused.status, refused.body.code]).toEqual([401, 'invalid_token']);
    // Then gone, as a deleted resource is: get and a second revoke are 404.
    expect((await h.request('GET', `/v1/api-keys/${key.id}`, { token: h.apiKey })).status).toBe(404);
    expect((await h.request('DELETE', `/v1/api-keys/${key.id}`, { token: h.apiKey })).status).toBe(404);
    const audit = await ok(h.request('GET', '/v1/audit-events?limit=100', { token: h.apiKey }));
    const mine = audit.body.data.filter((e: any) => e.data.api_key_id === key.id).map((e: any) => e.type);
    expect(mine.sort()).toEqual(['api_key.created', 'api_key.revoked']);
  });

  it('roll: the old secret stops now by default, or after expires_in_seconds; revoking ends both', async () => {
    const key = await newKey();
    const rolled = await ok(h.request('POST', `/v1/api-keys/${key.id}/roll`, { token: h.apiKey, body: {} }));
    expect(rolled.body.id).toBe(key.id);
    expect((await h.request('GET', '/v1/gstins', asKey(key.key))).status).toBe(401);
    expect((await h.request('GET', '/v1/gstins', asKey(rolled.body.key))).status).toBe(200);
    const graced = await ok(
      h.request('POST', `/v1/api-keys/${key.id}/roll`, { token: h.apiKey, body: { expires_in_seconds: 3600 } }),
    );
    expect((await h.request('GET', '/v1/gstins', asKey(rolled.body.key))).status).toBe(200);
    expect((await h.request('GET', '/v1/gstins', asKey(graced.body.key))).status).toBe(200);
    const list = await ok(h.request('GET', '/v1/api-keys?limit=100', { token: h.apiKey }));
    expect(list.body.data.filter((k: any) => k.id === key.id)).toHaveLength(1);
    await ok(h.request('DELETE', `/v1/api-keys/${key.id}`, { token: h.apiKey }));
    expect((await h.request('GET', '/v1/gstins', asKey(rolled.body.key))).status).toBe(401);
    expect((await h.request('GET', '/v1/gstins', asKey(graced.body.key))).status).toBe(401);
  });

  it('record last_used_at, at most once a minute', async () => {
    const key = await newKey();
    expect(key.last_used_at).toBeNull();
    await ok(h.request('GET', '/v1/gstins', asKey(key.key)));
    const first = (await ok(h.request('GET', `/v1/api-keys/${key.id}`, { token: h.apiKey }))).body.last_used_at;
    expect(first).not.toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    await ok(h.request('GET', '/v1/gstins', asKey(key.key)));
    expect((await ok(h.request('GET', `/v1/api-keys/${key.id}`, { token: h.apiKey }))).body.last_used_at).toBe(first);
  });

  it('a key bound to a tenant cannot create tenants; an account key acting on A lists only A', async () => {
    const refused = await h.request('POST', '/v1/tenants', asKey(keys.admin, { body: { name: 'Sneaky' } }));
    expect([refused.status, refused.body.code]).toEqual([403, 'permission_denied']);
    const tenants = await ok(h.request('GET', '/v1/tenants', asAccountOn(A.tenant)));
    expect(tenants.body.data.map((t: any) => t.id)).toEqual([A.tenant]);
    const keysOfA = await ok(h.request('GET', '/v1/api-keys?limit=100', asAccountOn(A.tenant)));
    expect(keysOfA.body.data.length).toBeGreaterThan(0);
    expect(keysOfA.body.data.every((k: any) => k.tenant === A.tenant)).toBe(true);
  });
});

describe('webhooks', () => {
  it("a tenant's endpoint gets only its tenant's events; a platform endpoint gets all, with the tenant in the payload", async () => {
    const eventsOf = async (endpointId: string) =>
      (await ok(h.request('GET', `/v1/webhook-deliveries?endpoint_id=${endpointId}&limit=100`, { token: h.apiKey })))
        .body.data;
    const [ofA, ofB] = [await eventsOf(A.endpointId), await eventsOf(B.endpointId)];
    expect(ofA.map((d: any) => d.event_type)).toEqual(['irn.generated']);
    expect(ofB.map((d: any) => d.event_type)).toEqual(['irn.generated']);
    expect(ofA[0].event_id).not.toBe(ofB[0].event_id);
    const platform = await eventsOf(platformEndpoint);
    expect(platform.map((d: any) => d.event_id).sort()).toEqual([ofA[0].event_id, ofB[0].event_id].sort());
    const rows = await queryRawForTests(
      h.server.deps.storage,
      `select id, payload from outbox_events where id in ('${ofA[0].event_id}', '${ofB[0].event_id}')`,
    );
    const tenantOf = Object.fromEntries(
      rows.map((r) => [r.id, (typeof r.payload === 'string' ? JSON.parse(r.payload) : (r.payload as any)).tenant]),
    );
    expect(tenantOf).toEqual({ [ofA[0].event_id]: A.tenant, [ofB[0].event_id]: B.tenant });
  });
});
