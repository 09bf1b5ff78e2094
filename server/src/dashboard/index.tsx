// The dashboard (issue #18, docs/adr/0026): server-rendered pages under /dashboard that call the use cases and
// repositories directly (never the HTTP API), behind a database-backed session. compose.ts mounts it.
import type { Contract } from '@einvoice/openapi';
import { type Context, Hono } from 'hono';
import type { Deps } from '../app/deps.js';
import type { WebhookUrlPolicy } from '../app/policy/webhook-urls/url-guard.js';
import { ProblemError } from '../app/problems.js';
import type { DashboardSession } from '../app/usecases/dashboard-sessions.js';
import { ASSETS } from './assets/index.js';
import { ErrorPage } from './pages/sign-in.js';
import { page } from './render.js';
import { authRoutes, signOutRoute } from './routes/auth.js';
import { credentialRoutes } from './routes/credentials.js';
import { documentRoutes } from './routes/documents.js';
import { insightRoutes } from './routes/insights.js';
import { logRoutes } from './routes/logs.js';
import { tenancyRoutes } from './routes/tenancy.js';
import { usageRoutes } from './routes/usage.js';
import { webhookRoutes } from './routes/webhooks.js';
import { type DashboardEnv, requireSession } from './session.js';

export interface DashboardOptions {
  deps: Deps;
  contract: Contract;
  webhookPolicy: WebhookUrlPolicy;
  onError: (error: unknown) => void;
}

export function dashboardApp({ deps, contract, webhookPolicy, onError }: DashboardOptions): Hono {
  const app = new Hono();
  app.get('/assets/:name', (c) => {
    const asset = ASSETS[c.req.param('name')];
    if (!asset) return c.notFound();
    // The name carries the content hash: a new build is a new name.
    return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=31536000, immutable' });
  });
  // Public first (sign-in, the status page); everything registered after requireSession needs a session.
  app.route('/', authRoutes(deps));
  const signedIn = new Hono<DashboardEnv>();
  signedIn.use('*', requireSession(deps));
  signedIn.route('/', signOutRoute(deps));
  signedIn.route('/', tenancyRoutes(deps));
  signedIn.route('/', insightRoutes(deps));
  signedIn.route('/', logRoutes(deps, contract));
  signedIn.route('/', documentRoutes(deps));
  signedIn.route('/', webhookRoutes(deps, contract, webhookPolicy));
  signedIn.route('/', credentialRoutes(deps, contract));
  signedIn.route('/', usageRoutes(deps));
  app.route('/', signedIn);
  const csrfOf = (c: Context) => (c.get('session') as DashboardSession | undefined)?.csrfToken;
  app.notFound((c) => {
    const csrf = csrfOf(c);
    return page(c, <ErrorPage status={404} title="Not found" detail="There is nothing here in this account." {...(csrf ? { csrf } : {})} />, 404);
  });
  app.onError((error, c) => {
    const csrf = csrfOf(c);
    const frame = csrf ? { csrf } : {};
    if (error instanceof ProblemError && error.problem.status < 500) {
      const p = error.problem;
      // Another account's id looks absent: the same 404 page as an id that never existed.
      const detail = p.status === 404 ? 'There is nothing here in this account.' : [p.detail ?? p.title, ...(p.errors ?? []).map((e) => `${e.pointer || 'form'}: ${e.detail}`)].join(' ');
      return page(c, <ErrorPage status={p.status} title={p.status === 404 ? 'Not found' : p.title} detail={detail} {...frame} />, p.status === 404 ? 404 : p.status === 409 ? 409 : p.status === 422 ? 422 : 400);
    }
    onError(error);
    return page(c, <ErrorPage status={500} title="Something went wrong" detail="The error was logged; try again." {...frame} />, 500);
  });
  return app;
}
