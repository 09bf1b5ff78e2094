// Generating a document, invoice (POST /v1/irn) or note (POST /v1/notes): one handler for both. It hands
// the use case a way to commit the Idempotency-Key's answer in the same transaction as the document.
import type { Deps } from '../../app/deps.js';
import { presentDocument } from '../../app/presenters.js';
import { type GenerateOutcome, generateDocument } from '../../app/usecases/documents/generate.js';
import type { Handler, Reply } from '../call.js';
import { complete } from '../pipeline/idempotency.js';
import { body, gstinOf, traceInto, waitDeadline } from './helpers.js';

export function documentReply(o: GenerateOutcome): Reply {
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
      deferTo: d.id,
    };
  }
  return {
    status: o.status,
    body: presentDocument(o.document),
    headers: { location: `/v1/irn/${o.document.irn}`, 'idempotent-replayed': String(o.replayed) },
  };
}

export function generateDocumentHandler(deps: Deps, operationId: 'generateIrn' | 'generateNote'): Handler {
  const kind = operationId === 'generateIrn' ? 'invoice' : 'note';
  return async (call) => {
    const handle = call.idempotency;
    const outcome = await generateDocument(deps, gstinOf(call), body(call, operationId), {
      kind,
      trace: traceInto(call),
      deadline: waitDeadline(call),
      queueOnOutage: true,
      ...(handle
        ? {
            completeInTx: (tx, o) => complete(tx, handle, documentReply(o), o.document.id),
            // Links the key to its document at once, so a crash leaves the reconciler a key to settle.
            onDocument: (docId: string) =>
              deps.storage.idempotency.attach(handle.accountId, handle.scope, handle.key, docId),
            keyAwaitsOutcome: handle.deferred === true,
          }
        : {}),
    });
    call.irn = outcome.document.irn ?? undefined;
    return documentReply(outcome);
  };
}
