// How a NIC answer or a transport failure maps onto the port's outcomes. Kept apart from the adapter
// so the rules are readable and testable on their own. The rule above all: a transport or GSP problem
// never blames the document.
import { findDupIrn } from '@einvoice/nic';
import type { GstnError, InfoDtl, UpstreamOutcome } from '../../app/ports/gsp.js';

/** NIC codes that say "try again later", not "your document is wrong". */
const TRANSIENT_CODES = new Set(['5001', '2146', '2147', '2139', 'GSPERR300', 'GSPGSTDOWN']);

export interface Answer<T> {
  ok: boolean;
  data?: T;
  errors?: GstnError[];
  info: unknown;
  httpStatus?: number;
  /** False when the body was no envelope of the API (a WAF page, a gateway's 502): the IRP did not speak. */
  envelope?: boolean;
  /** Adaequare's 2150 puts DUPIRN in `result` (with `success:false`). */
  result?: unknown;
}

/**
 * - an envelope-less answer: the route is unavailable (HTTP status in the detail); after a write, a 5xx
 *   from a gateway may come after the IRP committed: ambiguous, the reconciler finds out;
 * - 2150: duplicate, with DUPIRN read from the answer itself (InfoDtls or Adaequare's `result`);
 * - NIC's transient codes, or a 5xx with NIC's envelope: unavailable;
 * - anything else NIC said: rejected.
 */
export function classifyAnswer<T>(result: Answer<T>, isWrite = false): UpstreamOutcome<T> {
  const info = (Array.isArray(result.info) ? result.info : []) as InfoDtl[];
  if (result.ok) return { kind: 'ok', data: result.data as T, info };
  const errors = result.errors ?? [];
  const status = result.httpStatus;
  if (result.envelope === false) {
    const detail = errors[0]?.message ?? `HTTP ${status} without an envelope`;
    if (isWrite && status !== undefined && status >= 500) return { kind: 'ambiguous', detail };
    return { kind: 'unavailable', detail, code: `HTTP_${status}` };
  }
  const codes = errors.map((e) => e.code);
  if (codes.includes('2150')) {
    const dup = findDupIrn(result.info, result.result);
    return { kind: 'duplicate', errors, info, ...(dup ? { dupIrn: dup.Irn } : {}) };
  }
  if (codes.some((c) => TRANSIENT_CODES.has(c)) || (status !== undefined && status >= 500)) {
    return {
      kind: 'unavailable',
      detail: errors.map((e) => `${e.code} ${e.message}`).join('; ') || `HTTP ${status}`,
      ...(codes[0] ? { code: codes[0] } : {}),
    };
  }
  return { kind: 'rejected', errors, info };
}

/**
 * A login the route refused (NIC 1017/1019/108, the GSP's own refusal): the route is unusable for this
 * GSTIN until its credentials are fixed, and the router moves on. Only registration (verifyCredentials)
 * reports it as a rejection, so a wrong password is never stored.
 */
export function refusedLogin<T>(route: string, user: string, outcome: UpstreamOutcome<unknown>): UpstreamOutcome<T> {
  if (outcome.kind !== 'rejected') return outcome as UpstreamOutcome<T>;
  const why = outcome.errors.map((e) => `${e.code} ${e.message}`.trim()).join('; ');
  return {
    kind: 'unavailable',
    detail: `${route} refused the API user ${user} (${why}): set this GSTIN's credentials for ${route}`,
    ...(outcome.errors[0]?.code ? { code: outcome.errors[0].code } : {}),
    credentials: true,
  };
}

/**
 * Codes that refuse the caller, not the document: NIC's client and user checks (1010-1012 client id/secret,
 * 1016 AppKey, 1017/1019 user or password), and the e-way bill system's 108 (invalid login). On a business
 * call through a GSP that checks the user on every request (Adaequare), they mean the same as a refused login.
 */
const CREDENTIAL_CODES = new Set(['1010', '1011', '1012', '1016', '1017', '1019', '108']);

/** A rejection that only names credential codes is a refused login (see refusedLogin); anything else unchanged. */
export function credentialRefusal<T>(route: string, user: string, outcome: UpstreamOutcome<T>): UpstreamOutcome<T> {
  if (outcome.kind !== 'rejected' || outcome.errors.length === 0) return outcome;
  if (!outcome.errors.every((e) => CREDENTIAL_CODES.has(e.code))) return outcome;
  return refusedLogin(route, user, outcome);
}

export type TransportFailure = 'refused' | 'timeout' | 'reset' | 'other';

export function transportFailure(error: unknown): TransportFailure {
  const e = error as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  const code = e.cause?.code ?? e.code;
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || e.cause?.name === 'TimeoutError') return 'timeout';
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'UND_ERR_CONNECT_TIMEOUT')
    return 'refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE' || code === 'UND_ERR_CLOSED')
    return 'reset';
  return 'other';
}

/**
 * A transport failure is only safe to retry elsewhere when the request cannot have been processed:
 * the connection was refused, or the call was a read. Otherwise the IRP may have committed it.
 */
export function classifyTransport<T>(error: unknown, isWrite: boolean): UpstreamOutcome<T> {
  const failure = transportFailure(error);
  const detail = `${failure}: ${(error as Error).message}`;
  if (failure === 'refused' || !isWrite) return { kind: 'unavailable', detail };
  return { kind: 'ambiguous', detail };
}
