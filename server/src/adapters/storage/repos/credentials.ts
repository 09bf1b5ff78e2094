import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  AccessTokenRecord,
  CredentialRecord,
  CredentialSecretRecord,
  Environment,
  Plan,
  Scope,
} from '../../../app/ports/records.js';
import type { CredentialRepo, Page, PageQuery, ResolvedToken, TokenRepo } from '../../../app/ports/storage.js';
import { compiled } from '../compiled.js';
import { type Codec, readBoolean, readDate, readDateOrNull, readNumber } from '../dialect.js';
import { fetchSize, toPage } from '../pagination.js';
import type { AccessTokensTable, CredentialSecretsTable, CredentialsTable, Database } from '../schema.js';
import { atomically } from './atomic.js';

/**
 * Resolved tokens kept in this process for a short while (issue #19: one statement less per request), for a
 * storage that one server process serves alone (RATE_LIMIT_STORE=memory, the SQLite default). Every write
 * that can change what resolve() answers (a credential or secret revoked, expired tokens deleted) goes through
 * the repositories here and empties it before and after its statement, so this process sees a revocation on
 * the next request. A read that raced a write is not kept: `generation` counts the invalidations, and a read
 * is kept only if none happened while it ran. TTL_MS bounds what a writer outside this process (a manual UPDATE) can go unseen for.
 * Failed lookups are never kept (a guessed token costs a read, as before).
 */
export class ResolvedTokenCache {
  static readonly TTL_MS = 2_000;
  static readonly MAX_ENTRIES = 10_000;
  readonly #entries = new Map<string, { value: ResolvedToken; at: number }>();
  #generation = 0;

  get(tokenHash: string, nowMs: number): ResolvedToken | undefined {
    const hit = this.#entries.get(tokenHash);
    if (hit && nowMs - hit.at < ResolvedTokenCache.TTL_MS) return hit.value;
    if (hit) this.#entries.delete(tokenHash);
    return undefined;
  }

  get generation(): number {
    return this.#generation;
  }

  /** Keeps `value` unless a write happened since `generation` was read. */
  set(tokenHash: string, value: ResolvedToken, generation: number, nowMs: number): void {
    if (generation !== this.#generation) return;
    if (this.#entries.size >= ResolvedTokenCache.MAX_ENTRIES) this.#entries.clear();
    this.#entries.set(tokenHash, { value, at: nowMs });
  }

  invalidate(): void {
    this.#generation++;
    this.#entries.clear();
  }
}

export class SqlCredentialRepo implements CredentialRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
    private readonly tokenCache?: ResolvedTokenCache,
  ) {}

  /** The credential and its first secret commit together: a credential without a secret is unusable. */
  async insert(c: CredentialRecord, firstSecret: CredentialSecretRecord): Promise<void> {
    if (firstSecret.clientId !== c.clientId) throw new Error('storage: firstSecret belongs to another credential');
    await atomically(this.db, async (db) => {
      await db
        .insertInto('credentials')
        .values({
          client_id: c.clientId,
          account_id: c.accountId,
          gstin: c.gstin,
          environment: c.environment,
          name: c.name,
          scopes: this.codec.json(c.scopes),
          plan: c.plan,
          rate_limit_rps: c.rateLimitRps,
          created_at: this.codec.timestamp(c.createdAt),
          revoked_at: this.codec.timestampOrNull(c.revokedAt),
          signing_key_enc: c.signingKeyEnc,
          require_signatures: this.codec.boolean(c.requireSignatures),
        })
        .execute();
      await new SqlCredentialRepo(db, this.codec).insertSecret(firstSecret);
    });
  }

  async get(clientId: string): Promise<CredentialRecord | undefined> {
    const row = await this.db
      .selectFrom('credentials')
      .selectAll()
      .where('client_id', '=', clientId)
      .executeTakeFirst();
    return row && this.toCredential(row);
  }

  /** Newest first; keyset (created_at, client_id) found from the cursor row, as for GSTINs. */
  async list(accountId: string, gstin: string, page: PageQuery): Promise<Page<CredentialRecord>> {
    let q = this.db
      .selectFrom('credentials')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('gstin', '=', gstin);
    if (page.startingAfter !== undefined) {
      q = q.where(
        sql<boolean>`(credentials.created_at, credentials.client_id) < (select c.created_at, c.client_id
          from credentials c where c.account_id = ${accountId} and c.gstin = ${gstin} and c.client_id = ${page.startingAfter})`,
      );
    }
    const rows = await q.orderBy('created_at', 'desc').orderBy('client_id', 'desc').limit(fetchSize(page)).execute();
    return toPage(rows, page, (r) => this.toCredential(r));
  }

  /** Keeps the first revocation time if called twice. */
  async revoke(clientId: string, at: Date): Promise<void> {
    this.tokenCache?.invalidate();
    await this.db
      .updateTable('credentials')
      .set({ revoked_at: this.codec.timestamp(at) })
      .where('client_id', '=', clientId)
      .where('revoked_at', 'is', null)
      .execute();
    this.tokenCache?.invalidate();
  }

  async secrets(clientId: string): Promise<CredentialSecretRecord[]> {
    const rows = await this.db
      .selectFrom('credential_secrets')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    return rows.map(toSecret);
  }

  async insertSecret(s: CredentialSecretRecord): Promise<void> {
    await this.db
      .insertInto('credential_secrets')
      .values({
        id: s.id,
        client_id: s.clientId,
        prefix: s.prefix,
        hash: s.hash,
        created_at: this.codec.timestamp(s.createdAt),
        expires_at: this.codec.timestampOrNull(s.expiresAt),
        revoked_at: this.codec.timestampOrNull(s.revokedAt),
        last_used_at: this.codec.timestampOrNull(s.lastUsedAt),
      })
      .execute();
  }

  /** False when the secret does not exist, belongs to another credential, or is already revoked. */
  async revokeSecret(clientId: string, secretId: string, at: Date): Promise<boolean> {
    this.tokenCache?.invalidate();
    const result = await this.db
      .updateTable('credential_secrets')
      .set({ revoked_at: this.codec.timestamp(at) })
      .where('client_id', '=', clientId)
      .where('id', '=', secretId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    this.tokenCache?.invalidate();
    return Number(result.numUpdatedRows) > 0;
  }

  async touchSecret(secretId: string, at: Date): Promise<void> {
    await this.db
      .updateTable('credential_secrets')
      .set({ last_used_at: this.codec.timestamp(at) })
      .where('id', '=', secretId)
      .execute();
  }

  private toCredential(r: Selectable<CredentialsTable>): CredentialRecord {
    return {
      clientId: r.client_id,
      accountId: r.account_id,
      gstin: r.gstin,
      environment: r.environment as Environment,
      name: r.name,
      scopes: this.codec.parseJson(r.scopes) as Scope[],
      plan: r.plan as Plan,
      rateLimitRps: readNumber(r.rate_limit_rps),
      createdAt: readDate(r.created_at),
      revokedAt: readDateOrNull(r.revoked_at),
      signingKeyEnc: r.signing_key_enc ?? null,
      requireSignatures: readBoolean(r.require_signatures),
    };
  }
}

function toSecret(r: Selectable<CredentialSecretsTable>): CredentialSecretRecord {
  return {
    id: r.id,
    clientId: r.client_id,
    prefix: r.prefix,
    hash: r.hash,
    createdAt: readDate(r.created_at),
    expiresAt: readDateOrNull(r.expires_at),
    revokedAt: readDateOrNull(r.revoked_at),
    lastUsedAt: readDateOrNull(r.last_used_at),
  };
}

/** Every authenticated request's token, with what decides whether it still acts: compiled once (compiled.ts). */
const RESOLVE = compiled('tokens.resolve', (db, p: { tokenHash: string }) =>
  db
    .selectFrom('access_tokens as t')
    .leftJoin('credentials as c', 'c.client_id', 't.client_id')
    .leftJoin('credential_secrets as s', (j) =>
      j.onRef('s.id', '=', 't.secret_id').onRef('s.client_id', '=', 't.client_id'),
    )
    // The token acts for its GSTIN's tenant (issue #24): the request log and usage count it there.
    .leftJoin('gstins as g', (j) => j.onRef('g.account_id', '=', 't.account_id').onRef('g.gstin', '=', 't.gstin'))
    .selectAll('t')
    .select([
      'c.client_id as c_client_id',
      'c.rate_limit_rps as c_rate_limit_rps',
      'c.require_signatures as c_require_signatures',
      'c.revoked_at as c_revoked_at',
      's.id as s_id',
      's.revoked_at as s_revoked_at',
      'g.tenant_id as g_tenant_id',
    ])
    .where('t.token_hash', '=', p.tokenHash),
);

export class SqlTokenRepo implements TokenRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
    private readonly tokenCache?: ResolvedTokenCache,
  ) {}

  async insert(t: AccessTokenRecord): Promise<void> {
    await this.db
      .insertInto('access_tokens')
      .values({
        token_hash: t.tokenHash,
        client_id: t.clientId,
        secret_id: t.secretId,
        account_id: t.accountId,
        gstin: t.gstin,
        environment: t.environment,
        scopes: this.codec.json(t.scopes),
        created_at: this.codec.timestamp(t.createdAt),
        expires_at: this.codec.timestamp(t.expiresAt),
      })
      .execute();
  }

  /** Returns expired tokens too: the caller checks expiresAt against its clock. */
  async get(tokenHash: string): Promise<AccessTokenRecord | undefined> {
    const row = await this.db
      .selectFrom('access_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row && this.toToken(row);
  }

  async resolve(tokenHash: string): Promise<ResolvedToken | undefined> {
    const cache = this.tokenCache;
    if (!cache) return this.read(tokenHash);
    const cached = cache.get(tokenHash, Date.now());
    if (cached) return cached;
    const generation = cache.generation;
    const value = await this.read(tokenHash);
    if (value) cache.set(tokenHash, value, generation, Date.now());
    return value;
  }

  private async read(tokenHash: string): Promise<ResolvedToken | undefined> {
    const row = await RESOLVE.first(this.db, { tokenHash });
    if (!row) return undefined;
    return {
      token: this.toToken(row),
      credential:
        row.c_client_id === null
          ? null
          : {
              rateLimitRps: readNumber(row.c_rate_limit_rps),
              requireSignatures: readBoolean(row.c_require_signatures),
              revoked: row.c_revoked_at !== null,
            },
      secretRevoked: row.s_id === null ? null : row.s_revoked_at !== null,
      tenantId: row.g_tenant_id ?? null,
    };
  }

  /** Deletes tokens whose expiresAt is strictly before `before`. */
  async deleteExpired(before: Date): Promise<number> {
    this.tokenCache?.invalidate();
    const result = await this.db
      .deleteFrom('access_tokens')
      .where('expires_at', '<', this.codec.timestamp(before))
      .executeTakeFirst();
    this.tokenCache?.invalidate();
    return Number(result.numDeletedRows);
  }

  private toToken(r: Selectable<AccessTokensTable>): AccessTokenRecord {
    return {
      tokenHash: r.token_hash,
      clientId: r.client_id,
      secretId: r.secret_id,
      accountId: r.account_id,
      gstin: r.gstin,
      environment: r.environment as Environment,
      scopes: this.codec.parseJson(r.scopes) as Scope[],
      createdAt: readDate(r.created_at),
      expiresAt: readDate(r.expires_at),
    };
  }
}
