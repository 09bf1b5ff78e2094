import type { Kysely, Selectable, Updateable } from 'kysely';
import type { EndpointDisabledReason, WebhookEndpointRecord } from '../../../app/ports/records.js';
import type { Page, PageQuery, WebhookEndpointRepo } from '../../../app/ports/storage.js';
import { type Codec, readBoolean, readDate, readDateOrNull } from '../dialect.js';
import { fetchSize, toPage } from '../pagination.js';
import type { Database, WebhookEndpointsTable } from '../schema.js';
import { type WebhookDatabase, type WebhookEndpointHealthColumns, withWebhookTables } from './webhook-schema.js';

type EndpointRow = Selectable<WebhookEndpointsTable> & Selectable<WebhookEndpointHealthColumns>;

/** Deletion is soft (deletedAt): get and list never return deleted endpoints. */
export class SqlWebhookEndpointRepo implements WebhookEndpointRepo {
  readonly #db: Kysely<WebhookDatabase>;

  constructor(
    db: Kysely<Database>,
    private readonly codec: Codec,
  ) {
    this.#db = withWebhookTables(db);
  }

  async insert(e: WebhookEndpointRecord): Promise<void> {
    await this.#db
      .insertInto('webhook_endpoints')
      .values({
        id: e.id,
        account_id: e.accountId,
        tenant_id: e.tenantId ?? null,
        created_at: this.codec.timestamp(e.createdAt),
        ...this.mutable(e),
      })
      .execute();
  }

  async update(e: WebhookEndpointRecord): Promise<void> {
    await this.#db
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
  async list(accountId: string, page: PageQuery & { tenantId?: string }): Promise<Page<WebhookEndpointRecord>> {
    let q = this.live(accountId);
    if (page.tenantId !== undefined) q = q.where('tenant_id', '=', page.tenantId);
    if (page.startingAfter !== undefined) q = q.where('id', '<', page.startingAfter);
    const rows = await q.orderBy('id', 'desc').limit(fetchSize(page)).execute();
    return toPage(rows, page, (r) => this.toEndpoint(r));
  }

  async recordHealth(accountId: string, id: string, ok: boolean, at: Date): Promise<void> {
    const q = this.#db.updateTable('webhook_endpoints').where('account_id', '=', accountId).where('id', '=', id);
    // Conditional, so the common case (healthy and succeeding) writes nothing.
    if (ok) await q.set({ failing_since: null }).where('failing_since', 'is not', null).execute();
    else
      await q
        .set({ failing_since: this.codec.timestamp(at) })
        .where('failing_since', 'is', null)
        .execute();
  }

  async disableFailing(
    accountId: string,
    id: string,
    failingSinceAtOrBefore: Date,
    at: Date,
  ): Promise<WebhookEndpointRecord | undefined> {
    const c = this.codec;
    const row = await this.#db
      .updateTable('webhook_endpoints')
      .set({
        enabled: c.boolean(false),
        disabled_reason: 'failing' satisfies EndpointDisabledReason,
        disabled_at: c.timestamp(at),
        updated_at: c.timestamp(at),
      })
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .where('enabled', '=', c.boolean(true))
      .where('deleted_at', 'is', null)
      .where('failing_since', '<=', c.timestamp(failingSinceAtOrBefore))
      .returningAll()
      .executeTakeFirst();
    return row && this.toEndpoint(row);
  }

  private live(accountId: string) {
    return this.#db
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
      failing_since: c.timestampOrNull(e.failingSince ?? null),
      disabled_reason: e.disabledReason ?? null,
      disabled_at: c.timestampOrNull(e.disabledAt ?? null),
      updated_at: c.timestamp(e.updatedAt),
      deleted_at: c.timestampOrNull(e.deletedAt),
    } satisfies Updateable<WebhookEndpointsTable> & Updateable<WebhookEndpointHealthColumns>;
  }

  private toEndpoint(r: EndpointRow): WebhookEndpointRecord {
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
      failingSince: readDateOrNull(r.failing_since),
      disabledReason: (r.disabled_reason as EndpointDisabledReason | null) ?? null,
      disabledAt: readDateOrNull(r.disabled_at),
      createdAt: readDate(r.created_at),
      updatedAt: readDate(r.updated_at),
      deletedAt: readDateOrNull(r.deleted_at),
      tenantId: r.tenant_id ?? null,
    };
  }
}
