import type { InfoDtl } from '@einvoice/nic';
import type { SandboxClock } from '../clock.js';
import type { SigningKey } from '../crypto/keys.js';
import type { NicError } from '../protocol/errors.js';
import type { TaxpayerDirectory } from '../seed/taxpayers.js';
import type { Channel, Ledger, LedgerEvent } from '../store/ledger.js';

/** Who is calling: the GSTIN comes from the authenticated session, never from the payload. */
export interface Caller {
  gstin: string;
  userName: string;
  channel: Channel;
}

export type Outcome<T> =
  | { ok: true; data: T; info: InfoDtl[] | null; events: LedgerEvent[] }
  | { ok: false; errors: NicError[]; info: InfoDtl[] | null; events: LedgerEvent[] };

export interface ServiceConfig {
  /** Get-by-IRN / by-doc answer only this long after AckDt; later -> 2283. */
  retentionMs: number;
  uppercaseDocNo: boolean;
  thirtyDayRule: boolean;
  /** When set, requests are translated to this schema version (gst.translateInvoice) before validation. */
  demandVersion?: string;
  /** With demandVersion: refuse a document in another version instead of translating it. */
  strictVersion?: boolean;
  /** `iss` claim of signed JWTs. */
  issuer: string;
}

export interface ServiceDeps {
  ledger: Ledger;
  clock: SandboxClock;
  taxpayers: TaxpayerDirectory;
  signingKey: SigningKey;
  config: ServiceConfig;
}

export function fail<T>(errors: NicError[], info: InfoDtl[] | null = null): Outcome<T> {
  return { ok: false, errors, info, events: [] };
}

export function ok<T>(data: T, info: InfoDtl[] | null = null, events: LedgerEvent[] = []): Outcome<T> {
  return { ok: true, data, info: info?.length ? info : null, events };
}
