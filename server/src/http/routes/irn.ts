// E-invoices (/v1/irn): generate one, read one back from our archive, cancel (bulk jobs: ./bulk.ts).
import { financialYear, isNicDate, NIC_ERRORS } from '@einvoice/gst';
import type { Deps } from '../../app/deps.js';
import { presentDocument } from '../../app/presenters.js';
import { problems } from '../../app/problems.js';
import { cancelIrn } from '../../app/usecases/documents/cancel.js';
import type { Handler } from '../call.js';
import { complete } from '../pipeline/idempotency.js';
import { type GenerationOptions, generateDocumentHandler } from './document-generation.js';
import { body, gstinOf, traceInto } from './helpers.js';

export function irnHandlers(deps: Deps, options: GenerationOptions = {}): Record<string, Handler> {
  return {
    generateIrn: generateDocumentHandler(deps, 'generateIrn', options),
    getIrn: async (call) => {
      const who = gstinOf(call);
      const irn = call.pathParams.irn!;
      call.irn = irn;
      const doc = await deps.storage.documents.getByIrn(who.accountId, who.gstin, irn);
      if (!doc) throw problems.notFound(`No IRN ${irn.slice(0, 8)}...${irn.slice(-4)} exists for GSTIN ${who.gstin}.`);
      return { status: 200, body: presentDocument(doc) };
    },
    getIrnByDocument: async (call) => {
      const who = gstinOf(call);
      const q = call.query;
      const docDate = q.get('doc_date')!;
      // The spec's pattern admits 31/02/2027 and 01/13/2026; the calendar does not (NIC says 2144).
      if (!isNicDate(docDate)) {
        throw problems.invalidRequest(
          [{ pointer: 'query:doc_date', detail: `${docDate} is not a calendar date (dd/MM/yyyy)`, code: 'date' }],
          [{ code: '2144', message: `Invalid date format or date ${docDate}`, hint: NIC_ERRORS['2144']!.hint }],
        );
      }
      const doc = await deps.storage.documents.getByNaturalKey(
        who.accountId,
        who.gstin,
        q.get('doc_type')!,
        q.get('doc_no')!.toUpperCase(),
        financialYear(docDate),
      );
      if (!doc || doc.docDate !== docDate)
        throw problems.notFound(
          `GSTIN ${who.gstin} has no ${q.get('doc_type')} ${q.get('doc_no')} dated ${docDate} here.`,
        );
      if (doc.irn) call.irn = doc.irn;
      return { status: 200, body: presentDocument(doc) };
    },
    cancelIrn: async (call) => {
      call.irn = call.pathParams.irn!;
      const handle = call.idempotency;
      const doc = await cancelIrn(deps, gstinOf(call), call.pathParams.irn!, body(call, 'cancelIrn'), {
        trace: traceInto(call),
        ...(handle
          ? { completeInTx: (tx, d) => complete(tx, handle, { status: 200, body: presentDocument(d) }, d.id) }
          : {}),
      });
      return { status: 200, body: presentDocument(doc) };
    },
  };
}
