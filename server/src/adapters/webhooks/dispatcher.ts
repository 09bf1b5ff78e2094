// The webhook dispatcher: a loop over the database, so it survives restarts and runs on any number of
// replicas (claims are leases; a lapsed lease is crash recovery).
//   fan-out: outbox row -> one delivery per matching endpoint (app/usecases/webhooks/dispatch.ts)
//   sender:  due delivery -> SSRF check -> signed POST -> attempt log -> succeeded / next slot / dead
//
// Fairness (ADR 0011): attempts run in a bounded pool (maxInFlight) and are never awaited as a batch; each
// endpoint has at most perEndpointConcurrency deliveries in flight, counted in the database (leased rows), so
// a stalled endpoint holds its own slots and nobody else's, in this process or another. The loop sleeps until
// the next delivery is due (a retry 50 ms away is sent 50 ms later), a slot frees up, or the poll interval
// passes (new outbox rows and other processes' work); there is no fixed tick for retries.
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
  DEFAULT_ATTEMPT_TIMEOUT_MS,
  DEFAULT_DISABLE_AFTER_MS,
  DEFAULT_RETRY_SCHEDULE_MS,
  fanOut,
  noteEndpointHealth,
  PAYLOAD_LIMIT_BYTES,
} from '../../app/usecases/webhooks/dispatch.js';
import { signingSecrets } from '../../app/usecases/webhooks/endpoints.js';
import { type Connect, type SendResult, sendWebhook } from './sender.js';

export interface DispatcherOptions {
  policy: WebhookUrlPolicy;
  /** Delay before attempt 1, 2, ... (ms); its length is the number of attempts before `dead`. */
  retryScheduleMs?: readonly number[];
  /** Deadline of one attempt: connect, send and answer together (default 10 s). */
  timeoutMs?: number;
  /**
   * The longest the loop sleeps (default 250 ms): how soon it sees outbox rows and deliveries made due by
   * another process. Retries this process scheduled wake it at their due time, whatever this is.
   */
  pollIntervalMs?: number;
  /** Outbox rows per fan-out pass (default 50). */
  batchSize?: number;
  /** Attempts in flight in this process, all endpoints together (default 64). */
  maxInFlight?: number;
  /** Attempts in flight to one endpoint, across every process on the database (default 8). */
  perEndpointConcurrency?: number;
  /** How long a claim is held; must exceed a full attempt (default timeout + 30 s). */
  leaseMs?: number;
  /** Disable an endpoint after failing this long without one success (default 5 days; 0 never). */
  disableAfterMs?: number;
  payloadLimitBytes?: number;
  connect?: Connect;
  random?: () => number;
  onError?: (error: unknown) => void;
}

export interface WebhookDispatcher {
  start(): void;
  /** Stops the loop; attempts still in flight are cut short and their deliveries released (due again). */
  stop(): Promise<void>;
  /** One fan-out pass and one claim, waiting for the attempts it started; what tests call to drive it by hand. */
  runOnce(): Promise<{ fannedOut: number; attempted: number }>;
}

export function createWebhookDispatcher(
  deps: Pick<Deps, 'storage' | 'clock' | 'box'>,
  options: DispatcherOptions,
): WebhookDispatcher {
  const schedule = options.retryScheduleMs?.length ? options.retryScheduleMs : DEFAULT_RETRY_SCHEDULE_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
  const pollMs = options.pollIntervalMs ?? 250;
  const batch = options.batchSize ?? 50;
  const maxInFlight = Math.max(1, options.maxInFlight ?? 64);
  const perEndpoint = Math.max(1, options.perEndpointConcurrency ?? 8);
  const leaseMs = options.leaseMs ?? timeoutMs + 30_000;
  const disableAfterMs = options.disableAfterMs ?? DEFAULT_DISABLE_AFTER_MS;
  const limit = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
  const random = options.random ?? Math.random;
  const onError = options.onError ?? ((e) => console.error('[webhooks]', e));

  /** Attempts in flight, by delivery id; aborted on stop. */
  const inFlight = new Map<string, { done: Promise<void>; abort: AbortController }>();

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

  async function attempt(delivery: WebhookDeliveryRecord, signal: AbortSignal): Promise<void> {
    const started = deps.clock.now();
    const result = await deliver(delivery, started, signal);
    if (result.error === 'aborted') {
      // Our own shutdown, not the receiver's fault: no attempt is recorded; the delivery is due again at once.
      await deps.storage.webhookDeliveries.release([delivery.id]);
      return;
    }
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const final = result.error?.startsWith('payload_too_large') || result.error === 'endpoint_deleted';
    const outcome: AttemptOutcome = ok
      ? { status: 'succeeded', nextAttemptAt: null }
      : final
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
    // An oversized event or a deleted endpoint says nothing about the receiver's health.
    if (!final)
      await noteEndpointHealth(deps, { accountId: delivery.accountId, id: delivery.endpointId }, ok, disableAfterMs);
  }

  async function deliver(delivery: WebhookDeliveryRecord, now: Date, signal: AbortSignal): Promise<SendResult> {
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
      signal,
      ...(options.connect ? { connect: options.connect } : {}),
    });
  }

  /** Starts an attempt in the pool; when it ends, its slot frees and the loop is woken to refill it. */
  function launch(delivery: WebhookDeliveryRecord): Promise<void> {
    const abort = new AbortController();
    const done = attempt(delivery, abort.signal)
      .catch(onError) // the lease lapses and the delivery is retaken
      .finally(() => {
        inFlight.delete(delivery.id);
        wake();
      });
    inFlight.set(delivery.id, { done, abort });
    return done;
  }

  /** Claims as many due deliveries as there are free slots (at most perEndpoint in flight per endpoint). */
  async function claimAndLaunch(): Promise<{ room: number; started: Promise<void>[] }> {
    const room = maxInFlight - inFlight.size;
    if (room <= 0) return { room, started: [] };
    const due = await deps.storage.webhookDeliveries.claimDue(room, deps.clock.now(), leaseMs, perEndpoint);
    return { room, started: due.map(launch) };
  }

  async function runOnce() {
    const fannedOut = await fanOutBatch();
    const { started } = await claimAndLaunch();
    await Promise.all(started);
    return { fannedOut, attempted: started.length };
  }

  let running = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let woken = false;
  function wake() {
    woken = true;
    wakeUp?.();
  }
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || !running) return resolve();
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  /** How long to sleep: until the next delivery is due, at most the poll interval. */
  async function idleFor(): Promise<number> {
    const now = deps.clock.now();
    const next = await deps.storage.webhookDeliveries.nextDueAt(now);
    const wait = next ? next.getTime() - now.getTime() : pollMs;
    // Due already (and not claimed) means every slot it could take is busy: a finishing attempt wakes us.
    return wait > 0 ? Math.min(wait, pollMs) : pollMs;
  }

  async function run(): Promise<void> {
    while (running) {
      woken = false;
      let more = false;
      let delay = pollMs;
      try {
        const fanned = await fanOutBatch();
        const { room, started } = await claimAndLaunch();
        // A full fan-out batch or a claim that filled every free slot: there may be more right now.
        more = fanned >= batch || (room > 0 && started.length === room);
        if (fanned > 0) more = true;
        if (!more) delay = await idleFor();
      } catch (e) {
        onError(e);
      }
      if (running && !more) await sleep(delay);
    }
  }

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake();
      await loop;
      loop = undefined;
      for (const { abort } of inFlight.values()) abort.abort();
      await Promise.all([...inFlight.values()].map((f) => f.done));
    },
  };
}
