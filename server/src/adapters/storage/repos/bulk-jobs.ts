// Bulk jobs and their records (migration 0009). A job is leased like the outage queue's documents: UPDATE ..
// WHERE id IN (SELECT .. [FOR UPDATE SKIP LOCKED]) RETURNING, renewed by the runner's heartbeat, so a crashed
// runner's job comes back within one lease. Record payloads and outcomes are JSON text (kept byte for byte).
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  BulkCounts,
  BulkJobRecord,
  BulkJobStatus,
  BulkRecordRow,
  BulkRecordStatus,
  Environment,
} from '../../../app/ports/records.js';
import type { BulkJobRepo, BulkRecordOutcome, Page, PageQuery } from '../../../app/ports/storage.js';
import { type Codec, readDate, readDateOrNull, readNumber } from '../dialect.js';
import type { BulkJobsTable, BulkRecordsTable, Database } from '../schema.js';

/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits (5 columns each). */
const INSERT_CHUNK = 500;

const parse = (v: string | null) => (v === null ? null : (JSON.parse(v) as Record<string, unknown>));

export class SqlBulkJobRepo implements BulkJobRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  async create(job: BulkJobRecord, documents: unknown[]): Promise<boolean> {
    const c = this.codec;
    const inserted = await this.db
      .insertInto('bulk_jobs')
      .values({
        id: job.id,
        account_id: job.accountId,
        gstin: job.gstin,
        environment: job.environment,
        idempotency_key: job.idempotencyKey,
        request_id: job.requestId,
        status: job.status,
        total: job.total,
        attempts: job.attempts,
        next_attempt_at: c.timestamp(job.nextAttemptAt),
        lease_until: c.timestampOrNull(job.leaseUntil),
        last_error: null,
        created_at: c.timestamp(job.createdAt),
        updated_at: c.timestamp(job.updatedAt),
        completed_at: null,
      })
      .onConflict((oc) => oc.columns(['account_id', 'gstin', 'idempotency_key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
    const at = c.timestamp(job.createdAt);
    for (let start = 0; start < documents.length; start += INSERT_CHUNK) {
      await this.db
        .insertInto('bulk_records')
        .values(
          documents.slice(start, start + INSERT_CHUNK).map((d, i) => ({
            job_id: job.id,
            idx: start + i,
            status: 'pending',
            payload: JSON.stringify(d),
            document_id: null,
            document: null,
            error: null,
            updated_at: at,
          })),
        )
        .execute();
    }
    return true;
  }

  async get(accountId: string, gstin: string, id: string): Promise<BulkJobRecord | undefined> {
    const row = await this.db
      .selectFrom('bulk_jobs')
      .selectAll()
      .where('id', '=', id)
      .where('account_id', '=', accountId)
      .where('gstin', '=', gstin)
      .executeTakeFirst();
    return row && this.toJob(row);
  }

  async getByIdempotencyKey(accountId: string, gstin: string, key: string): Promise<BulkJobRecord | undefined> {
    const row = await this.db
      .selectFrom('bulk_jobs')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('gstin', '=', gstin)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    return row && this.toJob(row);
  }

  async claimDue(limit: number, now: Date, leaseMs: number): Promise<BulkJobRecord[]> {
    const c = this.codec;
    const at = c.timestamp(now);
    let due = this.db
      .selectFrom('bulk_jobs')
      .select('id')
      .where('status', 'in', ['queued', 'running'])
      .where('next_attempt_at', '<=', at)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', at)]))
      .orderBy('next_attempt_at')
      .limit(Math.max(1, Math.floor(limit)));
    if (c.dialect === 'postgres') due = due.forUpdate().skipLocked();
    const rows = await this.db
      .updateTable('bulk_jobs')
      .set((eb) => ({
        status: 'running',
        lease_until: c.timestamp(new Date(now.getTime() + leaseMs)),
        attempts: eb('attempts', '+', 1),
        updated_at: at,
      }))
      .where('id', 'in', due)
      .returningAll()
      .execute();
    return rows.map((r) => this.toJob(r));
  }

  async renewLease(ids: string[], leaseUntil: Date): Promise<void> {
    if (!ids.length) return;
    await this.db
      .updateTable('bulk_jobs')
      .set({ lease_until: this.codec.timestamp(leaseUntil) })
      .where('id', 'in', ids)
      .where('status', '!=', 'completed')
      // Only a held lease: a heartbeat racing retryLater() must not re-lease a job it just released.
      .where('lease_until', 'is not', null)
      .execute();
  }

  async retryLater(id: string, nextAttemptAt: Date, lastError: string | null): Promise<void> {
    await this.db
      .updateTable('bulk_jobs')
      .set({
        status: 'queued',
        next_attempt_at: this.codec.timestamp(nextAttemptAt),
        lease_until: null,
        last_error: lastError,
      })
      .where('id', '=', id)
      .where('status', '!=', 'completed')
      .execute();
  }

  async pendingRecords(jobId: string): Promise<BulkRecordRow[]> {
    const rows = await this.db
      .selectFrom('bulk_records')
      .selectAll()
      .where('job_id', '=', jobId)
      .where('status', '=', 'pending')
      .orderBy('idx')
      .execute();
    return rows.map((r) => this.toRecord(r, true));
  }

  async attachDocument(jobId: string, index: number, documentId: string): Promise<void> {
    await this.db
      .updateTable('bulk_records')
      .set({ document_id: documentId })
      .where('job_id', '=', jobId)
      .where('idx', '=', index)
      .where('status', '=', 'pending')
      .execute();
  }

  async settleRecord(jobId: string, index: number, outcome: BulkRecordOutcome, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('bulk_records')
      .set({
        status: outcome.status,
        payload: null,
        document_id: outcome.documentId,
        document: outcome.document === null ? null : JSON.stringify(outcome.document),
        error: outcome.error === null ? null : JSON.stringify(outcome.error),
        updated_at: this.codec.timestamp(at),
      })
      .where('job_id', '=', jobId)
      .where('idx', '=', index)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async counts(jobId: string): Promise<BulkCounts> {
    const rows = await this.db
      .selectFrom('bulk_records')
      .select(['status', sql<number>`count(*)`.as('n')])
      .where('job_id', '=', jobId)
      .groupBy('status')
      .execute();
    const counts: BulkCounts = { pending: 0, generated: 0, replayed: 0, queued: 0, failed: 0 };
    for (const r of rows) counts[r.status as BulkRecordStatus] = readNumber(r.n as never);
    return counts;
  }

  async listRecords(jobId: string, page: PageQuery): Promise<Page<BulkRecordRow>> {
    let q = this.db.selectFrom('bulk_records').selectAll().where('job_id', '=', jobId);
    if (page.startingAfter !== undefined) q = q.where('idx', '>', Number(page.startingAfter));
    const rows = await q
      .orderBy('idx')
      .limit(page.limit + 1)
      .execute();
    return { items: rows.slice(0, page.limit).map((r) => this.toRecord(r, false)), hasMore: rows.length > page.limit };
  }

  async complete(id: string, at: Date): Promise<boolean> {
    const c = this.codec;
    const result = await this.db
      .updateTable('bulk_jobs')
      .set({ status: 'completed', completed_at: c.timestamp(at), updated_at: c.timestamp(at), lease_until: null })
      .where('id', '=', id)
      .where('status', '!=', 'completed')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  private toJob(r: Selectable<BulkJobsTable>): BulkJobRecord {
    return {
      id: r.id,
      accountId: r.account_id,
      gstin: r.gstin,
      environment: r.environment as Environment,
      idempotencyKey: r.idempotency_key,
      requestId: r.request_id,
      status: r.status as BulkJobStatus,
      total: readNumber(r.total),
      attempts: readNumber(r.attempts),
      nextAttemptAt: readDate(r.next_attempt_at),
      leaseUntil: readDateOrNull(r.lease_until),
      lastError: r.last_error,
      createdAt: readDate(r.created_at),
      updatedAt: readDate(r.updated_at),
      completedAt: readDateOrNull(r.completed_at),
    };
  }

  private toRecord(r: Selectable<BulkRecordsTable>, withPayload: boolean): BulkRecordRow {
    return {
      jobId: r.job_id,
      index: readNumber(r.idx),
      status: r.status as BulkRecordStatus,
      payload: withPayload && r.payload !== null ? JSON.parse(r.payload) : null,
      documentId: r.document_id,
      document: parse(r.document),
      error: parse(r.error),
      updatedAt: readDate(r.updated_at),
    };
  }
}
