import type { Insertable, Kysely, Selectable, SelectQueryBuilder, Updateable } from 'kysely';
import type { DocumentRecord, DocumentStatus, Environment, SignatureVerification } from '../../../app/ports/records.js';
import type { DocumentQuery, DocumentRepo, Page } from '../../../app/ports/storage.js';
import { compiled } from '../compiled.js';
import { type Codec, readDate, readDateOrNull, readNumber, readNumberOrNull } from '../dialect.js';
import { fetchSize, STREAM_CHUNK, toPage } from '../pagination.js';
import type { Database, DocumentsTable } from '../schema.js';

type Filters = Omit<DocumentQuery, 'limit' | 'startingAfter'>;
type DocQuery = SelectQueryBuilder<Database, 'documents', Selectable<DocumentsTable>>;
type Identity = { accountId: string; gstin: string; id: string };

// The generate path's statements, compiled once (compiled.ts).
const INSERT = compiled('documents.insert', (db, row: Insertable<DocumentsTable>) =>
  db
    .insertInto('documents')
    .values(row)
    .onConflict((oc) => oc.columns(['account_id', 'gstin', 'doc_type', 'doc_no_key', 'financial_year']).doNothing()),
);
const UPDATE_UNLESS_FINAL = compiled(
  'documents.updateUnlessFinal',
  (db, { accountId, gstin, id, ...set }: Identity & Mutable) =>
    db
      .updateTable('documents')
      .set(set)
      .where('account_id', '=', accountId)
      .where('gstin', '=', gstin)
      .where('id', '=', id)
      .where('status', 'not in', ['generated', 'cancelled']),
);
const BY_NATURAL_KEY = compiled(
  'documents.getByNaturalKey',
  (db, p: { accountId: string; gstin: string; docType: string; docNoKey: string; financialYear: string }) =>
    scoped(db, p.accountId, p.gstin)
      .where('doc_type', '=', p.docType)
      .where('doc_no_key', '=', p.docNoKey)
      .where('financial_year', '=', p.financialYear),
);

export class SqlDocumentRepo implements DocumentRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  /** False when the natural key exists (unique index documents_natural_key; ON CONFLICT DO NOTHING). */
  async insert(doc: DocumentRecord): Promise<boolean> {
    const inserted = await INSERT.affected(this.db, {
      id: doc.id,
      account_id: doc.accountId,
      gstin: doc.gstin,
      created_at: this.codec.timestamp(doc.createdAt),
      ...this.mutable(doc),
    });
    return inserted > 0;
  }

  /** Rewrites every column but the identity (id, account, GSTIN, createdAt). */
  async update(doc: DocumentRecord): Promise<void> {
    await this.db
      .updateTable('documents')
      .set(this.mutable(doc))
      .where('account_id', '=', doc.accountId)
      .where('gstin', '=', doc.gstin)
      .where('id', '=', doc.id)
      .execute();
  }

  /** Like update, but only while the document is not final (generated/cancelled); false when it already was. */
  async updateUnlessFinal(doc: DocumentRecord): Promise<boolean> {
    const { accountId, gstin, id } = doc;
    return (await UPDATE_UNLESS_FINAL.affected(this.db, { accountId, gstin, id, ...this.mutable(doc) })) > 0;
  }

  /** Compare-and-set on the status: writes only while the row's status is one of `from`. */
  async updateIfStatus(doc: DocumentRecord, from: DocumentStatus[]): Promise<boolean> {
    const result = await this.db
      .updateTable('documents')
      .set(this.mutable(doc))
      .where('account_id', '=', doc.accountId)
      .where('gstin', '=', doc.gstin)
      .where('id', '=', doc.id)
      .where('status', 'in', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows ?? 0n) > 0;
  }

  async get(accountId: string, gstin: string, id: string): Promise<DocumentRecord | undefined> {
    const row = await scoped(this.db, accountId, gstin).where('id', '=', id).executeTakeFirst();
    return row && this.toDocument(row);
  }

  async getByIrn(accountId: string, gstin: string, irn: string): Promise<DocumentRecord | undefined> {
    const row = await scoped(this.db, accountId, gstin).where('irn', '=', irn).orderBy('id').executeTakeFirst();
    return row && this.toDocument(row);
  }

  async getByNaturalKey(
    accountId: string,
    gstin: string,
    docType: string,
    docNoKey: string,
    financialYear: string,
  ): Promise<DocumentRecord | undefined> {
    const row = await BY_NATURAL_KEY.first(this.db, { accountId, gstin, docType, docNoKey, financialYear });
    return row && this.toDocument(row);
  }

  /** Newest first (ids are time-ordered). */
  async list(accountId: string, gstin: string, query: DocumentQuery): Promise<Page<DocumentRecord>> {
    let q = this.filtered(accountId, gstin, query);
    if (query.startingAfter !== undefined) q = q.where('id', '<', query.startingAfter);
    const rows = await q.orderBy('id', 'desc').limit(fetchSize(query)).execute();
    return toPage(rows, query, (r) => this.toDocument(r));
  }

  /** Oldest first, in chunks of STREAM_CHUNK by keyset, so no connection is held between chunks. */
  async *stream(accountId: string, gstin: string, query: Filters): AsyncIterable<DocumentRecord> {
    let after: string | undefined;
    for (;;) {
      let q = this.filtered(accountId, gstin, query);
      if (after !== undefined) q = q.where('id', '>', after);
      const rows = await q.orderBy('id', 'asc').limit(STREAM_CHUNK).execute();
      for (const row of rows) yield this.toDocument(row);
      if (rows.length < STREAM_CHUNK) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  /** Queues a document for the worker: due at `nextAttemptAt`, no lease. */
  async enqueue(doc: DocumentRecord, nextAttemptAt: Date): Promise<void> {
    await this.db
      .updateTable('documents')
      .set({
        ...this.mutable({ ...doc, status: 'queued' }),
        queue_next_attempt_at: this.codec.timestamp(nextAttemptAt),
        queue_lease_until: null,
      })
      .where('id', '=', doc.id)
      .execute();
  }

  async park(id: string, nextAttemptAt: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('documents')
      .set({ status: 'queued', queue_next_attempt_at: this.codec.timestamp(nextAttemptAt), queue_lease_until: null })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows ?? 0n) > 0;
  }

  /**
   * Claims up to `limit` queued documents that are due and not leased, atomically (UPDATE .. WHERE id IN
   * (SELECT .. [FOR UPDATE SKIP LOCKED]) RETURNING), so concurrent workers never take the same one.
   */
  async claimQueued(limit: number, now: Date, leaseMs: number): Promise<{ doc: DocumentRecord; attempts: number }[]> {
    const c = this.codec;
    const at = c.timestamp(now);
    let due = this.db
      .selectFrom('documents')
      .select('id')
      .where('status', '=', 'queued')
      .where('queue_next_attempt_at', '<=', at)
      .where((eb) => eb.or([eb('queue_lease_until', 'is', null), eb('queue_lease_until', '<=', at)]))
      .orderBy('queue_next_attempt_at')
      .limit(Math.max(1, Math.floor(limit)));
    if (c.dialect === 'postgres') due = due.forUpdate().skipLocked();
    const rows = await this.db
      .updateTable('documents')
      .set((eb) => ({
        queue_lease_until: c.timestamp(new Date(now.getTime() + leaseMs)),
        queue_attempts: eb('queue_attempts', '+', 1),
      }))
      .where('id', 'in', due)
      .returningAll()
      .execute();
    return rows.map((r) => ({ doc: this.toDocument(r), attempts: readNumber(r.queue_attempts) }));
  }

  /** Back in the queue for a later attempt (the lease is released). */
  async reschedule(id: string, nextAttemptAt: Date): Promise<void> {
    await this.db
      .updateTable('documents')
      .set({ queue_next_attempt_at: this.codec.timestamp(nextAttemptAt), queue_lease_until: null })
      .where('id', '=', id)
      .where('status', '=', 'queued')
      .execute();
  }

  async renewLease(ids: string[], leaseUntil: Date): Promise<void> {
    if (!ids.length) return;
    await this.db
      .updateTable('documents')
      .set({ queue_lease_until: this.codec.timestamp(leaseUntil) })
      .where('id', 'in', ids)
      .where('status', '=', 'queued')
      // Only a held lease: a heartbeat racing reschedule() must not re-lease a document it just released.
      .where('queue_lease_until', 'is not', null)
      .execute();
  }

  /** Oldest first; the index documents_status_updated (migration 0007) serves it. */
  async listStalePending(before: Date, limit: number): Promise<DocumentRecord[]> {
    const rows = await this.db
      .selectFrom('documents')
      .selectAll()
      .where('status', '=', 'pending')
      .where('updated_at', '<', this.codec.timestamp(before))
      .orderBy('updated_at')
      .limit(Math.max(1, Math.floor(limit)))
      .execute();
    return rows.map((r) => this.toDocument(r));
  }

  /** docType and status exact; from/to bound the document date (yyyy-MM-dd), both inclusive. */
  private filtered(accountId: string, gstin: string, f: Filters): DocQuery {
    let q = scoped(this.db, accountId, gstin);
    if (f.docType !== undefined) q = q.where('doc_type', '=', f.docType);
    if (f.status !== undefined) q = q.where('status', '=', f.status);
    if (f.from !== undefined) q = q.where('doc_date_iso', '>=', f.from);
    if (f.to !== undefined) q = q.where('doc_date_iso', '<=', f.to);
    return q;
  }

  private mutable(d: DocumentRecord): Mutable {
    return mutableColumns(this.codec, d);
  }

  private toDocument(r: Selectable<DocumentsTable>): DocumentRecord {
    const c = this.codec;
    return {
      id: r.id,
      accountId: r.account_id,
      gstin: r.gstin,
      environment: r.environment as Environment,
      docType: r.doc_type as DocumentRecord['docType'],
      docNo: r.doc_no,
      docNoKey: r.doc_no_key,
      docDate: r.doc_date,
      financialYear: r.financial_year,
      status: r.status as DocumentStatus,
      irn: r.irn,
      ackNo: readNumberOrNull(r.ack_no),
      ackDt: r.ack_dt,
      signedInvoice: r.signed_invoice,
      signedQrCode: r.signed_qr_code,
      signatureVerification: (c.parseJson(r.signature_verification) ?? null) as SignatureVerification | null,
      ewbNo: readNumberOrNull(r.ewb_no),
      ewbDt: r.ewb_dt,
      ewbValidTill: r.ewb_valid_till,
      remarks: r.remarks,
      info: (c.parseJson(r.info) ?? []) as unknown[],
      gstnErrors: (c.parseJson(r.gstn_errors) ?? []) as unknown[],
      cancellableUntil: readDateOrNull(r.cancellable_until),
      cancelledAt: readDateOrNull(r.cancelled_at),
      cancelReason: r.cancel_reason,
      cancelDate: r.cancel_date,
      gsp: r.gsp,
      irp: r.irp,
      buyerGstin: r.buyer_gstin,
      totalValue: readNumber(r.total_value),
      payload: c.parseJson(r.payload),
      createdAt: readDate(r.created_at),
      updatedAt: readDate(r.updated_at),
    };
  }
}

function scoped(db: Kysely<Database>, accountId: string, gstin: string): DocQuery {
  return db.selectFrom('documents').selectAll().where('account_id', '=', accountId).where('gstin', '=', gstin);
}

/** Every column but the identity (id, account, GSTIN, createdAt) and the queue's. */
function mutableColumns(c: Codec, d: DocumentRecord) {
  return {
    environment: d.environment,
    doc_type: d.docType,
    doc_no: d.docNo,
    doc_no_key: d.docNoKey,
    doc_date: d.docDate,
    doc_date_iso: isoDocDate(d.docDate),
    financial_year: d.financialYear,
    status: d.status,
    irn: d.irn,
    ack_no: d.ackNo,
    ack_dt: d.ackDt,
    signed_invoice: d.signedInvoice,
    signed_qr_code: d.signedQrCode,
    signature_verification: d.signatureVerification ? c.json(d.signatureVerification) : null,
    ewb_no: d.ewbNo,
    ewb_dt: d.ewbDt,
    ewb_valid_till: d.ewbValidTill,
    remarks: d.remarks,
    info: c.json(d.info ?? []),
    gstn_errors: c.json(d.gstnErrors ?? []),
    cancellable_until: c.timestampOrNull(d.cancellableUntil),
    cancelled_at: c.timestampOrNull(d.cancelledAt),
    cancel_reason: d.cancelReason,
    cancel_date: d.cancelDate,
    gsp: d.gsp,
    irp: d.irp,
    buyer_gstin: d.buyerGstin,
    total_value: d.totalValue,
    payload: c.json(d.payload),
    updated_at: c.timestamp(d.updatedAt),
  } satisfies Updateable<DocumentsTable>;
}
type Mutable = ReturnType<typeof mutableColumns>;

/** dd/MM/yyyy (the INV-01 format) -> yyyy-MM-dd, which compares correctly as text; null if malformed. */
export function isoDocDate(docDate: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(docDate);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}
