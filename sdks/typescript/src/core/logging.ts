// Request logging: one line per HTTP attempt (method, path, status, request id, attempt, latency), through a
// console-shaped logger. Secrets never reach it: no Authorization, signature or cookie values, no query strings
// (document numbers), no bodies.

export type LogLevel = 'off' | 'info' | 'debug';

/** Anything console-shaped: `console`, pino, winston and bunyan loggers all fit. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
}

export interface AttemptLog {
  method: string;
  url: string;
  attempt: number;
  latencyMs: number;
  status: number | null;
  requestId: string | null;
  idempotentReplayed: boolean;
  error?: string;
  requestHeaders: Headers;
  responseHeaders?: Headers;
}

const REDACTED = new Set(['authorization', 'signature', 'signature-input', 'cookie', 'set-cookie', 'x-api-key']);

/** Headers as a plain object with every credential-bearing value replaced. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = REDACTED.has(name.toLowerCase()) ? '[redacted]' : value;
  });
  return out;
}

/** `EINVOICE_LOG=debug|info` (anything else: off) unless the client says otherwise. */
export function levelFrom(option: LogLevel | undefined): LogLevel {
  if (option) return option;
  const env = (process.env.EINVOICE_LOG ?? '').toLowerCase();
  return env === 'debug' || env === 'info' ? env : 'off';
}

export class RequestLogger {
  constructor(
    private readonly level: LogLevel,
    private readonly logger: Logger = console,
  ) {}

  get enabled(): boolean {
    return this.level !== 'off';
  }

  attempt(a: AttemptLog): void {
    if (this.level === 'off') return;
    const path = new URL(a.url).pathname;
    const fields: Record<string, unknown> = {
      method: a.method,
      path,
      status: a.status,
      request_id: a.requestId,
      attempt: a.attempt + 1, // from 1, as in every SDK
      latency_ms: Math.round(a.latencyMs),
      ...(a.idempotentReplayed ? { idempotent_replayed: true } : {}),
      ...(a.error ? { error: a.error } : {}),
    };
    const message = `einvoice ${a.method} ${path} -> ${a.status ?? a.error ?? 'error'} (${fields.latency_ms} ms, attempt ${a.attempt + 1}${a.requestId ? `, ${a.requestId}` : ''})`;
    if (this.level === 'info') {
      this.logger.info(message, fields);
      return;
    }
    this.logger.debug(message, {
      ...fields,
      request_headers: redactHeaders(a.requestHeaders),
      ...(a.responseHeaders ? { response_headers: redactHeaders(a.responseHeaders) } : {}),
    });
  }
}

export interface AppInfo {
  /** Your integration's name, e.g. `acme-erp-connector`. */
  name: string;
  version?: string;
  url?: string;
}

/** `name/version (+url)`, appended to the User-Agent so the API's operators can tell integrations apart. */
export function appInfoSuffix(info: AppInfo | undefined): string {
  if (!info) return '';
  const clean = (s: string) => s.replace(/[\s/()]+/g, '-');
  let out = ` ${clean(info.name)}${info.version ? `/${clean(info.version)}` : ''}`;
  if (info.url) out += ` (+${info.url.replace(/[\s()]+/g, '')})`;
  return out;
}
