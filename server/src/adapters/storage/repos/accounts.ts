import type { Kysely, Selectable } from 'kysely';
import type {
  AccountRecord,
  ApiKeyRecord,
  Environment,
  Permission,
  Plan,
  TenantRecord,
} from '../../../app/ports/records.js';
import type { AccountRepo, ApiKeyRepo, Page, PageQuery, TenantRepo } from '../../../app/ports/storage.js';
import { type Codec, readDate, readDateOrNull, readNumber } from '../dialect.js';
import { fetchSize, toPage } from '../pagination.js';
import type { AccountsTable, ApiKeysTable, Database, TenantsTable } from '../schema.js';

export class SqlAccountRepo implements AccountRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  async insert(a: AccountRecord): Promise<void> {
    await this.db
      .insertInto('accounts')
      .values({
        id: a.id,
        name: a.name,
        environment: a.environment,
        created_at: this.codec.timestamp(a.createdAt),
        api_version: a.apiVersion,
      })
      .execute();
  }

  async get(id: string): Promise<AccountRecord | undefined> {
    const row = await this.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toAccount(row);
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return readNumber(row.n);
  }
}

function toAccount(r: Selectable<AccountsTable>): AccountRecord {
  return {
    id: r.id,
    name: r.name,
    environment: r.environment as Environment,
    createdAt: readDate(r.created_at),
    apiVersion: r.api_version,
  };
}

export class SqlApiKeyRepo implements ApiKeyRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  async insert(k: ApiKeyRecord): Promise<void> {
    await this.db
      .insertInto('api_keys')
      .values({
        id: k.id,
        account_id: k.accountId,
        prefix: k.prefix,
        hash: k.hash,
        created_at: this.codec.timestamp(k.createdAt),
        revoked_at: this.codec.timestampOrNull(k.revokedAt),
        tenant_id: k.tenantId ?? null,
        name: k.name ?? null,
        permissions: k.permissions ? this.codec.json(k.permissions) : null,
        last4: k.last4 ?? null,
        last_used_at: this.codec.timestampOrNull(k.lastUsedAt ?? null),
        expires_at: this.codec.timestampOrNull(k.expiresAt ?? null),
        rolled_into: k.rolledInto ?? null,
      })
      .execute();
  }

  async findByPrefix(prefix: string): Promise<ApiKeyRecord[]> {
    const rows = await this.db.selectFrom('api_keys').selectAll().where('prefix', '=', prefix).orderBy('id').execute();
    return rows.map((r) => this.toApiKey(r));
  }

  /** Live restricted keys: the account key has no permissions, an old secret's row names its key, a revoked key is gone. */
  private restricted(accountId: string) {
    return this.db
      .selectFrom('api_keys')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('permissions', 'is not', null)
      .where('rolled_into', 'is', null)
      .where('revoked_at', 'is', null);
  }

  async get(accountId: string, id: string): Promise<ApiKeyRecord | undefined> {
    const row = await this.restricted(accountId).where('id', '=', id).executeTakeFirst();
    return row && this.toApiKey(row);
  }

  async list(accountId: string, page: PageQuery): Promise<Page<ApiKeyRecord>> {
    let q = this.restricted(accountId);
    if (page.startingAfter !== undefined) q = q.where('id', '<', page.startingAfter);
    const rows = await q.orderBy('id', 'desc').limit(fetchSize(page)).execute();
    return toPage(rows, page, (r) => this.toApiKey(r));
  }

  async roll(
    accountId: string,
    id: string,
    next: Pick<ApiKeyRecord, 'prefix' | 'hash' | 'last4'>,
    previous: ApiKeyRecord | undefined,
  ): Promise<boolean> {
    if (previous) await this.insert(previous);
    const result = await this.db
      .updateTable('api_keys')
      .set({ prefix: next.prefix, hash: next.hash, last4: next.last4 ?? null })
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async revoke(accountId: string, id: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('api_keys')
      .set({ revoked_at: this.codec.timestamp(at) })
      .where('account_id', '=', accountId)
      .where((eb) => eb.or([eb('id', '=', id), eb('rolled_into', '=', id)]))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async expirePrevious(accountId: string, id: string, at: Date): Promise<void> {
    await this.db
      .updateTable('api_keys')
      .set({ expires_at: this.codec.timestamp(at) })
      .where('account_id', '=', accountId)
      .where('rolled_into', '=', id)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', this.codec.timestamp(at))]))
      .execute();
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.db
      .updateTable('api_keys')
      .set({ last_used_at: this.codec.timestamp(at) })
      .where('id', '=', id)
      .execute();
  }

  private toApiKey(r: Selectable<ApiKeysTable>): ApiKeyRecord {
    return {
      id: r.id,
      accountId: r.account_id,
      prefix: r.prefix,
      hash: r.hash,
      createdAt: readDate(r.created_at),
      revokedAt: readDateOrNull(r.revoked_at),
      tenantId: r.tenant_id ?? null,
      permissions: r.permissions === null ? null : (this.codec.parseJson(r.permissions) as Permission[]),
      name: r.name ?? null,
      last4: r.last4 ?? null,
      lastUsedAt: readDateOrNull(r.last_used_at),
      expiresAt: readDateOrNull(r.expires_at),
      rolledInto: r.rolled_into ?? null,
    };
  }
}

export class SqlTenantRepo implements TenantRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  async insert(t: TenantRecord): Promise<void> {
    await this.db
      .insertInto('tenants')
      .values({ id: t.id, account_id: t.accountId, created_at: this.codec.timestamp(t.createdAt), ...this.mutable(t) })
      .execute();
  }

  private mutable(t: TenantRecord) {
    return {
      name: t.name,
      metadata: this.codec.json(t.metadata) ?? '{}',
      plan: t.plan,
      rate_limit_rps: t.rateLimitRps,
      updated_at: this.codec.timestamp(t.updatedAt),
    };
  }

  async get(accountId: string, id: string): Promise<TenantRecord | undefined> {
    const row = await this.db
      .selectFrom('tenants')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && this.toTenant(row);
  }

  async list(accountId: string, page: PageQuery): Promise<Page<TenantRecord>> {
    let q = this.db.selectFrom('tenants').selectAll().where('account_id', '=', accountId);
    if (page.startingAfter !== undefined) q = q.where('id', '<', page.startingAfter);
    const rows = await q.orderBy('id', 'desc').limit(fetchSize(page)).execute();
    return toPage(rows, page, (r) => this.toTenant(r));
  }

  async update(t: TenantRecord): Promise<void> {
    await this.db
      .updateTable('tenants')
      .set(this.mutable(t))
      .where('account_id', '=', t.accountId)
      .where('id', '=', t.id)
      .execute();
  }

  private toTenant(r: Selectable<TenantsTable>): TenantRecord {
    return {
      id: r.id,
      accountId: r.account_id,
      name: r.name,
      metadata: (this.codec.parseJson(r.metadata) ?? {}) as Record<string, string>,
      plan: r.plan as Plan,
      rateLimitRps: readNumber(r.rate_limit_rps),
      createdAt: readDate(r.created_at),
      updatedAt: readDate(r.updated_at),
    };
  }
}
