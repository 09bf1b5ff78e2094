import { type ExpressionBuilder, type Insertable, type Kysely, type RawBuilder, type Selectable, sql } from 'kysely';
import type { IdempotencyRecord } from '../../../app/ports/records.js';
import type { ClaimResult, IdempotencyRepo, KeyAnswer } from '../../../app/ports/storage.js';
import { compiled } from '../compiled.js';
import { type Codec, readDate, readDateOrNull, readNumberOrNull, type SqlTimestamp } from '../dialect.js';
import type { Database, IdempotencyKeysTable } from '../schema.js';

/**
 * A document's answer (the key's resource is a document: `doc_...`) carries its signed invoice and QR code, about
 * 4.5 KB of JWTs the document row already holds, unchanging once the IRN exists (issue #19: store the signed
 * payload once). The stored bytes keep a reference in their place; reading the key puts the very same strings
 * back (JWTs need no JSON escaping), so a replay is still byte-identical.
 */
const SIGNED_IN_ANSWER = /"(SignedInvoice|SignedQRCode)":"([A-Za-z0-9_.-]+)"/g;
const COLUMN_OF = { SignedInvoice: 'signed_invoice', SignedQRCode: 'signed_qr_code' } as const;
const REFERENCE = /"(SignedInvoice|SignedQRCode)":"\$document\.(signed_invoice|signed_qr_code)"/g;

function withoutSignedPayload(body: unknown, resourceId: string | null): unknown {
  if (typeof body !== 'string' || !resourceId?.startsWith('doc_')) return body;
  return body.replace(
    SIGNED_IN_ANSWER,
    (_, field: keyof typeof COLUMN_OF) => `"${field}":"$document.${COLUMN_OF[field]}"`,
  );
}

/**
 * A generate's answer is, byte for byte, the `data` of the `irn.generated` / `note.generated` event written in the
 * same transaction just before (ADR 0035). On SQLite, which keeps JSON text as written, the key stores a reference
 * to that event instead when the two texts are equal (compared in the UPDATE), and reading the key takes the
 * text back out of the event: the same bytes, so a replay is unchanged. PostgreSQL's jsonb keeps no key order,
 * so there the answer is stored in full.
 */
const EVENT_REFERENCE = '$event:';

/** The key's document's signed JWTs, read with the key (null unless its resource is a document that has them). */
const signedOfDocument = (
  eb: ExpressionBuilder<Database, 'idempotency_keys'>,
  column: 'signed_invoice' | 'signed_qr_code',
) =>
  eb
    .selectFrom('documents as d')
    .select(`d.${column}`)
    .whereRef('d.id', '=', 'idempotency_keys.resource_id')
    .limit(1)
    .as(`doc_${column}`);
type SignedColumns = { doc_signed_invoice?: string | null; doc_signed_qr_code?: string | null };

type Key = { accountId: string; scope: string; key: string };

// The generate path's statements, compiled once (compiled.ts).
const CLAIM = compiled(
  'idempotency.claim',
  (db, { now, ...row }: Insertable<IdempotencyKeysTable> & { now: SqlTimestamp }) =>
    db
      .insertInto('idempotency_keys')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['account_id', 'scope', 'key'])
          .doUpdateSet((eb) => ({
            operation: eb.ref('excluded.operation'),
            fingerprint: eb.ref('excluded.fingerprint'),
            state: eb.ref('excluded.state'),
            locked_until: eb.ref('excluded.locked_until'),
            response_status: eb.ref('excluded.response_status'),
            response_headers: eb.ref('excluded.response_headers'),
            response_body: eb.ref('excluded.response_body'),
            resource_id: eb.ref('excluded.resource_id'),
            created_at: eb.ref('excluded.created_at'),
            expires_at: eb.ref('excluded.expires_at'),
          }))
          .where((eb) =>
            eb.or([
              eb('idempotency_keys.expires_at', '<=', now),
              eb.and([
                eb('idempotency_keys.state', '=', 'in_flight'),
                eb('idempotency_keys.locked_until', '<=', now),
                eb('idempotency_keys.operation', '=', eb.ref('excluded.operation')),
                eb('idempotency_keys.fingerprint', '=', eb.ref('excluded.fingerprint')),
              ]),
            ]),
          ),
      )
      .returningAll(),
);
const ATTACH = compiled('idempotency.attach', (db, p: Key & { resourceId: string }) =>
  db
    .updateTable('idempotency_keys')
    .set({ resource_id: p.resourceId })
    .where('account_id', '=', p.accountId)
    .where('scope', '=', p.scope)
    .where('key', '=', p.key)
    .where('state', 'in', ['in_flight', 'deferred']),
);
type Completion = Key & { status: number; headers: string | null; body: string | null; resourceId: string | null };
/** Stores the answer and drops the lock; the stored body given (the answer, or the expression that decides it). */
const completing = (db: Kysely<Database>, p: Completion, body: string | null | RawBuilder<string>) =>
  db
    .updateTable('idempotency_keys')
    .set({
      state: 'completed',
      locked_until: null,
      response_status: p.status,
      response_headers: p.headers,
      response_body: body,
      resource_id: p.resourceId,
    })
    .where('account_id', '=', p.accountId)
    .where('scope', '=', p.scope)
    .where('key', '=', p.key)
    .where('state', 'in', ['in_flight', 'deferred']);
const COMPLETE = compiled('idempotency.complete', (db, p: Completion) => completing(db, p, p.body));
/** `text`: the answer as sent (JWTs referenced), compared with the event's data as SQLite keeps it. */
const COMPLETE_REFERENCING_EVENT = compiled(
  'idempotency.completeReferencingEvent/sqlite',
  (db, p: Completion & { text: string; event: string }) =>
    completing(
      db,
      p,
      sql<string>`(case when exists (select 1 from outbox_events o where o.id = ${p.event}
        and o.account_id = ${p.accountId} and json_extract(o.payload, '$.data') = ${p.text})
        then json_quote(${EVENT_REFERENCE} || ${p.event}) else ${p.body} end)`,
    ),
);
const GET = compiled('idempotency.get', (db, p: Key) =>
  db
    .selectFrom('idempotency_keys')
    .selectAll()
    .select((eb) => [signedOfDocument(eb, 'signed_invoice'), signedOfDocument(eb, 'signed_qr_code')])
    .where('account_id', '=', p.accountId)
    .where('scope', '=', p.scope)
    .where('key', '=', p.key),
);

/** A claim that lost to a release() between its two statements tries again; more than this is a bug. */
const CLAIM_ATTEMPTS = 5;

export class SqlIdempotencyRepo implements IdempotencyRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  /**
   * One statement decides the claim (reliability.md §1.5): INSERT .. ON CONFLICT DO UPDATE .. WHERE the existing
   * row may be retaken .. RETURNING. A returned row means we own the key; no row means someone else does, and a
   * plain read fetches theirs (that read decides nothing, so it cannot let two claimers win).
   *
   * Retakeable: an expired row (a reuse after the window is a new request), or an in-flight row whose lock has
   * lapsed AND that is the same request (operation and fingerprint). A different body under a lapsed key comes
   * back as 'existing', so the caller answers 422 instead of silently replacing the abandoned request.
   */
  async claim(record: IdempotencyRecord, now: Date): Promise<ClaimResult> {
    const claim = { ...this.toRow(record), now: this.codec.timestamp(now) };
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const row = await CLAIM.first(this.db, claim);
      if (row) return { outcome: 'claimed', record: this.toRecord(row) };
      const existing = await this.get(record.accountId, record.scope, record.key);
      if (existing) return { outcome: 'existing', record: existing };
    }
    throw new Error('storage: idempotency claim kept losing to concurrent releases');
  }

  async attach(accountId: string, scope: string, key: string, resourceId: string): Promise<void> {
    await ATTACH.execute(this.db, { accountId, scope, key, resourceId });
  }

  async defer(accountId: string, scope: string, key: string, resourceId: string): Promise<void> {
    await this.db
      .updateTable('idempotency_keys')
      .set({ state: 'deferred', locked_until: null, resource_id: resourceId })
      .where('account_id', '=', accountId)
      .where('scope', '=', scope)
      .where('key', '=', key)
      .where('state', 'in', ['in_flight', 'deferred'])
      .execute();
  }

  async completeForResource(
    accountId: string,
    resourceId: string,
    response: { status: number; headers: Record<string, string>; body: unknown },
  ): Promise<number> {
    const result = await this.db
      .updateTable('idempotency_keys')
      .set({
        state: 'completed',
        locked_until: null,
        response_status: response.status,
        response_headers: this.codec.json(response.headers),
        response_body: this.codec.json(withoutSignedPayload(response.body, resourceId)),
      })
      .where('account_id', '=', accountId)
      .where('resource_id', '=', resourceId)
      // Literals, not parameters: the planner matches them to idempotency_keys_resource's predicate (migration 0019).
      .where(sql<boolean>`"state" in ('in_flight', 'deferred')`)
      .executeTakeFirst();
    return Number(result.numUpdatedRows ?? 0n);
  }

  /** Stores the response and drops the lock. Only an open row (in flight or deferred) is completed: a stored response is final. */
  async complete(accountId: string, scope: string, key: string, response: KeyAnswer): Promise<void> {
    const text = withoutSignedPayload(response.body, response.resourceId);
    const args = {
      accountId,
      scope,
      key,
      status: response.status,
      headers: this.codec.json(response.headers),
      body: this.codec.json(text),
      resourceId: response.resourceId,
    };
    if (response.event !== undefined && typeof text === 'string' && this.codec.dialect === 'sqlite')
      await COMPLETE_REFERENCING_EVENT.execute(this.db, { ...args, text, event: response.event });
    else await COMPLETE.execute(this.db, args);
  }

  /** Deletes the claim only while in flight: a completed response is never dropped by a late release. */
  async release(accountId: string, scope: string, key: string): Promise<void> {
    await this.db
      .deleteFrom('idempotency_keys')
      .where('account_id', '=', accountId)
      .where('scope', '=', scope)
      .where('key', '=', key)
      .where('state', '=', 'in_flight')
      .execute();
  }

  async get(accountId: string, scope: string, key: string): Promise<IdempotencyRecord | undefined> {
    const row = await GET.first(this.db, { accountId, scope, key });
    if (!row) return undefined;
    const answer = await this.referencedAnswer(accountId, row.response_body);
    return this.toRecord(answer === undefined ? row : { ...row, response_body: this.codec.json(answer) });
  }

  /** Reaper: drops every row whose window has closed (expiresAt <= now), in flight or not. */
  async deleteExpired(now: Date, createdBefore: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('idempotency_keys')
      .where('expires_at', '<=', this.codec.timestamp(now))
      .where('created_at', '<=', this.codec.timestamp(createdBefore))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** The answer text a stored reference names: its event's `data`, as SQLite wrote it (undefined: no reference). */
  private async referencedAnswer(accountId: string, stored: unknown): Promise<string | undefined> {
    const body = this.codec.parseJson(stored);
    if (typeof body !== 'string' || !body.startsWith(EVENT_REFERENCE)) return undefined;
    const event = await this.db
      .selectFrom('outbox_events')
      .select(sql<string | null>`json_extract(payload, '$.data')`.as('data'))
      .where('id', '=', body.slice(EVENT_REFERENCE.length))
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    if (typeof event?.data !== 'string')
      throw new Error(`storage: an Idempotency-Key's answer references ${body}, not found`);
    return event.data;
  }

  private toRow(r: IdempotencyRecord) {
    const c = this.codec;
    return {
      account_id: r.accountId,
      scope: r.scope,
      key: r.key,
      operation: r.operation,
      fingerprint: r.fingerprint,
      state: r.state,
      locked_until: c.timestampOrNull(r.lockedUntil),
      response_status: r.responseStatus,
      response_headers: c.json(r.responseHeaders),
      response_body: c.json(r.responseBody),
      resource_id: r.resourceId,
      created_at: c.timestamp(r.createdAt),
      expires_at: c.timestamp(r.expiresAt),
    };
  }

  private toRecord(r: Selectable<IdempotencyKeysTable> & SignedColumns): IdempotencyRecord {
    let responseBody = this.codec.parseJson(r.response_body);
    if (typeof responseBody === 'string' && responseBody.includes('"$document.'))
      responseBody = responseBody.replace(
        REFERENCE,
        (whole, field: string, column: 'signed_invoice' | 'signed_qr_code') => {
          const value = r[`doc_${column}`];
          return typeof value === 'string' ? `"${field}":${JSON.stringify(value)}` : whole;
        },
      );
    return {
      accountId: r.account_id,
      scope: r.scope,
      key: r.key,
      operation: r.operation,
      fingerprint: r.fingerprint,
      state: r.state as IdempotencyRecord['state'],
      lockedUntil: readDateOrNull(r.locked_until),
      responseStatus: readNumberOrNull(r.response_status),
      responseHeaders: this.codec.parseJson(r.response_headers) as Record<string, string> | null,
      responseBody,
      resourceId: r.resource_id,
      createdAt: readDate(r.created_at),
      expiresAt: readDate(r.expires_at),
    };
  }
}
