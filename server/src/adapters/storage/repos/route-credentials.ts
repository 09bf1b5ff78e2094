import type { Kysely, Selectable } from 'kysely';
import type { RouteCredentialRecord } from '../../../app/ports/records.js';
import type { RouteCredentialRepo } from '../../../app/ports/storage.js';
import { compiled } from '../compiled.js';
import { type Codec, readDate } from '../dialect.js';
import type { Database, GstinRouteCredentialsTable } from '../schema.js';

/** A GSTIN's route users: read on every generate. */
const ROUTES_OF_GSTIN = compiled('routeCredentials.list', (db, p: { accountId: string; gstin: string }) =>
  db
    .selectFrom('gstin_route_credentials')
    .selectAll()
    .where('account_id', '=', p.accountId)
    .where('gstin', '=', p.gstin)
    .orderBy('route'),
);

export class SqlRouteCredentialRepo implements RouteCredentialRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  async upsert(r: RouteCredentialRecord): Promise<void> {
    const mutable = {
      irp_username: r.irpUsername,
      irp_password_enc: r.irpPasswordEnc,
      ewb_username: r.ewbUsername,
      ewb_password_enc: r.ewbPasswordEnc,
      refused_reason: null,
      refused_at: null,
      updated_at: this.codec.timestamp(r.updatedAt),
    };
    await this.db
      .insertInto('gstin_route_credentials')
      .values({
        account_id: r.accountId,
        gstin: r.gstin,
        route: r.route,
        ...mutable,
        created_at: this.codec.timestamp(r.createdAt),
      })
      .onConflict((oc) => oc.columns(['account_id', 'gstin', 'route']).doUpdateSet(mutable))
      .execute();
  }

  async list(accountId: string, gstin: string): Promise<RouteCredentialRecord[]> {
    const rows = await ROUTES_OF_GSTIN.rows(this.db, { accountId, gstin });
    return rows.map(toRecord);
  }

  async remove(accountId: string, gstin: string, route: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('gstin_route_credentials')
      .where('account_id', '=', accountId)
      .where('gstin', '=', gstin)
      .where('route', '=', route)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async markRefused(accountId: string, gstin: string, route: string, reason: string, at: Date): Promise<void> {
    await this.db
      .updateTable('gstin_route_credentials')
      .set({ refused_reason: reason, refused_at: this.codec.timestamp(at) })
      .where('account_id', '=', accountId)
      .where('gstin', '=', gstin)
      .where('route', '=', route)
      .execute();
  }
}

function toRecord(r: Selectable<GstinRouteCredentialsTable>): RouteCredentialRecord {
  return {
    accountId: r.account_id,
    gstin: r.gstin,
    route: r.route,
    irpUsername: r.irp_username,
    irpPasswordEnc: r.irp_password_enc,
    ewbUsername: r.ewb_username,
    ewbPasswordEnc: r.ewb_password_enc,
    refusedReason: r.refused_reason,
    refusedAt: r.refused_at === null ? null : readDate(r.refused_at),
    createdAt: readDate(r.created_at),
    updatedAt: readDate(r.updated_at),
  };
}
