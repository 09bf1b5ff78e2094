import type { Kysely, Selectable } from 'kysely';
import type { AuditEventRecord, AuditEventType } from '../../../app/ports/records.js';
import type { AuditQuery, AuditRepo, Page } from '../../../app/ports/storage.js';
import { type Codec, readDate } from '../dialect.js';
import { fetchSize, toPage } from '../pagination.js';
import type { AuditEventsTable, Database } from '../schema.js';

/** Append-only. The database refuses UPDATE and DELETE on audit_events (triggers in the migration). */
export class SqlAuditRepo implements AuditRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  async append(e: AuditEventRecord): Promise<void> {
    await this.db
      .insertInto('audit_events')
      .values({
        id: e.id,
        account_id: e.accountId,
        type: e.type,
        occurred_at: this.codec.timestamp(e.occurredAt),
        actor_type: e.actorType,
        actor_id: e.actorId,
        gstin: e.gstin,
        client_id: e.clientId,
        request_id: e.requestId,
        ip: e.ip,
        data: this.codec.json(e.data ?? {}),
        tenant_id: e.tenantId ?? null,
      })
      .execute();
  }

  /** Newest first (ids are time-ordered); `from` and `to` bound occurredAt, both inclusive. */
  async list(accountId: string, query: AuditQuery): Promise<Page<AuditEventRecord>> {
    let q = this.db.selectFrom('audit_events').selectAll().where('account_id', '=', accountId);
    if (query.tenantId !== undefined) q = q.where('tenant_id', '=', query.tenantId);
    if (query.type !== undefined) q = q.where('type', '=', query.type);
    if (query.gstin !== undefined) q = q.where('gstin', '=', query.gstin);
    if (query.from !== undefined) q = q.where('occurred_at', '>=', this.codec.timestamp(query.from));
    if (query.to !== undefined) q = q.where('occurred_at', '<=', this.codec.timestamp(query.to));
    if (query.startingAfter !== undefined) q = q.where('id', '<', query.startingAfter);
    const rows = await q.orderBy('id', 'desc').limit(fetchSize(query)).execute();
    return toPage(rows, query, (r) => this.toEvent(r));
  }

  private toEvent(r: Selectable<AuditEventsTable>): AuditEventRecord {
    return {
      id: r.id,
      accountId: r.account_id,
      type: r.type as AuditEventType,
      occurredAt: readDate(r.occurred_at),
      actorType: r.actor_type as AuditEventRecord['actorType'],
      actorId: r.actor_id,
      gstin: r.gstin,
      clientId: r.client_id,
      requestId: r.request_id,
      ip: r.ip,
      data: (this.codec.parseJson(r.data) ?? {}) as Record<string, unknown>,
      tenantId: r.tenant_id ?? null,
    };
  }
}
