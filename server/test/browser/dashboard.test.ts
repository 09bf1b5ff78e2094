// The dashboard in a real browser (Debian's Chromium through playwright-core) against a live sandbox server:
// sign-in, the request log, the DLQ replay, credential rotation, the playbook, documents with a scannable QR,
// the public status page; hostile data rendered as text; another account's ids answered 404 on every page
// and action; CSRF, session expiry, sign-out; axe-core on every page at 1280 and 390 px.
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountPrincipal } from '../../src/app/principal.js';
import { createSignInLink } from '../../src/app/usecases/dashboard-sessions.js';
import { deprecatedUsage } from '../../src/app/usecases/deprecated-usage.js';
import { csrfOf, expectAccessible, launch, newContext, screenshot, signIn } from './browser.js';
import { HOSTILE, OTHER_SELLER, SELLER, type Seeded, seed } from './seed.js';

// jsqr is CommonJS whose module.exports is the function itself.
const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;

let s: Seeded;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [s, browser] = await Promise.all([seed(), launch()]);
  context = await newContext(browser, s.h.url);
  page = await context.newPage();
  await signIn(page, s.a.apiKey);
});

afterAll(async () => {
  await browser?.close();
  await s?.receiver.close();
  await s?.h.close();
});

describe('dashboard in Chromium', () => {
  it('signs in with the API key into a HttpOnly, SameSite=Strict session cookie; the overview counts today', async () => {
    const cookie = (await context.cookies()).find((c) => c.name === 'einvoice_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false, path: '/' });
    const main = page.locator('main');
    await expect.poll(() => main.getByText('IRNs generated today').locator('xpath=..').textContent()).toContain('3'); // 2 invoices, 1 note
    const csp = (await page.request.get('/dashboard')).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    await screenshot(page, 'overview');
  });

  it("lists the account's deprecated usage on the overview: what, how often, sunset, migration guide", async () => {
    await page.goto('/dashboard');
    const rows = page.getByRole('region', { name: 'Deprecated API usage' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const table: string[][] = [];
    for (const row of await rows.all()) table.push(await row.locator('td').allTextContents());
    // What, count, sunset (the last-used time aside); sorted by sunset, then count: all end on 2027-03-05.
    const summary = table.map(([what, count, , sunset]) => [what, count, sunset]);
    expect(summary).toEqual([
      [
        expect.stringMatching(/^Operation getGstinDetailsUse instead: getTaxpayer \(GET \/v1\/taxpayers\/\{gstin\}/),
        '2',
        '2027-03-05',
      ],
      [
        expect.stringMatching(
          /^(API version 2026-12-01|Request field createToken\.client_secretUse instead: HTTP Basic)/,
        ),
        '1',
        '2027-03-05',
      ],
      [
        expect.stringMatching(
          /^(API version 2026-12-01|Request field createToken\.client_secretUse instead: HTTP Basic)/,
        ),
        '1',
        '2027-03-05',
      ],
    ]);
    expect(new Set(summary.map(([what]) => what!.split(' ')[0]))).toEqual(new Set(['Operation', 'API', 'Request']));
    expect(table.every((cells) => /IST$/.test(cells[2]!))).toBe(true);
    expect(await page.getByRole('link', { name: 'Migration guide for getGstinDetails' }).getAttribute('href')).toBe(
      'https://einvoice.dev/docs/migrations/get-gstin-details',
    );
    expect(await page.getByRole('link', { name: 'Migration guide for 2026-12-01' }).getAttribute('href')).toBe(
      'https://einvoice.dev/docs/migrations/upgrade-from-2026-12-01',
    );
    // Account B used nothing deprecated: A's usage is not counted for it.
    expect(
      await deprecatedUsage(s.h.server.deps, accountPrincipal({ id: s.b.accountId, environment: 'sandbox' }, 'key_b')),
    ).toEqual([]);
  });

  it('finds the failed request by GSTIN and status, opens it: NIC 2172, latency bar, redacted bodies', async () => {
    await page.goto('/dashboard/logs');
    await page.getByLabel('GSTIN', { exact: true }).fill(SELLER);
    await page.locator('select[name=status]').selectOption('4xx');
    await page.getByRole('button', { name: 'Filter' }).click();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2); // the 422 and the 400
    await page.locator(`a[href="/dashboard/logs/${s.failedLogId}"]`).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('POST /v1/irn');
    expect(await page.getByLabel('Response body').textContent()).toContain('"2172"');
    expect(await page.locator('svg.bars[role=img]').getAttribute('aria-label')).toMatch(/total [\d.]+ ms/);
    await screenshot(page, 'request-log-detail');
    const exported = await page.request.get(`/dashboard/logs/export.ndjson?gstin=${SELLER}&status=4xx`);
    const lines = (await exported.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.status).sort()).toEqual([400, 422]);
    expect(lines.every((l) => l.gstin === SELLER && 'request_body' in l)).toBe(true);
  });

  it('opens the playbook for the code: hint, affected GSTIN, a link back to the failed request', async () => {
    await page.goto(`/dashboard/logs/${s.failedLogId}`);
    await page.getByRole('link', { name: 'Playbook for 2172' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('NIC error 2172');
    expect(await page.locator('main').textContent()).toContain('CGST + SGST');
    expect(await page.locator('main').textContent()).toContain(SELLER);
    expect(await page.locator(`a[href="/dashboard/logs/${s.failedLogId}"]`).count()).toBe(1);
    await page.goto('/dashboard/playbook');
    expect(await page.locator('table').textContent()).toContain('2172');
    // Hints as the errors carried them, placeholders filled (the catalogue's read "tolerance +/-{2}").
    expect(await page.locator('table').textContent()).not.toMatch(/\{\d\}/);
    await screenshot(page, 'playbook', 'viewport');
    expect((await page.request.get('/dashboard/playbook/2228')).status()).toBe(200); // catalogue, never seen
    expect((await page.request.get('/dashboard/playbook/nope')).status()).toBe(404);
  });

  it('replays the dead webhook from the DLQ and the receiver gets it', async () => {
    s.receiver.respond = () => ({ status: 200, body: 'ok' });
    const before = s.receiver.received.length;
    await page.goto('/dashboard/webhooks');
    await screenshot(page, 'dead-letter-queue');
    await page.getByLabel(`Select ${s.deadDeliveryId}`).check();
    await page.getByRole('button', { name: 'Replay selected' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Replaying 1 delivery');
    await expect.poll(() => s.receiver.received.length, { timeout: 20_000 }).toBeGreaterThan(before);
    await expect
      .poll(
        async () => {
          await page.goto('/dashboard/webhooks?status=succeeded');
          return page.locator('tbody').last().textContent();
        },
        { timeout: 20_000 },
      )
      .toContain(s.deadDeliveryId);
  });

  it('filters deliveries by event type, together with status and endpoint', async () => {
    const events = async () => {
      const cells = await page
        .getByRole('region', { name: 'Deliveries', exact: true })
        .locator('tbody tr td:nth-child(2)')
        .allTextContents();
      return [...new Set(cells)].sort();
    };
    await page.goto('/dashboard/webhooks');
    expect(await events()).toEqual(['irn.generated', 'note.generated']);
    const filters = page.getByRole('form', { name: 'Filter deliveries' });
    await filters.getByLabel('Event').selectOption('note.generated');
    await filters.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('note.generated');
    expect(await events()).toEqual(['note.generated']);
    expect(await filters.getByLabel('Event').inputValue()).toBe('note.generated');
    await filters.getByLabel('Event').selectOption('irn.generated');
    await filters.getByLabel('Status').selectOption('succeeded');
    await filters.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('irn.generated');
    // Only the replayed irn.generated delivery succeeded (the receiver answered 503 before the replay).
    const rows = page.getByRole('region', { name: 'Deliveries', exact: true }).locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await events()).toEqual(['irn.generated']);
    expect(await rows.first().textContent()).toContain('succeeded');
    // An event type that is not one of the catalogue's is ignored, not passed to storage.
    expect((await page.request.get('/dashboard/webhooks?event=%27%3Bdrop')).status()).toBe(200);
  });

  it('adds a webhook endpoint, rotates its secret with a grace period and disables it', async () => {
    await page.goto('/dashboard/webhooks');
    const form = page.getByRole('form', { name: 'Add an endpoint' });
    await form.getByLabel('Endpoint URL').fill(`${s.receiver.url}/new`);
    await form.getByLabel('Description').fill('from the dashboard');
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    const first = (await page.locator('#new-secret').textContent())!;
    expect(first).toMatch(/^whsec_/);
    const card = page.getByRole('region', { name: `Endpoint ${s.receiver.url}/new` });
    await card.getByLabel('Old secret valid for').selectOption('3600');
    await card.getByRole('button', { name: 'Rotate secret' }).click();
    const second = (await page.locator('#new-secret').textContent())!;
    expect(second).toMatch(/^whsec_/);
    expect(second).not.toBe(first);
    const deps = s.h.server.deps;
    const stored = (await deps.storage.webhookEndpoints.list(s.h.accountId, { limit: 100 })).items.find(
      (e) => e.url === `${s.receiver.url}/new`,
    )!;
    expect(deps.box.open(stored.secretEnc)).toBe(second);
    expect(deps.box.open(stored.previousSecretEnc!)).toBe(first);
    const graceMs = stored.previousSecretExpiresAt!.getTime() - Date.now();
    expect(graceMs).toBeGreaterThan(3_000_000);
    expect(graceMs).toBeLessThanOrEqual(3_600_000);
    // Edit: URL, description and events in one form.
    const edit = page.getByRole('region', { name: `Endpoint ${s.receiver.url}/new` });
    await edit.getByText('Edit').click();
    await edit.getByLabel('URL', { exact: true }).fill(`${s.receiver.url}/edited`);
    await edit.getByLabel('Description').fill('edited in the dashboard');
    await edit.getByLabel('All events').uncheck();
    await edit.getByLabel('irn.cancelled').check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('saved');
    expect(await deps.storage.webhookEndpoints.get(s.h.accountId, stored.id)).toMatchObject({
      url: `${s.receiver.url}/edited`,
      description: 'edited in the dashboard',
      events: ['irn.cancelled'],
    });
    await page
      .getByRole('region', { name: `Endpoint ${s.receiver.url}/edited` })
      .getByRole('button', { name: 'Disable' })
      .click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('disabled');
    expect((await deps.storage.webhookEndpoints.get(s.h.accountId, stored.id))?.enabled).toBe(false);
    // The contract's schema guards the form: an event type the API does not know is refused, nothing stored.
    const csrf = await csrfOf(page);
    const bad = await page.request.post('/dashboard/webhooks/endpoints', {
      form: { csrf, url: `${s.receiver.url}/bad`, events: 'no.such_event' },
      headers: { origin: s.h.url },
    });
    expect(bad.status()).toBe(400);
    expect((await deps.storage.webhookEndpoints.list(s.h.accountId, { limit: 100 })).items).toHaveLength(2);
  });

  it('creates a credential whose secret, shown once, gets a token', async () => {
    await page.goto(`/dashboard/credentials?gstin=${SELLER}`);
    const form = page.getByRole('form', { name: 'Create a credential' });
    await form.getByLabel('Name').fill('made in the dashboard');
    await form.getByRole('button', { name: 'Create credential' }).click();
    const secret = (await page.locator('#shown-secret').textContent())!;
    const clientId = (await page.getByText(/^Credential cli_test_\w+ created/).textContent())!.split(' ')[1]!;
    const res = await s.h.request('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials' },
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
    });
    expect(res.status).toBe(200);
    expect(res.body.scope.split(' ').sort()).toEqual(['irn:write', 'notes:write', 'read']);
  });

  it('rotates a credential: a second secret shown once works, the old one is revoked', async () => {
    await page.goto(`/dashboard/credentials?gstin=${SELLER}`);
    await page
      .getByRole('region', { name: `Credential ${s.a.clientId}` })
      .getByRole('button', { name: 'Add a second secret' })
      .click();
    const secret = (await page.locator('#shown-secret').textContent())!;
    expect(secret).toMatch(/^cs_test_/);
    const token = async (clientSecret: string) =>
      (
        await s.h.request('POST', '/v1/oauth/token', {
          form: { grant_type: 'client_credentials' },
          headers: { authorization: `Basic ${Buffer.from(`${s.a.clientId}:${clientSecret}`).toString('base64')}` },
        })
      ).status;
    expect(await token(secret)).toBe(200);
    const oldPrefix = s.a.clientSecret.slice(0, 12);
    await page.getByRole('button', { name: `Revoke secret ${oldPrefix}` }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Secret revoked');
    expect(await token(s.a.clientSecret)).toBe(401);
    expect(await token(secret)).toBe(200);
    expect(await page.locator('table').last().textContent()).toContain('credential.secret_revoked');
    await page.reload();
    expect(await page.locator('#shown-secret').count()).toBe(0); // shown once
  });

  it("renders the document's signed QR code, which decodes back to the same JWT; the signed invoice downloads", async () => {
    // A phone camera sees more pixels than a 1x screenshot: scan at 3x, as a printed or on-screen code is read.
    const sharp = await browser.newContext({
      baseURL: s.h.url,
      deviceScaleFactor: 3,
      storageState: await context.storageState(),
    });
    const scan = await sharp.newPage();
    await scan.goto(`/dashboard/documents/${SELLER}/${s.a.docId}`);
    const png = PNG.sync.read(await screenshot(scan, 'document-qr', '#signed-qr svg'));
    await sharp.close();
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(s.a.qr);
    await page.goto(`/dashboard/documents/${SELLER}/${s.a.docId}`);
    await screenshot(page, 'document');
    const jwt = await page.request.get(`/dashboard/documents/${SELLER}/${s.a.docId}/signed-invoice.jwt`);
    expect(await jwt.text()).toBe(s.a.signedInvoice);
    await page.goto(`/dashboard/documents?gstin=${SELLER}&q=${s.a.irn}`);
    expect(await page.locator('tbody tr').count()).toBe(1);
    // By number (part of it, any case), and by status.
    await page.goto(`/dashboard/documents?gstin=${SELLER}&q=${encodeURIComponent(s.a.docNo.slice(4).toLowerCase())}`);
    expect(await page.locator('tbody a').allTextContents()).toEqual([`INV ${s.a.docNo}`]);
    await page.goto(`/dashboard/documents?gstin=${SELLER}&status=cancelled`);
    expect(await page.locator('tbody tr').count()).toBe(0);
  });

  it('lists the credit note issued against an invoice in its lifecycle, and the note links back to it', async () => {
    await page.goto(`/dashboard/documents/${SELLER}/${s.a.docId}`);
    const lifecycle = page.locator('ol.timeline');
    const noteLink = lifecycle.getByRole('link', { name: s.a.noteNo });
    expect(await noteLink.getAttribute('href')).toBe(`/dashboard/documents/${SELLER}/${s.a.noteId}`);
    expect(await noteLink.locator('xpath=..').textContent()).toMatch(
      /^Credit note CN\/\d{6} of \d{2}\/\d{2}\/\d{4} \(generated, value \d+\.\d{2}\)$/,
    );
    await noteLink.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`CRN ${s.a.noteNo}`);
    const back = page.locator('ol.timeline').getByRole('link', { name: s.a.docNo });
    expect(await back.locator('xpath=..').textContent()).toContain('Issued against invoice');
    await back.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`INV ${s.a.docNo}`);
    // Another invoice of the same GSTIN has no notes.
    await page.goto(`/dashboard/documents/${SELLER}/${s.hostileDocId}`);
    expect(await page.locator('ol.timeline').textContent()).not.toContain('Credit note');
  });

  it('shows hostile invoice text as text: no script runs, no element is injected', async () => {
    await page.goto(`/dashboard/documents/${SELLER}/${s.hostileDocId}`);
    const main = page.locator('main');
    expect(await main.textContent()).toContain(HOSTILE.script);
    expect(await main.textContent()).toContain(HOSTILE.img);
    expect(await main.locator('script, img').count()).toBe(0);
    await page.goto(`/dashboard/logs?gstin=${SELLER}&status=400`);
    await page.locator('tbody a').first().click();
    const body = (await page.getByLabel('Request body').textContent())!;
    expect(body).toContain(HOSTILE.quoteImg.replace(/"/g, '\\"'));
    await page.goto(`/dashboard/logs?gstin=${SELLER}&status=2xx`);
    for (const href of await page.locator('tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      await page.goto(href!);
      if ((await page.getByLabel('Request body').textContent())!.includes('gpj.exe')) break;
    }
    expect(await page.getByLabel('Request body').textContent()).toContain('\u202Egpj.exe');
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it("answers 404 for another account's ids on every page and action", async () => {
    const b = s.b;
    for (const path of [
      `/dashboard/logs/${b.logId}`,
      `/dashboard/documents/${OTHER_SELLER}/${b.docId}`,
      `/dashboard/documents/${OTHER_SELLER}/${b.docId}/signed-invoice.jwt`,
    ])
      expect([path, (await page.request.get(path)).status()]).toEqual([path, 404]);
    // Lists never show B's rows, whatever the filter says.
    const logs = await page.request.get(`/dashboard/logs/export.ndjson?gstin=${OTHER_SELLER}`);
    expect(await logs.text()).toBe('');
    await page.goto(`/dashboard/credentials?gstin=${OTHER_SELLER}`);
    expect(await page.locator('main').textContent()).not.toContain(b.clientId);
    await page.goto('/dashboard/webhooks');
    expect(await page.locator('main').textContent()).not.toContain(b.endpointId);
    const csrf = await csrfOf(page);
    const origin = s.h.url;
    for (const [path, form] of [
      ['/dashboard/webhooks/replay', { ids: b.deliveryId }],
      [`/dashboard/webhooks/endpoints/${b.endpointId}/enabled`, { enabled: 'false' }],
      [`/dashboard/webhooks/endpoints/${b.endpointId}/edit`, { url: `${s.receiver.url}/stolen`, events: '*' }],
      [`/dashboard/webhooks/endpoints/${b.endpointId}/rotate`, { grace_period_seconds: '0' }],
      [`/dashboard/credentials/${b.clientId}/secrets`, {}],
      [`/dashboard/credentials/${b.clientId}/secrets/${b.secretId}/revoke`, {}],
      [`/dashboard/credentials/${b.clientId}/revoke`, {}],
      ['/dashboard/credentials/new', { gstin: OTHER_SELLER, scopes: 'read' }],
    ] as const) {
      const res = await page.request.post(path, { form: { csrf, ...form }, headers: { origin } });
      expect([path, res.status()]).toEqual([path, 404]);
    }
    // Nothing of B's changed.
    const deps = s.h.server.deps;
    expect((await deps.storage.credentials.get(b.clientId))?.revokedAt).toBeNull();
    expect(await deps.storage.webhookEndpoints.get(b.accountId, b.endpointId)).toMatchObject({
      enabled: true,
      url: s.receiver.url,
    });
    expect(
      (await deps.storage.webhookDeliveries.get(b.accountId, b.deliveryId))?.delivery.attemptCount,
    ).toBeGreaterThan(0);
  });

  it('refuses a POST without the CSRF token, with a wrong one, or from another origin', async () => {
    const csrf = await csrfOf(page);
    const path = `/dashboard/credentials/${s.a.clientId}/revoke`;
    const origin = s.h.url;
    expect((await page.request.post(path, { form: {}, headers: { origin } })).status()).toBe(403);
    expect((await page.request.post(path, { form: { csrf: `${csrf}x` }, headers: { origin } })).status()).toBe(403);
    expect(
      (await page.request.post(path, { form: { csrf }, headers: { origin: 'https://evil.example' } })).status(),
    ).toBe(403);
    expect((await s.h.server.deps.storage.credentials.get(s.a.clientId))?.revokedAt).toBeNull();
  });

  it('reads the public status page without signing in', async () => {
    const anonymous = await newContext(browser, s.h.url);
    const p = await anonymous.newPage();
    await p.goto('/dashboard/status');
    expect(await p.locator('h1').textContent()).toBe('Service status');
    expect(await p.locator('main').textContent()).toContain('operational');
    expect(await p.locator('main').textContent()).toContain('SANDBOX');
    await p.goto('/dashboard/logs');
    expect(new URL(p.url()).pathname).toBe('/dashboard/sign-in');
    await anonymous.close();
  });

  it('has no serious or critical axe violation on any page, at 1280 and 390 px', async () => {
    const paths = [
      '/dashboard',
      '/dashboard/logs',
      `/dashboard/logs/${s.failedLogId}`,
      '/dashboard/documents',
      `/dashboard/documents/${SELLER}/${s.a.docId}`,
      `/dashboard/documents/${SELLER}/${s.a.noteId}`,
      '/dashboard/webhooks',
      '/dashboard/credentials',
      '/dashboard/playbook',
      '/dashboard/playbook/2172',
      '/dashboard/status',
    ];
    const phone = await newContext(browser, s.h.url, 'phone');
    await phone.addCookies(await context.cookies());
    const small = await phone.newPage();
    for (const path of paths)
      for (const p of [page, small]) {
        await p.goto(path);
        expect(new URL(p.url()).pathname).toBe(path);
        await expectAccessible(p);
      }
    await small.goto('/dashboard/sign-in');
    await expectAccessible(small);
    await phone.close();
  });

  it('signs in once with the sandbox link; a second use is refused', async () => {
    const link = await createSignInLink(s.h.server.deps, s.a.apiKey);
    const fresh = await newContext(browser, s.h.url);
    const p = await fresh.newPage();
    await p.goto(`/dashboard/sign-in/link?token=${link}`);
    await p.getByRole('button', { name: 'Continue to the dashboard' }).click();
    await p.waitForURL((u) => u.pathname === '/dashboard');
    await fresh.clearCookies();
    await p.goto(`/dashboard/sign-in/link?token=${link}`);
    await p.getByRole('button', { name: 'Continue to the dashboard' }).click();
    expect(await p.getByRole('alert').textContent()).toContain('already used');
    await fresh.close();
  });

  it('ends an idle session and, at sign-out, deletes it so the old cookie no longer works', async () => {
    const deps = s.h.server.deps;
    const other = await newContext(browser, s.h.url);
    const p = await other.newPage();
    await signIn(p, s.a.apiKey);
    const idle = (await other.cookies()).find((c) => c.name === 'einvoice_session')!.value;
    await deps.storage.dashboardSessions.touch(deps.hasher.hash(idle), new Date(Date.now() - 1000));
    await p.goto('/dashboard/logs');
    expect(new URL(p.url()).pathname).toBe('/dashboard/sign-in');
    await other.close();

    const cookie = (await context.cookies()).find((c) => c.name === 'einvoice_session')!.value;
    await page.goto('/dashboard');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((u) => u.pathname === '/dashboard/sign-in');
    expect(await deps.storage.dashboardSessions.get(deps.hasher.hash(cookie))).toBeUndefined();
    await context.addCookies([{ name: 'einvoice_session', value: cookie, url: s.h.url }]);
    await page.goto('/dashboard/credentials');
    expect(new URL(page.url()).pathname).toBe('/dashboard/sign-in');
  });
});
