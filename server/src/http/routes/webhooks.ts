// Webhook endpoints and deliveries (account API key). Thin: parse, call a use case, present.
import type { Deps } from '../../app/deps.js';
import type { WebhookUrlPolicy } from '../../app/policy/webhook-urls/url-guard.js';
import type { DeliveryStatus } from '../../app/ports/records.js';
import {
  presentList,
  presentWebhookDelivery,
  presentWebhookEndpoint,
  presentWebhookEndpointWithSecret,
} from '../../app/presenters.js';
import { listDeliveries, replayDelivery } from '../../app/usecases/webhooks/deliveries.js';
import * as endpoints from '../../app/usecases/webhooks/endpoints.js';
import type { Handler } from '../call.js';
import { adminOf, body, meta, NO_STORE, pageQuery } from './helpers.js';

/** `policy` is the configured URL policy (compose.ts builds it from WEBHOOK_ALLOW_LOOPBACK). */
export function webhookHandlers(deps: Deps, policy: WebhookUrlPolicy): Record<string, Handler> {
  const id = (call: Parameters<Handler>[0]) => call.pathParams.endpoint_id!;
  return {
    createWebhookEndpoint: async (call) => {
      const created = await endpoints.createEndpoint(deps, policy, adminOf(call), body(call, 'createWebhookEndpoint'));
      return {
        status: 201,
        body: presentWebhookEndpointWithSecret(created.endpoint, created.secret),
        headers: { location: `/v1/webhook-endpoints/${created.endpoint.id}`, ...NO_STORE },
      };
    },
    listWebhookEndpoints: async (call) => ({
      status: 200,
      body: presentList(
        await endpoints.listEndpoints(deps, adminOf(call), pageQuery(call)),
        presentWebhookEndpoint,
        (e) => e.id,
      ),
    }),
    getWebhookEndpoint: async (call) => ({
      status: 200,
      body: presentWebhookEndpoint(await endpoints.getEndpoint(deps, adminOf(call), id(call))),
    }),
    updateWebhookEndpoint: async (call) => ({
      status: 200,
      body: presentWebhookEndpoint(
        await endpoints.updateEndpoint(deps, policy, adminOf(call), id(call), body(call, 'updateWebhookEndpoint')),
      ),
    }),
    deleteWebhookEndpoint: async (call) => {
      await endpoints.deleteEndpoint(deps, adminOf(call), id(call));
      return { status: 204 };
    },
    rotateWebhookSecret: async (call) => {
      const grace = body(call, 'rotateWebhookSecret').grace_period_seconds;
      const rotated = await endpoints.rotateSecret(deps, adminOf(call), id(call), grace, meta(call));
      return {
        status: 200,
        body: presentWebhookEndpointWithSecret(rotated.endpoint, rotated.secret),
        headers: NO_STORE,
      };
    },
    listWebhookDeliveries: async (call) => {
      const q = call.query;
      const page = await listDeliveries(deps, adminOf(call), {
        ...pageQuery(call),
        ...(q.get('endpoint_id') ? { endpointId: q.get('endpoint_id')! } : {}),
        ...(q.get('status') ? { status: q.get('status') as DeliveryStatus } : {}),
        ...(q.get('event_type') ? { eventType: q.get('event_type')! } : {}),
      });
      return { status: 200, body: presentList(page, presentWebhookDelivery, (d) => d.delivery.id) };
    },
    replayWebhookDelivery: async (call) => ({
      status: 202,
      body: presentWebhookDelivery(await replayDelivery(deps, adminOf(call), call.pathParams.delivery_id!)),
    }),
  };
}
