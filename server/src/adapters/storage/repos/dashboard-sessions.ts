import type { Kysely } from 'kysely';
import type { DashboardSessionRecord } from '../../../app/ports/records.js';
import type { DashboardSessionRepo } from '../../../app/ports/storage.js';
import { type Codec, readDate, readNumber, type SqlTimestamp } from '../dialect.js';
import type { Database } from '../schema.js';

type SessionTables = {
  dashboard_sessions: {
    token_hash: string;
    kind: string;
    account_id: string;
    key_id: string;
    csrf_token: string;
    created_at: SqlTimestamp;
    idle_until: SqlTimestamp;
    expires_at: SqlTimestamp;
  };
};

export class SqlDashboardSessionRepo implements DashboardSessionRepo {
  readonly #db: Kysely<Database & SessionTables>;

  constructor(
    db: Kysely<Database>,
    private readonly codec: Codec,
  ) {
    this.#db = db.withTables<SessionTables>();
  }

  async insert(s: DashboardSessionRecord): Promise<void> {
    await this.#db
      .insertInto('dashboard_sessions')
      .values({
        token_hash: s.tokenHash,
        kind: s.kind,
        account_id: s.accountId,
        key_id: s.keyId,
        csrf_token: s.csrfToken,
        created_at: this.codec.timestamp(s.createdAt),
        idle_until: this.codec.timestamp(s.idleUntil),
        expires_at: this.codec.timestamp(s.expiresAt),
      })
      .execute();
  }

  async get(tokenHash: string): Promise<DashboardSessionRecord | undefined> {
    const r = await this.#db
      .selectFrom('dashboard_sessions')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!r) return undefined;
    return {
      tokenHash: r.token_hash,
      kind: r.kind === 'link' ? 'link' : 'session',
      accountId: r.account_id,
      keyId: r.key_id,
      csrfToken: r.csrf_token,
      createdAt: readDate(r.created_at),
      idleUntil: readDate(r.idle_until),
      expiresAt: readDate(r.expires_at),
    };
  }

  async touch(tokenHash: string, idleUntil: Date): Promise<void> {
    await this.#db
      .updateTable('dashboard_sessions')
      .set({ idle_until: this.codec.timestamp(idleUntil) })
      .where('token_hash', '=', tokenHash)
      .execute();
  }

  async delete(tokenHash: string): Promise<boolean> {
    const r = await this.#db.deleteFrom('dashboard_sessions').where('token_hash', '=', tokenHash).executeTakeFirst();
    return readNumber(r.numDeletedRows) > 0;
  }

  async deleteExpired(now: Date): Promise<number> {
    const at = this.codec.timestamp(now);
    const r = await this.#db
      .deleteFrom('dashboard_sessions')
      .where((eb) => eb.or([eb('expires_at', '<', at), eb('idle_until', '<', at)]))
      .executeTakeFirst();
    return readNumber(r.numDeletedRows);
  }
}
