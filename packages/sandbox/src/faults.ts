// Every fault a client must survive, by name: the transport faults of the contract scenarios (429, 5xx,
// connection reset, slow answers, 409 in flight, revoked token) plus the government-side ones, which are
// armed on the sandbox IRP for the caller's GSTIN through the public rehearsal call (POST /v1/sandbox/faults,
// with the caller's own token) and then meet the request itself. `faultTable()` is the documented table.
import { SCENARIOS, type Scenario } from './scenarios.js';

export const FAULT_HEADER = 'x-sandbox-fault';

type RehearsalMode = 'duplicate' | 'irn_expired' | 'timeout_after_commit' | 'nic_error';

function rehearse(request: Request, forward: (r: Request) => Promise<Response>, faults: unknown[]): Promise<Response> {
  return forward(
    new Request(new URL('/v1/sandbox/faults', request.url), {
      method: 'POST',
      headers: { authorization: request.headers.get('authorization')!, 'content-type': 'application/json' },
      body: JSON.stringify({ faults }),
    }),
  );
}

const hasBearer = (request: Request) => /^bearer /i.test(request.headers.get('authorization') ?? '');

/** Arms one IRP fault for the token's GSTIN, then lets the request meet it. */
function irpFault(id: string, description: string, mode: RehearsalMode, code?: string): Scenario {
  return {
    id,
    description,
    target: async ({ attempt, request, forward, skip }) => {
      if (attempt !== 0) return undefined;
      if (!hasBearer(request)) return void skip(); // without a token the request fails on its own (401)
      const armed = await rehearse(request, forward, [{ mode, count: 1, ...(code ? { code } : {}) }]);
      if (armed.status === 200) return undefined;
      // A stale token (after a reset), or one that cannot arm faults: the request gets that refusal, and the
      // fault waits for the next request (the client's retry with a fresh token).
      skip();
      return armed;
    },
  };
}

/** How long the simulated outage outlives the request that met it, before the IRP comes back. */
export const OUTAGE_TAIL_MS = 500;

/**
 * Every GSP is down while this request runs: it waits at most 1 s (`Prefer: wait=1` unless the request says
 * otherwise) and is answered 202 queued; the outage ends OUTAGE_TAIL_MS later, the queue completes the
 * document and its webhook follows.
 */
const gspOutage: Scenario = {
  id: 'gsp-outage',
  description:
    'Every GSP is down during this request: it is answered 202 (queued) after at most Prefer: wait=1; the outage ends 0.5 s later, the document completes and its webhook follows.',
  target: async ({ attempt, request, body, forward, skip }) => {
    if (attempt !== 0) return undefined;
    if (!hasBearer(request)) return void skip();
    const armed = await rehearse(request, forward, [{ mode: 'gsp_outage', count: 100 }]);
    if (armed.status !== 200) {
      skip();
      return armed;
    }
    const headers = new Headers(request.headers);
    if (!headers.has('prefer')) headers.set('prefer', 'wait=1');
    try {
      return await forward(new Request(request.url, { method: request.method, headers, body }));
    } finally {
      setTimeout(() => void rehearse(request, forward, []).catch(() => undefined), OUTAGE_TAIL_MS).unref();
    }
  },
};

const IRP_FAULTS: Record<string, Scenario> = {
  'duplicate-2150': irpFault(
    'duplicate-2150',
    'The IRP answers 2150 (duplicate IRN) to this generate, as if the document had been registered elsewhere.',
    'duplicate',
  ),
  'irn-expired-2283': irpFault(
    'irn-expired-2283',
    'The IRP answers 2283 (IRN generated more than 2 days ago) to this IRN read.',
    'irn_expired',
  ),
  'cancel-window-2270': irpFault(
    'cancel-window-2270',
    'The IRP refuses this cancel with 2270 (the 24-hour cancellation window has passed).',
    'nic_error',
    '2270',
  ),
  'timeout-after-commit': irpFault(
    'timeout-after-commit',
    'The IRP commits this operation but its answer never arrives: einvoice gives up after 5 s, asks the IRP what it holds and answers with the IRN it registered.',
    'timeout_after_commit',
  ),
  'gsp-outage': gspOutage,
};

/** `nic-XXXX`: the IRP answers this request with NIC error XXXX (validation codes such as 2189, 2172, 3028). */
const NIC_CODE = /^nic-(\d{4})$/;

const CATALOG: Record<string, Scenario> = { ...SCENARIOS, ...IRP_FAULTS };
delete CATALOG.none;

export function findFault(id: string): Scenario | undefined {
  const nic = NIC_CODE.exec(id);
  if (nic) return irpFault(id, `The IRP answers this request with NIC error ${nic[1]}.`, 'nic_error', nic[1]);
  return CATALOG[id];
}

export interface FaultRow {
  id: string;
  description: string;
}

export function faultTable(): FaultRow[] {
  return [
    ...Object.values(CATALOG).map(({ id, description }) => ({ id, description })),
    { id: 'nic-XXXX', description: 'The IRP answers this request with NIC error XXXX (e.g. nic-2189, nic-2172).' },
  ];
}
