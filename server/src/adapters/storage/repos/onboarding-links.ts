// Hosted onboarding links (migration 0018). Status changes are conditional updates (WHERE status = 'pending'),
// so of two concurrent submissions, or a submission racing a revocation, exactly one wins.
import type { Kysely, Selectable } from 'kysely';
import type { OnboardingLinkRecord, OnboardingLinkStatus } from '../../../app/ports/records.js';
import type { OnboardingLinkRepo, Page, PageQuery } from '../../../app/ports/storage.js';
import { type Codec, readDate, readDateOrNull, readNumber, type SqlTimestamp } from '../dialect.js';
import { fetchSize, toPage } from '../pagination.js';
import type { Database } from '../schema.js';

interface OnboardingLinksTable {
  id: string;
  account_id: string;
  tenant_id: string | null;
  environment: string;
  gstin: string;
  description: string | null;
  token_hash: string;
  created_by_key_id: string;
  status: string;
  failed_attempts: number;
  failure_code: string | null;
  failure_message: string | null;
  expires_at: SqlTimestamp;
  connected_at: SqlTimestamp | null;
  revoked_at: SqlTimestamp | null;
  created_at: SqlTimestamp;
  updated_at: SqlTimestamp;
}
type Tables = { onboarding_links: OnboardingLinksTable };

const STATUSES: readonly OnboardingLinkStatus[] = ['pending', 'connected', 'failed', 'revoked'];

function toRecord(r: Selectable<OnboardingLinksTable>): OnboardingLinkRecord {
  const status = STATUSES.find((s) => s === r.status);
  if (!status) throw new Error(`onboarding link ${r.id}: unknown status ${r.status}`);
  return {
    id: r.id,
    accountId: r.account_id,
    tenantId: r.tenant_id,
    environment: r.environment === 'production' ? 'production' : 'sandbox',
    gstin: r.gstin,
    description: r.description,
    tokenHash: r.token_hash,
    createdByKeyId: r.created_by_key_id,
    status,
    failedAttempts: readNumber(r.failed_attempts),
    failureCode: r.failure_code,
    failureMessage: r.failure_message,
    expiresAt: readDate(r.expires_at),
    connectedAt: readDateOrNull(r.connected_at),
    revokedAt: readDateOrNull(r.revoked_at),
    createdAt: readDate(r.created_at),
    updatedAt: readDate(r.updated_at),
  };
}

export class SqlOnboardingLinkRepo implements OnboardingLinkRepo {
  readonly #db: Kysely<Database & Tables>;

  constructor(
    db: Kysely<Database>,
    private readonly codec: Codec,
  ) {
    this.#db = db.withTables<Tables>();
  }

  async insert(l: OnboardingLinkRecord): Promise<void> {
    const c = this.codec;
    await this.#db
      .insertInto('onboarding_links')
      .values({
        id: l.id,
        account_id: l.accountId,
        tenant_id: l.tenantId,
        environment: l.environment,
        gstin: l.gstin,
        description: l.description,
        token_hash: l.tokenHash,
        created_by_key_id: l.createdByKeyId,
        status: l.status,
        failed_attempts: l.failedAttempts,
        failure_code: l.failureCode,
        failure_message: l.failureMessage,
        expires_at: c.timestamp(l.expiresAt),
        connected_at: c.timestampOrNull(l.connectedAt),
        revoked_at: c.timestampOrNull(l.revokedAt),
        created_at: c.timestamp(l.createdAt),
        updated_at: c.timestamp(l.updatedAt),
      })
      .execute();
  }

  async get(accountId: string, id: string): Promise<OnboardingLinkRecord | undefined> {
    const r = await this.#db
      .selectFrom('onboarding_links')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toRecord(r);
  }

  async byTokenHash(tokenHash: string): Promise<OnboardingLinkRecord | undefined> {
    const r = await this.#db
      .selectFrom('onboarding_links')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return r && toRecord(r);
  }

  async list(accountId: string, page: PageQuery & { tenantId?: string }): Promise<Page<OnboardingLinkRecord>> {
    let q = this.#db.selectFrom('onboarding_links').selectAll().where('account_id', '=', accountId);
    if (page.tenantId !== undefined) q = q.where('tenant_id', '=', page.tenantId);
    if (page.startingAfter !== undefined) q = q.where('id', '<', page.startingAfter);
    return toPage(await q.orderBy('id', 'desc').limit(fetchSize(page)).execute(), page, toRecord);
  }

  async pendingFor(accountId: string, gstin: string): Promise<OnboardingLinkRecord[]> {
    const rows = await this.#db
      .selectFrom('onboarding_links')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('gstin', '=', gstin)
      .where('status', '=', 'pending')
      .execute();
    return rows.map(toRecord);
  }

  async revoke(id: string, at: Date): Promise<boolean> {
    const ts = this.codec.timestamp(at);
    const r = await this.#db
      .updateTable('onboarding_links')
      .set({ status: 'revoked', revoked_at: ts, updated_at: ts })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return readNumber(r.numUpdatedRows) > 0;
  }

  async markConnected(id: string, at: Date): Promise<boolean> {
    const ts = this.codec.timestamp(at);
    const r = await this.#db
      .updateTable('onboarding_links')
      .set({ status: 'connected', connected_at: ts, updated_at: ts, failure_code: null, failure_message: null })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return readNumber(r.numUpdatedRows) > 0;
  }

  async recordFailure(
    id: string,
    failure: { code: string; message: string },
    maxAttempts: number,
    at: Date,
  ): Promise<OnboardingLinkRecord | undefined> {
    const r = await this.#db
      .updateTable('onboarding_links')
      .set((eb) => ({
        failed_attempts: eb('failed_attempts', '+', 1),
        status: eb
          .case()
          .when('failed_attempts', '>=', maxAttempts - 1)
          .then('failed')
          .else('pending')
          .end(),
        failure_code: failure.code,
        failure_message: failure.message,
        updated_at: this.codec.timestamp(at),
      }))
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
    return r && toRecord(r);
  }
}
