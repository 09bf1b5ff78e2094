// The dispatcher's fan-out over a real SQLite storage: one transaction per claimed batch, endpoints read once per
// account, the documents' JWTs only for events an endpoint wants, and one bad row never holds back the others.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage, queryRawForTests, statementStats } from '../../src/adapters/storage/index.js';
import type { OutboxEventRecord } from '../../src/app/ports/records.js';
import type { Storage } from '../../src/app/ports/storage.js';
import { fanOut } from '../../src/app/usecases/webhooks/dispatch.js';
import { at, generatedDocument, seed, uid, webhookEndpoint } from '../storage/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'einvoice-fanout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const clock = { now: () => at(5_000) };

async function withStorage(fn: (storage: Storage) => Promise<void>) {
  const storage = await openStorage({ sqlitePath: join(dir, `fanout-${++n}.sqlite`) });
  try {
    await fn(storage);
  } finally {
    await storage.close();
  }
}

async function append(storage: Storage, accountId: string, type: string, data: unknown): Promise<OutboxEventRecord> {
  const event = {
    id: uid('msg'),
    accountId,
    gstin: null,
    type,
    payload: { type, timestamp: at(0).toISOString(), tenant: null, data },
    createdAt: at(0),
    dispatchedAt: null,
  };
  await storage.outbox.append(event);
  return event;
}

const deliveries = (storage: Storage) =>
  queryRawForTests(storage, 'select event_id, endpoint_id, body from webhook_deliveries order by event_id');
const undispatched = (storage: Storage) =>
  queryRawForTests(storage, 'select id from outbox_events where dispatched_at is null');

describe('webhook fan-out of a claimed batch', () => {
  it('fans a batch out in one transaction, with the full signed document, and marks every row dispatched', async () => {
    await withStorage(async (storage) => {
      const { accountId, gstin } = await seed(storage);
      const endpoint = webhookEndpoint(accountId, { enabled: true, events: ['irn.generated'] });
      await storage.webhookEndpoints.insert(endpoint);
      const doc = await generatedDocument(storage, accountId, gstin);
      const data = { id: doc.id, object: 'document', SignedInvoice: doc.signedInvoice, SignedQRCode: doc.signedQrCode };
      const wanted = await append(storage, accountId, 'irn.generated', data);
      const unwanted = await append(storage, accountId, 'irn.cancelled', { id: doc.id, object: 'document' });
      const claimed = await storage.outbox.claimBatch(50, at(1_000), 60_000, { signedPayload: false });
      expect(claimed.map((e) => e.id)).toEqual([wanted.id, unwanted.id]);

      const before = { ...statementStats(storage)! };
      expect(await fanOut({ storage, clock }, claimed)).toBe(1);
      const after = statementStats(storage)!;
      // endpoints (1) + documents (1) + BEGIN, delivery INSERT, one UPDATE for both rows, COMMIT (4)
      expect(after.executed - before.executed).toBe(6);

      const rows = await deliveries(storage);
      expect(rows.map((r) => r.event_id)).toEqual([wanted.id]);
      expect(JSON.parse(rows[0]!.body as string).data.SignedInvoice).toBe(doc.signedInvoice);
      expect(await undispatched(storage)).toEqual([]);
    });
  });

  it('with no endpoint wanting anything, reads no document and marks the batch in one UPDATE', async () => {
    await withStorage(async (storage) => {
      const { accountId } = await seed(storage);
      const events = [
        await append(storage, accountId, 'irn.generated', { id: 'doc_x', object: 'document' }),
        await append(storage, accountId, 'irn.generated', { id: 'doc_y', object: 'document' }),
      ];
      const claimed = await storage.outbox.claimBatch(50, at(1_000), 60_000, { signedPayload: false });
      const before = { ...statementStats(storage)! };
      expect(await fanOut({ storage, clock }, claimed)).toBe(0);
      expect(statementStats(storage)!.executed - before.executed).toBe(4); // endpoints, BEGIN, UPDATE, COMMIT
      expect(await undispatched(storage)).toEqual([]);
      expect(events).toHaveLength(2);
    });
  });

  it('a row that fails inside the batch leaves only itself undispatched; the others are delivered', async () => {
    await withStorage(async (storage) => {
      const { accountId } = await seed(storage);
      const endpoint = webhookEndpoint(accountId, { enabled: true, events: ['*'] });
      await storage.webhookEndpoints.insert(endpoint);
      const good1 = await append(storage, accountId, 'irn.generated', { n: 1 });
      const poison = await append(storage, accountId, 'irn.generated', { n: 2 });
      const good2 = await append(storage, accountId, 'irn.generated', { n: 3 });
      const claimed = await storage.outbox.claimBatch(50, at(1_000), 60_000, { signedPayload: false });
      // A storage whose delivery insert fails for one event, as a constraint or driver error would.
      const failing: Storage = Object.create(storage, {
        transaction: {
          value: <T>(fn: Parameters<Storage['transaction']>[0]) =>
            storage.transaction((tx) => {
              const insert = tx.webhookDeliveries.insert.bind(tx.webhookDeliveries);
              tx.webhookDeliveries.insert = async (d) => {
                if (d.eventId === poison.id) throw new Error('poison row');
                return insert(d);
              };
              return fn(tx) as Promise<T>;
            }),
        },
      });
      const errors: unknown[] = [];
      expect(await fanOut({ storage: failing, clock }, claimed, undefined, (e) => errors.push(e))).toBe(2);
      expect(errors.map((e) => (e as Error).message)).toEqual(['poison row']);
      expect((await deliveries(storage)).map((r) => r.event_id)).toEqual([good1.id, good2.id]);
      expect((await undispatched(storage)).map((r) => r.id)).toEqual([poison.id]);
      // Its lease lapses and the next pass fans it out (once the fault is gone), without repeating the others.
      const again = await storage.outbox.claimBatch(50, at(1_000 + 60_000), 60_000, { signedPayload: false });
      expect(again.map((e) => e.id)).toEqual([poison.id]);
      expect(await fanOut({ storage, clock }, again)).toBe(1);
      expect((await deliveries(storage)).map((r) => r.event_id)).toEqual([good1.id, poison.id, good2.id]);
    });
  });
});
