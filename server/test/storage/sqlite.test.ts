import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage, queryRawForTests } from '../../src/adapters/storage/index.js';
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
    await first.accounts.insert({ id: 'acct_1', name: 'A', environment: 'sandbox', createdAt: new Date(0) });
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
        { name: '0010-gsp-route-credentials' },
      ]);
    } finally {
      await second.close();
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

  it("works in memory (':memory:', the default)", async () => {
    const storage = await openStorage({});
    try {
      expect(await storage.accounts.count()).toBe(0);
    } finally {
      await storage.close();
    }
  });
});
