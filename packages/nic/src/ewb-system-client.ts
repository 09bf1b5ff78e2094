import { createPublicKey, type KeyObject, randomBytes } from 'node:crypto';
import { aesDecrypt, aesEncrypt } from './crypto/aes.js';
import { rsaEncrypt } from './crypto/rsa.js';
import { type FetchInit, type FetchLike, isObject, isSuccessStatus, type NicResult, noEnvelope } from './envelope.js';
import {
  type CancelEwbData,
  type CancelEwbRequest,
  type ExtendEwbData,
  type ExtendEwbRequest,
  ewbApiResult,
  type GetEwayBillData,
  parseEwbApiError,
  type UpdateEwbVehicleData,
  type UpdateEwbVehicleRequest,
} from './ewb-api.js';
import { appHeaders, type HeaderStyle, joinUrl } from './wire.js';

/**
 * The E-Way Bill System's own API (NIC e-way bill API v1.03), which production uses for everything about
 * an existing e-way bill: Part-B (VEHEWB), extension (EXTENDVALIDITY), cancellation (CANEWB) and reads
 * (GetEwayBill). The e-invoice system hosts those actions only in its sandbox. It is a separate system:
 * its own URL, its own API user and password (created on the e-way bill portal, per GSP), its own public
 * key, hyphenated headers (`client-id`, `client-secret`, `gstin`, `authtoken`), and its own login:
 *
 *   POST /ewaybillapi/v1.03/auth
 *   {"action":"ACCESSTOKEN","username":"...","password":RSA(password),"app_key":RSA(base64 AppKey)}
 *   -> {"status":"1","authtoken":"...","sek":AES(AppKey, SEK)}  |  {"status":"0","error":base64({errorCodes})}
 *
 * Business calls: POST /ewaybillapi/v1.03/ewayapi {action, data: AES(SEK, json)} answers {status:"1",
 * data: AES(SEK, json)} (no rek); GETs answer {data: AES(rek), rek: AES(SEK, rek), hmac}.
 */
export interface EwbSystemClientOptions {
  /** The e-way bill system's (or the GSP's relay of it) URL; a path in it is kept. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** The e-way bill system API user and password (not the e-invoice ones). */
  userName: string;
  password: string;
  gstin: string;
  /** The e-way bill system's RSA public key (PEM): not the e-invoice system's. */
  publicKeyPem: string;
  /** Default `nic-hyphen`, NIC's spelling for this API. */
  headerStyle?: HeaderStyle;
  /** The HTTP client (the server's pooled one); global fetch when absent. */
  fetch?: FetchLike;
  timeoutMs?: number;
  now?: () => Date;
}

export interface EwbSystemSession {
  authToken: string;
  sek: Buffer;
  /** When we consider the token spent: NIC's e-way bill tokens live 6 hours from issue. */
  expiresAt: number;
}

/** Error codes of the e-way bill system meaning "the auth token is no longer valid": log in again. */
export const EWB_TOKEN_ERRORS = new Set(['238', '106']);
const TOKEN_LIFETIME_MS = 6 * 3600_000;

export class EwbSystemClient {
  private session: EwbSystemSession | undefined;
  private readonly publicKey: KeyObject;
  private readonly doFetch: FetchLike;
  private readonly now: () => Date;

  constructor(private readonly opts: EwbSystemClientOptions) {
    this.publicKey = createPublicKey(opts.publicKeyPem);
    this.doFetch = opts.fetch ?? fetch;
    this.now = opts.now ?? (() => new Date());
  }

  get currentSession(): EwbSystemSession | undefined {
    return this.session;
  }

  /** ACCESSTOKEN: a new auth token and SEK. */
  async auth(): Promise<NicResult<EwbSystemSession>> {
    const appKey = randomBytes(32);
    const started = this.now().getTime();
    const res = await this.send('POST', '/ewaybillapi/v1.03/auth', {
      action: 'ACCESSTOKEN',
      username: this.opts.userName,
      password: rsaEncrypt(this.publicKey, this.opts.password),
      app_key: rsaEncrypt(this.publicKey, appKey.toString('base64')),
    });
    const env = res.body;
    if (!isObject(env) || !('status' in env)) return noEnvelope(res.status, env, 'an e-way bill API');
    if (!isSuccessStatus(env.status) || typeof env.authtoken !== 'string' || typeof env.sek !== 'string') {
      return {
        ok: false,
        errors: parseEwbApiError(env.error),
        info: null,
        httpStatus: res.status,
        body: env,
        envelope: true,
      };
    }
    const session = {
      authToken: env.authtoken,
      sek: aesDecrypt(appKey, env.sek),
      expiresAt: started + TOKEN_LIFETIME_MS,
    };
    this.session = session;
    return { ok: true, data: session, info: null, httpStatus: res.status };
  }

  cancelEwb(req: CancelEwbRequest): Promise<NicResult<CancelEwbData>> {
    return this.action('CANEWB', req);
  }
  updateEwbVehicle(req: UpdateEwbVehicleRequest): Promise<NicResult<UpdateEwbVehicleData>> {
    return this.action('VEHEWB', req);
  }
  extendEwb(req: ExtendEwbRequest): Promise<NicResult<ExtendEwbData>> {
    return this.action('EXTENDVALIDITY', req);
  }
  getEwayBill(ewbNo: number | string): Promise<NicResult<GetEwayBillData>> {
    return this.call('GET', `/ewaybillapi/v1.03/ewayapi/GetEwayBill?${new URLSearchParams({ ewbNo: String(ewbNo) })}`);
  }

  /** Any POST action: {action, data: AES(SEK, json)}. */
  action<T>(action: string, payload: unknown): Promise<NicResult<T>> {
    const s = this.requireSession();
    return this.call('POST', '/ewaybillapi/v1.03/ewayapi', {
      action,
      data: aesEncrypt(s.sek, JSON.stringify(payload)),
    });
  }

  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<NicResult<T>> {
    const s = this.requireSession();
    return ewbApiResult<T>(s.sek, await this.send(method, path, body, s.authToken));
  }

  /** One HTTP exchange; throws only on network errors and timeouts. */
  private async send(
    method: string,
    path: string,
    body: unknown,
    authToken?: string,
  ): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...appHeaders(this.opts.headerStyle ?? 'nic-hyphen', this.opts.clientId, this.opts.clientSecret),
      gstin: this.opts.gstin,
    };
    if (authToken !== undefined) headers.authtoken = authToken;
    const init: FetchInit = { method, headers, signal: AbortSignal.timeout(this.opts.timeoutMs ?? 60_000) };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await this.doFetch(joinUrl(this.opts.baseUrl, path), init);
    const text = await res.text();
    try {
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    } catch {
      return { status: res.status, body: text };
    }
  }

  private requireSession(): EwbSystemSession {
    if (!this.session) throw new Error('not authenticated: call auth() first');
    return this.session;
  }
}
