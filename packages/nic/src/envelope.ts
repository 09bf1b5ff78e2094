export interface ClientError {
  code: string;
  message: string;
}

export interface ClientInfo {
  InfCd: string;
  Desc: unknown;
}

export type NicResult<T> =
  | { ok: true; data: T; info: ClientInfo[] | null; httpStatus: number }
  | { ok: false; errors: ClientError[]; info: ClientInfo[] | null; httpStatus: number; body: unknown };

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
