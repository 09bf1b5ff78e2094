// The hosted onboarding page (issue #24, docs/adr/0031), mounted at /onboarding by compose.ts: public, reached
// through a one-time link whose token is the credential. It reuses the dashboard's frame, CSP and headers, with
// Referrer-Policy: no-referrer (the token is in the URL), a per-IP rate limit of its own, and CSRF defence for
// a page without a session: a SameSite=Strict double-submit cookie, and the request must come from this origin.
import { randomBytes } from 'node:crypto';
import type { Contract } from '@einvoice/openapi';
import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Deps } from '../app/deps.js';
import { ProblemError } from '../app/problems.js';
import { openOnboardingLink, submitOnboarding } from '../app/usecases/onboarding.js';
import { type RateLimitState, rateLimitHeaders, takeRateLimit } from '../http/pipeline/rate-limit.js';
import {
  OnboardingDonePage,
  OnboardingErrorPage,
  OnboardingPage,
  OnboardingUnusablePage,
} from './pages/onboarding.js';
import { checkedBody, page } from './render.js';
import { actionMeta, field, readForm, sameOrigin, secure, tokensEqual } from './session.js';

export interface OnboardingOptions {
  deps: Deps;
  contract: Contract;
  onError: (error: unknown) => void;
}

const csrfCookie = (c: Context) => (secure(c) ? '__Host-einvoice_onboarding_csrf' : 'einvoice_onboarding_csrf');

/** The browser's CSRF value: the cookie it already has, else a new one (set SameSite=Strict, HttpOnly). */
function csrfFor(c: Context): string {
  const existing = getCookie(c, csrfCookie(c));
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const value = randomBytes(32).toString('base64url');
  setCookie(c, csrfCookie(c), value, { httpOnly: true, sameSite: 'Strict', secure: secure(c), path: '/' });
  return value;
}

async function onboardingPage(c: Context, element: unknown, status: 200 | 400 | 404 | 422 | 429 | 500 | 503 = 200) {
  const response = await page(c, element, status);
  // The token is in the URL: no Referer may carry it anywhere, not even to this origin's assets.
  response.headers.set('referrer-policy', 'no-referrer');
  return response;
}

export function onboardingApp({ deps, contract, onError }: OnboardingOptions): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    let state: RateLimitState;
    try {
      state = await takeRateLimit(deps, { ip: actionMeta(c).ip, bucket: 'onboarding' });
    } catch (error) {
      const refused = (error as { rateLimit?: RateLimitState }).rateLimit;
      if (!refused) throw error;
      const response = await onboardingPage(
        c,
        <OnboardingErrorPage title="Too many requests" detail="Too many requests from this address; wait a moment and reload." />,
        429,
      );
      for (const [k, v] of Object.entries(rateLimitHeaders(refused))) response.headers.set(k, v);
      response.headers.set('retry-after', String(refused.reset));
      return response;
    }
    await next();
    for (const [k, v] of Object.entries(rateLimitHeaders(state))) c.res.headers.set(k, v);
  });

  app.get('/:token', async (c) => {
    const token = c.req.param('token');
    const open = await openOnboardingLink(deps, token);
    if (!open) return onboardingPage(c, <OnboardingUnusablePage />, 404);
    return onboardingPage(c, <OnboardingPage open={open} token={token} csrf={csrfFor(c)} />);
  });

  app.post('/:token', async (c) => {
    const token = c.req.param('token');
    const form = await readForm(c);
    const cookie = getCookie(c, csrfCookie(c)) ?? '';
    if (!sameOrigin(c, { opaqueOrigin: true }) || !cookie || !tokensEqual(field(form, 'csrf'), cookie))
      return c.text('Refused: the form is not from this page (CSRF check failed). Reload the link and try again.', 403);
    const username = field(form, 'irp_username').trim();
    const password = field(form, 'irp_password');
    const open = await openOnboardingLink(deps, token);
    if (!open) return onboardingPage(c, <OnboardingUnusablePage />, 404);
    try {
      // The same schema the API checks registerGstin's body with: the page stores nothing the API would refuse.
      checkedBody(contract, 'registerGstin', { gstin: open.link.gstin, irp_username: username, irp_password: password });
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      const fieldErrors = (error.problem.errors ?? []).map(
        (e) => `${e.pointer === '/irp_password' ? 'Password' : e.pointer === '/irp_username' ? 'User name' : 'Form'}: ${e.detail}.`,
      );
      return onboardingPage(c, <OnboardingPage open={open} token={token} csrf={cookie} username={username} fieldErrors={fieldErrors} />, 400);
    }
    try {
      const outcome = await submitOnboarding(deps, token, { irp_username: username, irp_password: password }, actionMeta(c));
      if (outcome.kind === 'unusable') return onboardingPage(c, <OnboardingUnusablePage />, 404);
      if (outcome.kind === 'connected')
        return onboardingPage(c, <OnboardingDonePage gstin={outcome.link.gstin} accountName={outcome.accountName} />);
      return onboardingPage(
        c,
        <OnboardingPage open={outcome.open} token={token} csrf={cookie} username={username} failure={outcome.failure} />,
        422,
      );
    } catch (error) {
      if (error instanceof ProblemError && error.problem.status === 503)
        return onboardingPage(
          c,
          <OnboardingErrorPage
            title="The IRP could not be reached"
            detail="The e-invoice portal did not answer, so the API user could not be checked; nothing was stored and the link is still valid. Try again in a minute."
          />,
          503,
        );
      throw error;
    }
  });

  app.notFound((c) => onboardingPage(c, <OnboardingUnusablePage />, 404));
  app.onError((error, c) => {
    onError(error);
    return onboardingPage(c, <OnboardingErrorPage title="Something went wrong" detail="The error was logged; reload the link and try again." />, 500);
  });
  return app;
}
