// Public dashboard routes: sign-in (API key or one-time link), sign-out, the status page.
import { Hono } from 'hono';
import type { Deps } from '../../app/deps.js';
import { redeemSignInLink, resumeSession, signInWithApiKey, signOut } from '../../app/usecases/dashboard-sessions.js';
import { serviceStatus } from '../../app/usecases/service-status.js';
import { SignInLinkPage, SignInPage } from '../pages/sign-in.js';
import { StatusPage } from '../pages/status.js';
import { page } from '../render.js';
import { clearSessionCookie, field, readForm, sameOrigin, sessionToken, setSessionCookie } from '../session.js';

/** Only a path inside the dashboard: a crafted ?next= cannot send the signed-in browser elsewhere. */
export const safeNext = (next: string) => (/^\/dashboard(\/[^/\\]|$|\?)/.test(next) && !next.startsWith('//') ? next : '/dashboard');

export function authRoutes(deps: Deps): Hono {
  const app = new Hono();
  app.get('/sign-in', (c) => page(c, <SignInPage next={safeNext(c.req.query('next') ?? '')} />));
  app.post('/sign-in', async (c) => {
    if (!sameOrigin(c)) return c.text('Refused: cross-site sign-in.', 403);
    const form = await readForm(c);
    const next = safeNext(field(form, 'next'));
    const opened = await signInWithApiKey(deps, field(form, 'api_key'));
    if (!opened) return page(c, <SignInPage next={next} error="That is not a valid account API key." />, 401);
    setSessionCookie(c, opened.token);
    return c.redirect(next, 303);
  });
  app.get('/sign-in/link', (c) => page(c, <SignInLinkPage token={c.req.query('token') ?? ''} />));
  app.post('/sign-in/link', async (c) => {
    if (!sameOrigin(c)) return c.text('Refused: cross-site sign-in.', 403);
    const opened = await redeemSignInLink(deps, field(await readForm(c), 'token'));
    if (!opened)
      return page(c, <SignInPage next="/dashboard" error="This sign-in link was already used or has expired." />, 401);
    setSessionCookie(c, opened.token);
    return c.redirect('/dashboard', 303);
  });
  app.get('/status', async (c) => {
    const token = sessionToken(c);
    const session = token ? await resumeSession(deps, token) : undefined;
    const status = await serviceStatus(deps);
    return page(c, <StatusPage status={status} {...(session ? { csrf: session.csrfToken } : {})} />);
  });
  return app;
}

/** Sign-out deletes the session row (the cookie alone proves nothing afterwards). Behind requireSession. */
export function signOutRoute(deps: Deps): Hono<{ Variables: { sessionToken: string } }> {
  const app = new Hono<{ Variables: { sessionToken: string } }>();
  app.post('/sign-out', async (c) => {
    await signOut(deps, c.get('sessionToken'));
    clearSessionCookie(c);
    return c.redirect('/dashboard/sign-in', 303);
  });
  return app;
}
