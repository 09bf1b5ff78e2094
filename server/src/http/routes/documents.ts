// The archive of what a GSTIN registered (/v1/documents): listed and exported from our storage, never
// re-fetched from the IRP.
import type { Deps } from '../../app/deps.js';
import type { DocumentQuery } from '../../app/ports/storage.js';
import { presentDocumentSummary, presentList } from '../../app/presenters.js';
import type { Handler } from '../call.js';
import { gstinOf, ndjson, pageQuery } from './helpers.js';

function documentFilters(q: URLSearchParams): Omit<DocumentQuery, 'limit' | 'startingAfter'> {
  return {
    ...(q.get('doc_type') ? { docType: q.get('doc_type') as DocumentQuery['docType'] } : {}),
    ...(q.get('status') ? { status: q.get('status') as DocumentQuery['status'] } : {}),
    ...(q.get('from') ? { from: q.get('from')! } : {}),
    ...(q.get('to') ? { to: q.get('to')! } : {}),
  };
}

export function documentHandlers(deps: Deps): Record<string, Handler> {
  return {
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
  };
}
