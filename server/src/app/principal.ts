import type { Environment, Permission, Scope } from './ports/records.js';

/** Who is calling, once authenticated. The GSTIN of a token is the only GSTIN it can act for. */
export type Principal =
  | {
      kind: 'api_key';
      accountId: string;
      environment: Environment;
      keyId: string;
      /**
       * The tenant the call acts on (issue #24): the restricted key's, or the one `Einvoice-Tenant` names
       * (http/pipeline/tenant.ts); null: the account itself, which sees every tenant.
       */
      tenantId: string | null;
      /** The tenant a restricted key is bound to; null for the account key and unbound keys. */
      boundTenantId: string | null;
      /** A restricted key's permissions (usecases/permissions.ts); null: the unrestricted account key. */
      permissions: Permission[] | null;
    }
  | {
      kind: 'token';
      accountId: string;
      environment: Environment;
      gstin: string;
      clientId: string;
      scopes: Scope[];
      rateLimitRps: number;
      /** The credential requires RFC 9421 signatures (http/pipeline/signature.ts). */
      requireSignatures: boolean;
      /** The GSTIN's tenant (null: the account itself). */
      tenantId: string | null;
    };

/** A caller with an account API key: administers the account (GSTINs, credentials, webhooks). */
export type AdminPrincipal = Extract<Principal, { kind: 'api_key' }>;

/** A caller with an OAuth token: acts for one GSTIN (documents, e-way bills). */
export type GstinPrincipal = Extract<Principal, { kind: 'token' }>;

/** The unrestricted account key acting on the account itself (the CLI, the sandbox seed, the dashboard). */
export function accountPrincipal(account: { id: string; environment: Environment }, keyId: string): AdminPrincipal {
  return {
    kind: 'api_key',
    accountId: account.id,
    environment: account.environment,
    keyId,
    tenantId: null,
    boundTenantId: null,
    permissions: null,
  };
}

/**
 * Whether the caller may see a resource of `tenantId` (null: the account's own). A caller acting on a tenant sees
 * only that tenant's; the account key without a tenant, and GSTIN tokens (already bound to one GSTIN), see it.
 * Everything refused here is answered exactly as an absent id (issue #24: no existence oracle across tenants).
 */
export function seesTenant(who: Principal, tenantId: string | null): boolean {
  return who.kind !== 'api_key' || who.tenantId === null || who.tenantId === tenantId;
}

/** The list filter for the tenant in effect: {} (everything) without one. */
export function tenantFilter(who: Principal): { tenantId?: string } {
  return who.kind === 'api_key' && who.tenantId !== null ? { tenantId: who.tenantId } : {};
}
