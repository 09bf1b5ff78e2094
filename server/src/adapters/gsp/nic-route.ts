// A GSP route that passes NIC's protocol through (the sandbox IRP speaks it; so do pass-through GSPs, with
// their own base path and header style). One e-invoice session per GSTIN user and, for the e-way bill
// actions on an existing e-way bill (Part-B, extension, cancel, reads), one session with the E-Way Bill
// System: NIC offers those actions on the e-invoice session only in its sandbox.
//
// Token lifecycle (NIC): a token lives 360 minutes and a login inside that time returns the same token, so
// a session is reused until NIC's last 10 minutes, where a forced refresh is what yields a new one. A 1005
// (token expired early; 238/106 on the e-way bill system) forces one new login and one retry. Logins for the
// same GSTIN user are single-flight in this process.
import { parseAckDt } from '@einvoice/gst';
import {
  EWB_TOKEN_ERRORS,
  EwbSystemClient,
  type FetchLike,
  type HeaderStyle,
  NicClient,
  type NicResult,
} from '@einvoice/nic';
import {
  type AttemptReport,
  credentialsFor,
  type EwbData,
  type GspRoute,
  type UpstreamCall,
  type UpstreamOutcome,
} from '../../app/ports/gsp.js';
import { classifyAnswer, classifyTransport, credentialRefusal, refusedLogin, transportFailure } from './classify.js';

/** Where the E-Way Bill System is and how to log in to it (its own key and, usually, its own app credentials). */
export interface EwbSystemOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  publicKeyPem: string;
  headerStyle?: HeaderStyle;
}

export interface NicRouteOptions {
  name: string;
  irp: string;
  /** A path in it (a GSP's pass-through prefix) is kept. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  irpPublicKeyPem: string;
  timeoutMs: number;
  /** The HTTP client (transport.ts's pooled one in the server; the sandbox routes wrap it to carry test clocks); global fetch when absent. */
  fetch?: FetchLike;
  headerStyle?: HeaderStyle;
  /**
   * The E-Way Bill System for VEHEWB, EXTENDVALIDITY, CANEWB and GetEwayBill. Without it those go to the
   * e-invoice system's `/ewaybillapi/v1.03/ewayapi`, which only NIC's sandbox offers.
   */
  ewb?: EwbSystemOptions;
  now?: () => Date;
}

/** NIC honours ForceRefreshAccessToken only in a token's last 10 minutes; before that a login returns the same token. */
export const FORCE_REFRESH_WINDOW_MS = 10 * 60_000;

interface Slot<C> {
  client: C;
  /** The password this session was opened with: a changed one (updateGstin) opens a new session. */
  password: string;
  expiresAt: number;
  live: boolean;
  refreshing?: Promise<UpstreamOutcome<true>> | undefined;
}

/** NIC's TokenExpiry is "yyyy-MM-dd HH:mm:ss" in IST, the AckDt format; one we cannot read counts as expired. */
function tokenExpiryMs(text: string): number {
  try {
    return parseAckDt(text).getTime();
  } catch {
    return 0;
  }
}

export class NicRoute implements GspRoute {
  readonly name: string;
  readonly irp: string;
  private readonly sessions = new Map<string, Slot<NicClient>>();
  private readonly ewbSessions = new Map<string, Slot<EwbSystemClient>>();
  private readonly now: () => Date;

  constructor(private readonly options: NicRouteOptions) {
    this.name = options.name;
    this.irp = options.irp;
    this.now = options.now ?? (() => new Date());
  }

  private slot(who: UpstreamCall): Slot<NicClient> {
    const { username, password } = credentialsFor(who, this.name);
    const key = `${who.gstin}|${username}`;
    let slot = this.sessions.get(key);
    if (!slot || slot.password !== password) {
      slot = this.newSlot(who);
      this.sessions.set(key, slot);
    }
    return slot;
  }

  private newSlot(who: UpstreamCall): Slot<NicClient> {
    const { username, password } = credentialsFor(who, this.name);
    const client = new NicClient({
      baseUrl: this.options.baseUrl,
      clientId: this.options.clientId,
      clientSecret: this.options.clientSecret,
      userName: username,
      password,
      gstin: who.gstin,
      irpPublicKeyPem: this.options.irpPublicKeyPem,
      timeoutMs: this.options.timeoutMs,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
      ...(this.options.headerStyle ? { headerStyle: this.options.headerStyle } : {}),
    });
    return { client, password, expiresAt: 0, live: false };
  }

  private ewbSlot(who: UpstreamCall, ewb: EwbSystemOptions): Slot<EwbSystemClient> {
    const { ewbUsername, ewbPassword } = credentialsFor(who, this.name);
    const key = `${who.gstin}|${ewbUsername}`;
    let slot = this.ewbSessions.get(key);
    if (!slot || slot.password !== ewbPassword) {
      const client = new EwbSystemClient({
        baseUrl: ewb.baseUrl,
        clientId: ewb.clientId,
        clientSecret: ewb.clientSecret,
        userName: ewbUsername,
        password: ewbPassword,
        gstin: who.gstin,
        publicKeyPem: ewb.publicKeyPem,
        timeoutMs: this.options.timeoutMs,
        now: this.now,
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
        ...(ewb.headerStyle ? { headerStyle: ewb.headerStyle } : {}),
      });
      slot = { client, password: ewbPassword, expiresAt: 0, live: false };
      this.ewbSessions.set(key, slot);
    }
    return slot;
  }

  /**
   * A live session, logging in when there is none, when the token is inside NIC's last 10 minutes (forced,
   * which is what yields a new token) or when `force` says the IRP refused it. Concurrent callers share one login.
   */
  private ensureSession<C>(
    who: UpstreamCall,
    slot: Slot<C>,
    login: (force: boolean) => Promise<NicResult<{ expiresAt: number }>>,
    user: string,
    force: boolean,
  ): Promise<UpstreamOutcome<true>> {
    const now = this.now().getTime();
    if (!force && slot.live && slot.expiresAt - FORCE_REFRESH_WINDOW_MS > now)
      return Promise.resolve({ kind: 'ok', data: true, info: [] });
    const forced = force || slot.live; // a live token near its end: only a forced login renews it
    slot.refreshing ??= (async (): Promise<UpstreamOutcome<true>> => {
      const started = this.now();
      try {
        const res = await login(forced);
        this.report(
          who,
          started,
          res.ok ? 'success' : 'nic_error',
          res.httpStatus,
          res.ok ? null : (res.errors[0]?.code ?? null),
        );
        if (!res.ok) {
          slot.live = false;
          return refusedLogin(this.name, user, classifyAnswer(res));
        }
        slot.expiresAt = res.data.expiresAt;
        slot.live = true;
        return { kind: 'ok', data: true, info: [] };
      } catch (error) {
        this.report(who, started, transportFailure(error) === 'timeout' ? 'timeout' : 'connection_error', null, null);
        // A login changes nothing at the IRP; an answer we cannot read (bad SEK, garbage) is the route's fault.
        return classifyTransport(error, false);
      }
    })().finally(() => {
      slot.refreshing = undefined;
    });
    return slot.refreshing;
  }

  private nicLogin(slot: Slot<NicClient>) {
    return async (force: boolean): Promise<NicResult<{ expiresAt: number }>> => {
      const res = await slot.client.auth({ forceRefresh: force });
      return res.ok ? { ...res, data: { expiresAt: tokenExpiryMs(res.data.tokenExpiry) } } : res;
    };
  }

  private report(
    who: UpstreamCall,
    started: Date,
    outcome: AttemptReport['outcome'],
    status: number | null,
    nicCode: string | null,
  ): void {
    who.trace?.({
      gsp: this.name,
      irp: outcome === 'success' || outcome === 'nic_error' ? this.irp : null,
      status,
      nicCode,
      latencyMs: this.now().getTime() - started.getTime(),
      outcome,
      startedAt: started,
    });
  }

  /** One call on a session: a refused token (`tokenErrors`) logs in again, forced, and retries once. */
  private async run<C, T>(
    who: UpstreamCall,
    isWrite: boolean,
    slot: Slot<C>,
    login: (force: boolean) => Promise<NicResult<{ expiresAt: number }>>,
    user: string,
    tokenErrors: ReadonlySet<string>,
    call: (client: C) => Promise<NicResult<T>>,
  ): Promise<UpstreamOutcome<T>> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const session = await this.ensureSession(who, slot, login, user, attempt > 0);
      if (session.kind !== 'ok') return session as UpstreamOutcome<T>;
      const started = this.now();
      let res: NicResult<T>;
      try {
        res = await call(slot.client);
      } catch (error) {
        const failure = transportFailure(error);
        this.report(who, started, failure === 'timeout' ? 'timeout' : 'connection_error', null, null);
        return classifyTransport(error, isWrite);
      }
      const code = res.ok ? null : (res.errors[0]?.code ?? null);
      this.report(who, started, res.ok ? 'success' : res.envelope ? 'nic_error' : 'http_error', res.httpStatus, code);
      if (!res.ok && res.envelope && res.errors.some((e) => tokenErrors.has(e.code))) {
        slot.live = false;
        if (attempt === 0) continue; // token died early: once more
        return { kind: 'unavailable', detail: `${this.name} kept refusing the session token (${code})` };
      }
      return credentialRefusal(this.name, user, classifyAnswer(res, isWrite));
    }
    return { kind: 'unavailable', detail: `${this.name} kept refusing the session token` };
  }

  private exec<T>(who: UpstreamCall, isWrite: boolean, call: (client: NicClient) => Promise<NicResult<T>>) {
    const slot = this.slot(who);
    const user = credentialsFor(who, this.name).username;
    return this.run(who, isWrite, slot, this.nicLogin(slot), user, NIC_TOKEN_ERRORS, call);
  }

  /**
   * An action on an existing e-way bill: through the E-Way Bill System when configured, else (NIC's sandbox
   * only) through the e-invoice session.
   */
  private execEwb<T>(
    who: UpstreamCall,
    isWrite: boolean,
    viaSystem: (client: EwbSystemClient) => Promise<NicResult<T>>,
    viaEinvoice: (client: NicClient) => Promise<NicResult<T>>,
  ): Promise<UpstreamOutcome<T>> {
    const ewb = this.options.ewb;
    if (!ewb) return this.exec(who, isWrite, viaEinvoice);
    const slot = this.ewbSlot(who, ewb);
    const login = async (): Promise<NicResult<{ expiresAt: number }>> => slot.client.auth();
    return this.run(who, isWrite, slot, login, credentialsFor(who, this.name).ewbUsername, EWB_TOKEN_ERRORS, viaSystem);
  }

  /**
   * NIC's auth call with the taxpayer's user on a throwaway session: what registration asks the IRP. Live
   * sessions are left alone, so checking a wrong password never disturbs documents in flight. A refusal is
   * `rejected` here (the caller is told its password is wrong), unlike on a document's call.
   */
  async verifyCredentials(who: UpstreamCall): Promise<UpstreamOutcome<true>> {
    const slot = this.newSlot(who);
    const started = this.now();
    try {
      const res = await slot.client.auth({ forceRefresh: false });
      this.report(
        who,
        started,
        res.ok ? 'success' : 'nic_error',
        res.httpStatus,
        res.ok ? null : (res.errors[0]?.code ?? null),
      );
      return res.ok ? { kind: 'ok', data: true, info: [] } : classifyAnswer(res);
    } catch (error) {
      this.report(who, started, transportFailure(error) === 'timeout' ? 'timeout' : 'connection_error', null, null);
      return classifyTransport(error, false);
    }
  }
  generateIrn(who: UpstreamCall, invoice: unknown) {
    return this.exec(who, true, (c) => c.generateIrn(invoice));
  }
  getIrnByDocument(who: UpstreamCall, doc: { docType: string; docNo: string; docDate: string }) {
    return this.exec(who, false, (c) => c.getIrnByDocDetails(doc));
  }
  getIrn(who: UpstreamCall, irn: string) {
    return this.exec(who, false, (c) => c.getIrn(irn));
  }
  cancelIrn(who: UpstreamCall, req: { Irn: string; CnlRsn: string; CnlRem?: string }) {
    return this.exec(who, true, (c) => c.cancelIrn(req as never));
  }
  generateEwb(who: UpstreamCall, req: Record<string, unknown>) {
    return this.exec(who, true, (c) => c.generateEwb(req as never));
  }
  // The port expects EwbData's shape here, though NIC's answer (EwbByIrnData) has GenGstin and no Remarks.
  getEwbByIrn(who: UpstreamCall, irn: string) {
    return this.exec(who, false, (c) => c.getEwbByIrn(irn) as Promise<NicResult<EwbData & { Status: string }>>);
  }
  getEwb(who: UpstreamCall, ewbNo: number) {
    return this.execEwb(
      who,
      false,
      (c) => c.getEwayBill(ewbNo),
      (c) => c.getEwayBill(ewbNo),
    );
  }
  cancelEwb(who: UpstreamCall, req: { ewbNo: number; cancelRsnCode: string; cancelRmrk?: string }) {
    return this.execEwb(
      who,
      true,
      (c) => c.cancelEwb(req),
      (c) => c.cancelEwb(req),
    );
  }
  updateEwbVehicle(who: UpstreamCall, req: Record<string, unknown> & { ewbNo: number }) {
    return this.execEwb(
      who,
      true,
      (c) => c.updateEwbVehicle(req as never),
      (c) => c.updateEwbVehicle(req as never),
    );
  }
  extendEwb(who: UpstreamCall, req: Record<string, unknown> & { ewbNo: number }) {
    return this.execEwb(
      who,
      true,
      (c) => c.extendEwb(req as never),
      (c) => c.extendEwb(req as never),
    );
  }
  getGstinDetails(who: UpstreamCall, gstin: string) {
    return this.exec(who, false, (c) => c.getGstinDetails(gstin));
  }
}

/** NIC's e-invoice "Invalid Token" code. */
const NIC_TOKEN_ERRORS: ReadonlySet<string> = new Set(['1005']);
