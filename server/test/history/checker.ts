// The history checker shared by the Jepsen-style history test (history.test.ts) and the soak (test/soak): it
// compares what clients were told with the three sources of truth, the IRP's ledger (GET /admin/ledger of the
// sandbox IRP), our database, and the webhooks a receiver recorded. Also the pieces both runs need: a loopback
// webhook receiver, a free port, and the rows the checker reads.
//
// What it checks, for the documents a run owns (`mine`):
//   - every submitted document nobody definitely failed has exactly one IRN at the IRP (0 lost, 0 duplicates),
//     and no IRN exists for a number no client sent;
//   - our database holds exactly one row per document, with the IRP's IRN and the IRP's state (generated or
//     cancelled), and one e-way bill row per e-way bill the IRP issued, in the IRP's state;
//   - every state change the IRP recorded (IRN generated / cancelled, e-way bill generated / cancelled / Part-B /
//     extended) has exactly one webhook event (distinct webhook-id) of the matching type, and no event announces
//     a change the IRP did not make; every delivery verifies;
//   - every operation a client acknowledged (ok) is what the IRP holds (a cancelled IRN is CNL, the IRN a client
//     got is the ledger's); every operation left unknown is resolved (by the caller, before calling `check`).
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { verify } from '@einvoice/webhooks';
import Database from 'better-sqlite3';
import pg from 'pg';

// ---------------------------------------------------------------- processes and databases

export async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export type DbLocation = { sqlitePath: string } | { url: string };

export interface DocRow {
  doc_no_key: string;
  status: string;
  irn: string | null;
}
export interface EwbRow {
  ewb_no: number;
  irn: string;
  status: string;
}

async function query<T>(db: DbLocation, sql: string): Promise<T[]> {
  if ('url' in db) {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      return (await c.query(sql)).rows as T[];
    } finally {
      await c.end();
    }
  }
  const sqlite = new Database(db.sqlitePath, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).all() as T[];
  } finally {
    sqlite.close();
  }
}

export const documentRows = (db: DbLocation) => query<DocRow>(db, 'select doc_no_key, status, irn from documents');
export const ewbRows = async (db: DbLocation) =>
  (await query<EwbRow>(db, 'select ewb_no, irn, status from ewbs')).map((r) => ({ ...r, ewb_no: Number(r.ewb_no) }));

// ---------------------------------------------------------------- the webhook receiver

interface Delivery {
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One distinct event (by webhook-id; redeliveries of the same id collapse into `copies`). */
export interface ReceivedEvent {
  id: string;
  type: string;
  irn: string;
  docNo: string | null;
  ewbNo: number | null;
  copies: number;
}

export class Receiver {
  readonly deliveries: Delivery[] = [];
  #server: Server | undefined;
  url = '';
  async start(): Promise<this> {
    this.#server = createHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.deliveries.push({ at: Date.now(), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((ready) => this.#server!.listen(0, '127.0.0.1', ready));
    this.url = `http://127.0.0.1:${(this.#server.address() as { port: number }).port}/hooks`;
    return this;
  }
  /** Distinct events by webhook-id, after verifying every delivery. */
  events(secret: string): { byId: Map<string, ReceivedEvent>; invalid: number } {
    const byId = new Map<string, ReceivedEvent>();
    let invalid = 0;
    for (const d of this.deliveries) {
      try {
        // As the receiver would have, when it received it: the timestamp tolerance (5 min) is about receipt.
        verify(d.body, d.headers as Record<string, string>, secret, { now: new Date(d.at) });
      } catch {
        invalid++;
        continue;
      }
      const event = JSON.parse(d.body) as {
        type: string;
        data: { Irn?: string; doc_no?: string; EwbNo?: number };
      };
      const id = String(d.headers['webhook-id']);
      const seen = byId.get(id);
      if (seen) seen.copies++;
      else
        byId.set(id, {
          id,
          type: event.type,
          irn: event.data.Irn ?? '',
          docNo: event.data.doc_no?.toUpperCase() ?? null,
          ewbNo: event.data.EwbNo ?? null,
          copies: 1,
        });
    }
    return { byId, invalid };
  }
  close(): Promise<void> {
    return new Promise((done) => (this.#server ? this.#server.close(() => done()) : done()));
  }
}

// ---------------------------------------------------------------- the ledger (sandbox IRP, GET /admin/ledger)

export interface Ledger {
  irns: { irn: string; docNo: string; sellerGstin: string; status: 'ACT' | 'CNL' }[];
  ewbs: { ewbNo: number; irn: string; status: 'ACT' | 'CNL'; vehicles: unknown[]; extensions: unknown[] }[];
  events: { type: string; irn: string; ewbNo?: number; delivery: string }[];
}

/** The IRP's state changes and the webhook event each must have, exactly once. */
export const EVENT_FOR: Record<string, string> = {
  IRN_GENERATED: 'irn.generated',
  IRN_CANCELLED: 'irn.cancelled',
  EWB_GENERATED: 'ewb.generated',
  EWB_CANCELLED: 'ewb.cancelled',
  EWB_VEHICLE_UPDATED: 'ewb.vehicle_updated',
  EWB_EXTENDED: 'ewb.extended',
};

// ---------------------------------------------------------------- the checker

export type OpKind = 'generate' | 'cancel' | 'ewb_generate' | 'ewb_vehicle' | 'ewb_extend' | 'ewb_cancel';
export type Completion = 'ok' | 'fail' | 'info';

/** What a client did and what it was finally told (after any resolution of unknowns). */
export interface CheckedOp {
  kind: OpKind;
  /** The document's number (upper case, as the ledger and our `doc_no_key` hold it). */
  docNo: string;
  final: Completion;
  /** generate: the IRN the client holds (from an ok, a replay or a GET by document). */
  irn?: string;
  /** ewb_*: the e-way bill the operation was about (ewb_generate: the one it was told of). */
  ewbNo?: number;
  /** A definite refusal's detail (a 4xx), for the report. */
  failDetail?: string;
}

export interface HistoryProblems {
  /** A document nobody definitely failed has no IRN at the IRP. */
  lostAtIrp: string[];
  /** Two IRNs, or two IRN_GENERATED events, for one document. */
  duplicateIrns: string[];
  /** An IRN for a number no client sent. */
  unsubmittedAtIrp: string[];
  /** Our database does not hold exactly the IRP's documents and e-way bills, in the IRP's state. */
  dbRows: string[];
  /** A state change at the IRP without its webhook event. */
  lostEvents: string[];
  /** A state change with two distinct webhook events, or an event for a change the IRP did not make. */
  duplicateEvents: string[];
  /** An e-way bill change the IRP applied more often than clients asked for it (a retry sent it again). */
  duplicateChanges: string[];
  /** A client, row or event IRN that differs from the ledger's. */
  wrongIrn: string[];
  /** An operation a client was told succeeded that the IRP does not reflect. */
  lostAcknowledged: string[];
  /** Unknown at the client and still unknown after resolution. */
  unresolved: string[];
  /** A 4xx for a valid operation (nothing in these runs should be refused). */
  definiteFailures: string[];
}

export interface HistoryFigures {
  documents: number;
  acknowledgedDocuments: number;
  irnsAtIrp: number;
  ewbsAtIrp: number;
  stateChangesAtIrp: Record<string, number>;
  distinctEvents: Record<string, number>;
  redeliveries: number;
  invalidSignatures: number;
}

/** A history with nothing wrong: every list empty (what a passing check returns). */
export function noProblems(): HistoryProblems {
  return {
    lostAtIrp: [],
    duplicateIrns: [],
    unsubmittedAtIrp: [],
    dbRows: [],
    lostEvents: [],
    duplicateEvents: [],
    duplicateChanges: [],
    wrongIrn: [],
    lostAcknowledged: [],
    unresolved: [],
    definiteFailures: [],
  };
}

export function checkHistory(input: {
  ops: CheckedOp[];
  ledger: Ledger;
  seller: string;
  mine: (docNo: string) => boolean;
  documents: DocRow[];
  ewbs: EwbRow[];
  events: { byId: Map<string, ReceivedEvent>; invalid: number };
}): { problems: HistoryProblems; figures: HistoryFigures } {
  const { ops, ledger, mine } = input;
  const problems = noProblems();
  const push = <K extends keyof HistoryProblems>(k: K, v: string) => problems[k].push(v);

  // The ledger, restricted to this run's documents.
  const irnsByDoc = new Map<string, Ledger['irns']>();
  const docOfIrn = new Map<string, string>();
  for (const r of ledger.irns) {
    if (r.sellerGstin !== input.seller || !mine(r.docNo)) continue;
    const k = r.docNo.toUpperCase();
    irnsByDoc.set(k, [...(irnsByDoc.get(k) ?? []), r]);
    docOfIrn.set(r.irn, k);
  }
  const ledgerEwbs = ledger.ewbs.filter((e) => docOfIrn.has(e.irn));
  const ledgerEwbByNo = new Map(ledgerEwbs.map((e) => [e.ewbNo, e]));
  const ledgerEvents = ledger.events.filter((e) => docOfIrn.has(e.irn));

  // Documents: submitted, at the IRP, in our database.
  const generates = new Map<string, CheckedOp>();
  for (const op of ops) if (op.kind === 'generate') generates.set(op.docNo.toUpperCase(), op);
  for (const k of irnsByDoc.keys()) if (!generates.has(k)) push('unsubmittedAtIrp', k);
  const rowsByDoc = new Map<string, DocRow[]>();
  for (const r of input.documents.filter((d) => mine(d.doc_no_key)))
    rowsByDoc.set(r.doc_no_key, [...(rowsByDoc.get(r.doc_no_key) ?? []), r]);
  for (const [k, op] of generates) {
    const irns = irnsByDoc.get(k) ?? [];
    if (irns.length === 0) {
      if (op.final !== 'fail') push('lostAtIrp', k);
      continue;
    }
    const generatedEvents = ledgerEvents.filter((e) => e.type === 'IRN_GENERATED' && docOfIrn.get(e.irn) === k);
    if (irns.length > 1 || generatedEvents.length !== 1)
      push('duplicateIrns', `${k}: irns ${irns.map((i) => i.irn).join(',')}, IRN_GENERATED x${generatedEvents.length}`);
    const atIrp = irns[0]!;
    const rows = rowsByDoc.get(k) ?? [];
    const expected = atIrp.status === 'CNL' ? 'cancelled' : 'generated';
    if (rows.length !== 1 || rows[0]!.status !== expected || rows[0]!.irn !== atIrp.irn)
      push('dbRows', `${k}: IRP ${atIrp.status}, rows ${JSON.stringify(rows)}`);
    if (op.irn !== undefined && op.irn !== atIrp.irn) push('wrongIrn', `${k}: client ${op.irn} vs ledger ${atIrp.irn}`);
  }
  for (const k of rowsByDoc.keys()) if (!generates.has(k)) push('dbRows', `${k}: a row for a document no client sent`);

  // E-way bills in our database, against the IRP's.
  const ourEwbs = input.ewbs.filter((e) => docOfIrn.has(e.irn));
  const ourEwbByNo = new Map(ourEwbs.map((e) => [e.ewb_no, e]));
  for (const e of ledgerEwbs) {
    const ours = ourEwbByNo.get(e.ewbNo);
    const cancelled = e.status === 'CNL';
    if (!ours || (ours.status === 'cancelled') !== cancelled)
      push('dbRows', `EWB ${e.ewbNo} (${docOfIrn.get(e.irn)}): IRP ${e.status}, ours ${ours?.status ?? 'missing'}`);
  }
  for (const e of ourEwbs)
    if (!ledgerEwbByNo.has(e.ewb_no)) push('dbRows', `EWB ${e.ewb_no}: ours ${e.status}, unknown to the IRP`);

  // State changes: each IRP event has exactly one webhook event of its type, for the same IRN / e-way bill.
  const subject = (irn: string, ewbNo: number | null | undefined) => `${irn}|${ewbNo ?? ''}`;
  const expected = new Map<string, number>(); // type|irn|ewbNo -> count at the IRP
  const stateChangesAtIrp: Record<string, number> = {};
  for (const e of ledgerEvents) {
    const type = EVENT_FOR[e.type];
    if (!type) continue;
    stateChangesAtIrp[e.type] = (stateChangesAtIrp[e.type] ?? 0) + 1;
    const key = `${type}|${subject(e.irn, type.startsWith('ewb.') ? e.ewbNo : null)}`;
    expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  const received = new Map<string, ReceivedEvent[]>();
  const distinctEvents: Record<string, number> = {};
  let redeliveries = 0;
  for (const ev of input.events.byId.values()) {
    const doc = docOfIrn.get(ev.irn) ?? (ev.docNo && mine(ev.docNo) ? ev.docNo : undefined);
    if (!doc) continue;
    distinctEvents[ev.type] = (distinctEvents[ev.type] ?? 0) + 1;
    redeliveries += ev.copies - 1;
    if (!ev.irn || !docOfIrn.has(ev.irn)) {
      push('wrongIrn', `${doc}: ${ev.type} ${ev.id} names IRN ${ev.irn}, which the IRP never issued`);
      continue;
    }
    const key = `${ev.type}|${subject(ev.irn, ev.type.startsWith('ewb.') ? ev.ewbNo : null)}`;
    received.set(key, [...(received.get(key) ?? []), ev]);
  }
  for (const [key, n] of expected) {
    const got = received.get(key) ?? [];
    const [type, irn] = key.split('|');
    const label = `${docOfIrn.get(irn!)} ${key}`;
    if (got.length < n) push('lostEvents', `${label}: ${n} at the IRP, ${got.length} events`);
    if (got.length > n) push('duplicateEvents', `${label}: ${n} at the IRP, events ${got.map((g) => g.id).join(', ')}`);
    void type;
  }
  for (const [key, got] of received)
    if (!expected.has(key)) {
      // irn.failed etc. have no IRP counterpart; only events that announce an IRP state change are judged.
      if (Object.values(EVENT_FOR).includes(key.split('|')[0]!))
        push('duplicateEvents', `${key}: ${got.length} events, no such change at the IRP`);
    }

  // Non-idempotent changes (Part-B, extension): at most one at the IRP per client operation (any outcome).
  for (const [kind, type] of [
    ['ewb_vehicle', 'EWB_VEHICLE_UPDATED'],
    ['ewb_extend', 'EWB_EXTENDED'],
  ] as const) {
    const asked = new Map<number, number>();
    for (const op of ops)
      if (op.kind === kind && op.ewbNo !== undefined) asked.set(op.ewbNo, (asked.get(op.ewbNo) ?? 0) + 1);
    const applied = new Map<number, number>();
    for (const e of ledgerEvents)
      if (e.type === type && e.ewbNo !== undefined) applied.set(e.ewbNo, (applied.get(e.ewbNo) ?? 0) + 1);
    for (const [ewbNo, n] of applied)
      if (n > (asked.get(ewbNo) ?? 0))
        push(
          'duplicateChanges',
          `${docOfIrn.get(ledgerEwbByNo.get(ewbNo)?.irn ?? '')} ${type} ${ewbNo}: ${n} at the IRP, ${asked.get(ewbNo) ?? 0} asked`,
        );
  }

  // What clients were told.
  for (const op of ops) {
    const k = op.docNo.toUpperCase();
    if (op.final === 'info') push('unresolved', `${k} ${op.kind}${op.ewbNo ? ` ${op.ewbNo}` : ''}`);
    if (op.final === 'fail') push('definiteFailures', `${k} ${op.kind}: ${op.failDetail ?? ''}`);
    if (op.final !== 'ok') continue;
    const irp = irnsByDoc.get(k)?.[0];
    const ewb = op.ewbNo === undefined ? undefined : ledgerEwbByNo.get(op.ewbNo);
    const lost = (why: string) => push('lostAcknowledged', `${k} ${op.kind}${op.ewbNo ? ` ${op.ewbNo}` : ''}: ${why}`);
    switch (op.kind) {
      case 'generate':
        if (!irp) lost('no IRN at the IRP');
        break;
      case 'cancel':
        if (irp?.status !== 'CNL') lost(`IRP status ${irp?.status}`);
        break;
      case 'ewb_generate':
        if (!ewb) lost('no such e-way bill at the IRP');
        break;
      case 'ewb_cancel':
        if (ewb?.status !== 'CNL') lost(`IRP status ${ewb?.status}`);
        break;
      case 'ewb_vehicle':
        if (!ewb?.vehicles.length) lost('no Part-B entry at the IRP');
        break;
      case 'ewb_extend':
        if (!ewb?.extensions.length) lost('no extension at the IRP');
        break;
    }
  }

  return {
    problems,
    figures: {
      documents: generates.size,
      acknowledgedDocuments: [...generates.values()].filter((o) => o.final === 'ok').length,
      irnsAtIrp: [...irnsByDoc.values()].reduce((n, l) => n + l.length, 0),
      ewbsAtIrp: ledgerEwbs.length,
      stateChangesAtIrp,
      distinctEvents,
      redeliveries,
      invalidSignatures: input.events.invalid,
    },
  };
}

/** Problem counts, and the first few of each non-empty list, for a report. */
export function summarizeProblems(problems: HistoryProblems): {
  counts: Record<string, number>;
  details: Record<string, string[]>;
} {
  const counts: Record<string, number> = {};
  const details: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(problems)) {
    counts[k] = v.length;
    if (v.length) details[k] = v.slice(0, 10);
  }
  return { counts, details };
}
