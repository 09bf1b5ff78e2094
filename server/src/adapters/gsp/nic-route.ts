// A GSP route that passes NIC's protocol through (the sandbox IRP speaks it; so do pass-through
// GSPs). One IRP session per GSTIN user, refreshed before expiry in a single flight; a 1005 (token
// expired early) re-authenticates once and retries, so callers never see it.
import { parseAckDt } from '@einvoice/gst';
import { type FetchLike, NicClient, type NicResult } from '@einvoice/nic';
import type { AttemptReport, EwbData, GspRoute, UpstreamCall, UpstreamOutcome } from '../../app/ports/gsp.js';
import { classifyAnswer, classifyTransport, transportFailure } from './classify.js';

export interface NicRouteOptions {
  name: string;
  irp: string;
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  irpPublicKeyPem: string;
  timeoutMs: number;
  /** The HTTP client (transport.ts's pooled one in the server; the sandbox routes wrap it to carry test clocks); global fetch when absent. */
  fetch?: FetchLike;
  /** Refresh this long before the IRP's TokenExpiry. */
  refreshMarginMs?: number;
  now?: () => Date;
}

interface SessionSlot {
  client: NicClient;
  /** The password this session was opened with: a changed one (updateGstin) opens a new session. */
  password: string;
  expiresAt: number;
  refreshing?: Promise<void>;
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
  private readonly sessions = new Map<string, SessionSlot>();
  private readonly now: () => Date;

  constructor(private readonly options: NicRouteOptions) {
    this.name = options.name;
    this.irp = options.irp;
    this.now = options.now ?? (() => new Date());
  }

  private slot(who: UpstreamCall): SessionSlot {
    const key = `${who.gstin}|${who.username}`;
    let slot = this.sessions.get(key);
    if (!slot || slot.password !== who.password) {
      slot = this.newSlot(who);
      this.sessions.set(key, slot);
    }
    return slot;
  }

  private newSlot(who: UpstreamCall): SessionSlot {
    const client = new NicClient({
      baseUrl: this.options.baseUrl,
      clientId: this.options.clientId,
      clientSecret: this.options.clientSecret,
      userName: who.username,
      password: who.password,
      gstin: who.gstin,
      irpPublicKeyPem: this.options.irpPublicKeyPem,
      timeoutMs: this.options.timeoutMs,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
    return { client, password: who.password, expiresAt: 0 };
  }

  /** Authenticates when there is no session or it is about to expire; concurrent callers share one attempt. */
  private async ensureSession(who: UpstreamCall, slot: SessionSlot, force = false): Promise<UpstreamOutcome<true>> {
    const margin = this.options.refreshMarginMs ?? 5 * 60_000;
    if (!force && slot.client.currentSession && slot.expiresAt - margin > this.now().getTime())
      return { kind: 'ok', data: true, info: [] };
    let failure: UpstreamOutcome<true> | undefined;
    slot.refreshing ??= (async () => {
      const started = this.now();
      try {
        const res = await slot.client.auth({ forceRefresh: force });
        this.report(
          who,
          started,
          res.ok ? 'success' : 'nic_error',
          res.httpStatus,
          res.ok ? null : (res.errors[0]?.code ?? null),
        );
        if (res.ok) slot.expiresAt = tokenExpiryMs(res.data.tokenExpiry);
        else failure = classifyAnswer(res as never);
      } catch (error) {
        this.report(who, started, transportFailure(error) === 'timeout' ? 'timeout' : 'connection_error', null, null);
        failure = classifyTransport(error, false);
      }
    })().finally(() => {
      slot.refreshing = undefined;
    });
    await slot.refreshing;
    if (failure) return failure;
    return slot.client.currentSession
      ? { kind: 'ok', data: true, info: [] }
      : { kind: 'unavailable', detail: 'IRP authentication failed' };
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

  private async exec<T>(
    who: UpstreamCall,
    isWrite: boolean,
    call: (client: NicClient) => Promise<NicResult<T>>,
  ): Promise<UpstreamOutcome<T>> {
    const slot = this.slot(who);
    for (let attempt = 0; attempt < 2; attempt++) {
      const session = await this.ensureSession(who, slot, attempt > 0);
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
      this.report(who, started, res.ok ? 'success' : 'nic_error', res.httpStatus, code);
      if (!res.ok && res.errors.some((e) => e.code === '1005') && attempt === 0) continue; // token died early: once more
      return classifyAnswer(res as never);
    }
    return { kind: 'unavailable', detail: 'IRP kept refusing the session token (1005)' };
  }

  /**
   * NIC's auth call with the taxpayer's user on a throwaway session: what registration asks the IRP. Live
   * sessions are left alone, so checking a wrong password never disturbs documents in flight.
   */
  async verifyCredentials(who: UpstreamCall): Promise<UpstreamOutcome<true>> {
    return this.ensureSession(who, this.newSlot(who), true);
  }
  generateIrn(who: UpstreamCall, invoice: unknown) {
    return this.exec(who, true, (c) => c.generateIrn(invoice));
  }
  getIrnByDocument(who: UpstreamCall, doc: { docType: string; docNo: string; docDate: string }) {
    return this.exec(who, false, (c) => c.getIrnByDocDetails(doc));
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
    return this.exec(who, false, (c) => c.getEwayBill(ewbNo));
  }
  cancelEwb(who: UpstreamCall, req: { ewbNo: number; cancelRsnCode: string; cancelRmrk?: string }) {
    return this.exec(who, true, (c) => c.cancelEwb(req));
  }
  updateEwbVehicle(who: UpstreamCall, req: Record<string, unknown> & { ewbNo: number }) {
    return this.exec(who, true, (c) => c.updateEwbVehicle(req as never));
  }
  extendEwb(who: UpstreamCall, req: Record<string, unknown> & { ewbNo: number }) {
    return this.exec(who, true, (c) => c.extendEwb(req as never));
  }
  getGstinDetails(who: UpstreamCall, gstin: string) {
    return this.exec(who, false, (c) => c.getGstinDetails(gstin));
  }
}
