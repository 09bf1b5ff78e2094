// Sandbox test clocks (migration 0011). The clock row holds the frozen instant; attachments are rows of their own
// keyed (account, GSTIN), so "a GSTIN follows at most one clock" is the primary key, not a check in code.
import type { Kysely, Selectable } from 'kysely';
import type { TestClockRecord } from '../../../app/ports/records.js';
import type { Page, PageQuery, TestClockRepo } from '../../../app/ports/storage.js';
import { type Codec, readBoolean, readDate } from '../dialect.js';
import { fetchSize, toPage } from '../pagination.js';
import type { Database, TestClocksTable } from '../schema.js';
import { withWebhookTables } from './webhook-schema.js';

export class SqlTestClockRepo implements TestClockRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  async create(clock: TestClockRecord): Promise<boolean> {
    const taken = clock.gstins.length
      ? await this.db
          .selectFrom('test_clock_gstins')
          .select('gstin')
          .where('account_id', '=', clock.accountId)
          .where('gstin', 'in', clock.gstins)
          .executeTakeFirst()
      : undefined;
    if (taken) return false;
    if (clock.wholeAccount) {
      const other = await this.db
        .selectFrom('test_clocks')
        .select('id')
        .where('account_id', '=', clock.accountId)
        .where('whole_account', '=', this.codec.boolean(true))
        .executeTakeFirst();
      if (other) return false;
    }
    const c = this.codec;
    await this.db
      .insertInto('test_clocks')
      .values({
        id: clock.id,
        account_id: clock.accountId,
        name: clock.name,
        frozen_time: c.timestamp(clock.frozenTime),
        whole_account: c.boolean(clock.wholeAccount),
        created_at: c.timestamp(clock.createdAt),
        updated_at: c.timestamp(clock.updatedAt),
      })
      .execute();
    if (clock.gstins.length)
      await this.db
        .insertInto('test_clock_gstins')
        .values(clock.gstins.map((gstin) => ({ account_id: clock.accountId, gstin, clock_id: clock.id })))
        .execute();
    return true;
  }

  async get(accountId: string, id: string): Promise<TestClockRecord | undefined> {
    const row = await this.db
      .selectFrom('test_clocks')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && (await this.withGstins(row));
  }

  async list(accountId: string, page: PageQuery & { gstin?: string }): Promise<Page<TestClockRecord>> {
    let q = this.db.selectFrom('test_clocks').selectAll().where('account_id', '=', accountId);
    if (page.gstin !== undefined) {
      const gstin = page.gstin;
      q = q.where((eb) =>
        eb.or([
          eb('whole_account', '=', this.codec.boolean(true)),
          eb(
            'id',
            'in',
            eb
              .selectFrom('test_clock_gstins')
              .select('clock_id')
              .where('account_id', '=', accountId)
              .where('gstin', '=', gstin),
          ),
        ]),
      );
    }
    if (page.startingAfter !== undefined) q = q.where('id', '<', page.startingAfter);
    const rows = await q.orderBy('id', 'desc').limit(fetchSize(page)).execute();
    const shown = toPage(rows, page, (r) => r);
    return { items: await Promise.all(shown.items.map((r) => this.withGstins(r))), hasMore: shown.hasMore };
  }

  async setFrozenTime(accountId: string, id: string, frozenTime: Date, at: Date): Promise<void> {
    await this.db
      .updateTable('test_clocks')
      .set({ frozen_time: this.codec.timestamp(frozenTime), updated_at: this.codec.timestamp(at) })
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute();
  }

  async pullRetriesForward(accountId: string, id: string, byMs: number, now: Date): Promise<number> {
    const clock = await this.get(accountId, id);
    if (!clock) return 0;
    // The GSTINs that follow this clock: its own, or (a whole-account clock) every sandbox GSTIN of the account
    // that does not follow a clock of its own.
    const followers = clock.wholeAccount
      ? (
          await this.db
            .selectFrom('gstins')
            .select('gstin')
            .where('account_id', '=', accountId)
            .where('environment', '=', 'sandbox')
            .where(({ not, exists, selectFrom }) =>
              not(
                exists(
                  selectFrom('test_clock_gstins')
                    .select('gstin')
                    .whereRef('test_clock_gstins.account_id', '=', 'gstins.account_id')
                    .whereRef('test_clock_gstins.gstin', '=', 'gstins.gstin')
                    .where('clock_id', '<>', id),
                ),
              ),
            )
            .execute()
        ).map((r) => r.gstin)
      : clock.gstins;
    if (!followers.length) return 0;
    // Sandbox volumes: read the due times, move each in code (date arithmetic differs between the dialects).
    const pulled = (due: unknown) => {
      const at = readDate(due).getTime();
      const to = Math.max(now.getTime(), at - byMs);
      return to < at ? this.codec.timestamp(new Date(to)) : undefined;
    };
    let moved = 0;
    const queued = await this.db
      .selectFrom('documents')
      .select(['id', 'queue_next_attempt_at'])
      .where('account_id', '=', accountId)
      .where('gstin', 'in', followers)
      .where('status', '=', 'queued')
      .where('queue_next_attempt_at', 'is not', null)
      .execute();
    for (const d of queued) {
      const to = pulled(d.queue_next_attempt_at);
      if (to === undefined) continue;
      await this.db.updateTable('documents').set({ queue_next_attempt_at: to }).where('id', '=', d.id).execute();
      moved++;
    }
    const webhooks = withWebhookTables(this.db);
    const pending = await webhooks
      .selectFrom('webhook_deliveries')
      .select(['id', 'next_attempt_at'])
      .where('account_id', '=', accountId)
      .where('gstin', 'in', followers)
      .where('status', '=', 'pending')
      .where('next_attempt_at', 'is not', null)
      .execute();
    for (const d of pending) {
      const to = pulled(d.next_attempt_at);
      if (to === undefined) continue;
      await webhooks.updateTable('webhook_deliveries').set({ next_attempt_at: to }).where('id', '=', d.id).execute();
      moved++;
    }
    return moved;
  }

  async delete(accountId: string, id: string): Promise<boolean> {
    await this.db
      .deleteFrom('test_clock_gstins')
      .where('account_id', '=', accountId)
      .where('clock_id', '=', id)
      .execute();
    const res = await this.db
      .deleteFrom('test_clocks')
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  }

  async forGstin(accountId: string, gstin: string): Promise<TestClockRecord | undefined> {
    const own = await this.db
      .selectFrom('test_clock_gstins')
      .innerJoin('test_clocks', 'test_clocks.id', 'test_clock_gstins.clock_id')
      .selectAll('test_clocks')
      .where('test_clock_gstins.account_id', '=', accountId)
      .where('test_clock_gstins.gstin', '=', gstin)
      .executeTakeFirst();
    const row =
      own ??
      (await this.db
        .selectFrom('test_clocks')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('whole_account', '=', this.codec.boolean(true))
        .executeTakeFirst());
    return row && (await this.withGstins(row));
  }

  private async withGstins(row: Selectable<TestClocksTable>): Promise<TestClockRecord> {
    const gstins = await this.db
      .selectFrom('test_clock_gstins')
      .select('gstin')
      .where('account_id', '=', row.account_id)
      .where('clock_id', '=', row.id)
      .orderBy('gstin')
      .execute();
    return {
      id: row.id,
      accountId: row.account_id,
      name: row.name,
      frozenTime: readDate(row.frozen_time),
      wholeAccount: readBoolean(row.whole_account),
      gstins: gstins.map((g) => g.gstin),
      createdAt: readDate(row.created_at),
      updatedAt: readDate(row.updated_at),
    };
  }
}
