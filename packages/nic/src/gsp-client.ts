import type { CancelIrnData, EwbData, IrnData } from './einvoice.js';
import { type ClientError, type FetchInit, type FetchLike, parseGspMessage } from './envelope.js';
import type { CancelEwbData } from './ewb-api.js';

export interface GspClientOptions {
  baseUrl: string;
  appId: string;
  appSecret: string;
  userName: string;
  password: string;
  gstin: string;
  /** '' (default) or '/test' for the sandbox prefix. */
  prefix?: string;
  /** The HTTP client: global fetch by default, or any FetchLike (a pooled client, a test double). */
  fetch?: FetchLike;
  timeoutMs?: number;
}

export interface GspResult<T> {
  httpStatus: number;
  success: boolean;
  message: string;
  result?: T;
  info?: unknown;
  /** Codes parsed out of message ("2172 : ..., 2189 : ..."). Empty on success. */
  errors: ClientError[];
  body: unknown;
}

/** Client of the Adaequare-style enriched GSP API (plaintext JSON, bearer token). */
export class GspClient {
  private token: string | undefined;
  private seq = 0;
  private readonly doFetch: FetchLike;

  constructor(private readonly opts: GspClientOptions) {
    this.doFetch = opts.fetch ?? fetch;
  }

  async authenticate(): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await this.doFetch(new URL('/gsp/authenticate?grant_type=token', this.opts.baseUrl), {
      method: 'POST',
      headers: { gspappid: this.opts.appId, gspappsecret: this.opts.appSecret },
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 60_000),
    });
    const body = (await res.json()) as Record<string, unknown>;
    if (res.ok && typeof body.access_token === 'string') this.token = body.access_token;
    return { status: res.status, body };
  }

  generateIrn<T = IrnData>(invoice: unknown) {
    return this.call<T>('POST', '/enriched/ei/api/invoice', invoice);
  }
  cancelIrn<T = CancelIrnData>(req: {
    Irn: string;
    Cnlrsn?: string;
    Cnlrem?: string;
    CnlRsn?: string;
    CnlRem?: string;
  }) {
    return this.call<T>('POST', '/enriched/ei/api/invoice/cancel', req);
  }
  getIrn<T = IrnData>(irn: string) {
    return this.call<T>('GET', `/enriched/ei/api/invoice/irn?irn=${encodeURIComponent(irn)}`);
  }
  getIrnByDocDetails<T = IrnData>(q: { docType: string; docNo: string; docDate: string }) {
    const qs = new URLSearchParams({ doctype: q.docType, docnum: q.docNo, docdate: q.docDate });
    return this.call<T>('GET', `/enriched/ei/api/invoice/irnbydocdetails?${qs}`);
  }
  generateEwb<T = EwbData>(req: unknown) {
    return this.call<T>('POST', '/enriched/ei/api/ewaybill', req);
  }
  getGstin<T = Record<string, unknown>>(gstin: string) {
    return this.call<T>('GET', `/enriched/ei/api/master/gstin?gstin=${encodeURIComponent(gstin)}`);
  }
  cancelEwb<T = CancelEwbData>(req: { ewbNo: number | string; cancelRsnCode: number | string; cancelRmrk?: string }) {
    return this.call<T>('POST', '/enriched/ewb/ewayapi?action=CANEWB', req);
  }

  async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<GspResult<T>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      user_name: this.opts.userName,
      password: this.opts.password,
      gstin: this.opts.gstin,
      requestid: `${Date.now().toString(36)}-${++this.seq}`,
      Authorization: `bearer ${this.token ?? ''}`,
    };
    const init: FetchInit = { method, headers, signal: AbortSignal.timeout(this.opts.timeoutMs ?? 60_000) };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await this.doFetch(new URL(`${this.opts.prefix ?? ''}${path}`, this.opts.baseUrl), init);
    const parsed = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    const success = parsed.success === true;
    const message = String(parsed.message ?? parsed.error_description ?? '');
    const out: GspResult<T> = {
      httpStatus: res.status,
      success,
      message,
      errors: success ? [] : parseGspMessage(message),
      body: parsed,
    };
    if ('result' in parsed) out.result = parsed.result as T;
    if ('info' in parsed) out.info = parsed.info;
    return out;
  }
}
