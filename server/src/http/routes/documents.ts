// Reads of what a GSTIN registered: served from our archive, never re-fetched from the IRP.
import { financialYear } from '@einvoice/gst';
import type { Deps } from '../../app/deps.js';
import type { DocumentQuery } from '../../app/ports/storage.js';
import { presentDocument, presentDocumentSummary, presentEwb, presentList } from '../../app/presenters.js';
import { problems } from '../../app/problems.js';
import type { Handler } from '../call.js';
import { gstinOf, pageQuery } from './helpers.js';

function documentFilters(q: URLSearchParams): Omit<DocumentQuery, 'limit' | 'startingAfter'> {
  return {
    ...(q.get('doc_type') ? { docType: q.get('doc_type') as DocumentQuery['docType'] } : {}),
    ...(q.get('status') ? { status: q.get('status') as DocumentQuery['status'] } : {}),
    ...(q.get('from') ? { from: q.get('from')! } : {}),
    ...(q.get('to') ? { to: q.get('to')! } : {}),
  };
}

async function* ndjson<T>(rows: AsyncIterable<T>, present: (row: T) => unknown): AsyncIterable<string> {
  for await (const row of rows) yield `${JSON.stringify(present(row))}\n`;
}

export function documentHandlers(deps: Deps): Record<string, Handler> {
  return {
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
    listDocuments: async (call) => {
      const who = gstinOf(call);
      const page = await deps.storage.documents.list(who.accountId, who.gstin, {
        ...pageQuery(call),
        ...documentFilters(call.query),
      });
      return { status: 200, body: presentList(page, presentDocumentSummary, (d) => d.id) };
    },
    exportDocuments: async (call) => {
      const who = gstinOf(call);
      const rows = deps.storage.documents.stream(who.accountId, who.gstin, documentFilters(call.query));
      return { status: 200, contentType: 'application/x-ndjson', lines: ndjson(rows, presentDocumentSummary) };
    },
    getEwb: async (call) => {
      const who = gstinOf(call);
      const ewb = await deps.storage.ewbs.get(who.accountId, who.gstin, Number(call.pathParams.ewb_no));
      if (!ewb) throw problems.notFound(`No e-way bill ${call.pathParams.ewb_no} exists for GSTIN ${who.gstin}.`);
      call.irn = ewb.irn;
      return { status: 200, body: presentEwb(ewb) };
    },
  };
}

export { ndjson };
