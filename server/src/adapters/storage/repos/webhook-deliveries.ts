// Deliveries (one per event and endpoint) and their attempt log. The sender claims due deliveries with a
// lease, like the outbox, so a crashed sender's work is retaken once the lease lapses.
import type { Kysely, Selectable, UpdateQueryBuilder, UpdateResult } from 'kysely';
import type {
  DeliveryAttemptRecord,
  DeliveryStatus,
  WebhookDeliveryRecord,
  WebhookDeliveryWithAttempts,
} from '../../../app/ports/records.js';
import type { AttemptOutcome, DeliveryQuery, Page, WebhookDeliveryRepo } from '../../../app/ports/storage.js';
import { type Codec, readDate, readDateOrNull, readNumber, readNumberOrNull, type SqlTimestamp } from '../dialect.js';
import { fetchSize, toPage } from '../pagination.js';
import type { Database } from '../schema.js';
import { atomically } from './atomic.js';
import {
  type WebhookDatabase,
  type WebhookDeliveriesTable,
  type WebhookDeliveryAttemptsTable,
  withWebhookTables,
} from './webhook-schema.js';

type LeaseUpdate = UpdateQueryBuilder<WebhookDatabase, 'webhook_deliveries', 'webhook_deliveries', UpdateResult>;

export class SqlWebhookDeliveryRepo implements WebhookDeliveryRepo {
  readonly #db: Kysely<WebhookDatabase>;

  constructor(
    private readonly base: Kysely<Database>,
    private readonly codec: Codec,
  ) {
    this.#db = withWebhookTables(base);
  }

  async insert(d: WebhookDeliveryRecord): Promise<boolean> {
    const c = this.codec;
    const result = await this.#db
      .insertInto('webhook_deliveries')
      .values({
        id: d.id,
        account_id: d.accountId,
        endpoint_id: d.endpointId,
        event_id: d.eventId,
        event_type: d.eventType,
        gstin: d.gstin,
        body: d.body,
        status: d.status,
        attempt_count: d.attemptCount,
        schedule_start: d.scheduleStart,
        next_attempt_at: c.timestampOrNull(d.nextAttemptAt),
        lease_until: null,
        created_at: c.timestamp(d.createdAt),
        updated_at: c.timestamp(d.updatedAt),
      })
      .onConflict((oc) => oc.columns(['event_id', 'endpoint_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async get(accountId: string, id: string): Promise<WebhookDeliveryWithAttempts | undefined> {
    const row = await this.#db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return (await this.#withAttempts([row]))[0];
  }

  async list(accountId: string, query: DeliveryQuery): Promise<Page<WebhookDeliveryWithAttempts>> {
    let q = this.#db.selectFrom('webhook_deliveries').selectAll().where('account_id', '=', accountId);
    if (query.endpointId) q = q.where('endpoint_id', '=', query.endpointId);
    if (query.tenantId !== undefined) {
      const tenantId = query.tenantId;
      q = q.where('endpoint_id', 'in', (eb) =>
        eb
          .selectFrom('webhook_endpoints')
          .select('webhook_endpoints.id')
          .where('webhook_endpoints.account_id', '=', accountId)
          .where('webhook_endpoints.tenant_id', '=', tenantId),
      );
    }
    if (query.status) q = q.where('status', '=', query.status);
    if (query.eventType) q = q.where('event_type', '=', query.eventType);
    if (query.startingAfter !== undefined) q = q.where('id', '<', query.startingAfter);
    const rows = await q.orderBy('id', 'desc').limit(fetchSize(query)).execute();
    const page = toPage(rows, query, (r) => r);
    return { items: await this.#withAttempts(page.items), hasMore: page.hasMore };
  }

  /**
   * Without `perEndpoint`: one UPDATE with a (SKIP LOCKED) subquery, as OutboxRepo.claimBatch.
   * With it, two reads over index ranges and one UPDATE:
   *   1. the in-flight (leased) count per endpoint, from the leased rows only (webhook_deliveries_leases);
   *   2. the soonest claimable due deliveries of endpoints below their cap, in due order, at most limit + 2 x cap
   *      (webhook_deliveries_due_endpoint; a saturated endpoint's backlog is skipped inside the index);
   *   3. per endpoint, its first `cap - inFlight` of those, up to `limit`, leased by one UPDATE that re-checks
   *      status and lease: a concurrent claimer that took a row first (PostgreSQL: waits for its commit, then
   *      re-reads the row) makes this one skip it, so no row is claimed twice.
   * Two claimers that count in-flight rows at the same moment can both fill an endpoint's room: the cap holds
   * per claimer, so with P processes at most P x cap.
   */
  async claimDue(limit: number, now: Date, leaseMs: number, perEndpoint?: number): Promise<WebhookDeliveryRecord[]> {
    const c = this.codec;
    const ts = c.timestamp(now);
    const until = c.timestamp(new Date(now.getTime() + leaseMs));
    const take = Math.max(1, Math.floor(limit));
    if (perEndpoint === undefined || !Number.isFinite(perEndpoint)) {
      let ids = this.#due(ts).select('d.id').orderBy('d.next_attempt_at').limit(take);
      if (c.dialect === 'postgres') ids = ids.forUpdate(['d']).skipLocked(); // OF d: never the endpoint row
      return this.#lease(
        this.#db.updateTable('webhook_deliveries').set({ lease_until: until }).where('id', 'in', ids),
        ts,
      );
    }
    const cap = Math.max(1, Math.floor(perEndpoint));
    const busy = new Map<string, number>();
    const leased = await this.#db
      .selectFrom('webhook_deliveries')
      .select((eb) => ['endpoint_id', eb.fn.countAll<number | string>().as('n')])
      .where('status', '=', 'pending')
      .where('lease_until', '>', ts)
      .groupBy('endpoint_id')
      .execute();
    for (const r of leased) busy.set(r.endpoint_id, Number(r.n));
    const saturated = [...busy].filter(([, n]) => n >= cap).map(([id]) => id);
    let candidates = this.#due(ts)
      .select(['d.id', 'd.endpoint_id'])
      .orderBy('d.next_attempt_at')
      .limit(Math.min(take * 2, take + 2 * cap));
    if (saturated.length) candidates = candidates.where('d.endpoint_id', 'not in', saturated);
    const picked: string[] = [];
    for (const row of await candidates.execute()) {
      const n = busy.get(row.endpoint_id) ?? 0;
      if (n >= cap) continue;
      busy.set(row.endpoint_id, n + 1);
      picked.push(row.id);
      if (picked.length >= take) break;
    }
    if (picked.length === 0) return [];
    return this.#lease(
      this.#db.updateTable('webhook_deliveries').set({ lease_until: until }).where('id', 'in', picked),
      ts,
    );
  }

  /** Runs a lease UPDATE, re-checking status and lease in the UPDATE itself. */
  async #lease(update: LeaseUpdate, ts: SqlTimestamp): Promise<WebhookDeliveryRecord[]> {
    const rows = await update
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', ts)]))
      .returningAll()
      .execute();
    return rows
      .map((r) => this.#toDelivery(r))
      .sort((a, b) => (a.nextAttemptAt?.getTime() ?? 0) - (b.nextAttemptAt?.getTime() ?? 0));
  }

  async nextDueAt(after: Date): Promise<Date | null> {
    const ts = this.codec.timestamp(after);
    const row = await this.#live()
      .where('d.status', '=', 'pending')
      .where('d.next_attempt_at', '>', ts)
      .where((eb) => eb.or([eb('d.lease_until', 'is', null), eb('d.lease_until', '<=', ts)]))
      .select((eb) => eb.fn.min('d.next_attempt_at').as('next'))
      .executeTakeFirst();
    return readDateOrNull(row?.next ?? null);
  }

  async release(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#db
      .updateTable('webhook_deliveries')
      .set({ lease_until: null })
      .where('id', 'in', [...ids])
      .where('status', '=', 'pending')
      .execute();
  }

  /** Deliveries of live, enabled endpoints (a disabled endpoint keeps its deliveries pending until enabled). */
  #live() {
    const c = this.codec;
    return this.#db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_endpoints as e', (j) => j.onRef('e.id', '=', 'd.endpoint_id'))
      .where('e.enabled', '=', c.boolean(true))
      .where('e.deleted_at', 'is', null);
  }

  /** Pending, due at `ts`, lease free. */
  #due(ts: SqlTimestamp) {
    return this.#live()
      .where('d.status', '=', 'pending')
      .where('d.next_attempt_at', '<=', ts)
      .where((eb) => eb.or([eb('d.lease_until', 'is', null), eb('d.lease_until', '<=', ts)]));
  }

  async recordAttempt(a: DeliveryAttemptRecord, outcome: AttemptOutcome): Promise<void> {
    const c = this.codec;
    await atomically(this.base, async (db) => {
      const wdb = withWebhookTables(db);
      await wdb
        .insertInto('webhook_delivery_attempts')
        .values({
          id: a.id,
          delivery_id: a.deliveryId,
          attempted_at: c.timestamp(a.attemptedAt),
          status_code: a.statusCode,
          latency_ms: a.latencyMs,
          response_excerpt: a.responseExcerpt,
          error: a.error,
        })
        .execute();
      await wdb
        .updateTable('webhook_deliveries')
        .set((eb) => ({
          attempt_count: eb('attempt_count', '+', 1),
          status: outcome.status,
          next_attempt_at: c.timestampOrNull(outcome.nextAttemptAt),
          lease_until: null,
          updated_at: c.timestamp(a.attemptedAt),
        }))
        .where('id', '=', a.deliveryId)
        .execute();
    });
  }

  async replay(accountId: string, id: string, now: Date): Promise<WebhookDeliveryRecord | undefined> {
    const c = this.codec;
    const row = await this.#db
      .updateTable('webhook_deliveries')
      .set((eb) => ({
        status: 'pending',
        next_attempt_at: c.timestamp(now),
        schedule_start: eb.ref('attempt_count'),
        lease_until: null,
        updated_at: c.timestamp(now),
      }))
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && this.#toDelivery(row);
  }

  async abandonPending(accountId: string, endpointId: string, at: Date): Promise<number> {
    const result = await this.#db
      .updateTable('webhook_deliveries')
      .set({ status: 'dead', next_attempt_at: null, lease_until: null, updated_at: this.codec.timestamp(at) })
      .where('account_id', '=', accountId)
      .where('endpoint_id', '=', endpointId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async #withAttempts(rows: Selectable<WebhookDeliveriesTable>[]): Promise<WebhookDeliveryWithAttempts[]> {
    if (rows.length === 0) return [];
    const attempts = await this.#db
      .selectFrom('webhook_delivery_attempts')
      .selectAll()
      .where(
        'delivery_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('id')
      .execute();
    const byDelivery = new Map<string, DeliveryAttemptRecord[]>();
    for (const a of attempts) {
      const list = byDelivery.get(a.delivery_id) ?? [];
      list.push(toAttempt(a));
      byDelivery.set(a.delivery_id, list);
    }
    return rows.map((r) => ({ delivery: this.#toDelivery(r), attempts: byDelivery.get(r.id) ?? [] }));
  }

  #toDelivery(r: Selectable<WebhookDeliveriesTable>): WebhookDeliveryRecord {
    return {
      id: r.id,
      accountId: r.account_id,
      endpointId: r.endpoint_id,
      eventId: r.event_id,
      eventType: r.event_type,
      gstin: r.gstin,
      body: r.body,
      status: r.status as DeliveryStatus,
      attemptCount: readNumber(r.attempt_count),
      scheduleStart: readNumber(r.schedule_start),
      nextAttemptAt: readDateOrNull(r.next_attempt_at),
      createdAt: readDate(r.created_at),
      updatedAt: readDate(r.updated_at),
    };
  }
}

function toAttempt(a: Selectable<WebhookDeliveryAttemptsTable>): DeliveryAttemptRecord {
  return {
    id: a.id,
    deliveryId: a.delivery_id,
    attemptedAt: readDate(a.attempted_at),
    statusCode: readNumberOrNull(a.status_code),
    latencyMs: readNumber(a.latency_ms),
    responseExcerpt: a.response_excerpt,
    error: a.error,
  };
}
