import type { SigningKeyInput } from './crypto/keys.js';
import type { LatencyProfile } from './faults/latency.js';
import type { OperationLatency } from './faults/production-latency.js';
import type { Taxpayer } from './rules.js';
import type { ClientRegistration, GspAppRegistration } from './seed/credentials.js';

export interface SandboxOptions {
  /** Base clock (default: wall clock). The admin API and `admin.advanceClock` add an offset on top. */
  now?: () => Date;
  /** AuthToken lifetime. Default 6 h (NIC production; NIC's own sandbox uses 60 min). */
  tokenTtlMs?: number;
  /** ForceRefreshAccessToken is honoured only this close to expiry. Default 10 min. */
  refreshWindowMs?: number;
  /** Get-by-IRN / by-doc retention after AckDt; later -> 2283. Default 2 days. */
  retentionMs?: number;
  /** Request body limit; larger -> NIC-shaped 5002 (HTTP 413). Default 2 MiB. */
  maxBodyBytes?: number;
  /** NIC API clients. The documented default client is added unless includeDefaultClient is false. */
  clients?: ClientRegistration[];
  includeDefaultClient?: boolean;
  /** GSP apps (gspappid/gspappsecret). The documented default app is always accepted unless includeDefaultClient is false. */
  gspApps?: GspAppRegistration[];
  /** GSP bearer token lifetime. Default 30 days (2591999 s answered as expires_in). */
  gspTokenTtlMs?: number;
  /** Extra or overriding taxpayers for the GSTIN master. */
  taxpayers?: Taxpayer[];
  /** Signing key for SignedInvoice/SignedQRCode. Default: a fresh RSA-2048 key per sandbox. */
  signingKey?: SigningKeyInput;
  /** Login encryption key (the IRP "public key" clients encrypt auth with). Default: a fresh RSA-2048 key. */
  loginKey?: { privateKeyPem: string };
  /** Latency added to every NIC/GSP call (one profile, or one per operation: PRODUCTION_LATENCY). Default none. */
  latency?: LatencyProfile | OperationLatency;
  /** How long `timeout-after-commit` holds a response before destroying the socket. Default 65 s. */
  faultHoldMs?: number;
  /** Demand a schema version: requests are translated with gst.translateInvoice before validation. */
  demandVersion?: string;
  /**
   * With `demandVersion`: refuse (2140 at /Version) a document whose `Version` is not the demanded version's,
   * as the IRP does after a schema cut-over, instead of translating it. Rehearses a NIC schema change: only a
   * client that translates (einvoice's API layer) still gets IRNs. Default false.
   */
  strictVersion?: boolean;
  /** NIC upper-cases DocNo before hashing/de-duplication since 1 June 2025. Default true. */
  uppercaseDocNo?: boolean;
  /** 30-day reporting rule for large taxpayers. Default true. */
  thirtyDayRule?: boolean;
  /** `iss` of the signed JWTs. Default "NIC". */
  issuer?: string;
  /** When set, /admin/* requires header x-admin-token with this value. */
  adminToken?: string;
}

export const DEFAULTS = {
  tokenTtlMs: 6 * 60 * 60_000,
  refreshWindowMs: 10 * 60_000,
  retentionMs: 2 * 24 * 60 * 60_000,
  maxBodyBytes: 2 * 1024 * 1024,
  gspTokenTtlMs: 2_592_000_000,
  faultHoldMs: 65_000,
  issuer: 'NIC',
} as const;
