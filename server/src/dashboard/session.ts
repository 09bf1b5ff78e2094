// Session cookie, sign-in guard and CSRF defence for the dashboard (docs/adr/0026).
// Cookie: an opaque random token (only its keyed hash is stored), HttpOnly, SameSite=Strict, Path=/dashboard,
// Secure (and the __Host- prefix) when the request came over TLS. Every POST carries the session's
// synchronizer token in a hidden field and must come from this origin (Origin, else Sec-Fetch-Site).
import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Deps } from '../app/deps.js';
import type { TenantRecord } from '../app/ports/records.js';
import { newId } from '../app/security/ids.js';
import { DASHBOARD_MAX_MS, type DashboardSession, resumeSession } from '../app/usecases/dashboard-sessions.js';

/** The tenant switcher's data: the tenants to pick from and the one in effect (null: the whole account). */
export interface Tenancy {
  tenants: Pick<TenantRecord, 'id' | 'name'>[];
  current: Pick<TenantRecord, 'id' | 'name'> | null;
  /** The page the switcher was shown on (where a switch returns to). */
  here: string;
}

export type DashboardEnv = {
  Variables: { session: DashboardSession; sessionToken: string; form: FormFields; tenancy: Tenancy };
};
export type FormFields = Record<string, string | string[]>;

export const secure = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
const cookieName = (c: Context) => (secure(c) ? '__Host-einvoice_session' : 'einvoice_session');

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, cookieName(c), token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: secure(c),
    path: '/',
    maxAge: Math.floor(DASHBOARD_MAX_MS / 1000),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, cookieName(c), { path: '/', secure: secure(c) });
}

export const sessionToken = (c: Context) => getCookie(c, cookieName(c));

/**
 * The tenant the dashboard acts on (issue #24), kept beside the session in a cookie (the session table has no
 * column for it and the change adds no migration; docs/adr/0033): `<tenant id>.<HMAC of session token and id>`
 * under the server's secret pepper, so it is only valid with the session it was set for (a copied cookie
 * does nothing in another browser's session) and ends with it. The tenant is still looked up in the account on
 * every request: the MAC proves who chose it, the lookup that it is still this account's.
 */
const tenantCookieName = (c: Context) => (secure(c) ? '__Host-einvoice_tenant' : 'einvoice_tenant');
const tenantMac = (token: string, tenantId: string) => `dashboard-tenant\0${token}\0${tenantId}`;

export function setTenantCookie(c: Context, deps: Deps, token: string, tenantId: string | null): void {
  if (tenantId === null) {
    deleteCookie(c, tenantCookieName(c), { path: '/', secure: secure(c) });
    return;
  }
  setCookie(c, tenantCookieName(c), `${tenantId}.${deps.hasher.hash(tenantMac(token, tenantId))}`, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: secure(c),
    path: '/',
    maxAge: Math.floor(DASHBOARD_MAX_MS / 1000),
  });
}

/** The tenant chosen in this session, if its cookie is valid for the session and the tenant is the account's. */
async function chosenTenant(
  c: Context,
  deps: Deps,
  token: string,
  accountId: string,
): Promise<TenantRecord | undefined> {
  const value = getCookie(c, tenantCookieName(c));
  if (!value) return undefined;
  const dot = value.lastIndexOf('.');
  const id = value.slice(0, dot);
  const tenant =
    dot > 0 && deps.hasher.matches(tenantMac(token, id), value.slice(dot + 1))
      ? await deps.storage.tenants.get(accountId, id)
      : undefined;
  if (!tenant) setTenantCookie(c, deps, token, null);
  return tenant;
}

/** The switcher lists this many tenants (a platform with more picks the rest by id). */
export const SWITCHER_TENANTS = 100;

/**
 * The request comes from a page of this origin (a cross-site form post or fetch is refused). `opaqueOrigin`: the
 * page was served with Referrer-Policy: no-referrer, so browsers send "Origin: null" on its own form posts; then
 * Fetch Metadata decides, and only Sec-Fetch-Site: same-origin passes (a sandboxed frame elsewhere says cross-site).
 */
export function sameOrigin(c: Context, options: { opaqueOrigin?: boolean } = {}): boolean {
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  if (origin === 'null' && options.opaqueOrigin) return site === 'same-origin';
  if (origin) return origin === new URL(c.req.url).origin;
  return site === undefined || site === 'same-origin';
}

export function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function readForm(c: Context): Promise<FormFields> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return {};
  const parsed = await c.req.parseBody({ all: true });
  const out: FormFields = {};
  for (const [k, v] of Object.entries(parsed)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

export const field = (form: FormFields, name: string): string => {
  const v = form[name];
  return typeof v === 'string' ? v : (v?.[0] ?? '');
};

/** Signed-in pages: no session => the sign-in page (GET) or 401 (POST); a POST needs origin + CSRF token. */
export function requireSession(deps: Deps): MiddlewareHandler<DashboardEnv> {
  return async (c, next) => {
    const token = sessionToken(c);
    const session = token ? await resumeSession(deps, token) : undefined;
    if (!session || !token) {
      if (token) clearSessionCookie(c);
      if (c.req.method === 'GET' || c.req.method === 'HEAD') {
        const url = new URL(c.req.url);
        return c.redirect(`/dashboard/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
      }
      return c.text('Sign in first.', 401);
    }
    // Every page builds on this principal, as the API's pipeline does after Einvoice-Tenant (http/pipeline/tenant.ts).
    const [current, listed] = await Promise.all([
      chosenTenant(c, deps, token, session.principal.accountId),
      deps.storage.tenants.list(session.principal.accountId, { limit: SWITCHER_TENANTS }),
    ]);
    session.principal.tenantId = current?.id ?? null;
    const url = new URL(c.req.url);
    c.set('tenancy', {
      tenants: listed.items.map(({ id, name }) => ({ id, name })),
      current: current ? { id: current.id, name: current.name } : null,
      // After an action (POST /dashboard/webhooks/replay), the switch returns to its section's page.
      here: c.req.method === 'GET' ? url.pathname + url.search : url.pathname.split('/').slice(0, 3).join('/'),
    });
    c.set('session', session);
    c.set('sessionToken', token);
    if (c.req.method === 'POST') {
      const form = await readForm(c);
      if (!sameOrigin(c) || !tokensEqual(field(form, 'csrf'), session.csrfToken))
        return c.text('Refused: the form is not from this dashboard session (CSRF check failed).', 403);
      c.set('form', form);
    }
    await next();
  };
}

/** What the audit log records about a dashboard action: a fresh request id and the browser's address. */
export function actionMeta(c: Context): { requestId: string; ip: string | null } {
  let ip: string | null = null;
  try {
    ip = getConnInfo(c).remote.address ?? null;
  } catch {
    // called in-process (no socket)
  }
  return { requestId: newId('req'), ip };
}
