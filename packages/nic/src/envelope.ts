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
  | { ok: false; errors: ClientError[]; info: InfoDtl[] | null; httpStatus: number; body: unknown };

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
