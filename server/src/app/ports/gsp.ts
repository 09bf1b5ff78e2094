// The upstream port: a GSP route to an IRP. Adapters speak the NIC protocol (or a GSP's wrapping of
// it) and classify every outcome, because what the server may do next depends on it:
//   ok          the IRP answered with data
//   rejected    the IRP refused on content (NIC codes); deterministic, do not retry
//   duplicate   NIC 2150: the document already has an IRN (InfoDtls DUPIRN)
//   unavailable nothing reached the IRP, or it said it is down: safe to retry anywhere
//   ambiguous   the request may have been committed (timeout or reset after sending): reconcile first

// What travels on the wire (IrnData, EwbData, errors, InfoDtls) is NIC's, declared once in @einvoice/nic.
import type {
  CancelEwbData,
  CancelIrnData,
  ClientError,
  EwbData,
  ExtendEwbData,
  GetEwayBillData,
  InfoDtl,
  IrnData,
} from '@einvoice/nic';

export type { EwbData, GetEwayBillData, InfoDtl, IrnData };

/** A NIC error code and its message, from whichever envelope it arrived in. */
export type GstnError = ClientError;

export type UpstreamOutcome<T> =
  | { kind: 'ok'; data: T; info: InfoDtl[]; via?: { gsp: string; irp: string } }
  | { kind: 'rejected'; errors: GstnError[]; info: InfoDtl[] }
  /** `dupIrn`: the existing IRN from the answer itself (NIC's InfoDtls or Adaequare's `result` DUPIRN), when given. */
  | { kind: 'duplicate'; errors: GstnError[]; info: InfoDtl[]; dupIrn?: string }
  /** `credentials`: this route refused the taxpayer's API user: the route is unusable for this GSTIN, the document is not at fault. */
  | { kind: 'unavailable'; detail: string; code?: string; credentials?: boolean }
  | { kind: 'ambiguous'; detail: string; via?: { gsp: string; irp: string } };

/**
 * One GSP route's API users for a GSTIN. NIC creates e-invoice API users per GSP (the user name carries the
 * GSP's suffix), and the e-way bill system has its own users, so every route may need its own pair.
 */
export interface RouteCredentials {
  username: string;
  password: string;
  /** The e-way bill system's API user; default the e-invoice one. */
  ewbUsername?: string;
  ewbPassword?: string;
}

/** Whose IRP session to use, and where to report each attempt (for the request log). */
export interface UpstreamCall {
  gstin: string;
  /** The GSTIN's default API user, for routes without their own entry in `routes`. */
  username: string;
  password: string;
  /** Per-route API users, by route name (GSP_ROUTES `name`). */
  routes?: Record<string, RouteCredentials>;
  /** Told when a route refused the login (the route is unusable for this GSTIN until its users change). */
  onCredentialsRefused?: (route: string, reason: string) => void;
  trace?: (report: AttemptReport) => void;
  /** Epoch ms after which no new attempt starts (the caller's wait budget, `Prefer: wait=N`). */
  deadline?: number;
  /** Sandbox only: the GSTIN's test clock; the sandbox IRP runs the call at this instant (docs/adr/0025). */
  clockAt?: Date;
}

export interface AttemptReport {
  gsp: string;
  irp: string | null;
  status: number | null;
  nicCode: string | null;
  latencyMs: number;
  outcome: 'success' | 'nic_error' | 'timeout' | 'connection_error' | 'http_error' | 'circuit_open' | 'reconciled';
  startedAt: Date;
}

export interface GspRoute {
  readonly name: string;
  readonly irp: string;
  /** Authenticates the taxpayer's IRP user afresh (no cached session): ok, or `rejected` with NIC's 1015/1017/1019. */
  verifyCredentials(who: UpstreamCall): Promise<UpstreamOutcome<true>>;
  generateIrn(who: UpstreamCall, invoice: unknown): Promise<UpstreamOutcome<IrnData>>;
  getIrnByDocument(
    who: UpstreamCall,
    doc: { docType: string; docNo: string; docDate: string },
  ): Promise<UpstreamOutcome<IrnData>>;
  /** Get IRN details by IRN: how a 2150 duplicate's DUPIRN is resolved (no document-details lookup, no 2-day limit). */
  getIrn(who: UpstreamCall, irn: string): Promise<UpstreamOutcome<IrnData>>;
  cancelIrn(
    who: UpstreamCall,
    req: { Irn: string; CnlRsn: string; CnlRem?: string },
  ): Promise<UpstreamOutcome<CancelIrnData>>;
  generateEwb(who: UpstreamCall, req: Record<string, unknown>): Promise<UpstreamOutcome<EwbData>>;
  getEwbByIrn(who: UpstreamCall, irn: string): Promise<UpstreamOutcome<EwbData & { Status: string }>>;
  /** NIC's GetEwayBill: the e-way bill as the IRP holds it (status, validity, Part-B entries, extensions). */
  getEwb(who: UpstreamCall, ewbNo: number): Promise<UpstreamOutcome<GetEwayBillData>>;
  cancelEwb(
    who: UpstreamCall,
    req: { ewbNo: number; cancelRsnCode: string; cancelRmrk?: string },
  ): Promise<UpstreamOutcome<CancelEwbData>>;
  /** Stand-alone EWB API times are "dd/MM/yyyy hh:mm:ss AM/PM" IST; adapters pass them through. */
  updateEwbVehicle(
    who: UpstreamCall,
    req: Record<string, unknown> & { ewbNo: number },
  ): Promise<UpstreamOutcome<{ vehUpdDate: string; validUpto: string | null }>>;
  extendEwb(
    who: UpstreamCall,
    req: Record<string, unknown> & { ewbNo: number },
  ): Promise<UpstreamOutcome<Pick<ExtendEwbData, 'updatedDate' | 'validUpto'>>>;
  getGstinDetails(who: UpstreamCall, gstin: string): Promise<UpstreamOutcome<Record<string, unknown>>>;
}

/** Every upstream call a route offers; wrappers (health tracking, the router) cover exactly these. */
export const ROUTE_METHODS = [
  'verifyCredentials',
  'generateIrn',
  'getIrnByDocument',
  'getIrn',
  'cancelIrn',
  'generateEwb',
  'getEwbByIrn',
  'getEwb',
  'updateEwbVehicle',
  'extendEwb',
  'cancelEwb',
  'getGstinDetails',
] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

export interface RouteHealth {
  id: string;
  name: string;
  priority: number;
  irp: string;
  status: 'operational' | 'degraded' | 'down';
  circuit: 'closed' | 'open' | 'half_open';
  latency_ms: { p50: number | null; p99: number | null };
  error_rate: number;
  last_error_at: string | null;
}

/** Chooses the route for a call. One route per environment today; the router with failover comes next. */
export interface GspPort {
  /** `irp`: only routes to the IRP that issued a document (follow-ups go where the IRN lives). */
  route(environment: 'sandbox' | 'production', options?: { irp?: string | null }): GspRoute;
  /** What GET /v1/status reports, per route. */
  health(): RouteHealth[];
  /** One route by name (no failover), e.g. to check API users meant for it; undefined when not configured. */
  member(environment: 'sandbox' | 'production', name: string): GspRoute | undefined;
}

/** The API user a route uses for a GSTIN: its own entry, or the GSTIN's default. */
export function credentialsFor(who: UpstreamCall, route: string): Required<RouteCredentials> {
  const own = who.routes?.[route];
  const username = own?.username ?? who.username;
  const password = own?.password ?? who.password;
  return {
    username,
    password,
    ewbUsername: own?.ewbUsername ?? username,
    ewbPassword: own?.ewbPassword ?? password,
  };
}
