// Compiled queries (src/adapters/storage/compiled.ts): every query the generate path runs compiled once gives the
// very SQL and parameters the plain Kysely builder gives for the same values, on SQLite and on PostgreSQL (when
// TEST_DATABASE_URL is set: server/scripts/with-postgres.sh), inside transactions too, and rolls back with them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { type Insertable, Kysely, SqliteDialect } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CompiledShape, compiled, compiledShapes } from '../../src/adapters/storage/compiled.js';
import { openStorage, queryRawForTests } from '../../src/adapters/storage/index.js';
import type { AccountsTable, Database } from '../../src/adapters/storage/schema.js';
import type { Storage } from '../../src/app/ports/storage.js';
import { throwawayDatabase } from '../support/postgres-database.js';
import {
  at,
  credential,
  documentRecord,
  idempotency,
  requestLog,
  routeCredential,
  secret,
  seed,
  uid,
} from './fixtures.js';

type Call = {
  shape: CompiledShape<Record<string, unknown>, unknown>;
  db: Kysely<Database>;
  args: Record<string, unknown>;
};

/** Records every compiled query executed while `work` runs (the shape, the handle it ran on, its arguments). */
async function recording(work: () => Promise<void>): Promise<Call[]> {
  const execute = vi.spyOn(CompiledShape.prototype, 'execute');
  try {
    await work();
    return execute.mock.calls.map(([db, args], i) => ({
      shape: execute.mock.contexts[i] as Call['shape'],
      db: db as Kysely<Database>,
      args: args as Record<string, unknown>,
    }));
  } finally {
    execute.mockRestore();
  }
}

/**
 * One IRN's statements in the order POST /v1/irn runs them (token, bucket, idempotency claim, GSTIN, route users,
 * natural key, document, attach, the outcome's transaction, request log), then a replay's claim and the reads
 * that show each write landed.
 */
async function generatePath(storage: Storage) {
  const { accountId, gstin } = await seed(storage);
  const c = credential(accountId, gstin);
  const s = secret(c.clientId);
  await storage.credentials.insert(c, s);
  const tokenHash = uid('th');
  await storage.tokens.insert({
    tokenHash,
    clientId: c.clientId,
    secretId: s.id,
    accountId,
    gstin,
    environment: 'sandbox',
    scopes: ['irn:write'],
    createdAt: at(0),
    expiresAt: at(3_600_000),
  });
  await storage.routeCredentials.upsert(routeCredential(accountId, gstin, { route: 'gsp-a' }));

  expect((await storage.tokens.resolve(tokenHash))?.credential?.revoked).toBe(false);
  expect((await storage.rateLimits.take(`cred:${c.clientId}`, 10, 2, at(0))).allowed).toBe(true);
  const key = idempotency(accountId, uid('idem'), { scope: gstin });
  expect((await storage.idempotency.claim(key, at(0))).outcome).toBe('claimed');
  expect(await storage.gstins.get(accountId, gstin)).toMatchObject({ gstin });
  expect(await storage.routeCredentials.list(accountId, gstin)).toMatchObject([{ route: 'gsp-a' }]);
  const doc = documentRecord(accountId, gstin);
  expect(await storage.documents.getByNaturalKey(accountId, gstin, 'INV', doc.docNoKey, doc.financialYear)).toBe(
    undefined,
  );
  expect(await storage.documents.insert(doc)).toBe(true);
  expect(await storage.documents.insert({ ...doc, id: uid('doc') })).toBe(false);
  await storage.idempotency.attach(accountId, key.scope, key.key, doc.id);

  const irn = uid('irn').padEnd(64, '0');
  const generated = {
    ...doc,
    status: 'generated' as const,
    irn,
    ackNo: 112_010_000_000_001,
    ackDt: '2026-11-25 10:00:01',
    signedInvoice: 'eyJhbGciOiJSUzI1NiJ9.aW52b2ljZQ.c2ln',
    signedQrCode: 'eyJhbGciOiJSUzI1NiJ9.cXI.c2ln',
    cancellableUntil: at(86_400_000),
    updatedAt: at(1),
  };
  const answer = {
    object: 'document',
    id: doc.id,
    Irn: irn,
    SignedInvoice: generated.signedInvoice,
    SignedQRCode: generated.signedQrCode,
  };
  const event = uid('msg');
  await storage.transaction(async (tx) => {
    expect(await tx.documents.updateUnlessFinal(generated)).toBe(true);
    expect(await tx.gstins.tenantOf(accountId, gstin)).toBe(null); // the event's tenant (usecases/events.ts)
    await tx.outbox.append({
      id: event,
      accountId,
      gstin,
      type: 'document.generated',
      payload: { type: 'document.generated', data: answer },
      createdAt: at(1),
      dispatchedAt: null,
    });
    const body = JSON.stringify(answer);
    await tx.idempotency.complete(accountId, key.scope, key.key, {
      status: 201,
      headers: { 'content-type': 'application/json' },
      body,
      resourceId: doc.id,
      event,
    });
  });
  expect(await storage.documents.updateUnlessFinal(generated)).toBe(false);

  // The generate's log references the document's payload and the event's data; a log without an IRN keeps its
  // bodies; the replay's log (no event: its answer is no event's) references the payload only.
  const logged = requestLog(accountId, { gstin, status: 201, irn, requestBody: doc.payload, responseBody: answer });
  const unrelated = requestLog(accountId, { gstin, status: 422, requestBody: { DocDtls: { No: 'X' } } });
  const replayed = requestLog(accountId, { gstin, status: 201, irn, requestBody: doc.payload, replayed: true });
  await storage.requestLogs.insert(logged, { answerEvent: event });
  await storage.requestLogs.insert(unrelated);
  await storage.requestLogs.insert(replayed);
  const [stored] = await queryRawForTests(
    storage,
    `select request_body, response_body from request_logs where id = '${logged.id}'`,
  );
  expect(JSON.stringify(stored)).toContain('$document.payload');
  expect(JSON.stringify(stored)).toContain(`$event:${event}`);
  expect(await storage.requestLogs.get(accountId, logged.id)).toEqual(logged);
  expect(await storage.requestLogs.get(accountId, unrelated.id)).toEqual(unrelated);
  expect(await storage.requestLogs.get(accountId, replayed.id)).toEqual(replayed);
  // A key completed without an event (an answer that presents none) is stored as it is.
  const plainKey = idempotency(accountId, uid('idem'), { scope: gstin });
  await storage.idempotency.claim(plainKey, at(0));
  await storage.idempotency.complete(accountId, plainKey.scope, plainKey.key, {
    status: 201,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(answer),
    resourceId: doc.id,
  });

  // A replay of the key with another body finds the completed answer, signed payload put back.
  const replay = await storage.idempotency.claim({ ...key, fingerprint: 'fp-other' }, at(2));
  expect(replay).toMatchObject({ outcome: 'existing', record: { state: 'completed', resourceId: doc.id } });
  expect(replay.record.responseBody).toBe(JSON.stringify(answer));
  expect(await storage.documents.getByNaturalKey(accountId, gstin, 'INV', doc.docNoKey, doc.financialYear)).toEqual(
    generated,
  );
  return { accountId, gstin };
}

/** Every compiled query of the repositories (test-made ones aside) that runs on this dialect. */
function shapesFor(dialect: 'sqlite' | 'postgres'): string[] {
  const other = dialect === 'sqlite' ? '/postgres' : '/sqlite';
  return compiledShapes()
    .map((s) => s.name)
    .filter((name) => !name.startsWith('test.') && !name.endsWith(other))
    .sort();
}

function compiledMatchesBuilder(name: string, open: () => Promise<Storage>) {
  describe(`compiled queries: ${name}`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await open();
    });
    afterAll(() => storage.close());

    it('run the generate path with the SQL and parameters the plain builder writes, each one of them', async () => {
      const calls = await recording(() => generatePath(storage).then(() => undefined));
      expect([...new Set(calls.map((c) => c.shape.name))].sort()).toEqual(shapesFor(storage.dialect));
      for (const { shape, db, args } of calls) {
        const plain = shape.plain(db, args);
        const bound = shape.bind(db, args);
        expect({ name: shape.name, sql: bound.sql }).toEqual({ name: shape.name, sql: plain.sql });
        expect(bound.parameters).toEqual(plain.parameters);
        expect(bound.query).toBe(shape.bind(db, args).query); // built once: the same tree every call
      }
      // The outcome's statements ran on the transaction's handle, the others on the database's.
      const inTransaction = calls.filter((c) => c.db.isTransaction).map((c) => c.shape.name);
      expect(inTransaction).toEqual([
        'documents.updateUnlessFinal',
        'gstins.tenantOf',
        'outbox.append',
        // SQLite keeps a reference to the event when the answer's text is its data's (ADR 0035).
        storage.dialect === 'sqlite' ? 'idempotency.completeReferencingEvent/sqlite' : 'idempotency.complete',
      ]);
    });

    it('roll back with the transaction they ran in', async () => {
      const { accountId, gstin } = await seed(storage);
      const doc = documentRecord(accountId, gstin);
      const key = idempotency(accountId, uid('idem'));
      const failure = new Error('roll back');
      const calls = await recording(async () => {
        await expect(
          storage.transaction(async (tx) => {
            expect(await tx.documents.insert(doc)).toBe(true);
            expect((await tx.idempotency.claim(key, at(0))).outcome).toBe('claimed');
            expect(
              await tx.documents.getByNaturalKey(accountId, gstin, 'INV', doc.docNoKey, doc.financialYear),
            ).toEqual(doc);
            throw failure;
          }),
        ).rejects.toBe(failure);
      });
      expect(calls.map((c) => [c.shape.name, c.db.isTransaction])).toEqual([
        ['documents.insert', true],
        ['idempotency.claim', true],
        ['documents.getByNaturalKey', true],
      ]);
      expect(await storage.documents.getByNaturalKey(accountId, gstin, 'INV', doc.docNoKey, doc.financialYear)).toBe(
        undefined,
      );
      expect(await storage.idempotency.get(accountId, key.scope, key.key)).toBe(undefined);
      // Committed, the same statements stay.
      await storage.transaction(async (tx) => {
        await tx.documents.insert(doc);
      });
      expect(await storage.documents.get(accountId, gstin, doc.id)).toEqual(doc);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'einvoice-compiled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// RATE_LIMIT_STORE=database: the bucket and the token read are statements on SQLite too, as on PostgreSQL.
compiledMatchesBuilder('SQLite', () =>
  openStorage({ sqlitePath: join(dir, 'compiled.sqlite'), rateLimits: 'database' }),
);

const baseUrl = process.env.TEST_DATABASE_URL;
if (baseUrl) {
  const { url } = throwawayDatabase(baseUrl, 'einvoice_compiled');
  compiledMatchesBuilder('PostgreSQL', () => openStorage({ url }));
}

describe('compiled: arguments that do not fit the shape', () => {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => db.destroy());

  const named = compiled('test.named', (k, p: { id: string; name: string }) =>
    k.insertInto('accounts').values({ id: p.id, name: p.name } as Insertable<AccountsTable>),
  );

  it('builds a call plainly when a value is undefined (Kysely leaves that column out) or the names differ', () => {
    expect(named.bind(db, { id: 'acct_1', name: 'A' }).sql).toBe('insert into "accounts" ("id", "name") values (?, ?)');
    const build = vi.spyOn(named as unknown as { build: () => unknown }, 'build');
    expect(named.bind(db, { id: 'acct_2', name: 'B' }).parameters).toEqual(['acct_2', 'B']);
    expect(build).not.toHaveBeenCalled();
    // A value the types promise but that is undefined at run time: the builder leaves the column out.
    const unnamed = named.bind(db, { id: 'acct_3', name: undefined as unknown as string });
    expect(unnamed).toMatchObject({ sql: 'insert into "accounts" ("id") values (?)', parameters: ['acct_3'] });
    expect(build).toHaveBeenCalledTimes(1);
    const extra = { id: 'acct_4', name: 'D', other: 1 };
    expect(named.bind(db, extra).parameters).toEqual(['acct_4', 'D']);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('refuses a build that does not bind every argument as a parameter', () => {
    const unused = compiled('test.unused', (k, p: { id: string; ignored: string }) =>
      k.selectFrom('accounts').selectAll().where('id', '=', p.id),
    );
    expect(() => unused.bind(db, { id: 'acct_1', ignored: 'x' })).toThrow(/does not bind ignored as parameters/);
  });
});
