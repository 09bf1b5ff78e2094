/** Operations a fault can target. `auth` is only hit when named explicitly in `ops`. */
export type Operation =
  | 'auth'
  | 'generate'
  | 'cancel'
  | 'get-irn'
  | 'get-by-doc'
  | 'gstin'
  | 'ewb-generate'
  | 'ewb-get'
  | 'ewb-cancel'
  | 'ewb-vehicle'
  | 'ewb-extend';

export const BUSINESS_OPERATIONS: readonly Operation[] = [
  'generate',
  'cancel',
  'get-irn',
  'get-by-doc',
  'gstin',
  'ewb-generate',
  'ewb-get',
  'ewb-cancel',
  'ewb-vehicle',
  'ewb-extend',
];

/**
 * - `error`: answer with the NIC error `code` (default 5001) without touching the ledger.
 * - `timeout-after-commit`: do the work (the IRN exists), hold the response `holdMs`, then destroy the socket.
 * - `reset`: destroy the connection (TCP RST) before doing anything.
 * - `down`: HTTP 503 with a GSP-style "IRP down" body (GSPERR300 GSPGSTDOWN); nothing is processed.
 */
export type FaultMode = 'error' | 'timeout-after-commit' | 'reset' | 'down';
export const FAULT_MODES: readonly FaultMode[] = ['error', 'timeout-after-commit', 'reset', 'down'];

export interface FaultSpec {
  /** GSTIN the fault applies to (the caller's header Gstin), or '*' for every caller. */
  gstin: string;
  mode: FaultMode;
  /** How many matching calls to affect. Default 1 (`down`: until cleared). null = until cleared. */
  count?: number | null;
  /** `error` mode: the NIC error code and message to return. */
  code?: string;
  message?: string;
  /** `timeout-after-commit`: how long to hold the response before destroying the socket. */
  holdMs?: number;
  /** Limit to these operations. Default: every business operation (not auth). */
  ops?: Operation[];
}

export interface ActiveFault extends FaultSpec {
  id: number;
  remaining: number | null;
  hits: number;
}

export class FaultInjector {
  private faults: ActiveFault[] = [];
  private seq = 0;

  constructor(private readonly defaultHoldMs: number) {}

  add(spec: FaultSpec): ActiveFault {
    if (!FAULT_MODES.includes(spec.mode)) throw new Error(`unknown fault mode ${String(spec.mode)}`);
    const count = spec.count === undefined ? (spec.mode === 'down' ? null : 1) : spec.count;
    const fault: ActiveFault = {
      ...spec,
      gstin: spec.gstin === '*' ? '*' : spec.gstin.toUpperCase(),
      holdMs: spec.holdMs ?? this.defaultHoldMs,
      id: ++this.seq,
      remaining: count,
      hits: 0,
    };
    this.faults.push(fault);
    return fault;
  }

  /** The first matching fault, consumed by one. GSTIN-specific faults win over '*'. */
  take(gstin: string | undefined, op: Operation): ActiveFault | undefined {
    const g = gstin?.toUpperCase();
    const matches = (f: ActiveFault) =>
      (f.remaining === null || f.remaining > 0) && (f.ops ? f.ops.includes(op) : BUSINESS_OPERATIONS.includes(op));
    const fault =
      this.faults.find((f) => f.gstin === g && matches(f)) ?? this.faults.find((f) => f.gstin === '*' && matches(f));
    if (!fault) return undefined;
    fault.hits++;
    if (fault.remaining !== null) fault.remaining--;
    this.faults = this.faults.filter((f) => f.remaining === null || f.remaining > 0);
    return fault;
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(gstin?: string): number {
    const before = this.faults.length;
    this.faults = gstin ? this.faults.filter((f) => f.gstin !== gstin.toUpperCase()) : [];
    return before - this.faults.length;
  }
}
