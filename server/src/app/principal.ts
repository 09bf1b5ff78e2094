import type { Environment, Scope } from './ports/records.js';

/** Who is calling, once authenticated. The GSTIN of a token is the only GSTIN it can act for. */
export type Principal =
  | { kind: 'api_key'; accountId: string; environment: Environment; keyId: string }
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
    };

/** A caller with an account API key: administers the account (GSTINs, credentials, webhooks). */
export type AdminPrincipal = Extract<Principal, { kind: 'api_key' }>;

/** A caller with an OAuth token: acts for one GSTIN (documents, e-way bills). */
export type GstinPrincipal = Extract<Principal, { kind: 'token' }>;
