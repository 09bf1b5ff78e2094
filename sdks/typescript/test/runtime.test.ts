// Unit tests of the runtime against an injected fetch: errors, idempotency, per-call options, throttling,
// status-aware back-off, token refresh, signing, pagination.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  API_VERSION,
  APIConnectionError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  Einvoice,
  EinvoiceAdmin,
  EinvoiceConfigError,
  EinvoiceError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  Throttle,
  TokenManager,
  Transport,
  UnprocessableEntityError,
} from '../src/index.js';

type Seen = { method: string; url: string; headers: Headers; body: string | undefined; at: number };
function mockFetch(answer: (req: Seen, i: number) => Response | Promise<Response>) {
  const seen: Seen[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    const req = {
      method: init.method ?? 'GET',
      url,
      headers: new Headers(init.headers),
      body: init.body as string | undefined,
      at: Date.now(),
    };
    seen.push(req);
    if (init.signal?.aborted) throw init.signal.reason;
    return new Promise<Response>((resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      Promise.resolve(answer(req, seen.length - 1)).then(resolve, reject);
    });
  }) as unknown as typeof fetch;
  return { seen, fetch: fetchImpl };
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
const token = () => json(200, { access_token: 'at_1', token_type: 'Bearer', expires_in: 900, scope: 'read' });
const problem = (status: number, extra: Record<string, unknown> = {}) =>
  json(
    status,
    { type: 'https://einvoice.dev/problems/x', title: 'T', status, request_id: 'req_body', ...extra },
    { 'x-request-id': 'req_hdr' },
  );

function client(answer: (req: Seen, i: number) => Response | Promise<Response>, extra: Record<string, unknown> = {}) {
  const m = mockFetch((req, i) => (req.url.endsWith('/v1/oauth/token') ? token() : answer(req, i)));
  const c = new Einvoice({
    clientId: 'cli',
    clientSecret: 'sec',
    baseUrl: 'http://api.test',
    fetch: m.fetch,
    random: () => 1 - 1e-9,
    ...extra,
  });
  return { c, seen: m.seen, targets: () => m.seen.filter((s) => !s.url.includes('/oauth/')) };
}

describe('errors', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [413, APIError],
  ] as const)('%i -> %o, with status, request id, headers, problem and gstn errors', async (status, Class) => {
    const { c } = client(() => problem(status, { code: 'some_code', gstn_errors: [{ code: '2172', message: 'm' }] }), {
      maxRetries: 0,
    });
    const err = (await c.irn.get('a'.repeat(64)).catch((e) => e)) as EinvoiceError;
    expect(err).toBeInstanceOf(Class);
    expect(err).toBeInstanceOf(EinvoiceError);
    expect(err.status).toBe(status);
    expect(err.requestId).toBe('req_hdr');
    expect(err.headers?.get('x-request-id')).toBe('req_hdr');
    expect(err.problem?.title).toBe('T');
    expect(err.code).toBe('some_code');
    expect(err.gstnErrors).toEqual([{ code: '2172', message: 'm' }]);
  });
  it('connection errors are APIConnectionError with no status, after the retries', async () => {
    const { c, targets } = client(() => Promise.reject(new TypeError('fetch failed')), { maxRetries: 1 });
    const err = (await c.irn.get('a'.repeat(64)).catch((e: unknown) => e)) as EinvoiceError;
    expect(err).toBeInstanceOf(APIConnectionError);
    expect(err.status).toBeUndefined();
    expect(targets()).toHaveLength(2);
  });
  it('unknown fields and enum values pass through untouched', async () => {
    const { c } = client(() => json(200, { status: 'archived', brand_new_field: { x: 1 } }));
    expect(await c.irn.get('a'.repeat(64))).toMatchObject({ status: 'archived', brand_new_field: { x: 1 } });
  });
});

describe('configuration errors', () => {
  const env = (vars: Record<string, string | undefined>) => {
    for (const name of ['EINVOICE_API_KEY', 'EINVOICE_CLIENT_ID', 'EINVOICE_CLIENT_SECRET', 'EINVOICE_BASE_URL'])
      vi.stubEnv(name, vars[name]);
  };
  const configError = (build: () => unknown) => {
    try {
      build();
    } catch (e) {
      return e as EinvoiceConfigError;
    }
    throw new Error('the constructor did not throw');
  };
  afterEach(() => vi.unstubAllEnvs());

  it('EinvoiceAdmin without apiKey or EINVOICE_API_KEY throws EinvoiceConfigError naming both, before any request', () => {
    env({});
    const m = mockFetch(() => json(200, {}));
    const err = configError(() => new EinvoiceAdmin({ baseUrl: 'http://api.test', fetch: m.fetch }));
    expect(err).toBeInstanceOf(EinvoiceConfigError);
    expect(err).toBeInstanceOf(EinvoiceError);
    expect(err.name).toBe('EinvoiceConfigError');
    expect(err.message).toBe('EinvoiceAdmin needs the account API key: pass apiKey (or set EINVOICE_API_KEY)');
    expect(err.option).toBe('apiKey');
    expect(err.status).toBeUndefined();
    expect(m.seen).toHaveLength(0);
    env({ EINVOICE_API_KEY: 'sk_test_env' });
    expect(new EinvoiceAdmin({ baseUrl: 'http://api.test' })).toBeInstanceOf(EinvoiceAdmin);
  });

  it('Einvoice without a complete GSTIN credential throws EinvoiceConfigError naming what is missing', () => {
    env({});
    const none = configError(() => new Einvoice({ baseUrl: 'http://api.test' }));
    expect(none).toBeInstanceOf(EinvoiceConfigError);
    expect(none.message).toBe(
      'Einvoice needs a GSTIN credential: pass clientId and clientSecret (or set EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET)',
    );
    const noSecret = configError(() => new Einvoice({ clientId: 'cli', baseUrl: 'http://api.test' }));
    expect([noSecret.option, noSecret.message]).toEqual([
      'clientSecret',
      'Einvoice needs clientSecret (or EINVOICE_CLIENT_SECRET) with its clientId',
    ]);
    env({ EINVOICE_CLIENT_SECRET: 'sec' });
    expect(new Einvoice({ clientId: 'cli', baseUrl: 'http://api.test' })).toBeInstanceOf(Einvoice);
    const a = new Einvoice({ clientId: 'cli', clientSecret: 'sec', baseUrl: 'http://api.test' });
    env({});
    expect(configError(() => a.forGstin('27AAPFU0939F1ZV', { clientId: 'cli_b', clientSecret: '' }))).toBeInstanceOf(
      EinvoiceConfigError,
    );
  });

  it.each([
    [{ baseUrl: 'api.einvoice.dev' }, 'baseUrl', /^baseUrl \(or EINVOICE_BASE_URL\) must be an http\(s\) URL/],
    [{ baseUrl: 'ftp://api.test' }, 'baseUrl', /got "ftp:\/\/api.test"/],
    [{ maxRetries: -1 }, 'maxRetries', /^maxRetries must be a whole number >= 0; got -1$/],
    [{ timeout: -5 }, 'timeout', /^timeout must be a positive number of milliseconds; got -5$/],
    [{ timeout: 0 }, 'timeout', /got 0$/],
  ] as const)('invalid option %o -> EinvoiceConfigError(%s)', (options, option, message) => {
    env({});
    const err = configError(() => new EinvoiceAdmin({ apiKey: 'sk_test_1', baseUrl: 'http://api.test', ...options }));
    expect(err).toBeInstanceOf(EinvoiceConfigError);
    expect(err.option).toBe(option);
    expect(err.message).toMatch(message);
  });

  it('a bad EINVOICE_BASE_URL is a configuration error too', () => {
    env({ EINVOICE_BASE_URL: 'not a url' });
    const err = configError(() => new Einvoice({ clientId: 'cli', clientSecret: 'sec' }));
    expect([err.constructor, err.option]).toEqual([EinvoiceConfigError, 'baseUrl']);
  });
});

describe('idempotency and per-call options', () => {
  it('one generated key per logical POST, reused on retries; a new call gets a new key; GETs get none', async () => {
    const { c, targets } = client((_r, i) => (i % 2 === 1 ? problem(503) : json(201, { id: 'doc_1' })), {
      statusAwareBackoff: false,
    });
    await c.irn.generate({} as never);
    await c.irn.generate({} as never);
    const keys = targets()
      .filter((t) => t.method === 'POST')
      .map((t) => t.headers.get('idempotency-key'));
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).toBe(keys[3]);
    expect(keys[0]).not.toBe(keys[2]);
    await c.irn.get('a'.repeat(64));
    expect(targets().at(-1)!.headers.has('idempotency-key')).toBe(false);
  });
  it('caller key, headers, maxRetries and timeout per call', async () => {
    const { c, targets } = client(() => problem(500));
    await c.irn
      .generate({} as never, { idempotencyKey: 'mine', headers: { 'x-extra': '1' }, maxRetries: 0, waitSeconds: 5 })
      .catch(() => undefined);
    expect(targets()).toHaveLength(1);
    expect(targets()[0]!.headers.get('idempotency-key')).toBe('mine');
    expect(targets()[0]!.headers.get('x-extra')).toBe('1');
    expect(targets()[0]!.headers.get('prefer')).toBe('wait=5');
  });
  it('the same body bytes are sent on every attempt', async () => {
    const { c, targets } = client((_r, i) => (i === 1 ? problem(502) : json(201, {})), { statusAwareBackoff: false });
    await c.irn.generate({ b: 1, a: [2] } as never);
    expect(new Set(targets().map((t) => t.body)).size).toBe(1);
  });
  it('AbortSignal cancels a call (no retries) with APIUserAbortError', async () => {
    const { c } = client(() => new Promise(() => undefined));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(c.irn.get('a'.repeat(64), { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
  });
  it('x-should-retry: false stops retries of a 503', async () => {
    const { c, targets } = client(() => problem(503, {}), { statusAwareBackoff: false });
    const answer = targets;
    await c.status.get().catch(() => undefined);
    expect(answer().length).toBe(3);
    const second = client(() => new Response('{}', { status: 503, headers: { 'x-should-retry': 'false' } }), {
      statusAwareBackoff: false,
    });
    await second.c.status.get().catch(() => undefined);
    expect(second.targets()).toHaveLength(1);
  });
});

describe('raw responses and pagination', () => {
  it('withResponse gives the parsed body and the Response', async () => {
    const { c } = client(() => json(200, { Irn: 'x' }, { 'idempotent-replayed': 'true' }));
    const { data, response } = await c.irn.generate({} as never).withResponse();
    expect(data.Irn).toBe('x');
    expect(response.headers.get('idempotent-replayed')).toBe('true');
  });
  it('for await walks every page with starting_after', async () => {
    const pages: Record<string, unknown> = {
      '': { object: 'list', data: [{ id: 1 }, { id: 2 }], has_more: true, next_cursor: 'c2' },
      c2: { object: 'list', data: [{ id: 3 }], has_more: false, next_cursor: null },
    };
    const { c, targets } = client((req) => json(200, pages[new URL(req.url).searchParams.get('starting_after') ?? '']));
    const ids: unknown[] = [];
    for await (const d of c.documents.list({ limit: 2 })) ids.push((d as unknown as { id: number }).id);
    expect(ids).toEqual([1, 2, 3]);
    expect(new URL(targets()[1]!.url).searchParams.get('limit')).toBe('2');
    const first = await c.documents.list();
    expect(first.hasNextPage()).toBe(true);
  });
});

describe('auth', () => {
  it('token fetched once with Basic auth, reused, refreshed before expiry in a single flight', async () => {
    let now = 1_000_000;
    let issued = 0;
    const m = mockFetch((req) => {
      if (req.url.endsWith('/v1/oauth/token')) {
        expect(req.headers.get('authorization')).toBe(`Basic ${Buffer.from('cli:sec').toString('base64')}`);
        expect(req.body).toBe('grant_type=client_credentials');
        return json(200, { access_token: `at_${++issued}`, token_type: 'Bearer', expires_in: 900, scope: 'read' });
      }
      return json(200, {});
    });
    const tokens = new TokenManager(
      new Transport({ baseUrl: 'http://api.test', fetch: m.fetch }),
      { clientId: 'cli', clientSecret: 'sec' },
      () => now,
    );
    expect(await Promise.all([tokens.token(), tokens.token(), tokens.token()])).toEqual(['at_1', 'at_1', 'at_1']);
    now += 839_000; // 61 s before expiry: still fresh
    expect(await tokens.token()).toBe('at_1');
    now += 2_000; // 59 s before expiry: refreshed early, once
    expect(await Promise.all([tokens.token(), tokens.token()])).toEqual(['at_2', 'at_2']);
    expect(tokens.requests).toBe(2);
  });
  it('admin client sends the account key as a bearer token', async () => {
    const m = mockFetch(() => json(200, { object: 'list', data: [], has_more: false, next_cursor: null }));
    const admin = new EinvoiceAdmin({ apiKey: 'sk_test_1', baseUrl: 'http://api.test', fetch: m.fetch });
    await admin.gstins.list();
    expect(m.seen[0]!.headers.get('authorization')).toBe('Bearer sk_test_1');
  });
});

describe('throttling and status-aware back-off', () => {
  it('waits for X-RateLimit-Reset when X-RateLimit-Remaining is 0', async () => {
    const { c, targets } = client(() =>
      json(200, {}, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1', 'x-ratelimit-limit': '10' }),
    );
    await c.irn.get('a'.repeat(64));
    await c.irn.get('a'.repeat(64));
    const [a, b] = targets();
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(950);
  });
  it('Throttle ignores responses with requests left', () => {
    const t = new Throttle(() => 0);
    t.update(new Headers({ 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': '1' }));
    expect(t.waitMs()).toBe(0);
    t.update(new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2' }));
    expect(t.waitMs()).toBe(2000);
  });
  it('polls GET /v1/status while the IRP is down, without spending retries', async () => {
    let statusCalls = 0;
    const { c, seen } = client(
      (req, i) => {
        if (req.url.endsWith('/v1/status'))
          return json(200, { status: ++statusCalls < 3 ? 'down' : 'operational', irps: [] });
        return i === 1 ? problem(503) : json(201, { ok: true });
      },
      { maxRetries: 1, statusAwareBackoff: { pollIntervalMs: 50 } },
    );
    expect(await c.irn.generate({} as never)).toEqual({ ok: true });
    expect(statusCalls).toBe(3);
    expect(seen.filter((s) => s.url.endsWith('/v1/irn'))).toHaveLength(2);
  });
});

describe('request signing (opt-in)', () => {
  it('adds Content-Digest, Signature-Input and Signature when signingKey is set', async () => {
    const { c, targets } = client(() => json(201, {}), {
      signingKey: { keyId: 'k1', secret: Buffer.from('secret').toString('base64') },
    });
    await c.irn.generate({ a: 1 } as never);
    const h = targets()[0]!.headers;
    expect(h.get('content-digest')).toMatch(/^sha-256=:.+:$/);
    expect(h.get('signature-input')).toMatch(
      /^sig1=\("@method" "@target-uri" "content-digest"\);created=\d+;keyid="k1";alg="hmac-sha256"$/,
    );
    expect(h.get('signature')).toMatch(/^sig1=:.+:$/);
  });
});

describe('dated API version (Einvoice-Version)', () => {
  it('sends the version this SDK was generated for on every request, the token request included', async () => {
    const { c, seen } = client(() => json(200, { irn: 'x' }));
    await c.irn.get('a'.repeat(64));
    expect(API_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(seen.map((s) => s.headers.get('einvoice-version'))).toEqual([API_VERSION, API_VERSION]);
  });

  it('pins another version per client (apiVersion) and per request (headers)', async () => {
    const { c, targets } = client(() => json(200, { irn: 'x' }), { apiVersion: '2026-12-01' });
    await c.irn.get('a'.repeat(64));
    await c.irn.get('a'.repeat(64), { headers: { 'Einvoice-Version': API_VERSION } });
    expect(targets().map((s) => s.headers.get('einvoice-version'))).toEqual(['2026-12-01', API_VERSION]);
  });
});

describe('acting for a tenant (Einvoice-Tenant)', () => {
  const page = () => json(200, { object: 'list', data: [], has_more: false, next_cursor: null });
  function admin(extra: Record<string, unknown> = {}) {
    const m = mockFetch(() => page());
    const a = new EinvoiceAdmin({ apiKey: 'sk_test_platform', baseUrl: 'http://api.test', fetch: m.fetch, ...extra });
    return { a, tenants: () => m.seen.map((s) => s.headers.get('einvoice-tenant')), seen: m.seen };
  }

  it('sends no tenant unless one is set: the account key acts on the account itself', async () => {
    const { a, tenants } = admin();
    await a.gstins.list();
    expect(tenants()).toEqual([null]);
  });

  it("sends the client's tenant on every call, and a call's tenant option wins for that call only", async () => {
    const { a, tenants, seen } = admin({ tenant: 'ten_01JF3Q8Z5XACME' });
    await a.gstins.list();
    await a.gstins.get('29AAGCB1286Q000', { tenant: 'ten_01JF3Q8Z5XOTHER' });
    await a.webhookEndpoints.create({ url: 'https://example.com/hook' } as never, { tenant: 'ten_01JF3Q8Z5XOTHER' });
    await a.gstins.list();
    expect(tenants()).toEqual([
      'ten_01JF3Q8Z5XACME',
      'ten_01JF3Q8Z5XOTHER',
      'ten_01JF3Q8Z5XOTHER',
      'ten_01JF3Q8Z5XACME',
    ]);
    expect(seen[2]!.method).toBe('POST');
  });

  it('a call can act for a tenant on a client without one, and the header option beats a raw header', async () => {
    const { a, tenants } = admin({ defaultHeaders: { 'Einvoice-Tenant': 'ten_fromheaders' } });
    await a.gstins.list({}, { tenant: 'ten_fromoption' });
    await a.gstins.list();
    expect(tenants()).toEqual(['ten_fromoption', 'ten_fromheaders']);
  });

  it('refuses a malformed tenant before sending anything', async () => {
    for (const bad of ['acme', 'ten_', 'ten_a-b', ' ten_abc', 'TEN_abc', '', 42]) {
      expect(() => admin({ tenant: bad })).toThrow(EinvoiceConfigError);
    }
    const { a, seen } = admin({ tenant: 'ten_ok1' });
    const error = await a.gstins.get('29AAGCB1286Q000', { tenant: 'ten_a/../b' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EinvoiceConfigError);
    expect((error as EinvoiceConfigError).option).toBe('tenant');
    expect((error as Error).message).toContain('ten_a/../b');
    expect(seen).toHaveLength(0);
  });
});
