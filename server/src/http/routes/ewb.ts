// E-way bills (/v1/ewb): generate from an IRN, read back, update Part-B, extend, cancel. Each write hands
// the use case a way to commit the Idempotency-Key's answer in the same transaction as the e-way bill.
import type { Deps } from '../../app/deps.js';
import type { UpstreamCall } from '../../app/ports/gsp.js';
import type { EwbRecord } from '../../app/ports/records.js';
import type { Repositories } from '../../app/ports/storage.js';
import { presentEwb } from '../../app/presenters.js';
import type { GstinPrincipal } from '../../app/principal.js';
import { problems } from '../../app/problems.js';
import type { RequestBody } from '../../app/request-bodies.js';
import { cancelEwb } from '../../app/usecases/ewb/cancel-ewb.js';
import { type EwbOutcome, generateEwb } from '../../app/usecases/ewb/generate-ewb.js';
import { extendEwb, updateEwbVehicle } from '../../app/usecases/ewb/part-b.js';
import type { Handler, Reply } from '../call.js';
import { complete } from '../pipeline/idempotency.js';
import { body, gstinOf, traceInto } from './helpers.js';

type EwbChangeOperation = 'updateEwbVehicle' | 'extendEwb' | 'cancelEwb';

/** A change to an existing e-way bill, as the use cases for Part-B, extension and cancellation take it. */
type EwbChange<Op extends EwbChangeOperation> = (
  deps: Deps,
  who: GstinPrincipal,
  ewbNo: number,
  body: RequestBody<Op>,
  options: {
    trace: UpstreamCall['trace'];
    completeInTx?: (tx: Repositories, ewb: EwbRecord) => Promise<void>;
    idempotencyKey?: string;
  },
) => Promise<EwbRecord>;

function ewbChange<Op extends EwbChangeOperation>(deps: Deps, operationId: Op, change: EwbChange<Op>): Handler {
  return async (call) => {
    const handle = call.idempotency;
    const ewb = await change(deps, gstinOf(call), Number(call.pathParams.ewb_no), body(call, operationId), {
      trace: traceInto(call),
      ...(handle
        ? {
            completeInTx: (tx, e) => complete(tx, handle, { status: 200, body: presentEwb(e) }, e.id),
            idempotencyKey: `${handle.scope}:${handle.key}`,
          }
        : {}),
    });
    call.irn = ewb.irn;
    return { status: 200, body: presentEwb(ewb) };
  };
}

export function ewbHandlers(deps: Deps): Record<string, Handler> {
  return {
    generateEwb: async (call) => {
      const handle = call.idempotency;
      const request = body(call, 'generateEwb');
      call.irn = request.Irn;
      const reply = (o: EwbOutcome): Reply => ({
        status: o.status,
        body: presentEwb(o.ewb),
        headers: { location: `/v1/ewb/${o.ewb.ewbNo}` },
      });
      const outcome = await generateEwb(deps, gstinOf(call), request, {
        trace: traceInto(call),
        ...(handle ? { completeInTx: (tx, o) => complete(tx, handle, reply(o), o.ewb.id) } : {}),
      });
      return reply(outcome);
    },
    getEwb: async (call) => {
      const who = gstinOf(call);
      const ewb = await deps.storage.ewbs.get(who.accountId, who.gstin, Number(call.pathParams.ewb_no));
      if (!ewb) throw problems.notFound(`No e-way bill ${call.pathParams.ewb_no} exists for GSTIN ${who.gstin}.`);
      call.irn = ewb.irn;
      return { status: 200, body: presentEwb(ewb) };
    },
    updateEwbVehicle: ewbChange(deps, 'updateEwbVehicle', updateEwbVehicle),
    extendEwb: ewbChange(deps, 'extendEwb', extendEwb),
    cancelEwb: ewbChange(deps, 'cancelEwb', cancelEwb),
  };
}
