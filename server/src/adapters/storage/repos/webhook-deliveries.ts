// Deliveries (one per event and endpoint) and their attempt log. The sender claims due deliveries with a
// lease, like the outbox, so a crashed sender's work is retaken once the lease lapses.
import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely';
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
    if (query.status) q = q.where('status', '=', query.status);
    if (query.eventType) q = q.where('event_type', '=', query.eventType);
    if (query.startingAfter !== undefined) q = q.where('id', '<', query.startingAfter);
    const rows = await q.orderBy('id', 'desc').limit(fetchSize(query)).execute();
    const page = toPage(rows, query, (r) => r);
    return { items: await this.#withAttempts(page.items), hasMore: page.hasMore };
  }

  /**
   * Without `perEndpoint`: see OutboxRepo.claimBatch for why this is one UPDATE with a (SKIP LOCKED) subquery.
   * With it: candidates are ranked per endpoint (row_number over endpoint_id, soonest due first) and an endpoint
   * gets at most perEndpoint minus its deliveries already leased (in flight, in any process). PostgreSQL refuses
   * FOR UPDATE next to a window function, so that path relies on the outer UPDATE re-checking status and lease:
   * a concurrent claimer that loses the race for a row waits for the winner's commit, sees its lease and skips
   * the row (READ COMMITTED re-evaluates the UPDATE's WHERE on the new row version).
   */
  async claimDue(limit: number, now: Date, leaseMs: number, perEndpoint?: number): Promise<WebhookDeliveryRecord[]> {
    const c = this.codec;
    const ts = c.timestamp(now);
    const take = Math.max(1, Math.floor(limit));
    const free = (eb: ExpressionBuilder<WebhookDatabase, 'webhook_deliveries'>) =>
      eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', ts)]);
    const ids =
      perEndpoint === undefined || !Number.isFinite(perEndpoint)
        ? this.#oldestDue(ts, take)
        : this.#fairDue(ts, take, Math.max(1, Math.floor(perEndpoint)));
    const rows = await this.#db
      .updateTable('webhook_deliveries')
      .set({ lease_until: c.timestamp(new Date(now.getTime() + leaseMs)) })
      .where('id', 'in', ids)
      .where('status', '=', 'pending')
      .where(free)
      .returningAll()
      .execute();
    return rows
      .map((r) => this.#toDelivery(r))
      .sort((a, b) => (a.nextAttemptAt?.getTime() ?? 0) - (b.nextAttemptAt?.getTime() ?? 0));
  }

  async nextDueAt(now: Date): Promise<Date | null> {
    const ts = this.codec.timestamp(now);
    const row = await this.#live()
      .where('d.status', '=', 'pending')
      .where('d.next_attempt_at', 'is not', null)
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

  #oldestDue(ts: SqlTimestamp, take: number) {
    const due = this.#due(ts).select('d.id').orderBy('d.next_attempt_at').limit(take);
    return this.codec.dialect === 'postgres' ? due.forUpdate(['d']).skipLocked() : due; // OF d: never lock the endpoint row
  }

  /** Ranked per endpoint; an endpoint's rank plus its leased (in-flight) count must stay within the cap. */
  #fairDue(ts: SqlTimestamp, take: number, cap: number) {
    const ranked = this.#due(ts).select((eb) => [
      'd.id',
      'd.next_attempt_at',
      sql<number>`row_number() over (partition by d.endpoint_id order by d.next_attempt_at, d.id)`.as('rank'),
      eb
        .selectFrom('webhook_deliveries as b')
        .select((b) => b.fn.countAll<number>().as('n'))
        .whereRef('b.endpoint_id', '=', 'd.endpoint_id')
        .where('b.status', '=', 'pending')
        .where('b.lease_until', '>', ts)
        .as('busy'),
    ]);
    return this.#db
      .selectFrom(ranked.as('c'))
      .select('c.id')
      .where(sql<number>`c.rank + c.busy`, '<=', cap)
      .orderBy('c.next_attempt_at')
      .limit(take);
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
