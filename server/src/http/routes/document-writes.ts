// Document writes: invoices, notes, cancellation. Each hands the use case a way to commit the
// Idempotency-Key's answer in the same transaction as the document.
import type { Deps } from '../../app/deps.js';
import { presentDocument, presentEwb } from '../../app/presenters.js';
import { bulkGenerate } from '../../app/usecases/documents/bulk.js';
import { cancelIrn } from '../../app/usecases/documents/cancel.js';
import { type GenerateOutcome, generateDocument } from '../../app/usecases/documents/generate.js';
import { cancelEwb } from '../../app/usecases/ewb/cancel-ewb.js';
import { type EwbOutcome, generateEwb } from '../../app/usecases/ewb/generate-ewb.js';
import { extendEwb, updateEwbVehicle } from '../../app/usecases/ewb/part-b.js';
import type { Handler, Reply } from '../call.js';
import { complete } from '../pipeline/idempotency.js';
import { gstinOf, traceInto, waitDeadline } from './helpers.js';

function documentReply(o: GenerateOutcome): Reply {
  if (o.status === 202) {
    // Queued: where to look, and when. Not stored for Idempotency-Key replay: a retry must see the
    // document as it is then (still queued, or generated), not this snapshot.
    const d = o.document;
    const q = new URLSearchParams({ doc_type: d.docType, doc_no: d.docNo, doc_date: d.docDate });
    return {
      status: 202,
      body: presentDocument(d),
      headers: { location: `/v1/irn/by-document?${q}`, 'retry-after': '5', 'idempotent-replayed': String(o.replayed) },
      noStore: true,
    };
  }
  return {
    status: o.status,
    body: presentDocument(o.document),
    headers: { location: `/v1/irn/${o.document.irn}`, 'idempotent-replayed': String(o.replayed) },
  };
}

function generateWith(deps: Deps, kind: 'invoice' | 'note'): Handler {
  return async (call) => {
    const handle = call.idempotency;
    const outcome = await generateDocument(deps, gstinOf(call), call.body, {
      kind,
      trace: traceInto(call),
      deadline: waitDeadline(call),
      queueOnOutage: true,
      ...(handle ? { completeInTx: (tx, o) => complete(tx, handle, documentReply(o), o.document.id) } : {}),
    });
    call.irn = outcome.document.irn ?? undefined;
    return documentReply(outcome);
  };
}

function ewbChange(deps: Deps, change: typeof updateEwbVehicle): Handler {
  return async (call) => {
    const handle = call.idempotency;
    const ewb = await change(
      deps,
      gstinOf(call),
      Number(call.pathParams.ewb_no),
      call.body as Record<string, unknown>,
      {
        trace: traceInto(call),
        ...(handle
          ? { completeInTx: (tx, e) => complete(tx, handle, { status: 200, body: presentEwb(e) }, e.id) }
          : {}),
      },
    );
    call.irn = ewb.irn;
    return { status: 200, body: presentEwb(ewb) };
  };
}

export function documentWriteHandlers(deps: Deps): Record<string, Handler> {
  return {
    generateIrn: generateWith(deps, 'invoice'),
    generateNote: generateWith(deps, 'note'),
    generateEwb: async (call) => {
      const handle = call.idempotency;
      const body = call.body as Parameters<typeof generateEwb>[2];
      call.irn = body.Irn;
      const reply = (o: EwbOutcome): Reply => ({
        status: o.status,
        body: presentEwb(o.ewb),
        headers: { location: `/v1/ewb/${o.ewb.ewbNo}` },
      });
      const outcome = await generateEwb(deps, gstinOf(call), body, {
        trace: traceInto(call),
        ...(handle ? { completeInTx: (tx, o) => complete(tx, handle, reply(o), o.ewb.id) } : {}),
      });
      return reply(outcome);
    },
    cancelEwb: async (call) => {
      const handle = call.idempotency;
      const ewb = await cancelEwb(
        deps,
        gstinOf(call),
        Number(call.pathParams.ewb_no),
        call.body as { cancelRsnCode: string; cancelRmrk?: string },
        {
          trace: traceInto(call),
          ...(handle
            ? { completeInTx: (tx, e) => complete(tx, handle, { status: 200, body: presentEwb(e) }, e.id) }
            : {}),
        },
      );
      call.irn = ewb.irn;
      return { status: 200, body: presentEwb(ewb) };
    },
    updateEwbVehicle: ewbChange(deps, updateEwbVehicle),
    extendEwb: ewbChange(deps, extendEwb),
    bulkGenerateIrn: async (call) => {
      const result = await bulkGenerate(deps, gstinOf(call), (call.body as { documents: unknown[] }).documents, {
        concurrency: deps.settings.bulkConcurrency,
        trace: traceInto(call),
        requestId: call.requestId,
        path: call.path,
        deadline: waitDeadline(call),
      });
      return { status: 200, body: result, noStore: true };
    },
    cancelIrn: async (call) => {
      call.irn = call.pathParams.irn!;
      const handle = call.idempotency;
      const doc = await cancelIrn(
        deps,
        gstinOf(call),
        call.pathParams.irn!,
        call.body as { CnlRsn: string; CnlRem?: string },
        {
          trace: traceInto(call),
          ...(handle
            ? { completeInTx: (tx, d) => complete(tx, handle, { status: 200, body: presentDocument(d) }, d.id) }
            : {}),
        },
      );
      return { status: 200, body: presentDocument(doc) };
    },
  };
}
