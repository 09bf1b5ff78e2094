// The repository set over one Kysely handle: the root database, or a transaction (same classes, bound to trx).
import type { Kysely } from 'kysely';
import type { RateLimitRepo, Repositories } from '../../app/ports/storage.js';
import type { Codec } from './dialect.js';
import { SqlAccountRepo, SqlApiKeyRepo, SqlTenantRepo } from './repos/accounts.js';
import { SqlAuditRepo } from './repos/audit.js';
import { SqlBulkJobRepo } from './repos/bulk-jobs.js';
import { type ResolvedTokenCache, SqlCredentialRepo, SqlTokenRepo } from './repos/credentials.js';
import { SqlDashboardSessionRepo } from './repos/dashboard-sessions.js';
import { SqlDocumentRepo } from './repos/documents.js';
import { SqlEwbRepo } from './repos/ewbs.js';
import { SqlGstinRepo } from './repos/gstins.js';
import { SqlIdempotencyRepo } from './repos/idempotency.js';
import { SqlOnboardingLinkRepo } from './repos/onboarding-links.js';
import { SqlOutboxDispatchRepo } from './repos/outbox-dispatch.js';
import { SqlRateLimitRepo } from './repos/rate-limits.js';
import { SqlReconcileRepo } from './repos/reconcile.js';
import { SqlRequestLogRepo } from './repos/request-logs.js';
import { SqlRouteCredentialRepo } from './repos/route-credentials.js';
import { SqlTestClockRepo } from './repos/test-clocks.js';
import { SqlWebhookDeliveryRepo } from './repos/webhook-deliveries.js';
import { SqlWebhookEndpointRepo } from './repos/webhook-endpoints.js';
import type { Database } from './schema.js';

/**
 * What one process keeps for the storage, the same inside a transaction: the memory bucket store and the
 * resolved-token cache when this process serves the database alone (RATE_LIMIT_STORE=memory), else none.
 */
export interface InProcessState {
  rateLimits: RateLimitRepo;
  tokenCache: ResolvedTokenCache;
}

export function createRepositories(db: Kysely<Database>, codec: Codec, local?: InProcessState): Repositories {
  return {
    accounts: new SqlAccountRepo(db, codec),
    apiKeys: new SqlApiKeyRepo(db, codec),
    tenants: new SqlTenantRepo(db, codec),
    gstins: new SqlGstinRepo(db, codec),
    routeCredentials: new SqlRouteCredentialRepo(db, codec),
    credentials: new SqlCredentialRepo(db, codec, local?.tokenCache),
    tokens: new SqlTokenRepo(db, codec, local?.tokenCache),
    audit: new SqlAuditRepo(db, codec),
    idempotency: new SqlIdempotencyRepo(db, codec),
    documents: new SqlDocumentRepo(db, codec),
    ewbs: new SqlEwbRepo(db, codec),
    webhookEndpoints: new SqlWebhookEndpointRepo(db, codec),
    requestLogs: new SqlRequestLogRepo(db, codec),
    rateLimits: local?.rateLimits ?? new SqlRateLimitRepo(db),
    // SqlOutboxDispatchRepo = SqlOutboxRepo (append) + the dispatcher's claimBatch/markDispatched.
    outbox: new SqlOutboxDispatchRepo(db, codec),
    webhookDeliveries: new SqlWebhookDeliveryRepo(db, codec),
    reconcile: new SqlReconcileRepo(db, codec),
    bulkJobs: new SqlBulkJobRepo(db, codec),
    testClocks: new SqlTestClockRepo(db, codec),
    dashboardSessions: new SqlDashboardSessionRepo(db, codec),
    onboardingLinks: new SqlOnboardingLinkRepo(db, codec),
  };
}
