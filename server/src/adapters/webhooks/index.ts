// Webhook delivery adapters: what compose.ts wires (see the README note in the lead's compose lines).
import type { ResolveHost, WebhookUrlPolicy } from '../../app/policy/webhook-urls/url-guard.js';
import { systemResolve } from './dns.js';

export { createWebhookDispatcher, type DispatcherOptions, type WebhookDispatcher } from './dispatcher.js';
export { systemResolve } from './dns.js';
export { type Connect, defaultConnect, type SendResult, sendWebhook } from './sender.js';

/** The URL policy from configuration, with the system resolver unless one is injected (tests). */
export function webhookUrlPolicy(options: { allowLoopback: boolean; resolve?: ResolveHost }): WebhookUrlPolicy {
  return { allowLoopback: options.allowLoopback, resolve: options.resolve ?? systemResolve };
}
