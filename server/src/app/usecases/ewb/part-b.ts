// Part-B updates (VEHEWB) and validity extensions (EXTENDVALIDITY): local rules, the IRP, then our copy. Neither
// is idempotent at the IRP, so both go through sendEwbChange (changes.ts): an earlier attempt whose outcome is
// unknown is settled with the IRP before anything is sent again, and the reconciler settles it if no one retries.
import { validateExtendEwb, validateUpdatePartB } from '@einvoice/gst';
import type { Deps } from '../../deps.js';
import type { UpstreamCall } from '../../ports/gsp.js';
import type { EwbRecord } from '../../ports/records.js';
import type { Repositories } from '../../ports/storage.js';
import type { GstinPrincipal } from '../../principal.js';
import { problems } from '../../problems.js';
import type { RequestBody } from '../../request-bodies.js';
import { clockFor } from '../test-clocks.js';
import { ewbState, ownedEwb } from './cancel-ewb.js';
import { sendEwbChange } from './changes.js';

export { fromEwbApiTime } from './changes.js';

type Options = {
  trace: UpstreamCall['trace'];
  completeInTx?: (tx: Repositories, ewb: EwbRecord) => Promise<void>;
  /** The request's Idempotency-Key (scope:key): a run that outlived its key's lock never sends the change again. */
  idempotencyKey?: string;
};

export async function updateEwbVehicle(
  deps: Deps,
  who: GstinPrincipal,
  ewbNo: number,
  body: RequestBody<'updateEwbVehicle'>,
  options: Options,
): Promise<EwbRecord> {
  const ewb = await ownedEwb(deps, who, ewbNo);
  // A sandbox GSTIN on a test clock: its e-way bill windows are counted at the clock's time.
  const clock = await clockFor(deps, who);
  return sendEwbChange(
    deps,
    who,
    ewb,
    'ewb_vehicle',
    body,
    {
      validate: (current) => {
        const local = validateUpdatePartB({ ewbNo, ...body }, ewbState(current, clock.now(), who.gstin));
        if (!local.ok) throw problems.gstnRejected(local.errors);
      },
      send: (identity, current) =>
        deps.gsp.route(who.environment, { irp: current.irp }).updateEwbVehicle(identity, { ewbNo, ...body }),
    },
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
  // A sandbox GSTIN on a test clock: its e-way bill windows are counted at the clock's time.
  const clock = await clockFor(deps, who);
  return sendEwbChange(
    deps,
    who,
    ewb,
    'ewb_extend',
    body,
    {
      validate: (current) => {
        const local = validateExtendEwb({ ewbNo, ...body }, ewbState(current, clock.now(), who.gstin));
        if (!local.ok) throw problems.gstnRejected(local.errors);
      },
      send: (identity, current) =>
        deps.gsp.route(who.environment, { irp: current.irp }).extendEwb(identity, { ewbNo, ...body }),
    },
    options,
  );
}
