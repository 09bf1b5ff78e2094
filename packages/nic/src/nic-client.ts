import { createPublicKey, type KeyObject, randomBytes } from 'node:crypto';
import { aesDecrypt, aesEncrypt } from './crypto/aes.js';
import { rsaEncrypt } from './crypto/rsa.js';
import type {
  AuthData,
  CancelIrnData,
  CancelIrnRequest,
  EwbByIrnData,
  EwbByIrnRequest,
  EwbData,
  IrnData,
} from './einvoice.js';
import {
  type FetchInit,
  type FetchLike,
  type InfoDtl,
  isObject,
  isSuccessStatus,
  type NicResult,
  noEnvelope,
  parseErrorDetails,
} from './envelope.js';
import {
  type CancelEwbData,
  type CancelEwbRequest,
  type ExtendEwbData,
  type ExtendEwbRequest,
  ewbApiResult,
  type GetEwayBillData,
  type UpdateEwbVehicleData,
  type UpdateEwbVehicleRequest,
} from './ewb-api.js';
import { nicLoginPayload } from './login-block.js';
import { appHeaders, type HeaderStyle, joinUrl, userHeader } from './wire.js';

export interface NicClientOptions {
  /** The IRP's or the GSP's pass-through URL; a path in it (`https://gsp.example/gus/irp/nic`) is kept. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  userName: string;
  password: string;
  gstin: string;
  /** The IRP's RSA public key (PEM) for the auth payload. */
  irpPublicKeyPem: string;
  /** The HTTP client: global fetch by default, or any FetchLike (a pooled client, a test double). */
  fetch?: FetchLike;
  /** Per-request timeout. Default 60 s. */
  timeoutMs?: number;
  /** Which headers carry the application credentials and the user (default NIC's `client_id`...): see wire.ts. */
  headerStyle?: HeaderStyle;
}

/** An open IRP session: the AuthToken for headers and the SEK that encrypts every payload. */
export interface NicSession {
  authToken: string;
  sek: Buffer;
  /** "yyyy-MM-dd HH:mm:ss" IST, as NIC sends it. */
  tokenExpiry: string;
  raw: AuthData;
}

/**
 * A small NIC e-invoice client: the AppKey/SEK handshake, AES-256-ECB payloads, typed calls.
 * The reference server's NIC route and the simulator's tests use it.
 */
export class NicClient {
  private session: NicSession | undefined;
  private readonly publicKey: KeyObject;
  private readonly doFetch: FetchLike;

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
    const inner = nicLoginPayload(
      this.opts.userName,
      this.opts.password,
      appKey.toString('base64'),
      opts.forceRefresh ?? false,
    );
    const res = await this.send('POST', '/eivital/v1.04/auth', { Data: rsaEncrypt(this.publicKey, inner) }, false);
    const env = res.body;
    if (!isObject(env) || !isSuccessStatus(env.Status)) return this.failure(res.status, env);
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
    return this.call<CancelIrnData>('POST', '/eicore/v1.03/Invoice/Cancel', req);
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
    return this.call<EwbData>('POST', '/eiewb/v1.03/ewaybill', req);
  }
  getEwbByIrn(irn: string) {
    return this.call<EwbByIrnData>('GET', `/eiewb/v1.03/ewaybill/irn/${encodeURIComponent(irn)}`);
  }

  /** CANEWB through the stand-alone EWB API envelope ({action, data} in; {status, data, rek, hmac} out). */
  cancelEwb(req: CancelEwbRequest): Promise<NicResult<CancelEwbData>> {
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

  /** GetEwayBill: the e-way bill as the IRP holds it (status, validity, Part-B entries, extensions). */
  async getEwayBill(ewbNo: number | string): Promise<NicResult<GetEwayBillData>> {
    const qs = new URLSearchParams({ ewbNo: String(ewbNo) });
    const res = await this.send('GET', `/ewaybillapi/v1.03/ewayapi/GetEwayBill?${qs}`, undefined, true);
    return this.ewbApiResult<GetEwayBillData>(res);
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
    return this.ewbApiResult<T>(res);
  }

  private ewbApiResult<T>(res: { status: number; body: unknown }): NicResult<T> {
    return ewbApiResult<T>(this.requireSession().sek, res);
  }

  /** Any business call: payload encrypted with the SEK, Data decrypted on success. */
  async call<T>(method: 'GET' | 'POST', path: string, payload?: unknown): Promise<NicResult<T>> {
    const s = this.requireSession();
    const body = payload === undefined ? undefined : { Data: aesEncrypt(s.sek, JSON.stringify(payload)) };
    const res = await this.send(method, path, body, true);
    const env = res.body;
    if (!isObject(env) || !isSuccessStatus(env.Status)) return this.failure(res.status, env);
    const data = JSON.parse(aesDecrypt(s.sek, String(env.Data)).toString('utf8')) as T;
    return { ok: true, data, info: (env.InfoDtls as InfoDtl[] | null) ?? null, httpStatus: res.status };
  }

  /** Low level: one HTTP exchange with NIC headers. Throws only on network errors/timeouts. */
  async send(
    method: string,
    path: string,
    body: unknown,
    withSession: boolean,
    rawBody?: string,
  ): Promise<{ status: number; body: unknown }> {
    const style = this.opts.headerStyle ?? 'nic';
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...appHeaders(style, this.opts.clientId, this.opts.clientSecret),
      Gstin: this.opts.gstin,
    };
    if (withSession) {
      const s = this.requireSession();
      headers[userHeader(style)] = this.opts.userName;
      headers.AuthToken = s.authToken;
    }
    const init: FetchInit = { method, headers, signal: AbortSignal.timeout(this.opts.timeoutMs ?? 60_000) };
    if (rawBody !== undefined) init.body = rawBody;
    else if (body !== undefined) init.body = JSON.stringify(body);
    const res = await this.doFetch(joinUrl(this.opts.baseUrl, path), init);
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed };
  }

  private failure<T>(status: number, env: unknown): NicResult<T> {
    if (!isObject(env) || !('Status' in env)) return noEnvelope(status, env, 'a NIC');
    return {
      ok: false,
      errors: parseErrorDetails(env.ErrorDetails),
      info: (env.InfoDtls as InfoDtl[] | null | undefined) ?? null,
      httpStatus: status,
      body: env,
      envelope: true,
    };
  }

  private requireSession(): NicSession {
    if (!this.session) throw new Error('not authenticated: call auth() first');
    return this.session;
  }
}
