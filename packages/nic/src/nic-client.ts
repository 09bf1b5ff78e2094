import { createHmac, createPublicKey, type KeyObject, randomBytes } from 'node:crypto';
import { aesDecrypt, aesEncrypt } from '../crypto/aes.js';
import { rsaEncrypt } from '../crypto/rsa.js';
import { type ClientInfo, isSuccessStatus, type NicResult, parseErrorDetails } from './envelope.js';

export interface NicClientOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  userName: string;
  password: string;
  gstin: string;
  /** The IRP's RSA public key (PEM) for the auth payload. */
  irpPublicKeyPem: string;
  fetch?: typeof fetch;
  /** Per-request timeout. Default 60 s. */
  timeoutMs?: number;
  /** Header spelling: NIC's `client_id` (default) or the hyphenated `client-id`. */
  headerStyle?: 'underscore' | 'hyphen';
}

export interface AuthData {
  ClientId: string;
  UserName: string;
  AuthToken: string;
  Sek: string;
  TokenExpiry: string;
}

export interface NicSession {
  authToken: string;
  sek: Buffer;
  tokenExpiry: string;
  raw: AuthData;
}

export interface IrnData {
  AckNo: number;
  AckDt: string;
  Irn: string;
  SignedInvoice: string;
  SignedQRCode: string;
  Status: 'ACT' | 'CNL';
  EwbNo: number | null;
  EwbDt: string | null;
  EwbValidTill: string | null;
  Remarks: string | null;
}

export interface CancelIrnRequest {
  Irn: string;
  CnlRsn: '1' | '2' | '3' | '4';
  CnlRem?: string;
}

export interface EwbByIrnRequest {
  Irn: string;
  Distance: number;
  TransMode?: string;
  TransId?: string;
  TransName?: string;
  TransDocNo?: string;
  TransDocDt?: string;
  VehNo?: string;
  VehType?: 'R' | 'O';
  [k: string]: unknown;
}

export interface CancelEwbRequest {
  ewbNo: number | string;
  cancelRsnCode: number | string;
  cancelRmrk?: string;
}

/** VEHEWB (Part-B update). The EWB API takes numbers or strings for codes (IC sends `fromState: 24`, `transMode: 1`). */
export interface UpdateEwbVehicleRequest {
  ewbNo: number | string;
  vehicleNo?: string | null;
  fromPlace: string;
  fromState: number | string;
  /** 1 Breakdown, 2 Transshipment, 3 Others, 4 First time. */
  reasonCode: number | string;
  reasonRem: string;
  transDocNo?: string | null;
  /** dd/MM/yyyy */
  transDocDate?: string | null;
  /** 1 Road, 2 Rail, 3 Air, 4 Ship, 5 In transit. */
  transMode: number | string;
  vehicleType?: 'R' | 'O' | '';
}

/** VEHEWB response: `dd/MM/yyyy hh:mm:ss AM/PM` times. */
export interface UpdateEwbVehicleData {
  vehUpdDate: string;
  validUpto: string;
}

/** EXTENDVALIDITY. */
export interface ExtendEwbRequest {
  ewbNo: number | string;
  vehicleNo?: string | null;
  fromPlace: string;
  fromState: number | string;
  fromPincode: number;
  remainingDistance: number;
  transDocNo?: string | null;
  transDocDate?: string | null;
  transMode?: number | string;
  /** 1 Natural calamity, 2 Law and order, 4 Transshipment, 5 Accident, 99 Others. */
  extnRsnCode: number | string;
  extnRemarks: string;
  /** M in movement, T in transit. */
  consignmentStatus: 'M' | 'T';
  /** R road, W warehouse, O others; only for consignmentStatus T. */
  transitType?: 'R' | 'W' | 'O' | '';
  addressLine1?: string;
  addressLine2?: string;
  addressLine3?: string;
}

/** EXTENDVALIDITY response; `ewayBillNo` is a string, as in IC's sample. */
export interface ExtendEwbData {
  ewayBillNo: string;
  updatedDate: string;
  validUpto: string;
}

/**
 * A small NIC e-invoice client: the AppKey/SEK handshake, AES-256-ECB payloads, typed calls.
 * Used by this package's tests and meant for the reference server's GSP adapter.
 */
export class NicClient {
  private session: NicSession | undefined;
  private readonly publicKey: KeyObject;
  private readonly doFetch: typeof fetch;

  constructor(private readonly opts: NicClientOptions) {
    this.publicKey = createPublicKey(opts.irpPublicKeyPem);
    this.doFetch = opts.fetch ?? fetch;
  }

  get currentSession(): NicSession | undefined {
    return this.session;
  }

  /** Use an externally held session (e.g. to test a tampered token or a wrong SEK). */
  setSession(session: NicSession | undefined): void {
    this.session = session;
  }

  async auth(opts: { forceRefresh?: boolean } = {}): Promise<NicResult<NicSession>> {
    const appKey = randomBytes(32);
    const body = {
      UserName: this.opts.userName,
      Password: this.opts.password,
      AppKey: appKey.toString('base64'),
      ForceRefreshAccessToken: opts.forceRefresh ?? false,
    };
    const inner = Buffer.from(JSON.stringify(body), 'utf8').toString('base64');
    const res = await this.send('POST', '/eivital/v1.04/auth', { Data: rsaEncrypt(this.publicKey, inner) }, false);
    const env = res.body as Record<string, unknown> | undefined;
    if (!env || !isSuccessStatus(env.Status)) return this.failure(res.status, env);
    const data = env.Data as AuthData;
    const session: NicSession = {
      authToken: data.AuthToken,
      sek: aesDecrypt(appKey, data.Sek),
      tokenExpiry: data.TokenExpiry,
      raw: data,
    };
    this.session = session;
    return { ok: true, data: session, info: null, httpStatus: res.status };
  }

  generateIrn(invoice: unknown) {
    return this.call<IrnData>('POST', '/eicore/v1.03/Invoice', invoice);
  }
  cancelIrn(req: CancelIrnRequest) {
    return this.call<{ Irn: string; CancelDate: string }>('POST', '/eicore/v1.03/Invoice/Cancel', req);
  }
  getIrn(irn: string) {
    return this.call<IrnData>('GET', `/eicore/v1.03/Invoice/irn/${encodeURIComponent(irn)}`);
  }
  getIrnByDocDetails(q: { docType: string; docNo: string; docDate: string }) {
    const qs = new URLSearchParams({ doctype: q.docType, docnum: q.docNo, docdate: q.docDate });
    return this.call<IrnData>('GET', `/eicore/v1.03/Invoice/irnbydocdetails?${qs}`);
  }
  getGstinDetails(gstin: string) {
    return this.call<Record<string, unknown>>('GET', `/eivital/v1.04/Master/gstin/${encodeURIComponent(gstin)}`);
  }
  generateEwb(req: EwbByIrnRequest) {
    return this.call<{ EwbNo: number; EwbDt: string; EwbValidTill: string | null; Remarks: string | null }>(
      'POST',
      '/eiewb/v1.03/ewaybill',
      req,
    );
  }
  getEwbByIrn(irn: string) {
    return this.call<{ EwbNo: number; Status: string; GenGstin: string; EwbDt: string; EwbValidTill: string | null }>(
      'GET',
      `/eiewb/v1.03/ewaybill/irn/${encodeURIComponent(irn)}`,
    );
  }

  /** CANEWB through the stand-alone EWB API envelope ({action, data} in; {status, data, rek, hmac} out). */
  cancelEwb(req: CancelEwbRequest): Promise<NicResult<{ ewayBillNo: number; cancelDate: string }>> {
    return this.callEwbApi('CANEWB', req);
  }
  /** VEHEWB (Part-B update) through the stand-alone EWB API envelope. */
  updateEwbVehicle(req: UpdateEwbVehicleRequest): Promise<NicResult<UpdateEwbVehicleData>> {
    return this.callEwbApi('VEHEWB', req);
  }
  /** EXTENDVALIDITY through the stand-alone EWB API envelope. */
  extendEwb(req: ExtendEwbRequest): Promise<NicResult<ExtendEwbData>> {
    return this.callEwbApi('EXTENDVALIDITY', req);
  }

  /**
   * Any stand-alone EWB API action: POST /ewaybillapi/v1.03/ewayapi {action, data: AES(SEK, json)}. Success
   * {status:"1", data: AES(rek, json), rek: AES(SEK, rek), hmac} (hmac checked); failure {status:"0", error:
   * base64({errorCodes:"312,...", errorMessages?})}.
   */
  async callEwbApi<T>(action: string, payload: unknown): Promise<NicResult<T>> {
    const s = this.requireSession();
    const res = await this.send(
      'POST',
      '/ewaybillapi/v1.03/ewayapi',
      { action, data: aesEncrypt(s.sek, JSON.stringify(payload)) },
      true,
    );
    const env = (res.body ?? {}) as Record<string, unknown>;
    if (!isSuccessStatus(env.status)) {
      let codes: string[] = [];
      try {
        const e = JSON.parse(Buffer.from(String(env.error ?? ''), 'base64').toString('utf8')) as {
          errorCodes?: string;
          errorMessages?: string[];
        };
        codes = String(e.errorCodes ?? '')
          .split(',')
          .filter(Boolean);
        return {
          ok: false,
          errors: codes.map((code, i) => ({ code, message: e.errorMessages?.[i] ?? '' })),
          info: null,
          httpStatus: res.status,
          body: env,
        };
      } catch {
        return {
          ok: false,
          errors: [{ code: 'UNKNOWN', message: String(env.error ?? '') }],
          info: null,
          httpStatus: res.status,
          body: env,
        };
      }
    }
    const rek = aesDecrypt(s.sek, String(env.rek));
    const json = aesDecrypt(rek, String(env.data)).toString('utf8');
    const hmac = createHmac('sha256', rek).update(Buffer.from(json, 'utf8').toString('base64')).digest('base64');
    if (env.hmac !== undefined && hmac !== env.hmac) throw new Error('EWB API response hmac mismatch');
    return { ok: true, data: JSON.parse(json) as T, info: null, httpStatus: res.status };
  }

  /** Any business call: payload encrypted with the SEK, Data decrypted on success. */
  async call<T>(method: 'GET' | 'POST', path: string, payload?: unknown): Promise<NicResult<T>> {
    const s = this.requireSession();
    const body = payload === undefined ? undefined : { Data: aesEncrypt(s.sek, JSON.stringify(payload)) };
    const res = await this.send(method, path, body, true);
    const env = res.body as Record<string, unknown> | undefined;
    if (!env || !isSuccessStatus(env.Status)) return this.failure(res.status, env);
    const data = JSON.parse(aesDecrypt(s.sek, String(env.Data)).toString('utf8')) as T;
    return { ok: true, data, info: (env.InfoDtls as ClientInfo[] | null) ?? null, httpStatus: res.status };
  }

  /** Low level: one HTTP exchange with NIC headers. Throws only on network errors/timeouts. */
  async send(
    method: string,
    path: string,
    body: unknown,
    withSession: boolean,
    rawBody?: string,
  ): Promise<{ status: number; body: unknown }> {
    const hy = this.opts.headerStyle === 'hyphen';
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [hy ? 'client-id' : 'client_id']: this.opts.clientId,
      [hy ? 'client-secret' : 'client_secret']: this.opts.clientSecret,
      Gstin: this.opts.gstin,
    };
    if (withSession) {
      const s = this.requireSession();
      headers[hy ? 'user-name' : 'user_name'] = this.opts.userName;
      headers.AuthToken = s.authToken;
    }
    const init: RequestInit = { method, headers, signal: AbortSignal.timeout(this.opts.timeoutMs ?? 60_000) };
    if (rawBody !== undefined) init.body = rawBody;
    else if (body !== undefined) init.body = JSON.stringify(body);
    const res = await this.doFetch(new URL(path, this.opts.baseUrl), init);
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed };
  }

  private failure<T>(status: number, env: Record<string, unknown> | undefined): NicResult<T> {
    return {
      ok: false,
      errors: env
        ? parseErrorDetails(env.ErrorDetails)
        : [{ code: 'HTTP', message: `HTTP ${status} without a NIC envelope` }],
      info: (env?.InfoDtls as ClientInfo[] | null | undefined) ?? null,
      httpStatus: status,
      body: env,
    };
  }

  private requireSession(): NicSession {
    if (!this.session) throw new Error('not authenticated: call auth() first');
    return this.session;
  }
}
