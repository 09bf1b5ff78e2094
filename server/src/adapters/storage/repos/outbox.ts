import type { Insertable, Kysely } from 'kysely';
import type { OutboxEventRecord } from '../../../app/ports/records.js';
import type { OutboxRepo } from '../../../app/ports/storage.js';
import { compiled } from '../compiled.js';
import type { Codec } from '../dialect.js';
import type { Database, OutboxEventsTable } from '../schema.js';

/**
 * An event about a document carries the document as presented, signed invoice and QR code included: about 4.5 KB
 * of JWTs the document row already holds, unchanging once the IRN exists (issue #19: store the signed payload
 * once). The stored payload references them instead; the dispatcher's claim (./outbox-dispatch.ts) puts them
 * back, so webhooks carry the full document as before.
 */
export const SIGNED_FIELDS = [
  ['SignedInvoice', 'signed_invoice'],
  ['SignedQRCode', 'signed_qr_code'],
] as const;
export const referenceTo = (column: string) => `$document.${column}`;

/** The event's document id when its data is a document whose signed JWTs were replaced by references. */
export function referencedDocument(payload: unknown): string | undefined {
  const data = (payload as { data?: Record<string, unknown> } | null)?.data;
  if (!data || typeof data !== 'object' || typeof data.id !== 'string') return undefined;
  return SIGNED_FIELDS.some(([field, column]) => data[field] === referenceTo(column)) ? data.id : undefined;
}

function withoutSignedPayload(payload: unknown): unknown {
  const data = (payload as { data?: Record<string, unknown> } | null)?.data;
  if (!data || typeof data !== 'object' || data.object !== 'document' || typeof data.id !== 'string') return payload;
  if (!data.id.startsWith('doc_')) return payload;
  const out = { ...data };
  for (const [field, column] of SIGNED_FIELDS) if (typeof out[field] === 'string') out[field] = referenceTo(column);
  return { ...(payload as object), data: out };
}

/** Every state change's event: compiled once (compiled.ts). */
const APPEND = compiled('outbox.append', (db, row: Insertable<OutboxEventsTable>) =>
  db.insertInto('outbox_events').values(row),
);

/**
 * Written in the same transaction as the state change it announces (the transactional outbox). The dispatcher's claim
 * and mark methods live in ./outbox-dispatch.ts (SqlOutboxDispatchRepo extends this class).
 */
export class SqlOutboxRepo implements Pick<OutboxRepo, 'append'> {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  async append(e: OutboxEventRecord): Promise<void> {
    await APPEND.execute(this.db, {
      id: e.id,
      account_id: e.accountId,
      gstin: e.gstin,
      type: e.type,
      payload: this.codec.json(withoutSignedPayload(e.payload)),
      created_at: this.codec.timestamp(e.createdAt),
      dispatched_at: this.codec.timestampOrNull(e.dispatchedAt),
    });
  }
}
