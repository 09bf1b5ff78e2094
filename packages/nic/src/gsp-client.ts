import { randomBytes } from 'node:crypto';
import type { CancelIrnData, EwbData, IrnData } from './einvoice.js';
import { type ClientError, type FetchInit, type FetchLike, isObject, parseGspMessage } from './envelope.js';
import type {
  CancelEwbData,
  ExtendEwbData,
  ExtendEwbRequest,
  GetEwayBillData,
  UpdateEwbVehicleData,
  UpdateEwbVehicleRequest,
} from './ewb-api.js';
import { joinUrl } from './wire.js';

export interface GspClientOptions {
  /** A path in it is kept. */
  baseUrl: string;
  appId: string;
  appSecret: string;
  userName: string;
  password: string;
  gstin: string;
  /** The e-way bill system API user for the e-way bill actions (default: the e-invoice one). */
  ewbUserName?: string;
  ewbPassword?: string;
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
  /** False when the body was not the GSP's JSON envelope (a WAF page, a gateway's empty 502). */
  envelope: boolean;
}

/**
 * Client of Adaequare's enriched GSP API (plaintext JSON, bearer token from `gsp/authenticate`). E-invoice
 * calls live under `/enriched/ei/api/...` and name the IRP user in `user_name`; e-way bill system actions
 * live under `/enriched/ewb/ewayapi?action=...` and name the e-way bill user in `username`.
 */
export class GspClient {
  private token: string | undefined;
  private readonly doFetch: FetchLike;

  constructor(private readonly opts: GspClientOptions) {
    this.doFetch = opts.fetch ?? fetch;
  }

  async authenticate(): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await this.doFetch(joinUrl(this.opts.baseUrl, '/gsp/authenticate?grant_type=token'), {
      method: 'POST',
      headers: { gspappid: this.opts.appId, gspappsecret: this.opts.appSecret },
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 60_000),
    });
    const body = ((await res.json().catch(() => undefined)) ?? {}) as Record<string, unknown>;
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
  getEwbByIrn<T = EwbData & { Status: string }>(irn: string) {
    return this.call<T>('GET', `/enriched/ei/api/ewaybill/irn?irn=${encodeURIComponent(irn)}`);
  }
  cancelEwb<T = CancelEwbData>(req: { ewbNo: number | string; cancelRsnCode: number | string; cancelRmrk?: string }) {
    return this.call<T>('POST', '/enriched/ewb/ewayapi?action=CANEWB', req, 'ewb');
  }
  updateEwbVehicle<T = UpdateEwbVehicleData>(req: UpdateEwbVehicleRequest) {
    return this.call<T>('POST', '/enriched/ewb/ewayapi?action=VEHEWB', req, 'ewb');
  }
  extendEwb<T = ExtendEwbData>(req: ExtendEwbRequest) {
    return this.call<T>('POST', '/enriched/ewb/ewayapi?action=EXTENDVALIDITY', req, 'ewb');
  }
  getEwayBill<T = GetEwayBillData>(ewbNo: number | string) {
    return this.call<T>(
      'GET',
      `/enriched/ewb/ewayapi/GetEwayBill?ewbNo=${encodeURIComponent(String(ewbNo))}`,
      undefined,
      'ewb',
    );
  }

  async call<T>(method: 'GET' | 'POST', path: string, body?: unknown, api: 'ei' | 'ewb' = 'ei'): Promise<GspResult<T>> {
    // The e-invoice API names the IRP user `user_name`; the e-way bill API `username`, with its own user.
    const user: Record<string, string> =
      api === 'ewb'
        ? {
            username: this.opts.ewbUserName ?? this.opts.userName,
            password: this.opts.ewbPassword ?? this.opts.password,
          }
        : { user_name: this.opts.userName, password: this.opts.password };
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...user,
      gstin: this.opts.gstin,
      // Random, not a per-process counter: replicas must never send the same requestid.
      requestid: randomBytes(18).toString('base64url'),
      Authorization: `bearer ${this.token ?? ''}`,
    };
    const init: FetchInit = { method, headers, signal: AbortSignal.timeout(this.opts.timeoutMs ?? 60_000) };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await this.doFetch(joinUrl(this.opts.baseUrl, `${this.opts.prefix ?? ''}${path}`), init);
    const text = await res.text();
    let raw: unknown;
    try {
      raw = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      raw = text;
    }
    const envelope = isObject(raw) && ('success' in raw || 'error' in raw || 'message' in raw);
    const parsed = isObject(raw) ? raw : {};
    const success = parsed.success === true;
    const message = envelope
      ? String(parsed.message ?? parsed.error_description ?? '')
      : `HTTP ${res.status} without the GSP's envelope${text ? `: ${text.replace(/\s+/g, ' ').trim().slice(0, 120)}` : ''}`;
    const out: GspResult<T> = {
      httpStatus: res.status,
      success,
      message,
      errors: success ? [] : parseGspMessage(message),
      body: raw,
      envelope,
    };
    if ('result' in parsed) out.result = parsed.result as T;
    if ('info' in parsed) out.info = parsed.info;
    return out;
  }
}
