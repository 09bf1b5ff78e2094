import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage, queryRawForTests, statementStats } from '../../src/adapters/storage/index.js';
import { KeyMismatchError, keyFingerprint } from '../../src/adapters/storage/keys.js';
import { at, credential, secret, seed, uid } from './fixtures.js';
import { storageContract } from './storage.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'einvoice-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
const openTemp = () => openStorage({ sqlitePath: join(dir, `contract-${++n}.sqlite`) });

storageContract('SQLite (temp file)', openTemp);

describe('SQLite specifics', () => {
  it('opens with WAL, foreign keys and a busy timeout', async () => {
    const storage = await openTemp();
    try {
      expect(storage.dialect).toBe('sqlite');
      expect(await queryRawForTests(storage, 'pragma journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await queryRawForTests(storage, 'pragma foreign_keys')).toEqual([{ foreign_keys: 1 }]);
      expect(await queryRawForTests(storage, 'pragma busy_timeout')).toEqual([{ timeout: 5000 }]);
    } finally {
      await storage.close();
    }
  });

  it('re-opening an existing file keeps data and does not re-run migrations', async () => {
    const path = join(dir, 'reopen.sqlite');
    const first = await openStorage({ sqlitePath: path });
    await first.accounts.insert({
      id: 'acct_1',
      name: 'A',
      environment: 'sandbox',
      createdAt: new Date(0),
      apiVersion: '2026-12-05',
    });
    await first.close();
    const second = await openStorage({ sqlitePath: path });
    try {
      expect(await second.accounts.count()).toBe(1);
      expect(await queryRawForTests(second, 'select name from kysely_migration order by name')).toEqual([
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
      await second.close();
    }
  });

  it('keeps the live-subset indexes partial (migration 0019), and the lookups that need them use them', async () => {
    const storage = await openTemp();
    try {
      const defs = await queryRawForTests(
        storage,
        "select name, sql from sqlite_master where name in ('outbox_events_pending', 'idempotency_keys_resource', 'request_logs_tenant') order by name",
      );
      expect(defs.map((d) => [d.name, /\swhere\s/i.test(String(d.sql))])).toEqual([
        ['idempotency_keys_resource', true],
        ['outbox_events_pending', true],
        ['request_logs_tenant', true],
      ]);
      // The statements as the repositories write them (outbox-dispatch.ts claimBatch's subquery, idempotency.ts
      // completeForResource, request-logs.ts with a tenant filter), with literals for the parameters.
      const plan = async (query: string) =>
        (await queryRawForTests(storage, `explain query plan ${query}`)).map((r) => String(r.detail)).join(' | ');
      expect(
        await plan(
          `select "id" from "outbox_events" where "dispatched_at" is null and ("lease_until" is null or "lease_until" <= 'x') order by "id" limit 50`,
        ),
      ).toContain('USING INDEX outbox_events_pending');
      expect(
        await plan(
          `update "idempotency_keys" set "state" = 'completed' where "account_id" = 'a' and "resource_id" = 'doc' and "state" in ('in_flight', 'deferred')`,
        ),
      ).toContain('USING INDEX idempotency_keys_resource');
      expect(
        await plan(
          `select * from "request_logs" where "account_id" = 'a' and "tenant_id" = 't' order by "id" desc limit 10`,
        ),
      ).toContain('USING INDEX request_logs_tenant');
    } finally {
      await storage.close();
    }
  });

  it('records the keys the first opener used and refuses another key, naming its variable', async () => {
    const path = join(dir, 'keys.sqlite');
    const key = (fill: number) => Buffer.alloc(32, fill);
    await (
      await openStorage({ sqlitePath: path, keys: { EINVOICE_ENCRYPTION_KEY: key(1), EINVOICE_HASH_PEPPER: key(2) } })
    ).close();
    // The same keys open it again; a different pepper does not, and nothing was changed by the refusal.
    await (
      await openStorage({ sqlitePath: path, keys: { EINVOICE_ENCRYPTION_KEY: key(1), EINVOICE_HASH_PEPPER: key(2) } })
    ).close();
    const refused = openStorage({
      sqlitePath: path,
      keys: { EINVOICE_ENCRYPTION_KEY: key(1), EINVOICE_HASH_PEPPER: key(3) },
    });
    await expect(refused).rejects.toThrow(KeyMismatchError);
    await expect(refused).rejects.toThrow(/^EINVOICE_HASH_PEPPER differs from the key this database was first opened/);
    const both = openStorage({
      sqlitePath: path,
      keys: { EINVOICE_ENCRYPTION_KEY: key(4), EINVOICE_HASH_PEPPER: key(3) },
    });
    await expect(both).rejects.toThrow(/^EINVOICE_ENCRYPTION_KEY and EINVOICE_HASH_PEPPER differ/);
    const reopened = await openStorage({ sqlitePath: path });
    try {
      const rows = await queryRawForTests(reopened, 'select name, fingerprint from key_fingerprints order by name');
      expect(rows.map((r) => r.name)).toEqual(['EINVOICE_ENCRYPTION_KEY', 'EINVOICE_HASH_PEPPER']);
      expect(rows[1]?.fingerprint).toBe(keyFingerprint(key(2)));
      expect(JSON.stringify(rows)).not.toContain(key(2).toString('base64'));
    } finally {
      await reopened.close();
    }
  });

  it('takes the write lock when a transaction begins (BEGIN IMMEDIATE), so writers queue instead of deadlocking', async () => {
    const path = join(dir, 'immediate.sqlite');
    const storage = await openStorage({ sqlitePath: path });
    const other = new SqliteDatabase(path, { timeout: 0 });
    try {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let begun!: () => void;
      const begunP = new Promise<void>((r) => (begun = r));
      const tx = storage.transaction(async (t) => {
        await t.accounts.count(); // a read only: a deferred BEGIN would hold no write lock yet
        begun();
        await gate;
      });
      await begunP;
      expect(() => other.exec('begin immediate')).toThrow(/locked|busy/i);
      release();
      await tx;
      other.exec('begin immediate');
      other.exec('rollback');
    } finally {
      other.close();
      await storage.close();
    }
  });

  it('keeps rate-limit buckets in memory by default; RATE_LIMIT_STORE=database shares them through the file', async () => {
    const path = join(dir, 'buckets.sqlite');
    const now = new Date('2026-11-25T10:00:00Z');
    const [memA, memB] = [await openStorage({ sqlitePath: path }), await openStorage({ sqlitePath: path })];
    const [dbA, dbB] = [
      await openStorage({ sqlitePath: path, rateLimits: 'database' }),
      await openStorage({ sqlitePath: path, rateLimits: 'database' }),
    ];
    try {
      // Memory: each process has its own bucket (burst 1 each), and nothing is written.
      expect((await memA.rateLimits.take('cred:x', 1, 1, now)).allowed).toBe(true);
      expect((await memB.rateLimits.take('cred:x', 1, 1, now)).allowed).toBe(true);
      expect((await memA.rateLimits.take('cred:x', 1, 1, now)).allowed).toBe(false);
      expect(await memA.transaction((tx) => tx.rateLimits.take('cred:x', 1, 1, now))).toMatchObject({ allowed: false });
      expect(await queryRawForTests(memA, 'select count(*) as n from rate_limits')).toEqual([{ n: 0 }]);
      // Database: one bucket for both.
      expect((await dbA.rateLimits.take('cred:y', 1, 1, now)).allowed).toBe(true);
      expect((await dbB.rateLimits.take('cred:y', 1, 1, now)).allowed).toBe(false);
      expect(await queryRawForTests(dbA, 'select key from rate_limits')).toEqual([{ key: 'cred:y' }]);
    } finally {
      await Promise.all([memA, memB, dbA, dbB].map((s) => s.close()));
    }
  });

  it('keeps a resolved token in memory (no statement) until a revocation, inside a transaction or not', async () => {
    const storage = await openStorage({ sqlitePath: join(dir, 'token-cache.sqlite') });
    const shared = await openStorage({ sqlitePath: join(dir, 'token-cache.sqlite'), rateLimits: 'database' });
    try {
      const { accountId, gstin } = await seed(storage);
      const c = credential(accountId, gstin);
      const s1 = secret(c.clientId);
      await storage.credentials.insert(c, s1);
      const t = { tokenHash: uid('th'), clientId: c.clientId, secretId: s1.id, accountId, gstin };
      await storage.tokens.insert({
        ...t,
        environment: 'sandbox',
        scopes: ['read'],
        createdAt: at(0),
        expiresAt: at(9e9),
      });
      const executed = () => statementStats(storage)!.executed;
      expect((await storage.tokens.resolve(t.tokenHash))?.secretRevoked).toBe(false);
      const before = executed();
      expect((await storage.tokens.resolve(t.tokenHash))?.secretRevoked).toBe(false);
      expect(executed()).toBe(before);
      await storage.transaction((tx) => tx.credentials.revokeSecret(c.clientId, s1.id, at(1)));
      expect((await storage.tokens.resolve(t.tokenHash))?.secretRevoked).toBe(true);
      await storage.credentials.revoke(c.clientId, at(2));
      expect((await storage.tokens.resolve(t.tokenHash))?.credential?.revoked).toBe(true);
      // RATE_LIMIT_STORE=database (several processes on the file) keeps nothing: every resolve reads.
      const sharedBefore = statementStats(shared)!.executed;
      await shared.tokens.resolve(t.tokenHash);
      await shared.tokens.resolve(t.tokenHash);
      expect(statementStats(shared)!.executed - sharedBefore).toBe(2);
    } finally {
      await Promise.all([storage.close(), shared.close()]);
    }
  });

  it("works in memory (':memory:', the default)", async () => {
    const storage = await openStorage({});
    try {
      expect(await storage.accounts.count()).toBe(0);
    } finally {
      await storage.close();
    }
  });
});
