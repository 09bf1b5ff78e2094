// Per-route API users of a GSTIN (issue #22): NIC creates API users per GSP, and the E-Way Bill System has its
// own, so a GSTIN served by two GSP routes needs a pair per route. Passwords are sealed like gstins.irp_password_enc.
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function gspRouteCredentialsMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('gstin_route_credentials')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('gstin', 'text', (c) => c.notNull())
        .addColumn('route', 'text', (c) => c.notNull())
        .addColumn('irp_username', 'text', (c) => c.notNull())
        .addColumn('irp_password_enc', 'text', (c) => c.notNull())
        .addColumn('ewb_username', 'text')
        .addColumn('ewb_password_enc', 'text')
        // Why the route refused these users on a document's call; cleared when they are replaced.
        .addColumn('refused_reason', 'text')
        .addColumn('refused_at', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('gstin_route_credentials_pk', ['account_id', 'gstin', 'route'])
        .execute();
    },
  };
}
