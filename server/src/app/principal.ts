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
    };
