// Webhook pages and actions: endpoints (create, enable/disable, rotate with grace), deliveries, DLQ replay.
import type { Contract } from '@einvoice/openapi';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Deps } from '../../app/deps.js';
import type { WebhookUrlPolicy } from '../../app/policy/webhook-urls/url-guard.js';
import type { DeliveryStatus } from '../../app/ports/records.js';
import { listDeliveries, replayDelivery } from '../../app/usecases/webhooks/deliveries.js';
import * as endpoints from '../../app/usecases/webhooks/endpoints.js';
import { EVENT_TYPES, WebhooksPage, type WebhooksView } from '../pages/webhooks.js';
import { checkedBody, page } from '../render.js';
import { actionMeta, type DashboardEnv, type FormFields, field } from '../session.js';

const STATUSES: DeliveryStatus[] = ['pending', 'succeeded', 'dead'];
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** The events checked; "All events" wins over any single one. */
const events = (form: FormFields) => (list(form.events).includes('*') ? ['*'] : list(form.events));

export function webhookRoutes(deps: Deps, contract: Contract, policy: WebhookUrlPolicy): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();

  async function view(c: Context<DashboardEnv>, extra: Partial<WebhooksView> = {}, status: 200 | 202 = 200) {
    const who = c.get('session').principal;
    const wanted = c.req.query('status') ?? '';
    const statusFilter = STATUSES.find((s) => s === wanted);
    const endpoint = c.req.query('endpoint') ?? '';
    const event = EVENT_TYPES.find((t) => t === c.req.query('event')) ?? '';
    const after = c.req.query('starting_after');
    const [eps, deliveries, dead] = await Promise.all([
      endpoints.listEndpoints(deps, who, { limit: 100 }),
      listDeliveries(deps, who, {
        limit: 50,
        ...(statusFilter ? { status: statusFilter } : {}),
        ...(endpoint ? { endpointId: endpoint } : {}),
        ...(event ? { eventType: event } : {}),
        ...(after ? { startingAfter: after } : {}),
      }),
      listDeliveries(deps, who, { limit: 100, status: 'dead' }),
    ]);
    const last = deliveries.items.at(-1)?.delivery.id;
    const q = new URLSearchParams({ status: statusFilter ?? '', endpoint, event, ...(last ? { starting_after: last } : {}) });
    return page(
      c,
      <WebhooksPage
        csrf={c.get('session').csrfToken}
        endpoints={eps.items}
        deliveries={deliveries.items}
        dead={dead.items}
        filter={{ status: statusFilter ?? '', endpoint, event }}
        next={deliveries.hasMore ? `/dashboard/webhooks?${q}` : null}
        {...extra}
      />,
      status,
    );
  }

  app.get('/webhooks', (c) => view(c));
  app.post('/webhooks/replay', async (c) => {
    const who = c.get('session').principal;
    const ids = list(c.get('form').ids);
    // One at a time, so an id of another account (404) stops the batch before anything after it is replayed.
    for (const id of ids) await replayDelivery(deps, who, id);
    return view(c, { notice: ids.length ? `Replaying ${ids.length} deliver${ids.length === 1 ? 'y' : 'ies'}.` : 'Nothing selected.' }, 202);
  });
  app.post('/webhooks/endpoints', async (c) => {
    const form = c.get('form');
    const input = checkedBody(contract, 'createWebhookEndpoint', {
      url: field(form, 'url'),
      events: events(form),
      ...(field(form, 'description') ? { description: field(form, 'description') } : {}),
    });
    const created = await endpoints.createEndpoint(deps, policy, c.get('session').principal, input);
    return view(c, { notice: `Endpoint ${created.endpoint.url} added.`, secret: { endpointId: created.endpoint.id, value: created.secret } });
  });
  app.post('/webhooks/endpoints/:id/edit', async (c) => {
    const form = c.get('form');
    const input = checkedBody(contract, 'updateWebhookEndpoint', {
      url: field(form, 'url'),
      description: field(form, 'description'),
      events: events(form),
    });
    const updated = await endpoints.updateEndpoint(deps, policy, c.get('session').principal, c.req.param('id'), input);
    return view(c, { notice: `${updated.url} saved.` });
  });
  app.post('/webhooks/endpoints/:id/enabled', async (c) => {
    const enabled = field(c.get('form'), 'enabled') === 'true';
    const input = checkedBody(contract, 'updateWebhookEndpoint', { enabled });
    const updated = await endpoints.updateEndpoint(deps, policy, c.get('session').principal, c.req.param('id'), input);
    return view(c, { notice: `${updated.url} ${updated.enabled ? 'enabled' : 'disabled'}.` });
  });
  app.post('/webhooks/endpoints/:id/rotate', async (c) => {
    const grace = Number(field(c.get('form'), 'grace_period_seconds') || 86_400);
    const input = checkedBody(contract, 'rotateWebhookSecret', { grace_period_seconds: grace });
    const rotated = await endpoints.rotateSecret(deps, c.get('session').principal, c.req.param('id'), input.grace_period_seconds, actionMeta(c));
    return view(c, {
      notice: `Secret of ${rotated.endpoint.url} rotated; the old one stays valid for ${grace} s.`,
      secret: { endpointId: rotated.endpoint.id, value: rotated.secret },
    });
  });
  return app;
}
