import type { Kysely } from 'kysely';
import type { OutboxEventRecord } from '../../../app/ports/records.js';
import type { OutboxRepo } from '../../../app/ports/storage.js';
import type { Codec } from '../dialect.js';
import type { Database } from '../schema.js';

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
    await this.db
      .insertInto('outbox_events')
      .values({
        id: e.id,
        account_id: e.accountId,
        gstin: e.gstin,
        type: e.type,
        payload: this.codec.json(e.payload),
        created_at: this.codec.timestamp(e.createdAt),
        dispatched_at: this.codec.timestampOrNull(e.dispatchedAt),
      })
      .execute();
  }
}
