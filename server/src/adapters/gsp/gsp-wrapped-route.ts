// A GSP route of Adaequare's "enriched" flavour: the GSP does NIC's crypto, we send plain JSON with a
// GSP bearer token and the taxpayer's API user in headers (the e-invoice user as `user_name`, the e-way
// bill system user as `username`). Errors arrive as "2172 : ..., 2189 : ..." and are parsed into NIC
// codes; a 2150 carries DUPIRN in `result`. Every e-way bill action is Adaequare's own: nothing falls back
// to the e-invoice session.
import { type FetchLike, GspClient, type GspResult } from '@einvoice/nic';
import {
  type AttemptReport,
  credentialsFor,
  type GspRoute,
  type UpstreamCall,
  type UpstreamOutcome,
} from '../../app/ports/gsp.js';
import { classifyAnswer, classifyTransport, credentialRefusal, transportFailure } from './classify.js';

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
    const creds = credentialsFor(who, this.name);
    const key = `${who.gstin}|${creds.username}|${creds.ewbUsername}`;
    const secret = `${creds.password}\u0000${creds.ewbPassword}`;
    let slot = this.clients.get(key);
    if (!slot || slot.password !== secret) {
      slot = {
        password: secret,
        client: new GspClient({
          baseUrl: this.options.baseUrl,
          appId: this.options.appId,
          appSecret: this.options.appSecret,
          userName: creds.username,
          password: creds.password,
          ewbUserName: creds.ewbUsername,
          ewbPassword: creds.ewbPassword,
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
          res.success ? 'success' : res.httpStatus >= 500 || !res.envelope ? 'http_error' : 'nic_error',
          res.httpStatus,
          code,
        );
        const outcome = classifyAnswer<T>(
          res.success
            ? { ok: true, data: res.result as T, info: res.info ?? null }
            : {
                ok: false,
                errors: res.errors.length ? res.errors : [{ code: 'GSPERR', message: res.message }],
                info: res.info ?? null,
                result: res.result,
                httpStatus: res.httpStatus,
                envelope: res.envelope,
              },
          isWrite,
        );
        return credentialRefusal(this.name, credentialsFor(who, this.name).username, outcome);
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
  getIrn(who: UpstreamCall, irn: string) {
    return this.exec(who, false, (c) => c.getIrn(irn));
  }
  getEwbByIrn(who: UpstreamCall, irn: string) {
    return this.exec(who, false, (c) => c.getEwbByIrn(irn));
  }
  getEwb(who: UpstreamCall, ewbNo: number) {
    return this.exec(who, false, (c) => c.getEwayBill(ewbNo));
  }
  updateEwbVehicle(who: UpstreamCall, req: Record<string, unknown> & { ewbNo: number }) {
    return this.exec(who, true, (c) => c.updateEwbVehicle(req as never));
  }
  extendEwb(who: UpstreamCall, req: Record<string, unknown> & { ewbNo: number }) {
    return this.exec(who, true, (c) => c.extendEwb(req as never));
  }
}
