import type { Kysely, Selectable } from 'kysely';
import type { AccountRecord, ApiKeyRecord, Environment } from '../../../app/ports/records.js';
import type { AccountRepo, ApiKeyRepo } from '../../../app/ports/storage.js';
import { type Codec, readDate, readDateOrNull, readNumber } from '../dialect.js';
import type { AccountsTable, ApiKeysTable, Database } from '../schema.js';

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
      })
      .execute();
  }

  async findByPrefix(prefix: string): Promise<ApiKeyRecord[]> {
    const rows = await this.db.selectFrom('api_keys').selectAll().where('prefix', '=', prefix).orderBy('id').execute();
    return rows.map(toApiKey);
  }
}

function toApiKey(r: Selectable<ApiKeysTable>): ApiKeyRecord {
  return {
    id: r.id,
    accountId: r.account_id,
    prefix: r.prefix,
    hash: r.hash,
    createdAt: readDate(r.created_at),
    revokedAt: readDateOrNull(r.revoked_at),
  };
}
