// What a restricted API key (rk_..., issue #24) may call: one table, operationId -> the permission it needs, read
// by the authentication step (authenticate.ts) for every account-key call. The unrestricted account key (sk_...)
// may call everything; GSTIN tokens are governed by their scopes instead.
//   read       every GET of account-level operations
//   documents  read + create and list OAuth credentials and their secrets (mint tokens for the tenant's GSTINs)
//   admin      everything account-level: GSTINs, credentials, webhooks, onboarding links, test clocks, and
//              tenants when the key is not bound to one
//   account    the account key only: API keys are managed with it, never with a restricted key
import type { Permission } from '../../app/ports/records.js';

export type Requirement = Permission | 'account';

export const OPERATION_PERMISSIONS: Readonly<Record<string, Requirement>> = {
  // GSTINs and their GSP route users
  registerGstin: 'admin',
  listGstins: 'read',
  getGstin: 'read',
  updateGstin: 'admin',
  deleteGstin: 'admin',
  listGstinGspRoutes: 'read',
  putGstinGspRoute: 'admin',
  deleteGstinGspRoute: 'admin',
  // OAuth credentials
  createCredential: 'documents',
  listCredentials: 'read',
  getCredential: 'read',
  addCredentialSecret: 'documents',
  revokeCredential: 'admin',
  revokeCredentialSecret: 'admin',
  // Audit trail and request logs
  listAuditEvents: 'read',
  listRequestLogs: 'read',
  exportRequestLogs: 'read',
  getRequestLog: 'read',
  // Webhooks
  createWebhookEndpoint: 'admin',
  listWebhookEndpoints: 'read',
  getWebhookEndpoint: 'read',
  updateWebhookEndpoint: 'admin',
  deleteWebhookEndpoint: 'admin',
  rotateWebhookSecret: 'admin',
  listWebhookDeliveries: 'read',
  replayWebhookDelivery: 'admin',
  // Sandbox test clocks
  createTestClock: 'admin',
  listTestClocks: 'read',
  getTestClock: 'read',
  deleteTestClock: 'admin',
  advanceTestClock: 'admin',
  // Tenants (a key bound to a tenant never creates or changes one: see tenantAdministration below)
  createTenant: 'admin',
  listTenants: 'read',
  getTenant: 'read',
  updateTenant: 'admin',
  // Usage (issue #24, metering) and hosted onboarding links
  getUsage: 'read',
  exportUsage: 'read',
  createOnboardingLink: 'admin',
  listOnboardingLinks: 'read',
  getOnboardingLink: 'read',
  revokeOnboardingLink: 'admin',
  // API keys: the unrestricted account key only
  createApiKey: 'account',
  listApiKeys: 'account',
  getApiKey: 'account',
  rollApiKey: 'account',
  revokeApiKey: 'account',
};

/** Operations that change the account's tenants: refused to a key bound to a tenant, whatever its permissions. */
const TENANT_ADMINISTRATION = new Set(['createTenant', 'updateTenant']);

/** What each permission grants, inclusive: documents includes read; admin includes both. */
const GRANTS: Record<Permission, readonly Permission[]> = {
  read: ['read'],
  documents: ['read', 'documents'],
  admin: ['read', 'documents', 'admin'],
};

/**
 * The permission a restricted key lacks for this operation, or undefined when it may call it. An operation
 * missing from the table (a test forbids that for the spec's) needs admin for a write, read for a GET.
 */
export function missingPermission(
  operationId: string,
  method: string,
  key: { permissions: Permission[]; boundTenantId: string | null },
): Requirement | undefined {
  const needed = OPERATION_PERMISSIONS[operationId] ?? (method === 'GET' ? 'read' : 'admin');
  if (needed === 'account') return 'account';
  if (TENANT_ADMINISTRATION.has(operationId) && key.boundTenantId !== null) return 'account';
  return key.permissions.some((p) => GRANTS[p].includes(needed)) ? undefined : needed;
}
