// Bulk generation: every record validated and relayed on its own (bounded concurrency), results in
// request order. Each record is idempotent through its natural key (GSTIN, type, number, FY), so
// retrying a batch only redoes the records that did not get an IRN; the others come back `replayed`.
import type { Deps } from '../../deps.js';
import type { UpstreamCall } from '../../ports/gsp.js';
import { presentDocument, presentProblem } from '../../presenters.js';
import type { GstinPrincipal } from '../../principal.js';
import { ProblemError } from '../../problems.js';
import type { RequestBody } from '../../request-bodies.js';
import { newId } from '../../security/ids.js';
import { emit } from '../events.js';
import { generateDocument } from './generate.js';

export interface BulkRecord {
  index: number;
  status: 'generated' | 'replayed' | 'queued' | 'failed';
  document: ReturnType<typeof presentDocument> | null;
  error: Record<string, unknown> | null;
}

export async function bulkGenerate(
  deps: Deps,
  who: GstinPrincipal,
  documents: RequestBody<'bulkGenerateIrn'>['documents'],
  options: { concurrency: number; trace: UpstreamCall['trace']; requestId: string; path: string; deadline?: number },
) {
  const results: BulkRecord[] = new Array(documents.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= documents.length) return;
      try {
        const doc = documents[index]!;
        const kind = doc.DocDtls.Typ.toUpperCase() === 'INV' ? 'invoice' : 'note';
        const o = await generateDocument(deps, who, doc, {
          kind,
          trace: options.trace,
          queueOnOutage: true,
          ...(options.deadline ? { deadline: options.deadline } : {}),
        });
        const status = o.status === 202 ? 'queued' : o.replayed ? 'replayed' : 'generated';
        results[index] = { index, status, document: presentDocument(o.document), error: null };
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        results[index] = {
          index,
          status: 'failed',
          document: null,
          error: presentProblem(error, options.requestId, `${options.path}#/documents/${index}`),
        };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, documents.length) }, worker));
  const count = (s: BulkRecord['status']) => results.filter((r) => r.status === s).length;
  const summary = {
    total: results.length,
    generated: count('generated'),
    replayed: count('replayed'),
    failed: count('failed'),
    queued: count('queued'),
  };
  const id = newId('bulk', deps.clock.now());
  await deps.storage.transaction((tx) =>
    emit(deps, tx, { accountId: who.accountId, gstin: who.gstin, type: 'bulk.completed', data: { id, summary } }),
  );
  return { id, object: 'bulk_result' as const, summary, results };
}
