// The reconciler's work list. Claims are leases like the outage queue's: UPDATE .. WHERE id IN (SELECT ..
// [FOR UPDATE SKIP LOCKED]) RETURNING, so concurrent workers never take the same task; a worker renews its
// leases while it works, so a crashed worker's tasks come back within one short lease.
import { type Kysely, type Selectable, sql } from 'kysely';
import {
  RECONCILE_KINDS,
  type ReconcileKind,
  type ReconcileOutcome,
  type ReconcileTaskRecord,
} from '../../../app/ports/records.js';
import type { ReconcileRepo } from '../../../app/ports/storage.js';
import { type Codec, readDate, readDateOrNull, readNumber } from '../dialect.js';
import type { Database, ReconcileTasksTable } from '../schema.js';

export class SqlReconcileRepo implements ReconcileRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  async enqueue(task: ReconcileTaskRecord): Promise<boolean> {
    const c = this.codec;
    const result = await this.db
      .insertInto('reconcile_tasks')
      .values({
        id: task.id,
        kind: task.kind,
        account_id: task.accountId,
        gstin: task.gstin,
        document_id: task.documentId,
        reason: task.reason,
        detail: c.json(task.detail),
        state: 'open',
        attempts: task.attempts,
        next_attempt_at: c.timestamp(task.nextAttemptAt),
        lease_until: null,
        outcome: null,
        last_error: task.lastError,
        created_at: c.timestamp(task.createdAt),
        resolved_at: null,
      })
      // The partial unique index reconcile_tasks_open: one open task per (kind, document).
      .onConflict((oc) => oc.columns(['kind', 'document_id']).where(sql<boolean>`state = 'open'`).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async claimDue(limit: number, now: Date, leaseMs: number): Promise<ReconcileTaskRecord[]> {
    const c = this.codec;
    const at = c.timestamp(now);
    let due = this.db
      .selectFrom('reconcile_tasks')
      .select('id')
      .where('state', '=', 'open')
      .where('next_attempt_at', '<=', at)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', at)]))
      .orderBy('next_attempt_at')
      .limit(Math.max(1, Math.floor(limit)));
    if (c.dialect === 'postgres') due = due.forUpdate().skipLocked();
    const rows = await this.db
      .updateTable('reconcile_tasks')
      .set((eb) => ({
        lease_until: c.timestamp(new Date(now.getTime() + leaseMs)),
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', 'in', due)
      .returningAll()
      .execute();
    return rows.map((r) => this.toRecord(r));
  }

  async renewLease(ids: string[], leaseUntil: Date): Promise<void> {
    if (!ids.length) return;
    await this.db
      .updateTable('reconcile_tasks')
      .set({ lease_until: this.codec.timestamp(leaseUntil) })
      .where('id', 'in', ids)
      .where('state', '=', 'open')
      // Only a held lease: a heartbeat racing retryLater() must not re-lease a task it just released.
      .where('lease_until', 'is not', null)
      .execute();
  }

  async retryLater(id: string, nextAttemptAt: Date, lastError: string): Promise<void> {
    await this.db
      .updateTable('reconcile_tasks')
      .set({ next_attempt_at: this.codec.timestamp(nextAttemptAt), lease_until: null, last_error: lastError })
      .where('id', '=', id)
      .where('state', '=', 'open')
      .execute();
  }

  async resolve(id: string, outcome: ReconcileOutcome, at: Date): Promise<void> {
    await this.db
      .updateTable('reconcile_tasks')
      .set({ state: 'resolved', outcome, resolved_at: this.codec.timestamp(at), lease_until: null })
      .where('id', '=', id)
      .where('state', '=', 'open')
      .execute();
  }

  async get(id: string): Promise<ReconcileTaskRecord | undefined> {
    const row = await this.db.selectFrom('reconcile_tasks').selectAll().where('id', '=', id).executeTakeFirst();
    return row && this.toRecord(row);
  }

  async listForDocument(documentId: string): Promise<ReconcileTaskRecord[]> {
    const rows = await this.db
      .selectFrom('reconcile_tasks')
      .selectAll()
      .where('document_id', '=', documentId)
      .orderBy('id')
      .execute();
    return rows.map((r) => this.toRecord(r));
  }

  async openSummary(): Promise<{ count: number; oldest: Date | null; byKind: Record<ReconcileKind, number> }> {
    const rows = await this.db
      .selectFrom('reconcile_tasks')
      .select(['kind', sql<number>`count(*)`.as('n'), sql<unknown>`min(created_at)`.as('oldest')])
      .where('state', '=', 'open')
      .groupBy('kind')
      .execute();
    const byKind = Object.fromEntries(RECONCILE_KINDS.map((k) => [k, 0])) as Record<ReconcileKind, number>;
    let oldest: Date | null = null;
    for (const r of rows) {
      byKind[r.kind as ReconcileKind] = readNumber(r.n as never);
      const o = readDateOrNull(r.oldest as never);
      if (o && (!oldest || o < oldest)) oldest = o;
    }
    return { count: Object.values(byKind).reduce((n, k) => n + k, 0), oldest, byKind };
  }

  private toRecord(r: Selectable<ReconcileTasksTable>): ReconcileTaskRecord {
    return {
      id: r.id,
      kind: r.kind as ReconcileKind,
      accountId: r.account_id,
      gstin: r.gstin,
      documentId: r.document_id,
      reason: r.reason,
      detail: (this.codec.parseJson(r.detail) ?? null) as Record<string, unknown> | null,
      state: r.state as ReconcileTaskRecord['state'],
      attempts: readNumber(r.attempts),
      nextAttemptAt: readDate(r.next_attempt_at),
      leaseUntil: readDateOrNull(r.lease_until),
      outcome: r.outcome as ReconcileOutcome | null,
      lastError: r.last_error,
      createdAt: readDate(r.created_at),
      resolvedAt: readDateOrNull(r.resolved_at),
    };
  }
}
