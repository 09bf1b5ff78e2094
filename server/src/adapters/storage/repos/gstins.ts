import { type Kysely, type Selectable, sql } from 'kysely';
import type { Environment, GstinRecord } from '../../../app/ports/records.js';
import type { GstinRepo, Page, PageQuery } from '../../../app/ports/storage.js';
import { compiled } from '../compiled.js';
import { type Codec, readBoolean, readDate } from '../dialect.js';
import { fetchSize, toPage } from '../pagination.js';
import type { Database, GstinsTable } from '../schema.js';

/** A live (not deleted) registration: read on every generate. */
const LIVE_GSTIN = compiled('gstins.get', (db, p: { accountId: string; gstin: string }) =>
  db
    .selectFrom('gstins')
    .selectAll()
    .where('account_id', '=', p.accountId)
    .where('gstin', '=', p.gstin)
    .where('deleted_at', 'is', null),
);
/** The tenant of a registration, deleted or not: read with every event about a GSTIN. */
const TENANT_OF = compiled('gstins.tenantOf', (db, p: { accountId: string; gstin: string }) =>
  db.selectFrom('gstins').select('tenant_id').where('account_id', '=', p.accountId).where('gstin', '=', p.gstin),
);

export class SqlGstinRepo implements GstinRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  /** The columns a registration or an update writes. */
  private mutable(g: GstinRecord) {
    return {
      description: g.description,
      irp_username: g.irpUsername,
      irp_password_enc: g.irpPasswordEnc,
      large_taxpayer: this.codec.boolean(g.largeTaxpayer),
      updated_at: this.codec.timestamp(g.updatedAt),
    };
  }

  async insert(g: GstinRecord): Promise<boolean> {
    const result = await this.db
      .insertInto('gstins')
      .values({
        account_id: g.accountId,
        gstin: g.gstin,
        environment: g.environment,
        ...this.mutable(g),
        created_at: this.codec.timestamp(g.createdAt),
        deleted_at: null,
        tenant_id: g.tenantId,
      })
      // A deleted registration is revived in place; a live one is left alone (the caller answers 409).
      .onConflict((oc) =>
        oc
          .columns(['account_id', 'gstin'])
          .doUpdateSet({ ...this.mutable(g), deleted_at: null, tenant_id: g.tenantId })
          .where('gstins.deleted_at', 'is not', null),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async get(accountId: string, gstin: string): Promise<GstinRecord | undefined> {
    const row = await LIVE_GSTIN.first(this.db, { accountId, gstin });
    return row && toGstin(row);
  }

  async update(g: GstinRecord): Promise<boolean> {
    const result = await this.db
      .updateTable('gstins')
      .set(this.mutable(g))
      .where('account_id', '=', g.accountId)
      .where('gstin', '=', g.gstin)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async markDeleted(accountId: string, gstin: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('gstins')
      .set({ irp_password_enc: '', deleted_at: this.codec.timestamp(at), updated_at: this.codec.timestamp(at) })
      .where('account_id', '=', accountId)
      .where('gstin', '=', gstin)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async tenantOf(accountId: string, gstin: string): Promise<string | null> {
    const row = await TENANT_OF.first(this.db, { accountId, gstin });
    return row?.tenant_id ?? null;
  }

  /** Newest first. GSTINs are not time-sortable, so the keyset is (created_at, gstin), found from the cursor row. */
  async list(accountId: string, page: PageQuery & { tenantId?: string }): Promise<Page<GstinRecord>> {
    let q = this.db
      .selectFrom('gstins')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('deleted_at', 'is', null);
    if (page.tenantId !== undefined) q = q.where('tenant_id', '=', page.tenantId);
    if (page.startingAfter !== undefined) {
      // An unknown cursor makes the comparison NULL: an empty page rather than a restart from the top.
      q = q.where(
        sql<boolean>`(gstins.created_at, gstins.gstin) < (select c.created_at, c.gstin from gstins c
          where c.account_id = ${accountId} and c.gstin = ${page.startingAfter})`,
      );
    }
    const rows = await q.orderBy('created_at', 'desc').orderBy('gstin', 'desc').limit(fetchSize(page)).execute();
    return toPage(rows, page, toGstin);
  }
}

function toGstin(r: Selectable<GstinsTable>): GstinRecord {
  return {
    accountId: r.account_id,
    gstin: r.gstin,
    environment: r.environment as Environment,
    description: r.description,
    irpUsername: r.irp_username,
    irpPasswordEnc: r.irp_password_enc,
    largeTaxpayer: readBoolean(r.large_taxpayer),
    createdAt: readDate(r.created_at),
    updatedAt: readDate(r.updated_at),
    tenantId: r.tenant_id ?? null,
  };
}
