// What use cases depend on: ports only. main.ts builds the real ones; tests build their own.
import type { HsnMaster } from '@einvoice/gst';
import type { Clock } from './ports/clock.js';
import type { GspPort } from './ports/gsp.js';
import type { SignatureVerifier } from './ports/signatures.js';
import type { Storage } from './ports/storage.js';
import type { SecretBox } from './security/secret-box.js';
import type { SecretHasher } from './security/secrets.js';
import type { NicSchemaTarget } from './versions/nic-schema.js';

export interface AppSettings {
  mode: 'sandbox' | 'production';
  accessTokenTtlSeconds: number;
  idempotencyTtlHours: number;
  /** How long an in-flight idempotency claim holds before a retry may take it over (crash recovery). */
  idempotencyLockSeconds: number;
  /**
   * The longest an upstream attempt may still run once its caller was answered 202 (`Prefer: wait` ran out):
   * the outage worker leaves the document to it that long (and leases queued documents as long).
   */
  inFlightLeaseMs: number;
  apiKeyRateLimitRps: number;
  publicRateLimitRps: number;
  /**
   * IRNs (invoices, notes, bulk records) a sandbox account may generate per IST calendar month
   * (SANDBOX_MONTHLY_IRN_QUOTA); 0 or absent: unlimited. Production accounts are never limited.
   */
  sandboxMonthlyIrnQuota?: number;
  /** Records of one bulk request relayed at the same time (the GSP's allowed concurrency). */
  bulkConcurrency: number;
  /** The government's full HSN/SAC master (HSN_MASTER_FILE); absent: the master bundled with @einvoice/gst. */
  hsnMaster?: HsnMaster;
  /** The NIC schema version the IRP demands (NIC_SCHEMA_VERSION); absent: documents go as received. */
  nicSchema?: NicSchemaTarget;
}

export interface Deps {
  storage: Storage;
  clock: Clock;
  hasher: SecretHasher;
  box: SecretBox;
  settings: AppSettings;
  gsp: GspPort;
  /** Checks the IRP's signed invoice and QR code against NIC's certificates; absent: documents are `unverified`. */
  signatures?: SignatureVerifier;
  /**
   * Test-only crash points: main.ts sets this from EINVOICE_FAILPOINT so the crash tests can kill the
   * process at a precise step of a use case. Absent in normal operation.
   */
  failpoint?: (name: string) => void;
}
