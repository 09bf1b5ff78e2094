/** One NIC error as a client reads it, whatever envelope (NIC, EWB API, GSP message) it came in. */
export interface ClientError {
  code: string;
  message: string;
}

/** An InfoDtls entry: DUPIRN on a duplicate, EWBERR / EWBPPD after Generate IRN with EwbDtls. */
export interface InfoDtl {
  InfCd: string;
  Desc: unknown;
}

/** One ErrorDetails entry on the wire. */
export interface ErrorDetail {
  ErrorCode: string;
  ErrorMessage: string;
}

/**
 * NIC's response envelope. NIC's docs call ErrorDetails base64; real responses carry an array. Data is
 * base64 AES(SEK, json) on business calls; the auth call alone answers it as plain JSON (AuthData).
 */
export interface NicEnvelope {
  Status: 0 | 1;
  Data: string | null;
  ErrorDetails: ErrorDetail[] | null;
  InfoDtls: InfoDtl[] | null;
}

/** What a client call gives back: the decrypted data, or NIC's error codes with the raw body. */
export type NicResult<T> =
  | { ok: true; data: T; info: InfoDtl[] | null; httpStatus: number }
  | {
      ok: false;
      errors: ClientError[];
      info: InfoDtl[] | null;
      httpStatus: number;
      body: unknown;
      /** False when the body was no envelope of the API at all (a WAF page, a gateway's empty 502): not the IRP speaking. */
      envelope: boolean;
    };

/**
 * Tolerant reader of NIC's error details: an array of {ErrorCode, ErrorMessage}, or (as NIC's pages
 * describe it) a base64 string holding that array or a single object.
 */
export function parseErrorDetails(details: unknown): ClientError[] {
  if (details === null || details === undefined) return [];
  if (typeof details === 'string') {
    try {
      return parseErrorDetails(JSON.parse(Buffer.from(details, 'base64').toString('utf8')) as unknown);
    } catch {
      return [{ code: 'UNKNOWN', message: details }];
    }
  }
  const list = Array.isArray(details) ? details : [details];
  return list.map((d) => {
    const o = (d ?? {}) as Record<string, unknown>;
    return {
      code: String(o.ErrorCode ?? o.errorCode ?? 'UNKNOWN'),
      message: String(o.ErrorMessage ?? o.errorMessage ?? ''),
    };
  });
}

/** Status arrives as 1/0 or "1"/"0". */
export function isSuccessStatus(status: unknown): boolean {
  return status === 1 || status === '1';
}

/**
 * Adaequare-style message "2172 : text, 2189 : text" -> codes. Splits only on a comma that starts a new
 * "CODE : " item, so commas inside messages survive.
 */
export function parseGspMessage(message: string): ClientError[] {
  return message
    .split(/,\s*(?=[A-Z]*[0-9]+\s*:\s)/)
    .map((part) => /^\s*([A-Z]*[0-9]+)\s*:\s*([\s\S]*?)\s*$/.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ code: m[1] ?? '', message: m[2] ?? '' }));
}

/** What the clients pass to their HTTP client: always a method, plain headers, a string body, a deadline. */
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

/**
 * The part of `fetch` the clients use, so a pooled HTTP client (the server's undici transport) can stand in.
 * Global `fetch` is one. It throws on network errors and when `signal` aborts, as fetch does.
 */
export type FetchLike = (
  url: URL,
  init: FetchInit,
) => Promise<{ status: number; ok: boolean; text(): Promise<string>; json(): Promise<unknown> }>;

/**
 * DUPIRN of a 2150 duplicate answer: the IRN (and AckNo/AckDt) of the existing document, read from NIC's
 * InfoDtls `[{InfCd:"DUPIRN", Desc:{AckNo, AckDt, Irn}}]` or Adaequare's `result` array (`success:false`,
 * `result:[{InfCd:"DUPIRN", Desc:{...}}]`). Undefined when the answer carries none.
 */
export function findDupIrn(...sources: unknown[]): { Irn: string; AckNo?: number; AckDt?: string } | undefined {
  for (const source of sources) {
    if (!Array.isArray(source)) continue;
    for (const entry of source) {
      const e = (entry ?? {}) as Record<string, unknown>;
      if (e.InfCd !== 'DUPIRN') continue;
      let desc = e.Desc;
      if (typeof desc === 'string') {
        try {
          desc = JSON.parse(desc) as unknown;
        } catch {
          continue;
        }
      }
      const d = (desc ?? {}) as Record<string, unknown>;
      if (typeof d.Irn !== 'string' || d.Irn === '') continue;
      const out: { Irn: string; AckNo?: number; AckDt?: string } = { Irn: d.Irn };
      if (d.AckNo !== undefined && d.AckNo !== null) out.AckNo = Number(d.AckNo);
      if (typeof d.AckDt === 'string') out.AckDt = d.AckDt;
      return out;
    }
  }
  return undefined;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A body that is not the API's envelope (WAF page, gateway error, empty): the HTTP status is all we know. */
export function noEnvelope<T>(status: number, body: unknown, api: string): NicResult<T> {
  const raw = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, 120);
  return {
    ok: false,
    errors: [{ code: 'HTTP', message: `HTTP ${status} without ${api} envelope${text ? `: ${text}` : ''}` }],
    info: null,
    httpStatus: status,
    body,
    envelope: false,
  };
}
