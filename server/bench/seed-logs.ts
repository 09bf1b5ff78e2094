// Request-log rows for the benchmarks: `rows` logs of one account, one a second, oldest first, each with the
// given request and response body (the size of a signed invoice by default), written 500 to a transaction.
import type { RequestLogRecord } from '../src/app/ports/records.js';
import type { Storage } from '../src/app/ports/storage.js';

export const SIGNED_INVOICE_SIZED_BODY = { SignedInvoice: 'e'.repeat(3000), note: 'x'.repeat(1000) };
const BATCH = 500;

export async function seedRequestLogs(
  storage: Storage,
  accountId: string,
  rows: number,
  body: unknown = SIGNED_INVOICE_SIZED_BODY,
  /** Per-row changes (another operation, status, body...) for the row `i`. */
  vary: (i: number) => Partial<RequestLogRecord> = () => ({}),
): Promise<void> {
  const t0 = Date.now() - rows * 1000;
  for (let from = 0; from < rows; from += BATCH) {
    await storage.transaction(async (tx) => {
      for (let i = from; i < Math.min(rows, from + BATCH); i++) {
        await tx.requestLogs.insert({
          id: `log_${(t0 + i * 1000).toString(36).padStart(10, '0')}${accountId.slice(-6)}${String(i).padStart(10, '0')}`,
          accountId,
          requestId: `req_${i}`,
          gstin: '29AAACP7879D1Z0',
          clientId: null,
          operation: 'generateIrn',
          method: 'POST',
          path: '/v1/irn',
          status: i % 10 === 0 ? 422 : 201,
          idempotencyKey: null,
          replayed: false,
          irn: null,
          latencyMs: { auth: 0.4, validation: 0.3, queue: 0, upstream: 9.1, storage: 1.2, total: 12.3 },
          upstreamAttempts: [],
          requestBody: body,
          responseBody: body,
          createdAt: new Date(t0 + i * 1000),
          apiVersion: null,
          warnings: [],
          schemaTranslation: null,
          tenantId: null,
          ...vary(i),
        });
      }
    });
  }
}
