// The IRP's signed invoice and QR code checked against NIC's certificates when the IRN was recorded (issue #22):
// {status: verified | failed | unverified, reason}. Null for documents recorded before, and before an IRN.
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function signatureVerificationMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('documents').addColumn('signature_verification', t.json).execute();
    },
  };
}
