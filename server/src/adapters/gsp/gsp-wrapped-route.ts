// A GSP route of the "enriched" flavour (Adaequare-style): the GSP does NIC's crypto, we send plain
// JSON with a GSP bearer token and the taxpayer's IRP user in headers. Errors arrive as
// "2172 : ..., 2189 : ..." and are parsed into NIC codes. The stand-alone EWB actions this flavour
// does not offer answer `unavailable`, so the router sends them to a route that does.
import {
  type ExtendEwbData,
  type FetchLike,
  type GetEwayBillData,
  GspClient,
  type GspResult,
  type UpdateEwbVehicleData,
} from '@einvoice/nic';
import type { AttemptReport, EwbData, GspRoute, UpstreamCall, UpstreamOutcome } from '../../app/ports/gsp.js';
import { classifyAnswer, classifyTransport, transportFailure } from './classify.js';

export interface GspWrappedRouteOptions {
  name: string;
  irp: string;
  baseUrl: string;
  appId: string;
  appSecret: string;
  timeoutMs: number;
  prefix?: string;
  /** The HTTP client (transport.ts's pooled one in the server; the sandbox routes wrap it to carry test clocks); global fetch when absent. */
  fetch?: FetchLike;
  now?: () => Date;
}

export class GspWrappedRoute implements GspRoute {
  readonly name: string;
  readonly irp: string;
  private readonly clients = new Map<string, { client: GspClient; authed: boolean; password: string }>();
  private readonly now: () => Date;

  constructor(private readonly options: GspWrappedRouteOptions) {
    this.name = options.name;
    this.irp = options.irp;
    this.now = options.now ?? (() => new Date());
  }

  private client(who: UpstreamCall) {
    const key = `${who.gstin}|${who.username}`;
    let slot = this.clients.get(key);
    if (!slot || slot.password !== who.password) {
      slot = {
        password: who.password,
        client: new GspClient({
          baseUrl: this.options.baseUrl,
          appId: this.options.appId,
          appSecret: this.options.appSecret,
          userName: who.username,
          password: who.password,
          gstin: who.gstin,
          timeoutMs: this.options.timeoutMs,
          ...(this.options.prefix ? { prefix: this.options.prefix } : {}),
          ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
        }),
        authed: false,
      };
      this.clients.set(key, slot);
    }
    return slot;
  }

  private report(
    who: UpstreamCall,
    started: Date,
    outcome: AttemptReport['outcome'],
    status: number | null,
    nicCode: string | null,
  ) {
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
    call: (c: GspClient) => Promise<GspResult<T>>,
  ): Promise<UpstreamOutcome<T>> {
    const slot = this.client(who);
    for (let attempt = 0; attempt < 2; attempt++) {
      const started = this.now();
      try {
        if (!slot.authed) {
          const auth = await slot.client.authenticate();
          if (auth.status >= 500) return { kind: 'unavailable', detail: `GSP authentication answered ${auth.status}` };
          if (auth.status !== 200)
            return { kind: 'unavailable', detail: `GSP refused our application credentials (${auth.status})` };
          slot.authed = true;
        }
        const res = await call(slot.client);
        if (res.httpStatus === 401 && attempt === 0) {
          slot.authed = false; // GSP token expired: authenticate once more
          continue;
        }
        const code = res.success ? null : (res.errors[0]?.code ?? null);
        this.report(
          who,
          started,
          res.success ? 'success' : res.httpStatus >= 500 ? 'http_error' : 'nic_error',
          res.httpStatus,
          code,
        );
        return classifyAnswer<T>(
          res.success
            ? { ok: true, data: res.result as T, info: res.info ?? null }
            : {
                ok: false,
                errors: res.errors.length ? res.errors : [{ code: 'GSPERR', message: res.message }],
                info: res.info ?? null,
                httpStatus: res.httpStatus,
              },
        );
      } catch (error) {
        const failure = transportFailure(error);
        this.report(who, started, failure === 'timeout' ? 'timeout' : 'connection_error', null, null);
        return classifyTransport(error, isWrite);
      }
    }
    return { kind: 'unavailable', detail: 'GSP kept refusing its bearer token' };
  }

  /**
   * This flavour has no call that only authenticates the taxpayer: the GSP checks the IRP user on every
   * request, so the cheapest read (the taxpayer's own GSTIN details) answers 1017/1019 for a wrong one.
   */
  async verifyCredentials(who: UpstreamCall): Promise<UpstreamOutcome<true>> {
    const outcome = await this.getGstinDetails(who, who.gstin);
    return outcome.kind === 'ok' ? { kind: 'ok', data: true, info: outcome.info } : (outcome as UpstreamOutcome<true>);
  }
  generateIrn(who: UpstreamCall, invoice: unknown) {
    return this.exec(who, true, (c) => c.generateIrn(invoice));
  }
  getIrnByDocument(who: UpstreamCall, doc: { docType: string; docNo: string; docDate: string }) {
    return this.exec(who, false, (c) => c.getIrnByDocDetails(doc));
  }
  cancelIrn(who: UpstreamCall, req: { Irn: string; CnlRsn: string; CnlRem?: string }) {
    return this.exec(who, true, (c) => c.cancelIrn(req));
  }
  generateEwb(who: UpstreamCall, req: Record<string, unknown>) {
    return this.exec(who, true, (c) => c.generateEwb(req));
  }
  cancelEwb(who: UpstreamCall, req: { ewbNo: number; cancelRsnCode: string; cancelRmrk?: string }) {
    return this.exec(who, true, (c) => c.cancelEwb(req));
  }
  getGstinDetails(who: UpstreamCall, gstin: string) {
    return this.exec<Record<string, unknown>>(who, false, (c) => c.getGstin(gstin));
  }
  async getEwbByIrn(): Promise<UpstreamOutcome<EwbData & { Status: string }>> {
    return { kind: 'unavailable', detail: `${this.name} does not offer get-EWB-by-IRN` };
  }
  async getEwb(): Promise<UpstreamOutcome<GetEwayBillData>> {
    return { kind: 'unavailable', detail: `${this.name} does not offer GetEwayBill` };
  }
  async updateEwbVehicle(): Promise<UpstreamOutcome<UpdateEwbVehicleData>> {
    return { kind: 'unavailable', detail: `${this.name} does not offer VEHEWB` };
  }
  async extendEwb(): Promise<UpstreamOutcome<ExtendEwbData>> {
    return { kind: 'unavailable', detail: `${this.name} does not offer EXTENDVALIDITY` };
  }
}
