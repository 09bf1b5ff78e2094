// The webhook dispatcher: two loops over the database, so it survives restarts and runs on any number of
// replicas (claims are leases, SKIP LOCKED on PostgreSQL).
//   fan-out: outbox row -> one delivery per matching endpoint (app/usecases/webhooks/dispatch.ts)
//   sender:  due delivery -> SSRF check -> signed POST -> attempt log -> succeeded / next slot / dead
import { webhookHeaders } from '@einvoice/webhooks';
import type { Deps } from '../../app/deps.js';
import {
  checkWebhookUrl,
  UnsafeWebhookUrlError,
  type WebhookTarget,
  type WebhookUrlPolicy,
} from '../../app/policy/webhook-urls/url-guard.js';
import type { WebhookDeliveryRecord } from '../../app/ports/records.js';
import type { AttemptOutcome } from '../../app/ports/storage.js';
import { newId } from '../../app/security/ids.js';
import {
  afterFailure,
  DEFAULT_RETRY_SCHEDULE_MS,
  fanOut,
  PAYLOAD_LIMIT_BYTES,
} from '../../app/usecases/webhooks/dispatch.js';
import { signingSecrets } from '../../app/usecases/webhooks/endpoints.js';
import { type Connect, type SendResult, sendWebhook } from './sender.js';

export interface DispatcherOptions {
  policy: WebhookUrlPolicy;
  /** Delay before attempt 1, 2, ... (ms); its length is the number of attempts before `dead`. */
  retryScheduleMs?: readonly number[];
  /** Connect timeout and response timeout, each (default 15 s). */
  timeoutMs?: number;
  /** How long the loop sleeps when there was nothing to do (default 1 s). */
  pollIntervalMs?: number;
  batchSize?: number;
  /** How long a claim is held; must exceed a full send (default 2 x timeout + 30 s). */
  leaseMs?: number;
  payloadLimitBytes?: number;
  connect?: Connect;
  random?: () => number;
  onError?: (error: unknown) => void;
}

export interface WebhookDispatcher {
  start(): void;
  /** Stops the loop and waits for the batch in progress. */
  stop(): Promise<void>;
  /** One fan-out batch and one send batch; what tests call to drive the dispatcher step by step. */
  runOnce(): Promise<{ fannedOut: number; attempted: number }>;
}

export function createWebhookDispatcher(
  deps: Pick<Deps, 'storage' | 'clock' | 'box'>,
  options: DispatcherOptions,
): WebhookDispatcher {
  const schedule = options.retryScheduleMs?.length ? options.retryScheduleMs : DEFAULT_RETRY_SCHEDULE_MS;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const batch = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 2 * timeoutMs + 30_000;
  const limit = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
  const random = options.random ?? Math.random;
  const onError = options.onError ?? ((e) => console.error('[webhooks]', e));

  async function fanOutBatch(): Promise<number> {
    const events = await deps.storage.outbox.claimBatch(batch, deps.clock.now(), leaseMs);
    for (const event of events) {
      try {
        await fanOut(deps, event, limit);
      } catch (e) {
        onError(e); // the lease lapses and another pass retries this row
      }
    }
    return events.length;
  }

  async function attempt(delivery: WebhookDeliveryRecord): Promise<void> {
    const started = deps.clock.now();
    const result = await deliver(delivery, started);
    const outcome: AttemptOutcome =
      result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300
        ? { status: 'succeeded', nextAttemptAt: null }
        : result.error?.startsWith('payload_too_large') || result.error === 'endpoint_deleted'
          ? { status: 'dead', nextAttemptAt: null }
          : afterFailure(delivery, schedule, deps.clock.now(), random);
    await deps.storage.webhookDeliveries.recordAttempt(
      {
        id: newId('wda', started),
        deliveryId: delivery.id,
        attemptedAt: started,
        statusCode: result.statusCode,
        latencyMs: result.latencyMs,
        responseExcerpt: result.responseExcerpt,
        error:
          result.error ??
          (result.statusCode !== null && result.statusCode >= 300 && result.statusCode < 400
            ? 'redirect_not_followed'
            : null),
      },
      outcome,
    );
  }

  async function deliver(delivery: WebhookDeliveryRecord, now: Date): Promise<SendResult> {
    const fail = (error: string): SendResult => ({ statusCode: null, latencyMs: 0, responseExcerpt: null, error });
    const endpoint = await deps.storage.webhookEndpoints.get(delivery.accountId, delivery.endpointId);
    if (!endpoint) return fail('endpoint_deleted');
    // An oversized event is stored without its body (see fanOut); a replay of it fails the same way.
    if (!delivery.body || Buffer.byteLength(delivery.body, 'utf8') > limit)
      return fail(`payload_too_large: the limit is ${limit} bytes`);
    let target: WebhookTarget | undefined;
    try {
      target = await checkWebhookUrl(options.policy, endpoint.url);
    } catch (e) {
      if (e instanceof UnsafeWebhookUrlError)
        return fail(e.reason === 'unresolvable' ? `dns_error: ${e.message}` : `ssrf_blocked: ${e.message}`);
      throw e;
    }
    const headers = webhookHeaders(delivery.eventId, now, delivery.body, signingSecrets(deps, endpoint, now));
    return sendWebhook(target!, headers, delivery.body, {
      timeoutMs,
      ...(options.connect ? { connect: options.connect } : {}),
    });
  }

  async function sendBatch(): Promise<number> {
    const due = await deps.storage.webhookDeliveries.claimDue(batch, deps.clock.now(), leaseMs);
    // Different receivers must not wait on each other's 15 s timeouts: the batch is sent concurrently.
    await Promise.all(due.map((d) => attempt(d).catch(onError)));
    return due.length;
  }

  async function runOnce() {
    const fannedOut = await fanOutBatch();
    const attempted = await sendBatch();
    return { fannedOut, attempted };
  }

  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          let busy = false;
          try {
            const r = await runOnce();
            busy = r.fannedOut + r.attempted > 0;
          } catch (e) {
            onError(e);
          }
          if (running && !busy) await sleep(options.pollIntervalMs ?? 1_000);
        }
      })();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = undefined;
    },
  };
}
