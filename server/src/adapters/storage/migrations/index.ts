// Migrations are provided in code (not read from a folder) so they run the same from tsx, from the tsup
// bundle and from tests. Add new ones here with a name that sorts after the previous one.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DialectName } from '../dialect.js';
import { initialMigration } from './0001-initial.js';
import { webhooksMigration } from './0002-webhooks.js';
import { documentQueueMigration } from './0003-document-queue.js';
import { requestSigningMigration } from './0004-request-signing.js';
import { gstinDeletionMigration } from './0005-gstin-deletion.js';
import { webhookFairnessMigration } from './0006-webhook-fairness.js';
import { reconcilerMigration } from './0007-reconciler.js';
import { requireSignaturesMigration } from './0008-require-signatures.js';
import { bulkJobsMigration } from './0009-bulk-jobs.js';
import { keyFingerprintsMigration } from './0010-key-fingerprints.js';
import { testClocksMigration } from './0011-test-clocks.js';
import { dashboardSessionsMigration } from './0012-dashboard-sessions.js';
import { apiVersionsMigration } from './0013-api-versions.js';
import { gspRouteCredentialsMigration } from './0014-gsp-route-credentials.js';
import { signatureVerificationMigration } from './0015-signature-verification.js';
import { tenantsMigration } from './0016-tenants.js';
import { usageIndexMigration } from './0017-usage-index.js';
import { onboardingLinksMigration } from './0018-onboarding-links.js';
import { partialIndexesMigration } from './0019-partial-indexes.js';

function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-webhooks': webhooksMigration(dialect),
    '0003-document-queue': documentQueueMigration(dialect),
    '0004-request-signing': requestSigningMigration(),
    '0005-gstin-deletion': gstinDeletionMigration(dialect),
    '0006-webhook-fairness': webhookFairnessMigration(dialect),
    '0007-reconciler': reconcilerMigration(dialect),
    '0008-require-signatures': requireSignaturesMigration(dialect),
    '0009-bulk-jobs': bulkJobsMigration(dialect),
    '0010-key-fingerprints': keyFingerprintsMigration(),
    '0011-test-clocks': testClocksMigration(dialect),
    '0012-dashboard-sessions': dashboardSessionsMigration(dialect),
    '0013-api-versions': apiVersionsMigration(dialect),
    '0014-gsp-route-credentials': gspRouteCredentialsMigration(dialect),
    '0015-signature-verification': signatureVerificationMigration(dialect),
    '0016-tenants': tenantsMigration(dialect),
    '0017-usage-index': usageIndexMigration(),
    '0018-onboarding-links': onboardingLinksMigration(dialect),
    '0019-partial-indexes': partialIndexesMigration(),
  };
}

/** Brings the schema up to date; fails loudly with the first error. */
export async function migrateToLatest(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  // On PostgreSQL the Migrator takes an advisory lock, so replicas starting together do not race.
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`storage: migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
