import type { Kysely, Selectable, Updateable } from 'kysely';
import type { WebhookEndpointRecord } from '../../../app/ports/records.js';
import type { Page, PageQuery, WebhookEndpointRepo } from '../../../app/ports/storage.js';
import { type Codec, readBoolean, readDate, readDateOrNull } from '../dialect.js';
import { fetchSize, toPage } from '../pagination.js';
import type { Database, WebhookEndpointsTable } from '../schema.js';

/** Deletion is soft (deletedAt): get and list never return deleted endpoints. */
export class SqlWebhookEndpointRepo implements WebhookEndpointRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  async insert(e: WebhookEndpointRecord): Promise<void> {
    await this.db
      .insertInto('webhook_endpoints')
      .values({ id: e.id, account_id: e.accountId, created_at: this.codec.timestamp(e.createdAt), ...this.mutable(e) })
      .execute();
  }

  async update(e: WebhookEndpointRecord): Promise<void> {
    await this.db
      .updateTable('webhook_endpoints')
      .set(this.mutable(e))
      .where('account_id', '=', e.accountId)
      .where('id', '=', e.id)
      .execute();
  }

  async get(accountId: string, id: string): Promise<WebhookEndpointRecord | undefined> {
    const row = await this.live(accountId).where('id', '=', id).executeTakeFirst();
    return row && this.toEndpoint(row);
  }

  /** Newest first (ids are time-ordered). */
  async list(accountId: string, page: PageQuery): Promise<Page<WebhookEndpointRecord>> {
    let q = this.live(accountId);
    if (page.startingAfter !== undefined) q = q.where('id', '<', page.startingAfter);
    const rows = await q.orderBy('id', 'desc').limit(fetchSize(page)).execute();
    return toPage(rows, page, (r) => this.toEndpoint(r));
  }

  private live(accountId: string) {
    return this.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('deleted_at', 'is', null);
  }

  private mutable(e: WebhookEndpointRecord) {
    const c = this.codec;
    return {
      url: e.url,
      description: e.description,
      events: c.json(e.events ?? []),
      gstins: c.json(e.gstins ?? []),
      enabled: c.boolean(e.enabled),
      secret_enc: e.secretEnc,
      previous_secret_enc: e.previousSecretEnc,
      previous_secret_expires_at: c.timestampOrNull(e.previousSecretExpiresAt),
      updated_at: c.timestamp(e.updatedAt),
      deleted_at: c.timestampOrNull(e.deletedAt),
    } satisfies Updateable<WebhookEndpointsTable>;
  }

  private toEndpoint(r: Selectable<WebhookEndpointsTable>): WebhookEndpointRecord {
    return {
      id: r.id,
      accountId: r.account_id,
      url: r.url,
      description: r.description,
      events: (this.codec.parseJson(r.events) ?? []) as string[],
      gstins: (this.codec.parseJson(r.gstins) ?? []) as string[],
      enabled: readBoolean(r.enabled),
      secretEnc: r.secret_enc,
      previousSecretEnc: r.previous_secret_enc,
      previousSecretExpiresAt: readDateOrNull(r.previous_secret_expires_at),
      createdAt: readDate(r.created_at),
      updatedAt: readDate(r.updated_at),
      deletedAt: readDateOrNull(r.deleted_at),
    };
  }
}
