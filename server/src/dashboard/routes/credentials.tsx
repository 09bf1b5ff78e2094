// Credential pages and actions: per GSTIN, create (secret shown once), add a second secret, revoke; audit beside.
import type { Contract } from '@einvoice/openapi';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Deps } from '../../app/deps.js';
import { tenantFilter } from '../../app/principal.js';
import {
  addCredentialSecret,
  createCredential,
  listCredentials,
  revokeCredential,
  revokeCredentialSecret,
} from '../../app/usecases/credentials.js';
import { CredentialsPage, type CredentialsView } from '../pages/credentials.js';
import { checkedBody, page } from '../render.js';
import { actionMeta, type DashboardEnv, field } from '../session.js';

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function credentialRoutes(deps: Deps, contract: Contract): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();

  async function view(c: Context<DashboardEnv>, gstinWanted: string | undefined, extra: Partial<CredentialsView> = {}, status: 200 | 201 = 200) {
    const who = c.get('session').principal;
    const gstins = (await deps.storage.gstins.list(who.accountId, { limit: 100, ...tenantFilter(who) })).items.map((g) => g.gstin);
    const gstin = gstinWanted && gstins.includes(gstinWanted) ? gstinWanted : (gstins[0] ?? null);
    const [credentials, audit] = await Promise.all([
      gstin ? listCredentials(deps, who, gstin, { limit: 100 }) : Promise.resolve({ items: [] }),
      deps.storage.audit.list(who.accountId, { limit: 30, ...tenantFilter(who), ...(gstin ? { gstin } : {}) }),
    ]);
    return page(
      c,
      <CredentialsPage csrf={c.get('session').csrfToken} gstins={gstins} gstin={gstin} credentials={credentials.items} audit={audit.items} {...extra} />,
      status,
    );
  }

  app.get('/credentials', (c) => view(c, c.req.query('gstin')));
  app.post('/credentials/new', async (c) => {
    const form = c.get('form');
    const gstin = field(form, 'gstin');
    const input = checkedBody(contract, 'createCredential', {
      scopes: list(form.scopes),
      ...(field(form, 'name') ? { name: field(form, 'name') } : {}),
      ...(field(form, 'plan') ? { plan: field(form, 'plan') } : {}),
    });
    const created = await createCredential(deps, c.get('session').principal, gstin, input, actionMeta(c));
    const shown = { clientId: created.credential.clientId, clientSecret: created.clientSecret, signingKey: created.signingKey };
    return view(c, gstin, { shown, notice: `Credential ${created.credential.clientId} created.` }, 201);
  });
  app.post('/credentials/:clientId/secrets', async (c) => {
    const who = c.get('session').principal;
    const added = await addCredentialSecret(deps, who, c.req.param('clientId'), undefined, actionMeta(c));
    // addCredentialSecret found the credential in this account (else 404): its GSTIN picks the page.
    const credential = await deps.storage.credentials.get(c.req.param('clientId'));
    return view(c, credential?.gstin, { shown: { clientId: c.req.param('clientId'), clientSecret: added.clientSecret } }, 201);
  });
  app.post('/credentials/:clientId/secrets/:secretId/revoke', async (c) => {
    const who = c.get('session').principal;
    const done = await revokeCredentialSecret(deps, who, c.req.param('clientId'), c.req.param('secretId'), actionMeta(c));
    return view(c, done.credential.gstin, { notice: `Secret revoked; ${done.credential.clientId} keeps its other secret.` });
  });
  app.post('/credentials/:clientId/revoke', async (c) => {
    const revoked = await revokeCredential(deps, c.get('session').principal, c.req.param('clientId'), actionMeta(c));
    return view(c, revoked.credential.gstin, { notice: `Credential ${revoked.credential.clientId} revoked.` });
  });
  return app;
}
