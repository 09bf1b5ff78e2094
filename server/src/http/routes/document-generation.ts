// Generating a document, invoice (POST /v1/irn) or note (POST /v1/notes): one handler for both. It hands
// the use case a way to commit the Idempotency-Key's answer in the same transaction as the document, and
// holds `Prefer: wait=N` as a bound on the whole answer: when N seconds pass with the IRP call still in
// flight, the caller gets 202 `queued` and the attempt finishes in the background (app/usecases/documents/
// detach.ts says how the document stays safe and how its outcome reaches the caller).
import type { Deps } from '../../app/deps.js';
import type { DocumentRecord } from '../../app/ports/records.js';
import { presentDocument } from '../../app/presenters.js';
import { ProblemError } from '../../app/problems.js';
import { parkInFlight, settleDetached } from '../../app/usecases/documents/detach.js';
import { type GenerateOutcome, generateDocument } from '../../app/usecases/documents/generate.js';
import type { Handler, Reply } from '../call.js';
import { complete } from '../pipeline/idempotency.js';
import { parsePrefer, preferenceApplied } from '../prefer.js';
import { body, gstinOf, traceInto, waitBudgetMs } from './helpers.js';

export interface GenerationOptions {
  /** Where a detached attempt's failure goes (the server log). */
  onBackgroundError?: (error: unknown) => void;
}

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

const timer = (ms: number) => {
  let handle: NodeJS.Timeout | undefined;
  const done = new Promise<'timeout'>((resolve) => {
    handle = setTimeout(() => resolve('timeout'), ms);
  });
  return { done, cancel: () => clearTimeout(handle) };
};

export function generateDocumentHandler(
  deps: Deps,
  operationId: 'generateIrn' | 'generateNote',
  options: GenerationOptions = {},
): Handler {
  const kind = operationId === 'generateIrn' ? 'invoice' : 'note';
  const generate: Handler = async (call) => {
    const handle = call.idempotency;
    // The answer the key stores and the answer sent are one Reply, serialised once (issue #19: the document,
    // signed invoice included, was turned into JSON once for the key and again for the response).
    const replies = new WeakMap<GenerateOutcome, Reply>();
    const replyOf = (o: GenerateOutcome): Reply => {
      let reply = replies.get(o);
      if (!reply) {
        reply = documentReply(o);
        reply.rawBody = JSON.stringify(reply.body);
        replies.set(o, reply);
      }
      return reply;
    };
    const budgetMs = waitBudgetMs(call, deps.settings.idempotencyLockSeconds);
    const wait = timer(budgetMs);
    let pending: DocumentRecord | undefined;
    let markPending: (doc: DocumentRecord) => void = () => undefined;
    const pendingKnown = new Promise<DocumentRecord>((resolve) => {
      markPending = resolve;
    });
    const work = generateDocument(deps, gstinOf(call), body(call, operationId), {
      kind,
      trace: traceInto(call),
      deadline: Date.now() + budgetMs,
      queueOnOutage: true,
      sandboxQuota: true,
      onPending: (doc) => {
        pending = doc;
        markPending(doc);
      },
      onTranslated: (translation) => {
        call.schemaTranslation = translation;
      },
      ...(handle
        ? {
            // Also after a 202: the key was deferred (documentReply's deferTo), and the final outcome is what a
            // retry under it must replay (ADR 0012).
            completeInTx: (tx, o) => complete(tx, handle, replyOf(o), o.document.id, o.event),
            // Links the key to its document at once, so a crash leaves the reconciler a key to settle.
            onDocument: (docId: string) =>
              deps.storage.idempotency.attach(handle.accountId, handle.scope, handle.key, docId),
            keyAwaitsOutcome: handle.deferred === true,
          }
        : {}),
    });
    const answered = (o: GenerateOutcome) => {
      call.irn = o.document.irn ?? undefined;
      call.answerEvent = o.event;
      return replyOf(o);
    };
    try {
      const first = await Promise.race([work, wait.done]);
      if (first !== 'timeout') return answered(first);
      // The wait ran out. Before the pending row exists nothing has gone upstream: wait for one or the other.
      const next = pending
        ? { doc: pending }
        : await Promise.race([work.then((o) => ({ o })), pendingKnown.then((doc) => ({ doc }))]);
      if ('o' in next) return answered(next.o);
      const doc = next.doc;
      if (!(await parkInFlight(deps, doc, deps.settings.inFlightLeaseMs))) {
        // It is no longer pending: the attempt has just recorded its outcome; that is the answer.
        return answered(await work);
      }
      work.then(
        () => undefined,
        (error: unknown) => {
          // A refusal is the document's outcome (announced below), not a fault of ours.
          if (!(error instanceof ProblemError) || error.problem.status >= 500) options.onBackgroundError?.(error);
          settleDetached(deps, doc).catch((e: unknown) => options.onBackgroundError?.(e));
        },
      );
      return documentReply({
        status: 202,
        replayed: false,
        document: { ...doc, status: 'queued', updatedAt: deps.clock.now() },
      });
    } finally {
      wait.cancel();
    }
  };
  // RFC 7240: name back the preferences this answer honoured.
  return async (call) => {
    const reply = await generate(call);
    const applied = preferenceApplied(parsePrefer(call.headers.get('prefer')), reply.status);
    if (applied && reply.status < 300) reply.headers = { ...reply.headers, 'preference-applied': applied };
    return reply;
  };
}
