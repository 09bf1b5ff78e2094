// Changes to an e-way bill (cancel, Part-B, extension) whose outcome may be unknown. NIC applies a Part-B update
// or an extension again when it is sent again (neither is idempotent at the IRP), so a change whose answer was lost
// (a timeout after the IRP committed) or never recorded (our database failed after the IRP's answer, the process
// died) must not simply be sent again by a retry. Each change therefore opens a reconcile task before it is sent
// (kind ewb_cancel / ewb_vehicle / ewb_extend, `documentId` = the e-way bill's id, detail = the request and what
// our copy held before), and resolves it in the transaction that records the answer. A task still open means the
// outcome is unknown: a retry settles it first (NIC's GetEwayBill: is the change there?), and the reconciler's
// worker does the same once the request's key lock has lapsed. Whoever records the change first (compare-and-set
// on the row) announces it: one webhook per change.
import { canonical } from '../../canonical-json.js';
import type { Deps } from '../../deps.js';
import type { GetEwayBillData, UpstreamCall, UpstreamOutcome } from '../../ports/gsp.js';
import type { EwbRecord, ReconcileOutcome, ReconcileTaskRecord } from '../../ports/records.js';
import type { Repositories } from '../../ports/storage.js';
import { presentEwb } from '../../presenters.js';
import type { GstinPrincipal } from '../../principal.js';
import { problems } from '../../problems.js';
import { withHints } from '../documents/local-rules.js';
import { type EventType, emit } from '../events.js';
import { enqueueReconcile } from '../reconcile/enqueue.js';
import { upstreamIdentity } from '../upstream.js';

export type EwbChangeKind = 'ewb_cancel' | 'ewb_vehicle' | 'ewb_extend';
type CompleteInTx = (tx: Repositories, ewb: EwbRecord) => Promise<void>;

const EVENT: Record<EwbChangeKind, EventType> = {
  ewb_cancel: 'ewb.cancelled',
  ewb_vehicle: 'ewb.vehicle_updated',
  ewb_extend: 'ewb.extended',
};

/** What the task remembers: the change as asked, and our copy's counts before it (to tell whether it took). */
interface ChangeDetail {
  ewbNo: number;
  request: Record<string, unknown>;
  before: { vehicles: number; extensions: number };
  /** The request's Idempotency-Key (scope and key), when it had one. */
  key?: string;
}

const inFlight = (ewbNo: number) =>
  problems.conflictInFlight(
    'ewb-change-in-flight',
    'A change of this e-way bill is being sent',
    `Another attempt of this change to e-way bill ${ewbNo} may still be reaching the IRP; retry shortly and you will get its result.`,
  );

/** "06/10/2022 11:59:00 PM" (stand-alone EWB API) -> "2022-10-06 23:59:00" (the e-invoice format we expose). */
export function fromEwbApiTime(text: string | null): string | null {
  const m = text && /^(\d{2})\/(\d{2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ?([AP]M)$/i.exec(text.trim());
  if (!m) return text;
  let hour = Number(m[4]) % 12;
  if (m[7]!.toUpperCase() === 'PM') hour += 12;
  return `${m[3]}-${m[2]}-${m[1]} ${String(hour).padStart(2, '0')}:${m[5]}:${m[6]}`;
}

/** Our copy after the change, from the request and what the IRP answered (or holds). */
export function applyEwbChange(
  kind: EwbChangeKind,
  ewb: EwbRecord,
  request: Record<string, unknown>,
  irp: { validUpto: string | null },
  now: Date,
): EwbRecord {
  const text = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v));
  switch (kind) {
    case 'ewb_cancel':
      return { ...ewb, status: 'cancelled', cancelledAt: now, updatedAt: now };
    case 'ewb_vehicle':
      return {
        ...ewb,
        status: 'active',
        ewbValidTill: fromEwbApiTime(irp.validUpto) ?? ewb.ewbValidTill,
        vehicles: [
          ...ewb.vehicles,
          {
            vehicleNo: text(request.vehicleNo),
            transDocNo: text(request.transDocNo),
            transMode: String(request.transMode),
            fromPlace: text(request.fromPlace),
            fromState: (request.fromState as number | undefined) ?? null,
            reasonCode: text(request.reasonCode),
            entered_at: now.toISOString(),
          },
        ],
        updatedAt: now,
      };
    case 'ewb_extend':
      return {
        ...ewb,
        ewbValidTill: fromEwbApiTime(irp.validUpto),
        extensionCount: ewb.extensionCount + 1,
        updatedAt: now,
      };
  }
}

/**
 * Records a change the IRP holds, once: compare-and-set on the row as `before` saw it; only the writer that wins
 * announces it, resolves the task and completes the caller's key with the change. The loser completes the key
 * with the row as it stands. Returns the row and whether this call recorded it.
 */
async function recordEwbChange(
  deps: Deps,
  kind: EwbChangeKind,
  before: EwbRecord,
  updated: EwbRecord,
  taskId: string | null,
  completeInTx?: CompleteInTx,
): Promise<{ ewb: EwbRecord; recorded: boolean }> {
  return deps.storage.transaction(async (tx) => {
    const now = deps.clock.now();
    if (!(await tx.ewbs.updateIfUnchanged(updated, before.updatedAt))) {
      const current = (await tx.ewbs.get(before.accountId, before.gstin, before.ewbNo)) ?? updated;
      await completeInTx?.(tx, current);
      return { ewb: current, recorded: false };
    }
    await emit(deps, tx, {
      accountId: before.accountId,
      gstin: before.gstin,
      type: EVENT[kind],
      data: presentEwb(updated),
    });
    if (taskId) await tx.reconcile.resolve(taskId, 'applied', now);
    await completeInTx?.(tx, updated);
    return { ewb: updated, recorded: true };
  });
}

function changeTookEffect(kind: EwbChangeKind, detail: ChangeDetail, found: GetEwayBillData): boolean {
  switch (kind) {
    case 'ewb_cancel':
      return found.status === 'CNL';
    case 'ewb_vehicle':
      return (found.VehiclListDetails?.length ?? 0) > detail.before.vehicles;
    case 'ewb_extend':
      return Number(found.extendedTimes ?? 0) > detail.before.extensions;
  }
}

function alreadyRecorded(kind: EwbChangeKind, detail: ChangeDetail, ewb: EwbRecord): boolean {
  switch (kind) {
    case 'ewb_cancel':
      return ewb.status === 'cancelled';
    case 'ewb_vehicle':
      return ewb.vehicles.length > detail.before.vehicles;
    case 'ewb_extend':
      return ewb.extensionCount > detail.before.extensions;
  }
}

/**
 * One attempt at an e-way bill change whose outcome is unknown: asks the IRP (GetEwayBill) and records the change
 * if it took effect (one webhook), or reports that it did not. The reconciler's worker and a retry of the request
 * both use it; `completeInTx` (a retry of the very same request) completes its key with the change.
 */
export async function reconcileEwbChange(
  deps: Deps,
  task: ReconcileTaskRecord,
  identity: UpstreamCall,
  environment: 'sandbox' | 'production',
  completeInTx?: CompleteInTx,
): Promise<{ outcome: ReconcileOutcome; ewb?: EwbRecord } | { retry: string }> {
  const kind = task.kind as EwbChangeKind;
  const detail = task.detail as unknown as ChangeDetail;
  const ewb = await deps.storage.ewbs.get(task.accountId, task.gstin, detail.ewbNo);
  if (!ewb) return { outcome: 'gone' };
  if (alreadyRecorded(kind, detail, ewb)) return { outcome: 'already_final', ewb };
  const found = await deps.gsp.route(environment, { irp: ewb.irp }).getEwb(identity, ewb.ewbNo);
  if (found.kind === 'unavailable' || found.kind === 'ambiguous') return { retry: found.detail };
  if (found.kind !== 'ok') return { retry: `GetEwayBill: ${found.errors.map((e) => e.code).join(',')}` };
  if (!changeTookEffect(kind, detail, found.data)) return { outcome: 'not_applied', ewb };
  const updated = applyEwbChange(kind, ewb, detail.request, { validUpto: found.data.validUpto }, deps.clock.now());
  const r = await recordEwbChange(deps, kind, ewb, updated, task.id, completeInTx);
  return { outcome: r.recorded ? 'applied' : 'already_final', ewb: r.ewb };
}

/**
 * Sends one change of an e-way bill through the IRP and records it (the request path). First settles an earlier
 * attempt of the same kind whose outcome is still unknown (a retry after a lost answer): if that was this very
 * request and it took effect, it is answered as it stands and nothing is sent again. `validate` runs the local
 * rules on the e-way bill as it then stands.
 */
export async function sendEwbChange(
  deps: Deps,
  who: GstinPrincipal,
  ewbIn: EwbRecord,
  kind: EwbChangeKind,
  request: Record<string, unknown>,
  steps: {
    validate: (ewb: EwbRecord) => void;
    send: (identity: UpstreamCall, ewb: EwbRecord) => Promise<UpstreamOutcome<object & { validUpto?: string | null }>>;
    /** A refusal that means the change is already in place at the IRP (CANEWB's 312 after a lost answer). */
    alreadyApplied?: (errors: { code: string }[]) => boolean;
  },
  options: { trace: UpstreamCall['trace']; completeInTx?: CompleteInTx; idempotencyKey?: string },
): Promise<EwbRecord> {
  const identity = await upstreamIdentity(deps, who, options.trace);
  let ewb = ewbIn;
  const tasks = (await deps.storage.reconcile.listForDocument(ewb.id)).filter((t) => t.kind === kind);
  const earlier = tasks.find((t) => t.state === 'open');
  // An attempt still within its time (its key's lock; 1 s after an ambiguous answer) may be sending right now:
  // settling it could call it `not_applied` a moment before it lands, and a second send would apply it twice.
  if (earlier && earlier.nextAttemptAt.getTime() > deps.clock.now().getTime()) throw inFlight(ewb.ewbNo);
  if (earlier) {
    // Canonical: PostgreSQL's jsonb gives the stored request back with its keys in another order.
    const same = canonical((earlier.detail as unknown as ChangeDetail).request) === canonical(request);
    const settled = await reconcileEwbChange(
      deps,
      earlier,
      identity,
      who.environment,
      same ? options.completeInTx : undefined,
    );
    if ('retry' in settled)
      throw problems.upstreamUnavailable(
        `An earlier attempt of this change may have reached the IRP and it cannot be asked now (${settled.retry}); einvoice keeps checking. Retry with the same Idempotency-Key.`,
        { system: 'IRP', partner: ewb.gsp, code: null, message: settled.retry, retryable: true },
      );
    await deps.storage.reconcile.resolve(earlier.id, settled.outcome, deps.clock.now());
    if (settled.outcome === 'applied' || settled.outcome === 'already_final') {
      ewb = settled.ewb ?? ewb;
      if (same) {
        if (settled.outcome === 'already_final')
          await deps.storage.transaction(async (tx) => options.completeInTx?.(tx, ewb));
        return ewb;
      }
    }
    ewb = (await deps.storage.ewbs.get(ewb.accountId, ewb.gstin, ewb.ewbNo)) ?? ewb;
  }
  // This very request (its Idempotency-Key) was already applied by another run of it: one that outlived its key's
  // lock (a stalled database) while the client's retry took the key over. Answer it as it stands; never resend.
  if (
    options.idempotencyKey &&
    tasks.some((t) => t.outcome === 'applied' && t.detail?.key === options.idempotencyKey && t.id !== earlier?.id)
  ) {
    const current = (await deps.storage.ewbs.get(ewb.accountId, ewb.gstin, ewb.ewbNo)) ?? ewb;
    await deps.storage.transaction(async (tx) => options.completeInTx?.(tx, current));
    return current;
  }
  steps.validate(ewb);

  // Write-ahead: the change is about to be sent. Due once the request's key lock has lapsed (a crash, a database
  // failure after the IRP's answer); resolved with the answer.
  const detail: ChangeDetail = {
    ewbNo: ewb.ewbNo,
    request,
    before: { vehicles: ewb.vehicles.length, extensions: ewb.extensionCount },
    ...(options.idempotencyKey ? { key: options.idempotencyKey } : {}),
  };
  const taskId = await enqueueReconcile(deps, kind, ewb, 'in_flight', {
    detail: detail as unknown as Record<string, unknown>,
    delayMs: deps.settings.idempotencyLockSeconds * 1000,
  });
  // The open task is the change's lock: without it another attempt of this kind is being sent; do not send too.
  if (!taskId) throw inFlight(ewb.ewbNo);
  const outcome = await steps.send(identity, ewb);
  const resolve = async (o: ReconcileOutcome) => {
    if (taskId) await deps.storage.reconcile.resolve(taskId, o, deps.clock.now());
  };
  if (outcome.kind === 'rejected' || outcome.kind === 'duplicate') {
    if (!steps.alreadyApplied?.(outcome.errors)) {
      await resolve('not_applied');
      throw problems.gstnRejected(withHints(outcome.errors), {
        system: 'IRP',
        partner: ewb.gsp,
        code: outcome.errors[0]?.code ?? null,
        message: outcome.errors[0]?.message ?? null,
        retryable: false,
      });
    }
  } else if (outcome.kind === 'unavailable') {
    await resolve('not_applied'); // nothing reached the IRP
    throw problems.upstreamUnavailable(
      `The IRP did not confirm the change (${outcome.detail}); nothing was changed. Retry with the same Idempotency-Key.`,
      { system: 'IRP', partner: ewb.gsp, code: null, message: outcome.detail, retryable: true },
    );
  } else if (outcome.kind === 'ambiguous') {
    // It may have taken effect: the reconciler asks the IRP soon and records it (one webhook) if so.
    if (taskId)
      await deps.storage.reconcile.retryLater(taskId, new Date(deps.clock.now().getTime() + 1000), outcome.detail);
    throw problems.upstreamUnavailable(
      `The IRP did not answer (${outcome.detail}); the change may have taken effect. einvoice checks with the IRP and sends ${EVENT[kind]} if it did; retrying with the same Idempotency-Key is safe (einvoice asks the IRP before sending it again).`,
      { system: 'IRP', partner: ewb.gsp, code: null, message: outcome.detail, retryable: true },
    );
  }
  const validUpto = outcome.kind === 'ok' && 'validUpto' in outcome.data ? (outcome.data.validUpto ?? null) : null;
  const updated = applyEwbChange(kind, ewb, request, { validUpto }, deps.clock.now());
  return (await recordEwbChange(deps, kind, ewb, updated, taskId, options.completeInTx)).ewb;
}
