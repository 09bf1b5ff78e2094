// The dispatcher's side of the outbox (claim with a lease, mark dispatched), on top of SqlOutboxRepo's append.
import type { Kysely, Selectable } from 'kysely';
import type { OutboxEventRecord } from '../../../app/ports/records.js';
import type { OutboxRepo } from '../../../app/ports/storage.js';
import { type Codec, readDate, readDateOrNull } from '../dialect.js';
import type { Database } from '../schema.js';
import { referencedDocument, referenceTo, SIGNED_FIELDS, SqlOutboxRepo } from './outbox.js';
import { type WebhookDatabase, withWebhookTables } from './webhook-schema.js';

export class SqlOutboxDispatchRepo extends SqlOutboxRepo implements OutboxRepo {
  readonly #db: Kysely<WebhookDatabase>;
  readonly #codec: Codec;

  constructor(db: Kysely<Database>, codec: Codec) {
    super(db, codec);
    this.#db = withWebhookTables(db);
    this.#codec = codec;
  }

  /**
   * One UPDATE .. WHERE id IN (SELECT .. LIMIT n [FOR UPDATE SKIP LOCKED]) RETURNING: the claim is atomic on
   * both databases. On PostgreSQL, SKIP LOCKED lets concurrent claimers take disjoint rows instead of queueing
   * behind each other; SQLite has a single writer, so the statement alone is enough there.
   */
  async claimBatch(
    limit: number,
    now: Date,
    leaseMs: number,
    options: { signedPayload?: boolean } = {},
  ): Promise<OutboxEventRecord[]> {
    const c = this.#codec;
    let due = this.#db
      .selectFrom('outbox_events')
      .select('id')
      .where('dispatched_at', 'is', null)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', c.timestamp(now))]))
      .orderBy('id')
      .limit(Math.max(1, Math.floor(limit)));
    if (c.dialect === 'postgres') due = due.forUpdate().skipLocked();
    const rows = await this.#db
      .updateTable('outbox_events')
      .set({ lease_until: c.timestamp(new Date(now.getTime() + leaseMs)) })
      .where('id', 'in', due)
      .returningAll()
      .execute();
    const events = rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => this.#toRecord(r));
    return options.signedPayload === false ? events : this.withSignedPayload(events);
  }

  /** Puts back the signed JWTs that append() stored by reference (one read for the whole batch). */
  async withSignedPayload(events: OutboxEventRecord[]): Promise<OutboxEventRecord[]> {
    const ids = [...new Set(events.map((e) => referencedDocument(e.payload)).filter((id) => id !== undefined))];
    if (ids.length === 0) return events;
    const docs = await this.#db
      .selectFrom('documents')
      .select(['id', 'signed_invoice', 'signed_qr_code'])
      .where('id', 'in', ids)
      .execute();
    const byId = new Map(docs.map((d) => [d.id, d]));
    return events.map((e) => {
      const id = referencedDocument(e.payload);
      const doc = id === undefined ? undefined : byId.get(id);
      if (!doc) return e;
      const payload = e.payload as { data: Record<string, unknown> };
      const data = { ...payload.data };
      for (const [field, column] of SIGNED_FIELDS) if (data[field] === referenceTo(column)) data[field] = doc[column];
      return { ...e, payload: { ...payload, data } };
    });
  }

  async markDispatched(ids: readonly string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.#db
      .updateTable('outbox_events')
      .set({ dispatched_at: this.#codec.timestamp(at), lease_until: null })
      .where('id', 'in', ids)
      .execute();
  }

  #toRecord(r: Selectable<WebhookDatabase['outbox_events']>): OutboxEventRecord {
    return {
      id: r.id,
      accountId: r.account_id,
      gstin: r.gstin,
      type: r.type,
      payload: this.#codec.parseJson(r.payload),
      createdAt: readDate(r.created_at),
      dispatchedAt: readDateOrNull(r.dispatched_at),
    };
  }
}
