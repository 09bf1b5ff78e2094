// The request engine every resource goes through: auth, idempotency keys, timeouts, retries with back-off,
// status-aware waiting, client-side throttling, request signing and error mapping (spec/conformance/README.md).
import { randomUUID } from 'node:crypto';
import { API_VERSION } from '../generated/api-version.js';
import type { RawResult } from './api-promise.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  EinvoiceConfigError,
  EinvoiceError,
  errorFor,
} from './errors.js';
import { type AppInfo, appInfoSuffix, type Logger, type LogLevel, levelFrom, RequestLogger } from './logging.js';
import { type PinningOptions, pinnedFetch } from './pinning.js';
import { DEFAULT_MAX_RETRIES, retryDelayMs, shouldRetryStatus, sleep } from './retry.js';
import { type SigningKey, signRequest } from './signing.js';
import { Throttle } from './throttle.js';

export const SDK_VERSION = '0.1.0';
export const DEFAULT_BASE_URL = 'https://api.einvoice.dev';
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface StatusAwareBackoffOptions {
  /** How often to re-read GET /v1/status while an IRP is `down` (default 2000 ms). */
  pollIntervalMs?: number;
  /** Longest total wait for the IRP to come back before retrying anyway (default 30000 ms). */
  maxWaitMs?: number;
}

export interface TransportOptions {
  /** Default `EINVOICE_BASE_URL`, else https://api.einvoice.dev. */
  baseUrl?: string;
  /** Per-attempt timeout in milliseconds (default 60000). */
  timeout?: number;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** A fetch implementation (default: the global fetch, or undici's when pinning is on; undici is an optional peer). */
  fetch?: typeof fetch;
  /** Headers sent on every request. */
  defaultHeaders?: Record<string, string>;
  /**
   * The dated API version sent in `Einvoice-Version` (default: `API_VERSION`, the version this SDK was generated
   * for). Per request: `headers: { 'Einvoice-Version': '...' }`. Every answer says which version it used.
   */
  apiVersion?: string;
  /**
   * The tenant this client acts for, sent as `Einvoice-Tenant` (as Stripe's `stripeAccount`): account-key calls then
   * see and change only that tenant's GSTINs, credentials, webhook endpoints and usage. A `ten_...` id; a
   * malformed one is an EinvoiceConfigError. Per request: the `tenant` request option, which wins.
   */
  tenant?: string;
  /** RFC 9421 request signing (HMAC-SHA256) with the credential's `signing_key`; the server verifies it. */
  signingKey?: SigningKey;
  /** Certificate pinning (SPKI SHA-256); needs the optional peer dependency `undici` installed. */
  pinning?: PinningOptions;
  /** On 502/503/504, read GET /v1/status and wait while an IRP is `down` (default on). */
  statusAwareBackoff?: boolean | StatusAwareBackoffOptions;
  /** Wait for X-RateLimit-Reset when X-RateLimit-Remaining hits 0 (default on). */
  throttle?: boolean;
  /** Jitter source, U[0,1) (tests). */
  random?: () => number;
  /** Your integration, appended to the User-Agent (`name/version (+url)`), as Stripe's `setAppInfo`. */
  appInfo?: AppInfo;
  /** Where request logs go (default `console`); nothing is logged unless a level is set. */
  logger?: Logger;
  /** `info`: one line per HTTP attempt; `debug`: plus redacted headers. Default: `EINVOICE_LOG`, else `off`. */
  logLevel?: LogLevel;
}

export interface RequestOptions {
  /** This call's per-attempt timeout in ms. */
  timeout?: number;
  /** This call's retry budget. */
  maxRetries?: number;
  headers?: Record<string, string>;
  /** Idempotency key for a POST (default: a UUID generated once per call and reused on every retry). */
  idempotencyKey?: string;
  /** Act for this tenant on this call (`Einvoice-Tenant`), instead of the client's `tenant`. */
  tenant?: string;
  signal?: AbortSignal;
}

/** What a tenant id looks like (`ten_` and letters or digits); checked before anything is sent. */
export const TENANT_ID_PATTERN = /^ten_[A-Za-z0-9]+$/;

/** Throws EinvoiceConfigError unless `tenant` is undefined or a tenant id. */
export function checkTenant(tenant: unknown, where: string): void {
  if (tenant === undefined || (typeof tenant === 'string' && TENANT_ID_PATTERN.test(tenant))) return;
  throw new EinvoiceConfigError(
    `${where} must be a tenant id such as ten_01JF3Q8Z5X (ten_ and letters or digits); got ${JSON.stringify(tenant)}`,
    'tenant',
  );
}

export type Auth =
  | { kind: 'none' }
  | { kind: 'static'; token: string }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'oauth'; token(signal?: AbortSignal): Promise<string>; invalidate(token: string): void };

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
  form?: Record<string, string>;
  auth: Auth;
  /** POSTs get an Idempotency-Key unless this is false (the token endpoint). */
  idempotent?: boolean;
  /** Return the response unread (NDJSON exports). */
  stream?: boolean;
}

class TimeoutSignal {
  readonly controller = new AbortController();
  timedOut = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onUserAbort: () => void;

  constructor(
    ms: number,
    private readonly user?: AbortSignal,
  ) {
    this.onUserAbort = () => this.controller.abort(user!.reason);
    if (user?.aborted) this.controller.abort(user.reason);
    user?.addEventListener('abort', this.onUserAbort, { once: true });
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort(new Error('timeout'));
    }, ms);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.user?.removeEventListener('abort', this.onUserAbort);
  }
}

/**
 * undici is an optional peer dependency, loaded only for certificate pinning: without it installed, say what to
 * install instead of surfacing a bare module-resolution error from the first request.
 */
function missingUndici(error: unknown): never {
  const code = (error as { code?: unknown } | null)?.code;
  if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /\bundici\b/.test(String(error))) {
    throw new EinvoiceConfigError(
      'certificate pinning needs the optional peer dependency undici (>= 7, Node >= 20.18.1): npm install undici',
      'pinning',
    );
  }
  throw error;
}

export class Transport {
  readonly baseUrl: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly throttle = new Throttle();
  /** Built once: the platform does not change between requests. */
  readonly userAgent: string;
  private readonly log: RequestLogger;
  private fetchImpl: Promise<typeof fetch> | undefined;

  /** Throws EinvoiceConfigError for a base URL that is not http(s), a timeout that is not positive or a negative retry budget. */
  constructor(readonly options: TransportOptions) {
    this.baseUrl = (options.baseUrl ?? process.env.EINVOICE_BASE_URL ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    let protocol: string | undefined;
    try {
      protocol = new URL(this.baseUrl).protocol;
    } catch {
      protocol = undefined;
    }
    if (protocol !== 'http:' && protocol !== 'https:') {
      throw new EinvoiceConfigError(
        `baseUrl (or EINVOICE_BASE_URL) must be an http(s) URL such as ${DEFAULT_BASE_URL}; got ${JSON.stringify(this.baseUrl)}`,
        'baseUrl',
      );
    }
    if (typeof this.timeout !== 'number' || !(this.timeout > 0)) {
      throw new EinvoiceConfigError(
        `timeout must be a positive number of milliseconds; got ${String(this.timeout)}`,
        'timeout',
      );
    }
    if (!Number.isInteger(this.maxRetries) || this.maxRetries < 0) {
      throw new EinvoiceConfigError(
        `maxRetries must be a whole number >= 0; got ${String(this.maxRetries)}`,
        'maxRetries',
      );
    }
    if (options.appInfo !== undefined && !(typeof options.appInfo.name === 'string' && options.appInfo.name.trim())) {
      throw new EinvoiceConfigError('appInfo.name must name your integration, e.g. "acme-erp"', 'appInfo');
    }
    checkTenant(options.tenant, 'tenant');
    this.userAgent = `einvoice-typescript/${SDK_VERSION} node/${process.versions.node}${appInfoSuffix(options.appInfo)}`;
    this.log = new RequestLogger(levelFrom(options.logLevel), options.logger);
  }

  private getFetch(): Promise<typeof fetch> {
    this.fetchImpl ??= this.options.fetch
      ? Promise.resolve(this.options.fetch)
      : this.options.pinning
        ? pinnedFetch(this.options.pinning).catch(missingUndici)
        : Promise.resolve(globalThis.fetch.bind(globalThis));
    return this.fetchImpl;
  }

  buildUrl(path: string, query?: Record<string, unknown>): string {
    const url = new URL(this.baseUrl + path);
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
    }
    return url.toString();
  }

  /** One logical call: attempts until success, a non-retryable answer or the retry budget is spent. */
  async send(spec: RequestSpec, options: RequestOptions = {}): Promise<RawResult> {
    checkTenant(options.tenant, 'the tenant request option');
    const fetchImpl = await this.getFetch();
    const url = this.buildUrl(spec.path, spec.query);
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const timeout = options.timeout ?? this.timeout;
    const random = this.options.random ?? Math.random;
    const idempotencyKey =
      spec.method === 'POST' && spec.idempotent !== false ? (options.idempotencyKey ?? randomUUID()) : undefined;
    const payload =
      spec.form !== undefined
        ? new URLSearchParams(spec.form).toString()
        : spec.body !== undefined
          ? JSON.stringify(spec.body)
          : undefined;
    let retries = 0;
    let refreshedToken = false;
    let attempt = 0;

    for (;;) {
      if (this.options.throttle !== false) await this.throttle.wait(options.signal).catch(() => undefined);
      if (options.signal?.aborted)
        throw new APIUserAbortError('the request was aborted', { cause: options.signal.reason });
      const headers = new Headers({
        accept: 'application/json, application/problem+json',
        'user-agent': this.userAgent,
        'x-einvoice-retry-count': String(attempt),
        'einvoice-version': this.options.apiVersion ?? API_VERSION,
      });
      if (this.options.tenant) headers.set('einvoice-tenant', this.options.tenant);
      // Later wins whatever the case of the name (`Einvoice-Version` in a call's headers replaces the default).
      for (const extra of [this.options.defaultHeaders, options.headers])
        for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
      if (options.tenant) headers.set('einvoice-tenant', options.tenant);
      if (payload !== undefined)
        headers.set('content-type', spec.form !== undefined ? 'application/x-www-form-urlencoded' : 'application/json');
      if (idempotencyKey) headers.set('idempotency-key', idempotencyKey);
      let usedToken: string | undefined;
      if (spec.auth.kind === 'static') headers.set('authorization', `Bearer ${spec.auth.token}`);
      else if (spec.auth.kind === 'basic')
        headers.set(
          'authorization',
          `Basic ${Buffer.from(`${encodeURIComponent(spec.auth.username)}:${encodeURIComponent(spec.auth.password)}`).toString('base64')}`,
        );
      else if (spec.auth.kind === 'oauth') {
        usedToken = await spec.auth.token(options.signal);
        headers.set('authorization', `Bearer ${usedToken}`);
      }
      if (this.options.signingKey)
        signRequest({ method: spec.method, url, headers, body: payload }, this.options.signingKey);

      const timer = new TimeoutSignal(timeout, options.signal);
      const started = performance.now();
      let response: Response;
      let data: unknown;
      try {
        response = await fetchImpl(url, {
          method: spec.method,
          headers,
          body: payload,
          signal: timer.controller.signal,
        });
        if (!(spec.stream && response.ok)) data = await readBody(response);
      } catch (cause) {
        timer.clear();
        if (options.signal?.aborted) throw new APIUserAbortError('the request was aborted', { cause });
        const error = timer.timedOut
          ? new APIConnectionTimeoutError(`request timed out after ${timeout} ms`, { cause })
          : new APIConnectionError(`connection error: ${describe(cause)}`, { cause });
        this.logAttempt(spec.method, url, attempt, started, headers, null, error.message);
        if (retries >= maxRetries) throw error;
        await this.pause(retryDelayMs(retries, undefined, random()), options.signal);
        retries++;
        attempt++;
        continue;
      }
      if (!spec.stream || !response.ok) timer.clear();
      else response = withTimerRelease(response, timer);
      this.throttle.update(response.headers);
      this.logAttempt(spec.method, url, attempt, started, headers, response);

      if (response.ok) return { response, data };
      if (response.status === 401 && spec.auth.kind === 'oauth' && usedToken && !refreshedToken) {
        // The token was revoked or expired early: get a fresh one once; this does not spend a retry.
        refreshedToken = true;
        spec.auth.invalidate(usedToken);
        attempt++;
        continue;
      }
      if (retries < maxRetries && shouldRetryStatus(response.status, response.headers)) {
        if ([502, 503, 504].includes(response.status)) await this.waitWhileIrpDown(fetchImpl, options.signal);
        await this.pause(retryDelayMs(retries, response.headers, random()), options.signal);
        retries++;
        attempt++;
        continue;
      }
      throw errorFor(response.status, response.headers, data, response.statusText);
    }
  }

  private logAttempt(
    method: string,
    url: string,
    attempt: number,
    started: number,
    requestHeaders: Headers,
    response: Response | null,
    error?: string,
  ): void {
    if (!this.log.enabled) return;
    this.log.attempt({
      method,
      url,
      attempt,
      latencyMs: performance.now() - started,
      status: response?.status ?? null,
      requestId: response?.headers.get('x-request-id') ?? null,
      idempotentReplayed: response?.headers.get('idempotent-replayed') === 'true',
      requestHeaders,
      ...(response ? { responseHeaders: response.headers } : {}),
      ...(error ? { error } : {}),
    });
  }

  private async pause(ms: number, signal?: AbortSignal): Promise<void> {
    try {
      await sleep(ms, signal);
    } catch (cause) {
      throw new APIUserAbortError('the request was aborted', { cause });
    }
  }

  /** Status-aware back-off: while GET /v1/status reports an IRP `down`, wait instead of spending retries. */
  private async waitWhileIrpDown(fetchImpl: typeof fetch, signal?: AbortSignal): Promise<void> {
    const setting = this.options.statusAwareBackoff ?? true;
    if (setting === false) return;
    const { pollIntervalMs = 2000, maxWaitMs = 30_000 } = setting === true ? {} : setting;
    const deadline = Date.now() + maxWaitMs;
    while ((await this.irpDown(fetchImpl)) && Date.now() + pollIntervalMs <= deadline) {
      await this.pause(pollIntervalMs, signal);
    }
  }

  private async irpDown(fetchImpl: typeof fetch): Promise<boolean> {
    try {
      const headers = new Headers({ accept: 'application/json', ...this.options.defaultHeaders });
      const res = await fetchImpl(this.buildUrl('/v1/status'), {
        headers,
        signal: AbortSignal.timeout(Math.min(this.timeout, 5000)),
      });
      if (!res.ok) return false;
      const body = (await res.json()) as { status?: string; irps?: Array<{ status?: string }> };
      return body.status === 'down' || (body.irps ?? []).some((irp) => irp.status === 'down');
    } catch {
      return false; // status unknown: fall back to the plain back-off
    }
  }
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (/json/i.test(type) && !/ndjson/i.test(type)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Keeps the timeout armed until a streamed body has been read (or cancelled). */
function withTimerRelease(response: Response, timer: TimeoutSignal): Response {
  if (!response.body) {
    timer.clear();
    return response;
  }
  const reader = response.body.getReader();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          timer.clear();
          controller.close();
        } else controller.enqueue(value);
      } catch (e) {
        timer.clear();
        controller.error(timer.timedOut ? new APIConnectionTimeoutError('stream timed out', { cause: e }) : e);
      }
    },
    cancel(reason) {
      timer.clear();
      return reader.cancel(reason);
    },
  });
  return new Response(stream, { status: response.status, statusText: response.statusText, headers: response.headers });
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as Error & { cause?: unknown }).cause;
    return inner instanceof Error ? `${cause.message} (${inner.message})` : cause.message;
  }
  return String(cause);
}

export { EinvoiceError };
