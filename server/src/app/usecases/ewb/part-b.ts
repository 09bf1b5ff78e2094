// Part-B updates (VEHEWB) and validity extensions (EXTENDVALIDITY): local rules, the IRP, then our copy.
import { validateExtendEwb, validateUpdatePartB } from '@einvoice/gst';
import type { Deps } from '../../deps.js';
import type { UpstreamCall, UpstreamOutcome } from '../../ports/gsp.js';
import type { EwbRecord } from '../../ports/records.js';
import type { Repositories } from '../../ports/storage.js';
import { presentEwb } from '../../presenters.js';
import type { GstinPrincipal } from '../../principal.js';
import { problems } from '../../problems.js';
import type { RequestBody } from '../../request-bodies.js';
import { withHints } from '../documents/local-rules.js';
import { type EventType, emit } from '../events.js';
import { upstreamIdentity } from '../upstream.js';
import { ewbState, ownedEwb } from './cancel-ewb.js';

type Options = { trace: UpstreamCall['trace']; completeInTx?: (tx: Repositories, ewb: EwbRecord) => Promise<void> };

/** "06/10/2022 11:59:00 PM" (stand-alone EWB API) -> "2022-10-06 23:59:00" (the e-invoice format we expose). */
export function fromEwbApiTime(text: string | null): string | null {
  const m = text && /^(\d{2})\/(\d{2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ?([AP]M)$/i.exec(text.trim());
  if (!m) return text;
  let hour = Number(m[4]) % 12;
  if (m[7]!.toUpperCase() === 'PM') hour += 12;
  return `${m[3]}-${m[2]}-${m[1]} ${String(hour).padStart(2, '0')}:${m[5]}:${m[6]}`;
}

async function applyUpstream<T>(
  deps: Deps,
  who: GstinPrincipal,
  ewb: EwbRecord,
  outcome: UpstreamOutcome<T>,
  change: (data: T) => EwbRecord,
  event: EventType,
  options: Options,
): Promise<EwbRecord> {
  if (outcome.kind === 'rejected' || outcome.kind === 'duplicate') {
    throw problems.gstnRejected(withHints(outcome.errors), {
      system: 'IRP',
      partner: ewb.gsp,
      code: outcome.errors[0]?.code ?? null,
      message: outcome.errors[0]?.message ?? null,
      retryable: false,
    });
  }
  if (outcome.kind !== 'ok') {
    throw problems.upstreamUnavailable(
      `The IRP did not confirm the change (${outcome.detail}); check GET /v1/ewb/${ewb.ewbNo} and retry with the same Idempotency-Key.`,
      {
        system: 'IRP',
        partner: ewb.gsp,
        code: null,
        message: outcome.detail,
        retryable: true,
      },
    );
  }
  const updated = change(outcome.data);
  await deps.storage.transaction(async (tx) => {
    await tx.ewbs.update(updated);
    await emit(deps, tx, { accountId: who.accountId, gstin: who.gstin, type: event, data: presentEwb(updated) });
    await options.completeInTx?.(tx, updated);
  });
  return updated;
}

export async function updateEwbVehicle(
  deps: Deps,
  who: GstinPrincipal,
  ewbNo: number,
  body: RequestBody<'updateEwbVehicle'>,
  options: Options,
): Promise<EwbRecord> {
  const ewb = await ownedEwb(deps, who, ewbNo);
  const now = deps.clock.now();
  const local = validateUpdatePartB({ ewbNo, ...body }, ewbState(ewb, now, who.gstin));
  if (!local.ok) throw problems.gstnRejected(local.errors);
  const identity = await upstreamIdentity(deps, who, options.trace);
  const outcome = await deps.gsp
    .route(who.environment, { irp: ewb.irp })
    .updateEwbVehicle(identity, { ewbNo, ...body });
  return applyUpstream(
    deps,
    who,
    ewb,
    outcome,
    (data) => ({
      ...ewb,
      status: 'active',
      ewbValidTill: fromEwbApiTime(data.validUpto) ?? ewb.ewbValidTill,
      vehicles: [
        ...ewb.vehicles,
        {
          vehicleNo: body.vehicleNo ?? null,
          transDocNo: body.transDocNo ?? null,
          transMode: String(body.transMode),
          fromPlace: body.fromPlace ?? null,
          fromState: body.fromState ?? null,
          reasonCode: body.reasonCode ?? null,
          entered_at: now.toISOString(),
        },
      ],
      updatedAt: now,
    }),
    'ewb.vehicle_updated',
    options,
  );
}

export async function extendEwb(
  deps: Deps,
  who: GstinPrincipal,
  ewbNo: number,
  body: RequestBody<'extendEwb'>,
  options: Options,
): Promise<EwbRecord> {
  const ewb = await ownedEwb(deps, who, ewbNo);
  const now = deps.clock.now();
  const local = validateExtendEwb({ ewbNo, ...body }, ewbState(ewb, now, who.gstin));
  if (!local.ok) throw problems.gstnRejected(local.errors);
  const identity = await upstreamIdentity(deps, who, options.trace);
  const outcome = await deps.gsp.route(who.environment, { irp: ewb.irp }).extendEwb(identity, { ewbNo, ...body });
  return applyUpstream(
    deps,
    who,
    ewb,
    outcome,
    (data) => ({
      ...ewb,
      ewbValidTill: fromEwbApiTime(data.validUpto),
      extensionCount: ewb.extensionCount + 1,
      updatedAt: now,
    }),
    'ewb.extended',
    options,
  );
}
