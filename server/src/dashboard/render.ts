// Rendering and the answer headers every dashboard page carries.
import type { Contract } from '@einvoice/openapi';
import type { Context } from 'hono';
import { jsx } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { problems } from '../app/problems.js';
import type { RequestBody, ValidatedBodyOperation } from '../app/request-bodies.js';
import { TenancyContext } from './components/tenancy.js';

/** No inline script or style anywhere; forms post only here; never framed (docs/adr/0026). */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export function dashboardHeaders(c: Context): void {
  c.header('content-security-policy', DASHBOARD_CSP);
  // Pages show taxpayers' data and one-time secrets: no cache keeps them, no Referer carries their URLs off-site.
  c.header('cache-control', 'no-store');
  // same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on form posts, which the CSRF check refuses.
  c.header('referrer-policy', 'same-origin');
  c.header('x-frame-options', 'DENY');
}

/** A signed-in page gets the tenant switcher's data (session.ts) through TenancyContext; a public page has none. */
export async function page(c: Context, element: unknown, status: ContentfulStatusCode = 200): Promise<Response> {
  dashboardHeaders(c);
  const framed = jsx(TenancyContext.Provider, { value: c.get('tenancy') ?? null }, element as never);
  return c.html(`<!doctype html>${String(await framed)}`, status);
}

/**
 * A form turned into an API body is checked against the same contract schema the API validates with
 * (http/pipeline/validate.ts), so the dashboard cannot store what the API would refuse.
 */
export function checkedBody<Op extends ValidatedBodyOperation>(
  contract: Contract,
  operationId: Op,
  body: unknown,
): RequestBody<Op> {
  const errors = contract.validator
    .validateRequest(contract.operation(operationId), {
      pathParams: {},
      query: new URLSearchParams(),
      headers: new Headers(),
      contentType: 'application/json',
      body,
    })
    .filter((e) => e.pointer === '' || e.pointer.startsWith('/'));
  if (errors.length) throw problems.invalidRequest(errors);
  return body as RequestBody<Op>; // validated against the operation's schema just above
}
