import type { Kysely, Selectable, Updateable } from 'kysely';
import type { EwbRecord, EwbStatus } from '../../../app/ports/records.js';
import type { EwbRepo } from '../../../app/ports/storage.js';
import { type Codec, readDate, readDateOrNull, readNumber } from '../dialect.js';
import type { Database, EwbsTable } from '../schema.js';

export class SqlEwbRepo implements EwbRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  async insert(e: EwbRecord): Promise<void> {
    await this.db
      .insertInto('ewbs')
      .values({
        id: e.id,
        account_id: e.accountId,
        gstin: e.gstin,
        created_at: this.codec.timestamp(e.createdAt),
        ...this.mutable(e),
      })
      .execute();
  }

  async update(e: EwbRecord): Promise<void> {
    await this.db
      .updateTable('ewbs')
      .set(this.mutable(e))
      .where('account_id', '=', e.accountId)
      .where('gstin', '=', e.gstin)
      .where('id', '=', e.id)
      .execute();
  }

  async updateIfUnchanged(e: EwbRecord, seen: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('ewbs')
      .set(this.mutable(e))
      .where('account_id', '=', e.accountId)
      .where('gstin', '=', e.gstin)
      .where('id', '=', e.id)
      .where('updated_at', '=', this.codec.timestamp(seen))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async get(accountId: string, gstin: string, ewbNo: number): Promise<EwbRecord | undefined> {
    const row = await this.db
      .selectFrom('ewbs')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('gstin', '=', gstin)
      .where('ewb_no', '=', ewbNo)
      .executeTakeFirst();
    return row && this.toEwb(row);
  }

  /** Oldest first: the order they were generated for the IRN. */
  async listByIrn(accountId: string, gstin: string, irn: string): Promise<EwbRecord[]> {
    const rows = await this.db
      .selectFrom('ewbs')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('gstin', '=', gstin)
      .where('irn', '=', irn)
      .orderBy('id', 'asc')
      .execute();
    return rows.map((r) => this.toEwb(r));
  }

  private mutable(e: EwbRecord) {
    const c = this.codec;
    return {
      irn: e.irn,
      ewb_no: e.ewbNo,
      ewb_dt: e.ewbDt,
      ewb_valid_till: e.ewbValidTill,
      status: e.status,
      distance_km: e.distanceKm,
      vehicles: c.json(e.vehicles ?? []),
      extension_count: e.extensionCount,
      remarks: e.remarks,
      cancellable_until: c.timestampOrNull(e.cancellableUntil),
      cancelled_at: c.timestampOrNull(e.cancelledAt),
      gsp: e.gsp,
      irp: e.irp,
      updated_at: c.timestamp(e.updatedAt),
    } satisfies Updateable<EwbsTable>;
  }

  private toEwb(r: Selectable<EwbsTable>): EwbRecord {
    return {
      id: r.id,
      accountId: r.account_id,
      gstin: r.gstin,
      irn: r.irn,
      ewbNo: readNumber(r.ewb_no),
      ewbDt: r.ewb_dt,
      ewbValidTill: r.ewb_valid_till,
      status: r.status as EwbStatus,
      distanceKm: readNumber(r.distance_km),
      vehicles: (this.codec.parseJson(r.vehicles) ?? []) as unknown[],
      extensionCount: readNumber(r.extension_count),
      remarks: r.remarks,
      cancellableUntil: readDateOrNull(r.cancellable_until),
      cancelledAt: readDateOrNull(r.cancelled_at),
      gsp: r.gsp,
      irp: r.irp,
      createdAt: readDate(r.created_at),
      updatedAt: readDate(r.updated_at),
    };
  }
}
