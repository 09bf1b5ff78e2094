// How a NIC answer or a transport failure maps onto the port's outcomes. Kept apart from the adapter
// so the rules are readable and testable on their own.
import type { GstnError, InfoDtl, UpstreamOutcome } from '../../app/ports/gsp.js';

/** NIC codes that say "try again later", not "your document is wrong". */
const TRANSIENT_CODES = new Set(['5001', '2146', '2147', '2139', 'GSPERR300', 'GSPGSTDOWN']);

export function classifyAnswer<T>(
  result: { ok: true; data: T; info: unknown } | { ok: false; errors: GstnError[]; info: unknown; httpStatus?: number },
): UpstreamOutcome<T> {
  const info = (Array.isArray(result.info) ? result.info : []) as InfoDtl[];
  if (result.ok) return { kind: 'ok', data: result.data, info };
  const codes = result.errors.map((e) => e.code);
  if (codes.includes('2150')) return { kind: 'duplicate', errors: result.errors, info };
  if (codes.some((c) => TRANSIENT_CODES.has(c)) || (result.httpStatus !== undefined && result.httpStatus >= 500)) {
    return {
      kind: 'unavailable',
      detail: result.errors.map((e) => `${e.code} ${e.message}`).join('; ') || `HTTP ${result.httpStatus}`,
      code: codes[0],
    };
  }
  return { kind: 'rejected', errors: result.errors, info };
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
