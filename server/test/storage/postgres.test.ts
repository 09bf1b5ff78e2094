// Runs the storage contract on PostgreSQL. Each run gets its own throwaway database inside the server named by
// TEST_DATABASE_URL (server/scripts/with-postgres.sh starts one), dropped afterwards.
import { describe, expect, it } from 'vitest';
import { openStorage, queryRawForTests } from '../../src/adapters/storage/index.js';
import type { Storage } from '../../src/app/ports/storage.js';
import { throwawayDatabase } from '../support/postgres-database.js';
import { storageContract } from './storage.contract.js';

const baseUrl = process.env.TEST_DATABASE_URL;

if (!baseUrl) {
  console.warn(
    '\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' +
      '!! PostgreSQL suite skipped: TEST_DATABASE_URL not set; run server/scripts/with-postgres.sh\n' +
      '!!   e.g. cd server && scripts/with-postgres.sh npx vitest run test/storage\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n',
  );
  describe.skip('storage contract: PostgreSQL (TEST_DATABASE_URL not set)', () => {
    it('needs TEST_DATABASE_URL', () => {});
  });
} else {
  const { name: dbName, url: testUrl, admin } = throwawayDatabase(baseUrl, 'einvoice_storage');

  storageContract('PostgreSQL', () => openStorage({ url: testUrl }));

  describe('PostgreSQL specifics', () => {
    it('survives losing the server inside a transaction: the transaction fails, the process lives, the next query reconnects', async () => {
      const storage = await openStorage({ url: testUrl });
      const crashes: unknown[] = [];
      const onUncaught = (e: unknown) => crashes.push(e);
      process.on('uncaughtException', onUncaught);
      try {
        // The connection dies while its client is checked out but between statements (what a restart or a
        // failover does to a transaction): pg emits 'error' on that client, which kills the process unless
        // someone listens.
        const outcome = await storage
          .transaction(async (tx) => {
            await tx.accounts.count();
            await admin(
              `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${dbName}' and state = 'idle in transaction'`,
            );
            await new Promise((r) => setTimeout(r, 300));
            await tx.accounts.count();
            return 'committed';
          })
          .then(
            (v) => v,
            (e: Error) => e,
          );
        expect(outcome).toBeInstanceOf(Error);
        expect(crashes).toEqual([]);
        expect(await storage.accounts.count()).toBeGreaterThanOrEqual(0);
      } finally {
        process.off('uncaughtException', onUncaught);
        await storage.close();
      }
    });

    it('keeps the live-subset indexes partial (migration 0019)', async () => {
      const storage = await openStorage({ url: testUrl });
      try {
        const defs = await queryRawForTests(
          storage,
          "select indexname, indexdef from pg_indexes where indexname in ('outbox_events_pending', 'idempotency_keys_resource', 'request_logs_tenant') order by indexname",
        );
        expect(defs.map((d) => [d.indexname, /\sWHERE\s/.test(String(d.indexdef))])).toEqual([
          ['idempotency_keys_resource', true],
          ['outbox_events_pending', true],
          ['request_logs_tenant', true],
        ]);
      } finally {
        await storage.close();
      }
    });

    it('migrates concurrently from several replicas without error', async () => {
      const opened: Storage[] = await Promise.all([1, 2, 3].map(() => openStorage({ url: testUrl })));
      try {
        expect(opened.every((s) => s.dialect === 'postgres')).toBe(true);
        expect(await queryRawForTests(opened[0]!, 'select name from kysely_migration order by name')).toEqual([
          { name: '0001-initial' },
          { name: '0002-webhooks' },
          { name: '0003-document-queue' },
          { name: '0004-request-signing' },
          { name: '0005-gstin-deletion' },
          { name: '0006-webhook-fairness' },
          { name: '0007-reconciler' },
          { name: '0008-require-signatures' },
          { name: '0009-bulk-jobs' },
          { name: '0010-key-fingerprints' },
          { name: '0011-test-clocks' },
          { name: '0012-dashboard-sessions' },
          { name: '0013-api-versions' },
          { name: '0014-gsp-route-credentials' },
          { name: '0015-signature-verification' },
          { name: '0016-tenants' },
          { name: '0017-usage-index' },
          { name: '0018-onboarding-links' },
          { name: '0019-partial-indexes' },
        ]);
      } finally {
        await Promise.all(opened.map((s) => s.close()));
      }
    });

    it('shares idempotency claims and rate-limit buckets across separate pools (processes)', async () => {
      const [a, b] = await Promise.all([openStorage({ url: testUrl }), openStorage({ url: testUrl })]);
      try {
        const accountId = `acct_pools_${Date.now()}`;
        await a.accounts.insert({
          id: accountId,
          name: 'x',
          environment: 'sandbox',
          createdAt: new Date(),
          apiVersion: '2026-12-05',
        });
        const now = new Date('2026-11-25T10:00:00Z');
        const record = {
          accountId,
          scope: '*',
          key: 'k',
          operation: 'op',
          fingerprint: 'f',
          state: 'in_flight' as const,
          lockedUntil: new Date(now.getTime() + 30_000),
          responseStatus: null,
          responseHeaders: null,
          responseBody: null,
          resourceId: null,
          createdAt: now,
          expiresAt: new Date(now.getTime() + 86_400_000),
        };
        const claims = await Promise.all(
          Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).idempotency.claim(record, now)),
        );
        expect(claims.filter((c) => c.outcome === 'claimed')).toHaveLength(1);

        const takes = await Promise.all(
          Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).rateLimits.take(`pools-${accountId}`, 1, 7, now)),
        );
        expect(takes.filter((t) => t.allowed)).toHaveLength(7);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  });
}
