// The webhook dispatcher: a loop over the database, so it survives restarts and runs on any number of
// replicas (claims are leases; a lapsed lease is crash recovery).
//   fan-out: outbox row -> one delivery per matching endpoint (app/usecases/webhooks/dispatch.ts)
//   sender:  due delivery -> SSRF check -> signed POST -> attempt log -> succeeded / next slot / dead
//
// Fairness (ADR 0014): attempts run in a bounded pool (maxInFlight) and are never awaited as a batch; each
// endpoint has at most perEndpointConcurrency attempts in flight here, and the claim leases at most twice that
// per endpoint across all processes (counted in the database), so a stalled endpoint holds its own slots and
// nobody else's, in this process or another. The loop sleeps until
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
import type { WebhookDeliveryRecord, WebhookEndpointRecord } from '../../app/ports/records.js';
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
  /** Attempts in flight in this process, all endpoints together (default 128). */
  maxInFlight?: number;
  /**
   * Attempts in flight to one endpoint in this process (default 16, at most half of maxInFlight). The claim
   * leases at most twice this per
   * endpoint across every process on the database (the second half waits here for a slot), so with several
   * processes an endpoint sees at most 2 x this at once, and one stalled endpoint holds at most that many leases.
   */
  perEndpointConcurrency?: number;
  /** How long a claim is held; must exceed waiting for a slot plus an attempt (default 2 x timeout + 30 s). */
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
  const maxInFlight = Math.max(1, options.maxInFlight ?? 128);
  // One endpoint never takes more than half the pool, whatever it is configured to.
  const perEndpoint = Math.max(1, Math.min(options.perEndpointConcurrency ?? 16, Math.floor(maxInFlight / 2)));
  const leaseMs = options.leaseMs ?? 2 * timeoutMs + 30_000;
  const disableAfterMs = options.disableAfterMs ?? DEFAULT_DISABLE_AFTER_MS;
  const limit = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
  const random = options.random ?? Math.random;
  const onError = options.onError ?? ((e) => console.error('[webhooks]', e));

  /** Attempts in flight, by delivery id; aborted on stop. */
  const inFlight = new Map<string, { done: Promise<void>; abort: AbortController }>();

  async function fanOutBatch(): Promise<number> {
    const events = await deps.storage.outbox.claimBatch(batch, deps.clock.now(), leaseMs, { signedPayload: false });
    try {
      await fanOut(deps, events, limit, onError);
    } catch (e) {
      onError(e); // the leases lapse and another pass retries these rows
    }
    return events.length;
  }

  async function attempt(delivery: WebhookDeliveryRecord, signal: AbortSignal): Promise<void> {
    const started = deps.clock.now();
    const endpoint = await deps.storage.webhookEndpoints.get(delivery.accountId, delivery.endpointId);
    const result = await deliver(delivery, endpoint, started, signal);
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
    if (!final && endpoint) await noteEndpointHealth(deps, endpoint, ok, disableAfterMs);
  }

  async function deliver(
    delivery: WebhookDeliveryRecord,
    endpoint: WebhookEndpointRecord | undefined,
    now: Date,
    signal: AbortSignal,
  ): Promise<SendResult> {
    const fail = (error: string): SendResult => ({ statusCode: null, latencyMs: 0, responseExcerpt: null, error });
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

  /**
   * Per endpoint, in this process: attempts running, and claimed deliveries waiting for one of its slots. The
   * claim leases up to twice the limit per endpoint, so a finishing attempt usually hands its slot to a waiting
   * delivery without a database round trip; the loop is woken (to claim more) when an endpoint's line is empty.
   */
  interface Waiting {
    delivery: WebhookDeliveryRecord;
    finished: () => void;
  }
  const lanes = new Map<string, { running: number; waiting: Waiting[] }>();
  let stopping = false;

  /** Takes a claimed delivery: starts it if its endpoint has a free slot here, else it waits in line. */
  function launch(delivery: WebhookDeliveryRecord): Promise<void> {
    return new Promise<void>((finished) => {
      const lane = lanes.get(delivery.endpointId) ?? { running: 0, waiting: [] };
      lanes.set(delivery.endpointId, lane);
      if (lane.running < perEndpoint) start(delivery.endpointId, { delivery, finished });
      else lane.waiting.push({ delivery, finished });
    });
  }

  function start(endpointId: string, item: Waiting): void {
    const lane = lanes.get(endpointId)!;
    lane.running++;
    const abort = new AbortController();
    const done = attempt(item.delivery, abort.signal)
      .catch(onError) // the lease lapses and the delivery is retaken
      .finally(() => {
        inFlight.delete(item.delivery.id);
        lane.running--;
        item.finished();
        const next = stopping ? undefined : lane.waiting.shift();
        if (next) return start(endpointId, next);
        if (lane.running === 0 && lane.waiting.length === 0) lanes.delete(endpointId);
        wake();
      });
    inFlight.set(item.delivery.id, { done, abort });
  }

  /**
   * Claims due deliveries for the free room of the pool (attempts running); per endpoint, its running and
   * waiting ones stay within twice its limit, so a stalled endpoint's leases stay few.
   */
  async function claimAndLaunch(): Promise<{ room: number; started: Promise<void>[]; at: Date }> {
    const room = maxInFlight - inFlight.size;
    const at = deps.clock.now();
    if (room <= 0) return { room, started: [], at };
    const due = await deps.storage.webhookDeliveries.claimDue(room, at, leaseMs, 2 * perEndpoint);
    return { room, started: due.map(launch), at };
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
  async function idleFor(claimedAt: Date): Promise<number> {
    // Due by claimedAt and not claimed: its endpoint (or the pool) is full, and a finishing attempt wakes us.
    // Due since then (a retry that came due while we claimed): at once.
    const next = await deps.storage.webhookDeliveries.nextDueAt(claimedAt);
    return next ? Math.max(0, Math.min(next.getTime() - deps.clock.now().getTime(), pollMs)) : pollMs;
  }

  async function run(): Promise<void> {
    let lastFanOut = Number.NEGATIVE_INFINITY;
    let fanned = 0;
    while (running) {
      woken = false;
      let more = false;
      let delay = pollMs;
      try {
        // New outbox rows: every pass while there are some, else once per poll interval. A pass woken by a
        // finishing attempt only claims (that is what the freed slot is for).
        if (fanned > 0 || performance.now() - lastFanOut >= pollMs) {
          lastFanOut = performance.now();
          fanned = await fanOutBatch();
        }
        const { room, started, at } = await claimAndLaunch();
        // New deliveries, or a claim that filled every free slot: there may be more right now.
        more = fanned > 0 || (room > 0 && started.length === room);
        if (!more) delay = Math.min(await idleFor(at), Math.max(1, lastFanOut + pollMs - performance.now()));
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
      stopping = false;
      loop = run();
    },
    async stop() {
      running = false;
      stopping = true;
      wake();
      await loop;
      loop = undefined;
      // Deliveries waiting in line were never attempted: released, due again at once for whoever runs next.
      const waiting = [...lanes.values()].flatMap((lane) => lane.waiting.splice(0));
      if (waiting.length)
        await deps.storage.webhookDeliveries.release(waiting.map((w) => w.delivery.id)).catch(onError);
      for (const w of waiting) w.finished();
      for (const { abort } of inFlight.values()) abort.abort();
      await Promise.all([...inFlight.values()].map((f) => f.done));
    },
  };
}
