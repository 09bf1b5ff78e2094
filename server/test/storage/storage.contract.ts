// The storage contract: one behaviour suite, run against SQLite (sqlite.test.ts) and PostgreSQL
// (postgres.test.ts). Every test makes its own account and ids, so tests share one database per suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRawForTests } from '../../src/adapters/storage/index.js';
import type { RequestLogRecord } from '../../src/app/ports/records.js';
import type { Storage } from '../../src/app/ports/storage.js';
import { OLDEST_API_VERSION } from '../../src/app/versions/api-versions.js';
import {
  account,
  at,
  auditEvent,
  collect,
  credential,
  documentRecord,
  ewb,
  generatedDocument,
  generatedEvent,
  gstinRecord,
  idempotency,
  requestLog,
  routeCredential,
  secret,
  seed,
  uid,
  webhookEndpoint,
} from './fixtures.js';

export function storageContract(name: string, open: () => Promise<Storage>): void {
  describe(`storage contract: ${name}`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await open();
    });
    afterAll(async () => {
      await storage?.close();
    });

    describe('accounts and API keys', () => {
      it('round-trips an account and counts', async () => {
        const before = await storage.accounts.count();
        const a = account({ environment: 'production' });
        await storage.accounts.insert(a);
        expect(await storage.accounts.get(a.id)).toEqual(a);
        expect(await storage.accounts.get('acct_missing')).toBeUndefined();
        expect(await storage.accounts.count()).toBe(before + 1);
      });

      it('pins an account stored without a version (one that existed before versions) to the oldest one', async () => {
        const id = uid('acct');
        await queryRawForTests(
          storage,
          `insert into accounts (id, name, environment, created_at) values ('${id}', 'Old', 'sandbox', '2026-11-01T00:00:00.000Z')`,
        );
        expect((await storage.accounts.get(id))?.apiVersion).toBe(OLDEST_API_VERSION);
      });

      it('finds API keys by prefix, revoked ones included', async () => {
        const a = account();
        await storage.accounts.insert(a);
        const prefix = uid('pfx');
        const k1 = { id: uid('key_test'), accountId: a.id, prefix, hash: 'h1', createdAt: at(0), revokedAt: null };
        const k2 = { id: uid('key_test'), accountId: a.id, prefix, hash: 'h2', createdAt: at(1), revokedAt: at(2) };
        await storage.apiKeys.insert(k1);
        await storage.apiKeys.insert(k2);
        await storage.apiKeys.insert({ ...k1, id: uid('key_test'), prefix: uid('other') });
        // The account key's row: no tenant, no permissions (unrestricted), none of a restricted key's fields.
        const unrestricted = {
          tenantId: null,
          permissions: null,
          name: null,
          last4: null,
          lastUsedAt: null,
          expiresAt: null,
          rolledInto: null,
        };
        expect(await storage.apiKeys.findByPrefix(prefix)).toEqual([
          { ...k1, ...unrestricted },
          { ...k2, ...unrestricted },
        ]);
        expect(await storage.apiKeys.findByPrefix('nope')).toEqual([]);
      });

      it('tenants and restricted keys: list newest first, roll keeps the old secret apart, revoke ends both', async () => {
        const a = account();
        await storage.accounts.insert(a);
        const tenant = {
          id: uid('ten'),
          accountId: a.id,
          name: 'Acme',
          metadata: { crm: '7' },
          plan: 'custom' as const,
          rateLimitRps: 250,
          createdAt: at(0),
          updatedAt: at(0),
        };
        await storage.tenants.insert(tenant);
        expect(await storage.tenants.get(a.id, tenant.id)).toEqual(tenant);
        expect(await storage.tenants.get('acct_other', tenant.id)).toBeUndefined();
        await storage.tenants.update({ ...tenant, name: 'Acme Retail', metadata: {}, updatedAt: at(5) });
        expect((await storage.tenants.list(a.id, { limit: 10 })).items).toEqual([
          { ...tenant, name: 'Acme Retail', metadata: {}, updatedAt: at(5) },
        ]);
        const restricted = {
          id: `key_test_${uid('k')}`,
          accountId: a.id,
          prefix: uid('rk'),
          hash: 'h-current',
          createdAt: at(0),
          revokedAt: null,
          tenantId: tenant.id,
          permissions: ['read' as const],
          name: 'sync',
          last4: 'abcd',
          lastUsedAt: null,
          expiresAt: null,
          rolledInto: null,
        };
        await storage.apiKeys.insert(restricted);
        // The account key is not a restricted key: not listed, not found by get.
        const accountKey = {
          id: uid('key_test'),
          accountId: a.id,
          prefix: uid('sk'),
          hash: 'h',
          createdAt: at(0),
          revokedAt: null,
        };
        await storage.apiKeys.insert(accountKey);
        expect(await storage.apiKeys.get(a.id, accountKey.id)).toBeUndefined();
        const old = { ...restricted, id: `key_test_${uid('old')}`, expiresAt: at(60_000), rolledInto: restricted.id };
        expect(
          await storage.apiKeys.roll(a.id, restricted.id, { prefix: uid('rk'), hash: 'h-next', last4: 'wxyz' }, old),
        ).toBe(true);
        expect((await storage.apiKeys.list(a.id, { limit: 10 })).items.map((k) => [k.id, k.hash, k.last4])).toEqual([
          [restricted.id, 'h-next', 'wxyz'],
        ]);
        expect(await storage.apiKeys.findByPrefix(restricted.prefix)).toEqual([old]);
        await storage.apiKeys.touch(restricted.id, at(9));
        expect((await storage.apiKeys.get(a.id, restricted.id))?.lastUsedAt).toEqual(at(9));
        await storage.apiKeys.expirePrevious(a.id, restricted.id, at(10));
        expect((await storage.apiKeys.findByPrefix(restricted.prefix))[0]?.expiresAt).toEqual(at(10));
        expect(await storage.apiKeys.revoke(a.id, restricted.id, at(20))).toBe(true);
        expect(await storage.apiKeys.revoke(a.id, restricted.id, at(21))).toBe(false);
        expect((await storage.apiKeys.findByPrefix(restricted.prefix))[0]?.revokedAt).toEqual(at(20));
        expect(await storage.apiKeys.get(a.id, restricted.id)).toBeUndefined();
        expect((await storage.apiKeys.list(a.id, { limit: 10 })).items).toEqual([]);
      });

      it('enforces foreign keys (an API key needs its account)', async () => {
        await expect(
          storage.apiKeys.insert({
            id: uid('key'),
            accountId: 'acct_ghost',
            prefix: 'p',
            hash: 'h',
            createdAt: at(0),
            revokedAt: null,
          }),
        ).rejects.toThrow();
      });
    });

    describe('GSP route users', () => {
      it('upserts per (account, GSTIN, route), records a refusal until replaced, removes', async () => {
        const a = account();
        await storage.accounts.insert(a);
        const g = gstinRecord(a.id);
        await storage.gstins.insert(g);
        const base = routeCredential(a.id, g.gstin, { irpPasswordEnc: 'v1.gcm.a' });
        await storage.routeCredentials.upsert({ ...base, route: 'taxpro', irpUsername: 'api_tp' });
        await storage.routeCredentials.upsert({
          ...base,
          route: 'adaequare',
          irpUsername: 'api_adq',
          ewbUsername: 'ewb_adq',
          ewbPasswordEnc: 'v1.gcm.e',
        });
        expect((await storage.routeCredentials.list(a.id, g.gstin)).map((r) => [r.route, r.irpUsername])).toEqual([
          ['adaequare', 'api_adq'],
          ['taxpro', 'api_tp'],
        ]);
        await storage.routeCredentials.markRefused(a.id, g.gstin, 'taxpro', 'taxpro refused (1017)', at(5000));
        const refused = (await storage.routeCredentials.list(a.id, g.gstin)).find((r) => r.route === 'taxpro');
        expect(refused).toMatchObject({ refusedReason: 'taxpro refused (1017)', refusedAt: at(5000) });
        await storage.routeCredentials.upsert({
          ...base,
          route: 'taxpro',
          irpUsername: 'api_tp2',
          updatedAt: at(6000),
        });
        expect((await storage.routeCredentials.list(a.id, g.gstin)).find((r) => r.route === 'taxpro')).toEqual({
          ...base,
          route: 'taxpro',
          irpUsername: 'api_tp2',
          updatedAt: at(6000),
        });
        expect(await storage.routeCredentials.remove(a.id, g.gstin, 'taxpro')).toBe(true);
        expect(await storage.routeCredentials.remove(a.id, g.gstin, 'taxpro')).toBe(false);
        expect(await storage.routeCredentials.list(a.id, 'other')).toEqual([]);
      });
    });

    describe('GSTINs', () => {
      it('round-trips booleans and nulls, and refuses a duplicate with false', async () => {
        const a = account();
        await storage.accounts.insert(a);
        const g1 = gstinRecord(a.id, { largeTaxpayer: false, description: null });
        const g2 = gstinRecord(a.id, { largeTaxpayer: true, description: 'Head office' });
        expect(await storage.gstins.insert(g1)).toBe(true);
        expect(await storage.gstins.insert(g2)).toBe(true);
        expect(await storage.gstins.get(a.id, g1.gstin)).toEqual(g1);
        expect(await storage.gstins.get(a.id, g2.gstin)).toEqual(g2);
        expect(await storage.gstins.insert({ ...g1, description: 'changed' })).toBe(false);
        expect((await storage.gstins.get(a.id, g1.gstin))?.description).toBeNull();
        // Another account may register the same GSTIN.
        const b = account();
        await storage.accounts.insert(b);
        expect(await storage.gstins.insert({ ...g1, accountId: b.id })).toBe(true);
      });

      it('updates a registered GSTIN; a deleted one is invisible, erased, not updatable, and revived by insert', async () => {
        const a = account();
        await storage.accounts.insert(a);
        const g = gstinRecord(a.id, { description: 'Plant', createdAt: at(0), updatedAt: at(0) });
        const other = gstinRecord(a.id, { createdAt: at(1000), updatedAt: at(1000) });
        await storage.gstins.insert(g);
        await storage.gstins.insert(other);
        const changed = {
          ...g,
          irpUsername: 'new_user',
          irpPasswordEnc: 'v1.gcm.new',
          description: null,
          largeTaxpayer: true,
          updatedAt: at(5000),
        };
        expect(await storage.gstins.update(changed)).toBe(true);
        expect(await storage.gstins.get(a.id, g.gstin)).toEqual(changed);

        expect(await storage.gstins.markDeleted(a.id, g.gstin, at(6000))).toBe(true);
        expect(await storage.gstins.markDeleted(a.id, g.gstin, at(7000))).toBe(false);
        expect(await storage.gstins.get(a.id, g.gstin)).toBeUndefined();
        expect((await storage.gstins.list(a.id, { limit: 10 })).items.map((x) => x.gstin)).toEqual([other.gstin]);
        expect(await storage.gstins.update({ ...changed, description: 'ghost' })).toBe(false);
        const [row] = await queryRawForTests(
          storage,
          `select irp_password_enc from gstins where account_id = '${a.id}' and gstin = '${g.gstin}'`,
        );
        expect(row).toEqual({ irp_password_enc: '' });

        const again = {
          ...g,
          irpUsername: 'back',
          irpPasswordEnc: 'v1.gcm.back',
          createdAt: at(9000),
          updatedAt: at(9000),
        };
        expect(await storage.gstins.insert(again)).toBe(true);
        // Revived in place: the original registration time stays, the new user and password are stored.
        expect(await storage.gstins.get(a.id, g.gstin)).toEqual({ ...again, createdAt: at(0) });
        expect(await storage.gstins.insert(again)).toBe(false);
      });

      it('lists newest first in pages with a gstin cursor', async () => {
        const a = account();
        await storage.accounts.insert(a);
        const all = [];
        for (let i = 0; i < 5; i++) {
          const g = gstinRecord(a.id, { createdAt: at(i * 1000) });
          await storage.gstins.insert(g);
          all.push(g);
        }
        const newest = [...all].reverse();
        const p1 = await storage.gstins.list(a.id, { limit: 2 });
        expect(p1).toEqual({ items: newest.slice(0, 2), hasMore: true });
        const p2 = await storage.gstins.list(a.id, { limit: 2, startingAfter: p1.items[1]!.gstin });
        expect(p2).toEqual({ items: newest.slice(2, 4), hasMore: true });
        const p3 = await storage.gstins.list(a.id, { limit: 2, startingAfter: p2.items[1]!.gstin });
        expect(p3).toEqual({ items: newest.slice(4), hasMore: false });
      });
    });

    describe('credentials, secrets and tokens', () => {
      it('inserts a credential with its first secret and round-trips both', async () => {
        const { accountId, gstin } = await seed(storage);
        const c = credential(accountId, gstin, { name: 'ERP', scopes: ['irn:write', 'ewb:write', 'read'] });
        const s = secret(c.clientId, { expiresAt: at(9_000_000) });
        await storage.credentials.insert(c, s);
        expect(await storage.credentials.get(c.clientId)).toEqual(c);
        expect(await storage.credentials.secrets(c.clientId)).toEqual([s]);
        expect(await storage.credentials.get('cli_missing')).toBeUndefined();
      });

      it('round-trips require_signatures (migration 0008), false by default', async () => {
        const { accountId, gstin } = await seed(storage);
        const strict = credential(accountId, gstin, { requireSignatures: true, signingKeyEnc: 'sealed' });
        await storage.credentials.insert(strict, secret(strict.clientId));
        expect((await storage.credentials.get(strict.clientId))!.requireSignatures).toBe(true);
        const loose = credential(accountId, gstin);
        await storage.credentials.insert(loose, secret(loose.clientId));
        expect((await storage.credentials.get(loose.clientId))!.requireSignatures).toBe(false);
      });

      it('inserts credential and secret atomically: a failing secret leaves no credential', async () => {
        const { accountId, gstin } = await seed(storage);
        const first = credential(accountId, gstin);
        const s = secret(first.clientId);
        await storage.credentials.insert(first, s);
        const second = credential(accountId, gstin);
        // Reusing the secret id violates its primary key after the credential row was written.
        await expect(storage.credentials.insert(second, { ...s, clientId: second.clientId })).rejects.toThrow();
        expect(await storage.credentials.get(second.clientId)).toBeUndefined();
      });

      it('manages secrets: oldest first, revoke once, touch', async () => {
        const { accountId, gstin } = await seed(storage);
        const c = credential(accountId, gstin);
        const s1 = secret(c.clientId, { createdAt: at(0) });
        const s2 = secret(c.clientId, { createdAt: at(5000), prefix: 'sk_new' });
        await storage.credentials.insert(c, s1);
        await storage.credentials.insertSecret(s2);
        expect((await storage.credentials.secrets(c.clientId)).map((s) => s.id)).toEqual([s1.id, s2.id]);

        expect(await storage.credentials.revokeSecret(c.clientId, s1.id, at(6000))).toBe(true);
        expect(await storage.credentials.revokeSecret(c.clientId, s1.id, at(7000))).toBe(false);
        expect(await storage.credentials.revokeSecret('cli_other', s2.id, at(7000))).toBe(false);
        await storage.credentials.touchSecret(s2.id, at(8000));
        const [r1, r2] = await storage.credentials.secrets(c.clientId);
        expect(r1!.revokedAt).toEqual(at(6000));
        expect(r2!.revokedAt).toBeNull();
        expect(r2!.lastUsedAt).toEqual(at(8000));

        await storage.credentials.revoke(c.clientId, at(9000));
        await storage.credentials.revoke(c.clientId, at(9999));
        expect((await storage.credentials.get(c.clientId))!.revokedAt).toEqual(at(9000));
      });

      it('lists credentials of one GSTIN newest first with a clientId cursor', async () => {
        const { accountId, gstin } = await seed(storage);
        const other = gstinRecord(accountId);
        await storage.gstins.insert(other);
        const mine = [];
        for (let i = 0; i < 5; i++) {
          const c = credential(accountId, gstin, { createdAt: at(i * 1000) });
          await storage.credentials.insert(c, secret(c.clientId));
          mine.push(c);
        }
        const foreign = credential(accountId, other.gstin, { createdAt: at(99_000) });
        await storage.credentials.insert(foreign, secret(foreign.clientId));
        const newest = [...mine].reverse();
        const p1 = await storage.credentials.list(accountId, gstin, { limit: 2 });
        const p2 = await storage.credentials.list(accountId, gstin, { limit: 2, startingAfter: p1.items[1]!.clientId });
        const p3 = await storage.credentials.list(accountId, gstin, { limit: 2, startingAfter: p2.items[1]!.clientId });
        expect([p1.hasMore, p2.hasMore, p3.hasMore]).toEqual([true, true, false]);
        expect([...p1.items, ...p2.items, ...p3.items]).toEqual(newest);
      });

      it('round-trips access tokens and reaps expired ones', async () => {
        const { accountId, gstin } = await seed(storage);
        const c = credential(accountId, gstin);
        const s = secret(c.clientId);
        await storage.credentials.insert(c, s);
        // Instants in 2001: no other test uses them, so the reaper's count is exact.
        const token = (hash: string, expiresAt: Date) => ({
          tokenHash: hash,
          clientId: c.clientId,
          secretId: s.id,
          accountId,
          gstin,
          environment: 'sandbox' as const,
          scopes: ['read' as const],
          createdAt: new Date('2001-01-01T00:00:00.000Z'),
          expiresAt,
        });
        const old1 = token(uid('th'), new Date('2001-01-01T01:00:00.000Z'));
        const old2 = token(uid('th'), new Date('2001-01-01T02:00:00.000Z'));
        const live = token(uid('th'), new Date('2001-01-01T03:00:00.000Z'));
        for (const t of [old1, old2, live]) await storage.tokens.insert(t);
        expect(await storage.tokens.get(live.tokenHash)).toEqual(live);
        expect(await storage.tokens.deleteExpired(new Date('2001-01-01T03:00:00.000Z'))).toBe(2);
        expect(await storage.tokens.get(old1.tokenHash)).toBeUndefined();
        expect(await storage.tokens.get(live.tokenHash)).toEqual(live);
      });

      it('resolves a token with its credential and secret standing in one read, revocations included', async () => {
        const { accountId, gstin } = await seed(storage);
        const c = credential(accountId, gstin, { rateLimitRps: 7.5, requireSignatures: true });
        const s1 = secret(c.clientId);
        await storage.credentials.insert(c, s1);
        const s2 = secret(c.clientId);
        await storage.credentials.insertSecret(s2);
        const token = (secretId: string) => ({
          tokenHash: uid('th'),
          clientId: c.clientId,
          secretId,
          accountId,
          gstin,
          environment: 'sandbox' as const,
          scopes: ['irn:write' as const, 'read' as const],
          createdAt: at(0),
          expiresAt: at(3_600_000),
        });
        const t1 = token(s1.id);
        const t2 = token(s2.id);
        for (const t of [t1, t2]) await storage.tokens.insert(t);
        expect(await storage.tokens.resolve(uid('th'))).toBeUndefined();
        expect(await storage.tokens.resolve(t1.tokenHash)).toEqual({
          token: t1,
          credential: { rateLimitRps: 7.5, requireSignatures: true, revoked: false },
          secretRevoked: false,
          tenantId: null,
        });
        expect(await storage.credentials.revokeSecret(c.clientId, s1.id, at(1000))).toBe(true);
        expect((await storage.tokens.resolve(t1.tokenHash))?.secretRevoked).toBe(true);
        expect((await storage.tokens.resolve(t2.tokenHash))?.secretRevoked).toBe(false);
        await storage.credentials.revoke(c.clientId, at(2000));
        expect((await storage.tokens.resolve(t2.tokenHash))?.credential?.revoked).toBe(true);
      });
    });

    describe('audit', () => {
      it('appends, round-trips JSON data, filters and pages newest first', async () => {
        const { accountId, gstin } = await seed(storage);
        const events = [
          auditEvent(accountId, { type: 'gstin.registered', gstin, occurredAt: at(0) }),
          auditEvent(accountId, { type: 'credential.created', gstin, occurredAt: at(1000), clientId: 'cli_1' }),
          auditEvent(accountId, {
            type: 'auth.failed',
            actorType: 'anonymous',
            actorId: null,
            ip: null,
            occurredAt: at(2000),
            data: {},
          }),
          auditEvent(accountId, { type: 'credential.created', occurredAt: at(3000) }),
          auditEvent(accountId, { type: 'credential.revoked', gstin, occurredAt: at(4000) }),
        ];
        for (const e of events) await storage.audit.append(e);
        await storage.audit.append(auditEvent(null as unknown as string, { accountId: null, type: 'auth.failed' }));

        const newest = [...events].reverse();
        const p1 = await storage.audit.list(accountId, { limit: 2 });
        const p2 = await storage.audit.list(accountId, { limit: 2, startingAfter: p1.items[1]!.id });
        const p3 = await storage.audit.list(accountId, { limit: 2, startingAfter: p2.items[1]!.id });
        expect(p1).toEqual({ items: newest.slice(0, 2), hasMore: true });
        expect(p2).toEqual({ items: newest.slice(2, 4), hasMore: true });
        expect(p3).toEqual({ items: newest.slice(4), hasMore: false });

        const byType = await storage.audit.list(accountId, { limit: 10, type: 'credential.created' });
        expect(byType.items.map((e) => e.id)).toEqual([events[3]!.id, events[1]!.id]);
        const byGstin = await storage.audit.list(accountId, { limit: 10, gstin });
        expect(byGstin.items.map((e) => e.id)).toEqual([events[4]!.id, events[1]!.id, events[0]!.id]);
        const byTime = await storage.audit.list(accountId, { limit: 10, from: at(1000), to: at(3000) });
        expect(byTime.items.map((e) => e.id)).toEqual([events[3]!.id, events[2]!.id, events[1]!.id]);
      });

      it('is immutable in the database: raw UPDATE and DELETE are refused', async () => {
        const { accountId } = await seed(storage);
        const e = auditEvent(accountId);
        await storage.audit.append(e);
        await expect(
          queryRawForTests(storage, `update audit_events set type = 'tampered' where id = '${e.id}'`),
        ).rejects.toThrow(/append-only/);
        await expect(queryRawForTests(storage, `delete from audit_events where id = '${e.id}'`)).rejects.toThrow(
          /append-only/,
        );
        await expect(queryRawForTests(storage, `delete from audit_events`)).rejects.toThrow(/append-only/);
        expect((await storage.audit.list(accountId, { limit: 10 })).items).toEqual([e]);
      });
    });

    describe('idempotency', () => {
      it('claims a new key, then reports the existing row untouched', async () => {
        const { accountId } = await seed(storage);
        const key = uid('key');
        const first = await storage.idempotency.claim(idempotency(accountId, key), at(0));
        expect(first).toEqual({ outcome: 'claimed', record: idempotency(accountId, key) });
        const second = await storage.idempotency.claim(idempotency(accountId, key, { fingerprint: 'fp-2' }), at(1000));
        expect(second).toEqual({ outcome: 'existing', record: idempotency(accountId, key) });
        // Same key, other scope or other account: independent.
        expect((await storage.idempotency.claim(idempotency(accountId, key, { scope: '*' }), at(0))).outcome).toBe(
          'claimed',
        );
        const other = await seed(storage);
        expect((await storage.idempotency.claim(idempotency(other.accountId, key), at(0))).outcome).toBe('claimed');
      });

      it('lets exactly one of 200 concurrent claims of one key win', async () => {
        const { accountId } = await seed(storage);
        const key = uid('race');
        const results = await Promise.all(
          Array.from({ length: 200 }, (_, i) =>
            storage.idempotency.claim(idempotency(accountId, key, { fingerprint: `fp-${i}` }), at(0)),
          ),
        );
        const claimed = results.filter((r) => r.outcome === 'claimed');
        expect(claimed).toHaveLength(1);
        const winner = claimed[0]!.record.fingerprint;
        // Every loser sees the winner's row, never a half-written or different one.
        expect(results.every((r) => r.record.fingerprint === winner)).toBe(true);
        expect((await storage.idempotency.get(accountId, '29AAGCB1286Q1Z4', key))?.fingerprint).toBe(winner);
      });

      it('retakes an in-flight claim whose lock lapsed, only for the same request', async () => {
        const { accountId } = await seed(storage);
        const key = uid('lapse');
        await storage.idempotency.claim(idempotency(accountId, key, { lockedUntil: at(30_000) }), at(0));
        // Still locked.
        expect((await storage.idempotency.claim(idempotency(accountId, key), at(29_999))).outcome).toBe('existing');
        // Lapsed, but another body: not retaken, so the caller can answer 422.
        const otherBody = await storage.idempotency.claim(
          idempotency(accountId, key, { fingerprint: 'fp-other' }),
          at(30_000),
        );
        expect(otherBody.outcome).toBe('existing');
        expect(otherBody.record.fingerprint).toBe('fp-1');
        // Lapsed, same request: retaken with the new lock.
        const retake = await storage.idempotency.claim(
          idempotency(accountId, key, { lockedUntil: at(60_000), createdAt: at(30_000) }),
          at(30_000),
        );
        expect(retake.outcome).toBe('claimed');
        expect(retake.record.lockedUntil).toEqual(at(60_000));
        expect((await storage.idempotency.claim(idempotency(accountId, key), at(45_000))).outcome).toBe('existing');
      });

      it("keeps a document answer's signed JWTs once, in the document row; the replayed bytes are unchanged", async () => {
        const { accountId, gstin } = await seed(storage);
        const doc = documentRecord(accountId, gstin, {
          status: 'generated',
          irn: uid('irn').padEnd(64, '0'),
          signedInvoice: 'eyJhbGciOiJSUzI1NiJ9.eyJpbnYiOjF9.c2ln-_x',
          signedQrCode: 'eyJhbGciOiJSUzI1NiJ9.eyJxciI6MX0.cXI',
        });
        await storage.documents.insert(doc);
        const bytes = JSON.stringify({
          id: doc.id,
          Irn: doc.irn,
          SignedInvoice: doc.signedInvoice,
          SignedQRCode: doc.signedQrCode,
          note: 'é "quoted"',
        });
        const headers = { 'content-type': 'application/json' };
        for (const [resourceId, completeForResource] of [
          [doc.id, false],
          [doc.id, true],
          ['ewb_1', false],
        ] as const) {
          const rec = idempotency(accountId, uid('signed'));
          await storage.idempotency.claim(rec, at(0));
          if (completeForResource) {
            await storage.idempotency.defer(accountId, rec.scope, rec.key, resourceId);
            await storage.idempotency.completeForResource(accountId, resourceId, { status: 201, headers, body: bytes });
          } else
            await storage.idempotency.complete(accountId, rec.scope, rec.key, {
              status: 201,
              headers,
              body: bytes,
              resourceId,
            });
          const [row] = await queryRawForTests(
            storage,
            `select response_body from idempotency_keys where account_id = '${accountId}' and key = '${rec.key}'`,
          );
          // Only a document's answer is kept by reference.
          expect(JSON.stringify(row!.response_body).includes('c2ln-_x')).toBe(resourceId === 'ewb_1');
          expect((await storage.idempotency.get(accountId, rec.scope, rec.key))?.responseBody).toBe(bytes);
        }
      });

      it("keeps a generate's answer once, in its event, where the text is the event's data (SQLite); replays are unchanged", async () => {
        const { accountId, gstin } = await seed(storage);
        const doc = await generatedDocument(storage, accountId, gstin);
        const data = {
          object: 'document',
          id: doc.id,
          Irn: doc.irn,
          AckNo: 112010000000001,
          TotInvVal: 118.5,
          SignedInvoice: doc.signedInvoice,
          SignedQRCode: doc.signedQrCode,
          Remarks: 'ANSWER-ONCE é "quoted" \\ \u2028',
          info: [],
        };
        const event = await generatedEvent(storage, accountId, gstin, data);
        const other = await seed(storage);
        const headers = { 'content-type': 'application/json' };
        const { Remarks: _, ...withoutRemarks } = data;
        const cases = [
          // The event's data exactly: a reference on SQLite; in full on PostgreSQL (jsonb keeps no key order).
          { bytes: JSON.stringify(data), accountId, event, referenced: storage.dialect === 'sqlite' },
          // The same value in another key order, another value, or the event of another account: in full.
          {
            bytes: JSON.stringify(Object.fromEntries(Object.entries(data).reverse())),
            accountId,
            event,
            referenced: false,
          },
          {
            bytes: JSON.stringify({ ...withoutRemarks, Remarks: 'ANSWER-ONCE other' }),
            accountId,
            event,
            referenced: false,
          },
          { bytes: JSON.stringify(data), accountId: other.accountId, event, referenced: false },
        ];
        for (const c of cases) {
          const rec = idempotency(c.accountId, uid('event'));
          await storage.idempotency.claim(rec, at(0));
          await storage.idempotency.complete(c.accountId, rec.scope, rec.key, {
            status: 201,
            headers,
            body: c.bytes,
            resourceId: doc.id,
            event: c.event,
          });
          const [row] = await queryRawForTests(
            storage,
            `select response_body from idempotency_keys where account_id = '${c.accountId}' and key = '${rec.key}'`,
          );
          const stored = JSON.stringify(row!.response_body);
          expect({ bytes: c.bytes, referenced: stored.includes(`$event:${event}`) }).toEqual({
            bytes: c.bytes,
            referenced: c.referenced,
          });
          expect(stored.includes('ANSWER-ONCE')).toBe(!c.referenced);
          // What a replay sends: the very bytes, from the key or from the event.
          expect((await storage.idempotency.get(c.accountId, rec.scope, rec.key))?.responseBody).toBe(c.bytes);
          const again = await storage.idempotency.claim(idempotency(c.accountId, rec.key), at(1000));
          expect(again).toMatchObject({ outcome: 'existing', record: { responseBody: c.bytes } });
        }
      });

      it('completes: stores the response, clears the lock, and is never retaken before expiry', async () => {
        const { accountId } = await seed(storage);
        const key = uid('done');
        const rec = idempotency(accountId, key);
        await storage.idempotency.claim(rec, at(0));
        const body = { Irn: 'a'.repeat(64), AckNo: 112010000000001, nested: [1, { x: null }], ok: true };
        await storage.idempotency.complete(accountId, rec.scope, key, {
          status: 201,
          headers: { 'content-type': 'application/json', location: '/v1/irn/abc' },
          body,
          resourceId: 'doc_1',
        });
        const expected = {
          ...rec,
          state: 'completed' as const,
          lockedUntil: null,
          responseStatus: 201,
          responseHeaders: { 'content-type': 'application/json', location: '/v1/irn/abc' },
          responseBody: body,
          resourceId: 'doc_1',
        };
        expect(await storage.idempotency.get(accountId, rec.scope, key)).toEqual(expected);
        // Long after the lock would have lapsed, a completed key is still a replay.
        expect(await storage.idempotency.claim(idempotency(accountId, key), at(3_600_000))).toEqual({
          outcome: 'existing',
          record: expected,
        });
        // A late release cannot drop a completed response.
        await storage.idempotency.release(accountId, rec.scope, key);
        expect(await storage.idempotency.get(accountId, rec.scope, key)).toEqual(expected);
      });

      it('stores a string body and a null body faithfully', async () => {
        const { accountId } = await seed(storage);
        for (const body of ['plain text', null, 0, [] as unknown[]]) {
          const key = uid('body');
          const rec = idempotency(accountId, key);
          await storage.idempotency.claim(rec, at(0));
          await storage.idempotency.complete(accountId, rec.scope, key, {
            status: 500,
            headers: {},
            body,
            resourceId: null,
          });
          const got = await storage.idempotency.get(accountId, rec.scope, key);
          expect(got?.responseBody).toEqual(body);
          expect(got?.responseHeaders).toEqual({});
        }
      });

      it('retakes an expired key even with another body', async () => {
        const { accountId } = await seed(storage);
        const key = uid('exp');
        const rec = idempotency(accountId, key);
        await storage.idempotency.claim(rec, at(0));
        await storage.idempotency.complete(accountId, rec.scope, key, {
          status: 200,
          headers: {},
          body: { a: 1 },
          resourceId: null,
        });
        const fresh = idempotency(accountId, key, {
          fingerprint: 'fp-new',
          createdAt: at(86_400_000),
          lockedUntil: at(86_430_000),
          expiresAt: at(2 * 86_400_000),
        });
        expect(await storage.idempotency.claim(fresh, at(86_400_000))).toEqual({ outcome: 'claimed', record: fresh });
      });

      it('releases an in-flight claim so the key can be claimed again', async () => {
        const { accountId } = await seed(storage);
        const key = uid('rel');
        const rec = idempotency(accountId, key);
        await storage.idempotency.claim(rec, at(0));
        await storage.idempotency.release(accountId, rec.scope, key);
        expect(await storage.idempotency.get(accountId, rec.scope, key)).toBeUndefined();
        expect((await storage.idempotency.claim(rec, at(1))).outcome).toBe('claimed');
      });

      it('reaps expired keys only', async () => {
        const { accountId } = await seed(storage);
        // Instants in 2001, which no other test uses, so the count is exact.
        const base = { createdAt: new Date('2001-03-01T00:00:00.000Z'), lockedUntil: null };
        const gone1 = idempotency(accountId, uid('reap'), { ...base, expiresAt: new Date('2001-03-02T00:00:00.000Z') });
        const gone2 = idempotency(accountId, uid('reap'), { ...base, expiresAt: new Date('2001-03-03T00:00:00.000Z') });
        const kept = idempotency(accountId, uid('reap'), { ...base, expiresAt: new Date('2001-03-04T00:00:00.001Z') });
        // A key of a GSTIN on a test clock: expired on its clock, but created (wall) after createdBefore.
        const young = idempotency(accountId, uid('reap'), {
          createdAt: new Date('2001-03-03T12:00:00.000Z'),
          lockedUntil: null,
          expiresAt: new Date('2001-03-02T12:00:00.000Z'),
        });
        for (const r of [gone1, gone2, kept, young]) await storage.idempotency.claim(r, base.createdAt);
        expect(
          await storage.idempotency.deleteExpired(
            new Date('2001-03-04T00:00:00.000Z'),
            new Date('2001-03-03T00:00:00.000Z'),
          ),
        ).toBe(2);
        expect(await storage.idempotency.get(accountId, gone1.scope, gone1.key)).toBeUndefined();
        expect(await storage.idempotency.get(accountId, kept.scope, kept.key)).toEqual(kept);
        expect(await storage.idempotency.get(accountId, young.scope, young.key)).toEqual(young);
      });
    });

    describe('documents', () => {
      it('round-trips every field: JSON, big numbers, dates and nulls', async () => {
        const { accountId, gstin } = await seed(storage);
        const full = documentRecord(accountId, gstin, {
          status: 'generated',
          irn: 'f'.repeat(64),
          ackNo: 112010000000001,
          ackDt: '2026-11-25 10:00:00',
          signedInvoice: 'eyJhbGciOiJSUzI1NiJ9.x.y',
          signedQrCode: 'eyJhbGciOiJSUzI1NiJ9.q.r',
          signatureVerification: {
            status: 'failed',
            reason: 'SignedQRCode: kid AB12 matches none of the 2 configured',
          },
          ewbNo: 351002345678,
          ewbDt: '2026-11-25 10:01:00',
          ewbValidTill: '2026-11-26 23:59:00',
          remarks: 'ok',
          info: [{ InfCd: 'EWBERR', Desc: [{ ErrorCode: '4019' }] }],
          gstnErrors: [{ ErrorCode: '2150', ErrorMessage: 'Duplicate IRN' }],
          cancellableUntil: at(86_400_000),
          cancelledAt: at(3600_000),
          cancelReason: '1',
          cancelDate: '2026-11-25 11:00:00',
          gsp: 'gsp-a',
          irp: 'irp1',
          payload: { unicode: 'ಕನ್ನಡ ₹', deep: { a: [true, false, null, 1e-7] } },
        });
        const empty = documentRecord(accountId, gstin, { payload: null });
        expect(await storage.documents.insert(full)).toBe(true);
        expect(await storage.documents.insert(empty)).toBe(true);
        expect(await storage.documents.get(accountId, gstin, full.id)).toEqual(full);
        expect(await storage.documents.get(accountId, gstin, empty.id)).toEqual(empty);
        expect(await storage.documents.getByIrn(accountId, gstin, full.irn!)).toEqual(full);
        expect(
          await storage.documents.getByNaturalKey(accountId, gstin, 'INV', full.docNoKey, full.financialYear),
        ).toEqual(full);
        // Scoped by GSTIN: another GSTIN of the same account cannot see it.
        expect(await storage.documents.get(accountId, 'OTHERGSTIN00000', full.id)).toBeUndefined();
      });

      it('refuses a second document with the same natural key (returns false, keeps the first)', async () => {
        const { accountId, gstin } = await seed(storage);
        const first = documentRecord(accountId, gstin, { docNo: 'inv/001', docNoKey: 'INV/001' });
        expect(await storage.documents.insert(first)).toBe(true);
        const dup = documentRecord(accountId, gstin, { docNo: 'INV/001', docNoKey: 'INV/001' });
        expect(await storage.documents.insert(dup)).toBe(false);
        expect(await storage.documents.get(accountId, gstin, dup.id)).toBeUndefined();
        // Any part of the key differing makes it another document.
        expect(
          await storage.documents.insert(
            documentRecord(accountId, gstin, { docNo: 'INV/001', docNoKey: 'INV/001', docType: 'CRN' }),
          ),
        ).toBe(true);
        expect(
          await storage.documents.insert(
            documentRecord(accountId, gstin, { docNo: 'INV/001', docNoKey: 'INV/001', financialYear: '2025-26' }),
          ),
        ).toBe(true);
      });

      it('updates a document', async () => {
        const { accountId, gstin } = await seed(storage);
        const doc = documentRecord(accountId, gstin);
        await storage.documents.insert(doc);
        const updated = {
          ...doc,
          status: 'generated' as const,
          irn: 'e'.repeat(64),
          ackNo: 1,
          gstnErrors: [{ c: 1 }],
          updatedAt: at(5000),
        };
        await storage.documents.update(updated);
        expect(await storage.documents.get(accountId, gstin, doc.id)).toEqual(updated);
      });

      it('lists newest first in pages, with filters', async () => {
        const { accountId, gstin } = await seed(storage);
        const docs = [
          documentRecord(accountId, gstin, { docType: 'INV', status: 'generated', docDate: '01/11/2026' }),
          documentRecord(accountId, gstin, { docType: 'CRN', status: 'pending', docDate: '02/11/2026' }),
          documentRecord(accountId, gstin, { docType: 'INV', status: 'failed', docDate: '30/11/2026' }),
          documentRecord(accountId, gstin, { docType: 'INV', status: 'generated', docDate: '01/12/2026' }),
          documentRecord(accountId, gstin, { docType: 'DBN', status: 'generated', docDate: '31/12/2025' }),
        ];
        for (const d of docs) await storage.documents.insert(d);
        const newest = [...docs].reverse();
        const p1 = await storage.documents.list(accountId, gstin, { limit: 2 });
        const p2 = await storage.documents.list(accountId, gstin, { limit: 2, startingAfter: p1.items[1]!.id });
        const p3 = await storage.documents.list(accountId, gstin, { limit: 2, startingAfter: p2.items[1]!.id });
        expect(p1).toEqual({ items: newest.slice(0, 2), hasMore: true });
        expect(p2).toEqual({ items: newest.slice(2, 4), hasMore: true });
        expect(p3).toEqual({ items: newest.slice(4), hasMore: false });
        // Exactly `limit` rows left: hasMore is false.
        expect((await storage.documents.list(accountId, gstin, { limit: 5 })).hasMore).toBe(false);

        const ids = async (q: Parameters<Storage['documents']['list']>[2]) =>
          (await storage.documents.list(accountId, gstin, q)).items.map((d) => d.id);
        expect(await ids({ limit: 10, docType: 'INV' })).toEqual([docs[3]!.id, docs[2]!.id, docs[0]!.id]);
        expect(await ids({ limit: 10, status: 'generated' })).toEqual([docs[4]!.id, docs[3]!.id, docs[0]!.id]);
        // Date range on the document date, inclusive, across a month and a year boundary.
        expect(await ids({ limit: 10, from: '2026-11-01', to: '2026-11-30' })).toEqual([
          docs[2]!.id,
          docs[1]!.id,
          docs[0]!.id,
        ]);
        expect(await ids({ limit: 10, to: '2026-11-01' })).toEqual([docs[4]!.id, docs[0]!.id]);
        expect(await ids({ limit: 10, docType: 'INV', status: 'generated', from: '2026-11-02' })).toEqual([
          docs[3]!.id,
        ]);
      });

      it('streams oldest first across chunk boundaries, with filters', async () => {
        const { accountId, gstin } = await seed(storage);
        const docs = Array.from({ length: 1203 }, (_, i) =>
          documentRecord(accountId, gstin, { docType: i % 3 === 0 ? 'CRN' : 'INV' }),
        );
        await storage.transaction(async (tx) => {
          for (const d of docs) await tx.documents.insert(d);
        });
        const streamed = await collect(storage.documents.stream(accountId, gstin, {}));
        expect(streamed.map((d) => d.id)).toEqual(docs.map((d) => d.id));
        expect(streamed[1202]).toEqual(docs[1202]);
        const crn = await collect(storage.documents.stream(accountId, gstin, { docType: 'CRN' }));
        expect(crn.map((d) => d.id)).toEqual(docs.filter((d) => d.docType === 'CRN').map((d) => d.id));

        // Reading is lazy: the consumer can stop early, and can use the storage between items.
        let seen = 0;
        for await (const d of storage.documents.stream(accountId, gstin, {})) {
          expect(await storage.documents.get(accountId, gstin, d.id)).toBeDefined();
          if (++seen === 3) break;
        }
        expect(seen).toBe(3);
      });
    });

    describe('e-way bills', () => {
      it('round-trips, updates and lists by IRN', async () => {
        const { accountId, gstin } = await seed(storage);
        const irn = 'c'.repeat(64);
        const e1 = ewb(accountId, gstin, irn, { vehicles: [{ VehNo: 'KA01AB1234', FromPlace: 'Bengaluru' }] });
        const e2 = ewb(accountId, gstin, irn, { status: 'active', ewbValidTill: '2026-11-27 23:59:00' });
        const other = ewb(accountId, gstin, 'd'.repeat(64));
        for (const e of [e1, e2, other]) await storage.ewbs.insert(e);
        expect(await storage.ewbs.get(accountId, gstin, e1.ewbNo)).toEqual(e1);
        expect(await storage.ewbs.listByIrn(accountId, gstin, irn)).toEqual([e1, e2]);
        const extended = {
          ...e1,
          status: 'active' as const,
          extensionCount: 1,
          cancelledAt: null,
          remarks: 'extended',
          updatedAt: at(9),
        };
        await storage.ewbs.update(extended);
        expect(await storage.ewbs.get(accountId, gstin, e1.ewbNo)).toEqual(extended);
        expect(await storage.ewbs.get(accountId, gstin, 1)).toBeUndefined();
      });
    });

    describe('webhook endpoints', () => {
      it('round-trips, updates, hides deleted ones and pages newest first', async () => {
        const { accountId, gstin } = await seed(storage);
        const eps = Array.from({ length: 5 }, (_, i) =>
          webhookEndpoint(accountId, {
            enabled: i % 2 === 0,
            gstins: i === 0 ? [gstin] : [],
            description: i === 1 ? 'ERP' : null,
          }),
        );
        for (const e of eps) await storage.webhookEndpoints.insert(e);
        expect(await storage.webhookEndpoints.get(accountId, eps[0]!.id)).toEqual(eps[0]);
        expect(await storage.webhookEndpoints.get(accountId, eps[1]!.id)).toEqual(eps[1]);

        const rotated = {
          ...eps[2]!,
          secretEnc: 'v1.new',
          previousSecretEnc: 'v1.old',
          previousSecretExpiresAt: at(86_400_000),
          updatedAt: at(7),
        };
        await storage.webhookEndpoints.update(rotated);
        expect(await storage.webhookEndpoints.get(accountId, rotated.id)).toEqual(rotated);

        await storage.webhookEndpoints.update({ ...eps[3]!, deletedAt: at(8) });
        expect(await storage.webhookEndpoints.get(accountId, eps[3]!.id)).toBeUndefined();
        const live = [eps[4]!, rotated, eps[1]!, eps[0]!];
        const p1 = await storage.webhookEndpoints.list(accountId, { limit: 2 });
        const p2 = await storage.webhookEndpoints.list(accountId, { limit: 1, startingAfter: p1.items[1]!.id });
        const p3 = await storage.webhookEndpoints.list(accountId, { limit: 1, startingAfter: p2.items[0]!.id });
        expect(p1).toEqual({ items: live.slice(0, 2), hasMore: true });
        expect(p2).toEqual({ items: live.slice(2, 3), hasMore: true });
        expect(p3).toEqual({ items: live.slice(3), hasMore: false });
        // Another account sees nothing.
        expect(await storage.webhookEndpoints.get('acct_other', eps[0]!.id)).toBeUndefined();
      });
    });

    describe('request logs', () => {
      it('round-trips, filters, pages and streams', async () => {
        const { accountId, gstin } = await seed(storage);
        const logs = [
          requestLog(accountId, { gstin, status: 201, irn: 'a'.repeat(64), replayed: false, createdAt: at(0) }),
          requestLog(accountId, {
            gstin,
            status: 201,
            operation: 'generateIrn',
            replayed: true,
            idempotencyKey: 'k1',
            createdAt: at(1000),
          }),
          requestLog(accountId, {
            status: 422,
            operation: 'cancelIrn',
            responseBody: { type: 'x', errors: [] },
            createdAt: at(2000),
          }),
          requestLog(accountId, { gstin, status: 404, operation: 'getIrn', requestBody: null, createdAt: at(3000) }),
          requestLog(accountId, {
            status: 503,
            upstreamAttempts: [{ gsp: 'a', ms: 30000, outcome: 'timeout' }],
            createdAt: at(4000),
          }),
        ];
        for (const l of logs) await storage.requestLogs.insert(l);
        await storage.requestLogs.insert(requestLog(null, { createdAt: at(0) }));

        expect(await storage.requestLogs.get(accountId, logs[1]!.id)).toEqual(logs[1]);
        expect(await storage.requestLogs.get(accountId, logs[4]!.id)).toEqual(logs[4]);
        expect(await storage.requestLogs.get('acct_other', logs[1]!.id)).toBeUndefined();

        // Pages are summaries: everything but the bodies (get and stream keep them).
        const newest = [...logs]
          .reverse()
          .map(({ requestBody: _req, responseBody: _res, schemaTranslation: _sent, ...summary }) => summary);
        const p1 = await storage.requestLogs.list(accountId, { limit: 2 });
        const p2 = await storage.requestLogs.list(accountId, { limit: 2, startingAfter: p1.items[1]!.id });
        const p3 = await storage.requestLogs.list(accountId, { limit: 2, startingAfter: p2.items[1]!.id });
        expect(p1).toEqual({ items: newest.slice(0, 2), hasMore: true });
        expect(p2).toEqual({ items: newest.slice(2, 4), hasMore: true });
        expect(p3).toEqual({ items: newest.slice(4), hasMore: false });

        const ids = async (q: Omit<Parameters<Storage['requestLogs']['list']>[1], 'limit'>) =>
          (await storage.requestLogs.list(accountId, { limit: 10, ...q })).items.map((l) => l.id);
        const id = (i: number) => logs[i]!.id;
        expect(await ids({ gstin })).toEqual([id(3), id(1), id(0)]);
        expect(await ids({ irn: 'a'.repeat(64) })).toEqual([id(0)]);
        expect(await ids({ operation: 'cancelIrn' })).toEqual([id(2)]);
        expect(await ids({ statusMin: 400, statusMax: 499 })).toEqual([id(3), id(2)]);
        expect(await ids({ statusMin: 201, statusMax: 201 })).toEqual([id(1), id(0)]);
        expect(await ids({ from: at(1000), to: at(3000) })).toEqual([id(3), id(2), id(1)]);

        const streamed = await collect(storage.requestLogs.stream(accountId, { statusMin: 400 }));
        expect(streamed).toEqual([logs[2], logs[3], logs[4]]);
      });

      it('tallies usage per IST day and operation: 2xx, not replayed, bulk calls by their records', async () => {
        const { accountId } = await seed(storage);
        // 18:30 UTC is midnight IST: 18:29:59.999Z is still 2026-12-06 in India, 18:30:00Z is 2026-12-07.
        const utc = (iso: string) => new Date(iso);
        const bulk = (total: number) => ({ object: 'bulk_result', summary: { total, generated: total } });
        const rows = [
          requestLog(accountId, { status: 201, createdAt: utc('2026-12-05T18:30:00.000Z') }),
          requestLog(accountId, { status: 201, createdAt: utc('2026-12-06T18:29:59.999Z') }),
          requestLog(accountId, { status: 201, createdAt: utc('2026-12-06T18:30:00.000Z') }),
          requestLog(accountId, { status: 201, replayed: true, createdAt: utc('2026-12-06T10:00:00Z') }),
          requestLog(accountId, { status: 422, createdAt: utc('2026-12-06T10:00:00Z') }),
          requestLog(accountId, { status: 503, createdAt: utc('2026-12-06T10:00:00Z') }),
          requestLog(accountId, { operation: 'getIrn', status: 200, createdAt: utc('2026-12-06T10:00:00Z') }),
          requestLog(accountId, { operation: 'bulkGenerateIrn', responseBody: bulk(3), createdAt: at(0) }),
          requestLog(accountId, { operation: 'bulkGenerateIrn', status: 202, responseBody: bulk(4), createdAt: at(1) }),
          requestLog(accountId, {
            operation: 'bulkGenerateIrn',
            replayed: true,
            responseBody: bulk(9),
            createdAt: at(2),
          }),
          requestLog(null, { status: 201, createdAt: utc('2026-12-06T10:00:00Z') }),
          requestLog(accountId, { status: 201, createdAt: utc('2026-12-07T18:30:00.000Z') }), // after the range
        ];
        for (const l of rows) await storage.requestLogs.insert(l);
        const range = { from: utc('2026-12-05T18:30:00.000Z'), to: utc('2026-12-07T18:30:00.000Z') };
        const tallies = await storage.requestLogs.usage(accountId, range);
        const key = (t: { day: string; operation: string }) => `${t.day} ${t.operation}`;
        expect([...tallies].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([
          { day: '2026-12-06', operation: 'generateIrn', calls: 2, records: 0 },
          { day: '2026-12-06', operation: 'getIrn', calls: 1, records: 0 },
          { day: '2026-12-07', operation: 'generateIrn', calls: 1, records: 0 },
        ]);
        // at(n) is 2026-11-25: the bulk calls (2xx, not replayed) sum their records.
        const bulkDay = await storage.requestLogs.usage(accountId, { from: at(0), to: at(3) });
        expect(bulkDay).toEqual([{ day: '2026-11-25', operation: 'bulkGenerateIrn', calls: 2, records: 7 }]);
        expect(await storage.requestLogs.usage('acct_other', range)).toEqual([]);
      });

      it("keeps a document answer's signed JWTs once, in the document row, and reads the full answer back", async () => {
        const { accountId, gstin } = await seed(storage);
        const irn = uid('irn').padEnd(64, '0');
        const doc = documentRecord(accountId, gstin, {
          status: 'generated',
          irn,
          signedInvoice: 'eyJhbGciOiJSUzI1NiJ9.invoice.sig',
          signedQrCode: 'eyJhbGciOiJSUzI1NiJ9.qr.sig',
        });
        await storage.documents.insert(doc);
        const answer = { id: doc.id, Irn: irn, SignedInvoice: doc.signedInvoice, SignedQRCode: doc.signedQrCode, n: 1 };
        const log = requestLog(accountId, { gstin, status: 201, irn, responseBody: answer, createdAt: at(0) });
        // Another IRN's answer, or one without an IRN, is kept as it is.
        const other = requestLog(accountId, { gstin, status: 200, irn: null, responseBody: answer, createdAt: at(1) });
        await storage.requestLogs.insert(log);
        await storage.requestLogs.insert(other);
        const [row] = await queryRawForTests(storage, `select response_body from request_logs where id = '${log.id}'`);
        const stored = JSON.stringify(row!.response_body);
        expect(stored).not.toContain('invoice.sig');
        expect(stored).not.toContain('qr.sig');
        expect(await storage.requestLogs.get(accountId, log.id)).toEqual(log);
        expect(await storage.requestLogs.get(accountId, other.id)).toEqual(other);
        expect(await collect(storage.requestLogs.stream(accountId, { irn }))).toEqual([log]);
      });

      it("keeps a generate's request body once when it is the logged IRN's document payload", async () => {
        const { accountId, gstin } = await seed(storage);
        const irn = uid('irn').padEnd(64, '0');
        const payload = {
          Version: '1.1',
          DocDtls: { Typ: 'INV', No: 'PAYLOAD-ONCE-1' },
          ValDtls: { TotInvVal: 118.5 },
        };
        const doc = documentRecord(accountId, gstin, { status: 'generated', irn, payload, signedInvoice: 'x.y.z' });
        await storage.documents.insert(doc);
        const same = requestLog(accountId, { gstin, status: 201, irn, requestBody: payload, createdAt: at(0) });
        // A body that differs from the payload (a replay with another field, say), or no IRN: stored in full.
        const changed = { ...payload, ValDtls: { TotInvVal: 119 } };
        const different = requestLog(accountId, { gstin, status: 409, irn, requestBody: changed, createdAt: at(1) });
        const noIrn = requestLog(accountId, { gstin, status: 422, irn: null, requestBody: payload, createdAt: at(2) });
        for (const l of [same, different, noIrn]) await storage.requestLogs.insert(l);
        const stored = async (id: string) =>
          JSON.stringify(
            (await queryRawForTests(storage, `select request_body from request_logs where id = '${id}'`))[0],
          );
        expect(await stored(same.id)).not.toContain('PAYLOAD-ONCE-1');
        expect(await stored(different.id)).toContain('PAYLOAD-ONCE-1');
        expect(await stored(noIrn.id)).toContain('PAYLOAD-ONCE-1');
        for (const l of [same, different, noIrn]) expect(await storage.requestLogs.get(accountId, l.id)).toEqual(l);
        expect(await collect(storage.requestLogs.stream(accountId, { irn }))).toEqual([same, different]);
      });

      it("keeps a generate's answer once, in its event, when the body is the event's data; any other body in full", async () => {
        const { accountId, gstin } = await seed(storage);
        const irn = uid('irn').padEnd(64, '0');
        const payload = { Version: '1.1', DocDtls: { Typ: 'INV', No: 'EVENT-ONCE-1' } };
        const doc = await generatedDocument(storage, accountId, gstin, { irn, payload });
        const answer = {
          object: 'document',
          id: doc.id,
          Irn: irn,
          AckNo: 112010000000001,
          SignedInvoice: doc.signedInvoice,
          SignedQRCode: doc.signedQrCode,
          Remarks: 'ANSWER-ONCE é "quoted"',
        };
        const event = await generatedEvent(storage, accountId, gstin, answer);
        const log = (over: Partial<RequestLogRecord>) =>
          requestLog(accountId, { gstin, status: 201, irn, requestBody: payload, responseBody: answer, ...over });
        const { Remarks: _, ...older } = answer;
        const cases = [
          { log: log({ createdAt: at(0) }), event, referenced: true },
          // An older API version's shape, a replay (answered 200, no event named), a problem: in full.
          {
            log: log({ responseBody: { ...older, Note: 'ANSWER-ONCE older' }, createdAt: at(1) }),
            event,
            referenced: false,
          },
          { log: log({ status: 200, replayed: true, createdAt: at(2) }), event: undefined, referenced: false },
          {
            log: log({ status: 409, responseBody: { type: 'about:blank', title: 'ANSWER-ONCE' }, createdAt: at(3) }),
            event,
            referenced: false,
          },
          // The event of another document's answer: in full.
          { log: log({ responseBody: { ...answer, id: uid('doc') }, createdAt: at(4) }), event, referenced: false },
        ];
        for (const c of cases) await storage.requestLogs.insert(c.log, c.event ? { answerEvent: c.event } : {});
        for (const c of cases) {
          const [row] = await queryRawForTests(
            storage,
            `select response_body from request_logs where id = '${c.log.id}'`,
          );
          const stored = JSON.stringify(row!.response_body);
          expect({ id: c.log.id, referenced: stored.includes(`$event:${event}`) }).toEqual({
            id: c.log.id,
            referenced: c.referenced,
          });
          expect(stored.includes('ANSWER-ONCE')).toBe(!c.referenced);
          expect(await storage.requestLogs.get(accountId, c.log.id)).toEqual(c.log);
        }
        // The export reads every body back in full, the referenced one too; another account sees none of them.
        expect(await collect(storage.requestLogs.stream(accountId, { irn }))).toEqual(cases.map((c) => c.log));
        expect(await storage.requestLogs.get('acct_other', cases[0]!.log.id)).toBeUndefined();
      });

      it('round-trips the API version, the warnings and the NIC schema translation of a call', async () => {
        const a = account();
        await storage.accounts.insert(a);
        const warning = {
          code: 'deprecated_field' as const,
          field: 'client_secret',
          message: 'deprecated',
          sunset: '2027-03-05',
          replacement: 'HTTP Basic',
          guide: 'https://einvoice.dev/docs/migrations/form-client-credentials',
        };
        const translation = { received: '1.1', sent: '1.1-test', sent_body: { Version: '1.1t' } };
        const log = requestLog(a.id, {
          apiVersion: '2026-12-01',
          warnings: [warning],
          schemaTranslation: translation,
          createdAt: at(0),
        });
        await storage.requestLogs.insert(log);
        expect(await storage.requestLogs.get(a.id, log.id)).toEqual(log);
        const page = await storage.requestLogs.list(a.id, { limit: 10 });
        expect(page.items[0]).toMatchObject({ apiVersion: '2026-12-01', warnings: [warning] });
        expect(page.items[0]).not.toHaveProperty('schemaTranslation');
      });
    });

    describe('rate limits', () => {
      it('allows a burst, then refuses, then refills as time moves', async () => {
        const key = uid('rl');
        const take = (ms: number) => storage.rateLimits.take(key, 1, 3, at(ms));
        expect(await take(0)).toEqual({ allowed: true, remaining: 2, resetSeconds: 1 });
        expect(await take(0)).toEqual({ allowed: true, remaining: 1, resetSeconds: 2 });
        expect(await take(0)).toEqual({ allowed: true, remaining: 0, resetSeconds: 3 });
        expect(await take(0)).toEqual({ allowed: false, remaining: 0, resetSeconds: 1 });
        expect((await take(500)).allowed).toBe(false);
        expect((await take(1000)).allowed).toBe(true); // one token refilled
        expect((await take(1000)).allowed).toBe(false);
        // A long idle period refills to the burst, not beyond.
        expect(await take(3_600_000)).toEqual({ allowed: true, remaining: 2, resetSeconds: 1 });
        // A clock behind the stored one neither refills nor breaks the bucket.
        expect((await take(3_599_000)).remaining).toBe(1);
      });

      it('handles fractional rates and keeps keys apart', async () => {
        const key = uid('rl');
        expect((await storage.rateLimits.take(key, 0.5, 1, at(0))).allowed).toBe(true);
        const refused = await storage.rateLimits.take(key, 0.5, 1, at(1000));
        expect(refused).toEqual({ allowed: false, remaining: 0, resetSeconds: 1 });
        expect((await storage.rateLimits.take(key, 0.5, 1, at(2000))).allowed).toBe(true);
        expect((await storage.rateLimits.take(uid('rl'), 0.5, 1, at(2000))).allowed).toBe(true);
      });

      it('gives out exactly `burst` tokens to concurrent takers', async () => {
        const key = uid('rl');
        const results = await Promise.all(Array.from({ length: 60 }, () => storage.rateLimits.take(key, 1, 10, at(0))));
        expect(results.filter((r) => r.allowed)).toHaveLength(10);
        expect(
          results
            .map((r) => r.remaining)
            .filter((_, i) => results[i]!.allowed)
            .sort((a, b) => a - b),
        ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      });
    });

    describe('dashboard sessions (migration 0012)', () => {
      const row = (over: Record<string, unknown> = {}) => ({
        tokenHash: uid('hash'),
        kind: 'session' as const,
        accountId: uid('acct'),
        keyId: uid('key'),
        csrfToken: 'csrf',
        createdAt: at(0),
        idleUntil: at(60_000),
        expiresAt: at(3_600_000),
        ...over,
      });

      it('round-trips a session, slides its idle expiry, deletes it once (a link is used once)', async () => {
        const s = row();
        await storage.dashboardSessions.insert(s);
        expect(await storage.dashboardSessions.get(s.tokenHash)).toEqual(s);
        await storage.dashboardSessions.touch(s.tokenHash, at(120_000));
        expect((await storage.dashboardSessions.get(s.tokenHash))?.idleUntil).toEqual(at(120_000));
        const deletes = await Promise.all([1, 2, 3].map(() => storage.dashboardSessions.delete(s.tokenHash)));
        expect(deletes.filter(Boolean)).toHaveLength(1);
        expect(await storage.dashboardSessions.get(s.tokenHash)).toBeUndefined();
      });

      it('deleteExpired removes rows past their idle or absolute expiry, and only those', async () => {
        const idle = row({ idleUntil: at(10) });
        const absolute = row({ kind: 'link', idleUntil: at(99_000), expiresAt: at(20) });
        const live = row();
        for (const r of [idle, absolute, live]) await storage.dashboardSessions.insert(r);
        expect(await storage.dashboardSessions.deleteExpired(at(30))).toBeGreaterThanOrEqual(2);
        expect(await storage.dashboardSessions.get(idle.tokenHash)).toBeUndefined();
        expect(await storage.dashboardSessions.get(absolute.tokenHash)).toBeUndefined();
        expect(await storage.dashboardSessions.get(live.tokenHash)).toMatchObject({ kind: 'session' });
      });
    });

    describe('transactions', () => {
      it('commits everything fn wrote, through repositories bound to the transaction', async () => {
        const a = account();
        const g = gstinRecord(a.id);
        const d = documentRecord(a.id, g.gstin);
        const outboxId = uid('msg');
        const result = await storage.transaction(async (tx) => {
          await tx.accounts.insert(a);
          await tx.gstins.insert(g);
          await tx.documents.insert(d);
          // The transaction sees its own writes.
          expect(await tx.documents.get(a.id, g.gstin, d.id)).toEqual(d);
          const c = credential(a.id, g.gstin);
          await tx.credentials.insert(c, secret(c.clientId)); // nested atomic insert joins this transaction
          await tx.outbox.append({
            id: outboxId,
            accountId: a.id,
            gstin: g.gstin,
            type: 'irn.generated',
            payload: { id: d.id },
            createdAt: at(0),
            dispatchedAt: null,
          });
          return 'done';
        });
        expect(result).toBe('done');
        expect(await storage.documents.get(a.id, g.gstin, d.id)).toEqual(d);
        const rows = await queryRawForTests(storage, `select id, type from outbox_events where id = '${outboxId}'`);
        expect(rows).toEqual([{ id: outboxId, type: 'irn.generated' }]);
      });

      it('rolls back everything when fn throws', async () => {
        const a = account();
        const g = gstinRecord(a.id);
        const d = documentRecord(a.id, g.gstin);
        const key = uid('txkey');
        const outboxId = uid('msg');
        const boom = new Error('boom');
        await expect(
          storage.transaction(async (tx) => {
            await tx.accounts.insert(a);
            await tx.gstins.insert(g);
            await tx.idempotency.claim(idempotency(a.id, key), at(0));
            await tx.documents.insert(d);
            await tx.outbox.append({
              id: outboxId,
              accountId: a.id,
              gstin: null,
              type: 'irn.generated',
              payload: null,
              createdAt: at(0),
              dispatchedAt: null,
            });
            await tx.audit.append(auditEvent(a.id));
            throw boom;
          }),
        ).rejects.toBe(boom);
        expect(await storage.accounts.get(a.id)).toBeUndefined();
        expect(await storage.gstins.get(a.id, g.gstin)).toBeUndefined();
        expect(await storage.documents.get(a.id, g.gstin, d.id)).toBeUndefined();
        expect(await storage.idempotency.get(a.id, '29AAGCB1286Q1Z4', key)).toBeUndefined();
        expect(await queryRawForTests(storage, `select id from outbox_events where id = '${outboxId}'`)).toEqual([]);
        expect((await storage.audit.list(a.id, { limit: 10 })).items).toEqual([]);
        // The storage is usable afterwards.
        await storage.accounts.insert(a);
        expect(await storage.accounts.get(a.id)).toEqual(a);
      });

      it('hides uncommitted writes from other connections (PostgreSQL)', async () => {
        if (storage.dialect !== 'postgres') return; // SQLite has one connection, serialised by the driver
        const a = account();
        let release!: () => void;
        const gate = new Promise<void>((r) => (release = r));
        let inserted!: () => void;
        const insertedP = new Promise<void>((r) => (inserted = r));
        const tx = storage.transaction(async (t) => {
          await t.accounts.insert(a);
          inserted();
          await gate;
        });
        await insertedP;
        expect(await storage.accounts.get(a.id)).toBeUndefined();
        release();
        await tx;
        expect(await storage.accounts.get(a.id)).toEqual(a);
      });
    });

    webhookDispatchContract(() => storage);
  });
}

// --- Webhook dispatch (migration 0002-webhooks): outbox claims, deliveries, attempts, replay ---
import type { WebhookDeliveryRecord } from '../../src/app/ports/records.js';

function delivery(
  accountId: string,
  endpointId: string,
  over: Partial<WebhookDeliveryRecord> = {},
): WebhookDeliveryRecord {
  return {
    id: uid('wd'),
    accountId,
    endpointId,
    eventId: uid('msg'),
    eventType: 'irn.generated',
    gstin: null,
    body: '{"type":"irn.generated","data":{"ünï":"₹"}}',
    status: 'pending',
    attemptCount: 0,
    scheduleStart: 0,
    nextAttemptAt: at(0),
    createdAt: at(0),
    updatedAt: at(0),
    ...over,
  };
}

function webhookDispatchContract(current: () => Storage): void {
  describe('webhook dispatch', () => {
    const lease = 60_000;

    it('outbox: claimBatch leases undispatched rows oldest first; a lease hides them until it lapses; markDispatched ends them', async () => {
      const storage = current();
      const { accountId } = await seed(storage);
      const ids = [uid('msg'), uid('msg'), uid('msg')];
      for (const id of ids) {
        await storage.outbox.append({
          id,
          accountId,
          gstin: null,
          type: 'irn.generated',
          payload: { type: 'irn.generated', data: { id } },
          createdAt: at(0),
          dispatchedAt: null,
        });
      }
      const mine = (rows: { id: string }[]) => rows.map((r) => r.id).filter((id) => ids.includes(id));
      const first = await storage.outbox.claimBatch(1000, at(1000), lease);
      expect(mine(first)).toEqual(ids);
      expect(first.find((r) => r.id === ids[0])).toEqual({
        id: ids[0],
        accountId,
        gstin: null,
        type: 'irn.generated',
        payload: { type: 'irn.generated', data: { id: ids[0] } },
        createdAt: at(0),
        dispatchedAt: null,
      });
      expect(mine(await storage.outbox.claimBatch(1000, at(1000 + lease - 1), lease))).toEqual([]); // still leased
      await storage.outbox.markDispatched([ids[0]!], at(2000));
      // The lease lapsed (a crashed dispatcher): the undispatched rows come back, the dispatched one does not.
      expect(mine(await storage.outbox.claimBatch(1000, at(1000 + lease), lease))).toEqual(ids.slice(1));
      const rows = await queryRawForTests(
        storage,
        `select id, dispatched_at from outbox_events where id = '${ids[0]}'`,
      );
      expect(rows[0]!.dispatched_at).not.toBeNull();
      // A batch is marked in one call; an empty one is a no-op.
      await storage.outbox.markDispatched([], at(3000));
      await storage.outbox.markDispatched(ids.slice(1), at(3000));
      expect(mine(await storage.outbox.claimBatch(1000, at(1000 + 3 * lease), lease))).toEqual([]);
      const marked = await queryRawForTests(
        storage,
        `select id from outbox_events where dispatched_at is not null and id in ('${ids.join("','")}')`,
      );
      expect(marked.map((r) => r.id).sort()).toEqual([...ids].sort());
    });

    it('outbox: a document event keeps the signed JWTs once, in the document row; the claim reads them back', async () => {
      const storage = current();
      const { accountId, gstin } = await seed(storage);
      const doc = documentRecord(accountId, gstin, {
        status: 'generated',
        irn: uid('irn').padEnd(64, '0'),
        signedInvoice: 'eyJhbGciOiJSUzI1NiJ9.eyJpbnYiOjF9.b3V0Ym94',
        signedQrCode: 'eyJhbGciOiJSUzI1NiJ9.eyJxciI6MX0.cXI',
      });
      await storage.documents.insert(doc);
      const data = {
        id: doc.id,
        object: 'document',
        Irn: doc.irn,
        SignedInvoice: doc.signedInvoice,
        SignedQRCode: doc.signedQrCode,
      };
      const event = {
        id: uid('msg'),
        accountId,
        gstin,
        type: 'irn.generated',
        payload: { type: 'irn.generated', timestamp: '2026-01-01T00:00:00.000Z', data },
        createdAt: at(0),
        dispatchedAt: null,
      };
      await storage.outbox.append(event);
      const [row] = await queryRawForTests(storage, `select payload from outbox_events where id = '${event.id}'`);
      expect(JSON.stringify(row!.payload)).not.toContain('b3V0Ym94');
      // Claimed without the documents read, the references are still in place; withSignedPayload restores them.
      const bare = (await storage.outbox.claimBatch(1000, at(20_000_000), lease, { signedPayload: false })).find(
        (e) => e.id === event.id,
      )!;
      expect((bare.payload as { data: Record<string, unknown> }).data.SignedInvoice).toBe('$document.signed_invoice');
      expect(await storage.outbox.withSignedPayload([bare])).toEqual([event]);
      // The lease lapsed: a plain claim reads them back itself.
      const claimed = await storage.outbox.claimBatch(1000, at(20_000_000 + lease), lease);
      expect(claimed.find((e) => e.id === event.id)).toEqual(event);
    });

    it('outbox: concurrent claimers never get the same row', async () => {
      const storage = current();
      const { accountId } = await seed(storage);
      const ids = Array.from({ length: 30 }, () => uid('msg'));
      for (const id of ids)
        await storage.outbox.append({
          id,
          accountId,
          gstin: null,
          type: 'irn.generated',
          payload: {},
          createdAt: at(0),
          dispatchedAt: null,
        });
      const now = at(10_000_000);
      const claims = await Promise.all(Array.from({ length: 6 }, () => storage.outbox.claimBatch(7, now, lease)));
      const claimed = claims.flat().map((r) => r.id);
      expect(new Set(claimed).size).toBe(claimed.length);
    });

    it('deliveries: one per (event, endpoint); round-trip; list filters, pages newest first, carries attempts; tenancy', async () => {
      const storage = current();
      const { accountId } = await seed(storage);
      const ep1 = webhookEndpoint(accountId, { enabled: true });
      const ep2 = webhookEndpoint(accountId, { enabled: true });
      await storage.webhookEndpoints.insert(ep1);
      await storage.webhookEndpoints.insert(ep2);
      const d1 = delivery(accountId, ep1.id);
      const d2 = delivery(accountId, ep2.id, { eventId: d1.eventId });
      const d3 = delivery(accountId, ep1.id, {
        eventType: 'irn.cancelled',
        status: 'dead',
        nextAttemptAt: null,
        gstin: '29AAACP7879D1Z0',
      });
      for (const d of [d1, d2, d3]) expect(await storage.webhookDeliveries.insert(d)).toBe(true);
      expect(await storage.webhookDeliveries.insert({ ...d1, id: uid('wd') })).toBe(false);
      expect(await storage.webhookDeliveries.get(accountId, d1.id)).toEqual({ delivery: d1, attempts: [] });
      expect(await storage.webhookDeliveries.get('acct_other', d1.id)).toBeUndefined();

      const attempt = {
        id: uid('wda'),
        deliveryId: d3.id,
        attemptedAt: at(5),
        statusCode: 503,
        latencyMs: 41.5,
        responseExcerpt: 'Service Unavailable',
        error: null,
      };
      await storage.webhookDeliveries.recordAttempt(attempt, { status: 'dead', nextAttemptAt: null });
      const ids = async (q: Parameters<Storage['webhookDeliveries']['list']>[1]) =>
        (await storage.webhookDeliveries.list(accountId, q)).items.map((i) => i.delivery.id);
      expect(await ids({ limit: 10 })).toEqual([d3.id, d2.id, d1.id]);
      expect(await ids({ limit: 10, endpointId: ep1.id })).toEqual([d3.id, d1.id]);
      expect(await ids({ limit: 10, status: 'dead' })).toEqual([d3.id]);
      expect(await ids({ limit: 10, eventType: 'irn.generated' })).toEqual([d2.id, d1.id]);
      const p1 = await storage.webhookDeliveries.list(accountId, { limit: 1 });
      expect(p1.hasMore).toBe(true);
      expect(p1.items[0]).toEqual({ delivery: { ...d3, attemptCount: 1, updatedAt: at(5) }, attempts: [attempt] });
      expect(await ids({ limit: 5, startingAfter: d2.id })).toEqual([d1.id]);
      expect((await storage.webhookDeliveries.list('acct_other', { limit: 10 })).items).toEqual([]);
    });

    it('deliveries: claimDue takes due ones of live, enabled endpoints under a lease; recordAttempt reschedules; replay and abandon', async () => {
      const storage = current();
      const { accountId } = await seed(storage);
      const live = webhookEndpoint(accountId, { enabled: true });
      const disabled = webhookEndpoint(accountId, { enabled: false });
      const deleted = webhookEndpoint(accountId, { enabled: true, deletedAt: at(0) });
      for (const e of [live, disabled, deleted]) await storage.webhookEndpoints.insert(e);
      const now = at(50_000_000);
      const due = delivery(accountId, live.id, { nextAttemptAt: at(50_000_000 - 1) });
      const later = delivery(accountId, live.id, { nextAttemptAt: at(50_000_000 + 5000) });
      const onDisabled = delivery(accountId, disabled.id, { nextAttemptAt: at(0) });
      const onDeleted = delivery(accountId, deleted.id, { nextAttemptAt: at(0) });
      const finished = delivery(accountId, live.id, { status: 'succeeded', nextAttemptAt: null });
      for (const d of [due, later, onDisabled, onDeleted, finished]) await storage.webhookDeliveries.insert(d);
      const mine = [due, later, onDisabled, onDeleted, finished].map((d) => d.id);
      const claim = async (t: Date) =>
        (await storage.webhookDeliveries.claimDue(1000, t, lease)).filter((d) => mine.includes(d.id));

      expect(await claim(now)).toEqual([due]);
      expect(await claim(now)).toEqual([]); // leased
      await storage.webhookDeliveries.recordAttempt(
        {
          id: uid('wda'),
          deliveryId: due.id,
          attemptedAt: now,
          statusCode: null,
          latencyMs: 15000,
          responseExcerpt: null,
          error: 'timeout',
        },
        { status: 'pending', nextAttemptAt: at(50_000_000 + 5000) },
      );
      // The attempt freed the lease: both are due 5 s later.
      expect((await claim(at(50_000_000 + 5000))).map((d) => d.id).sort()).toEqual([due.id, later.id].sort());

      // Enabling the endpoint releases its waiting deliveries.
      await storage.webhookEndpoints.update({ ...disabled, enabled: true });
      expect((await claim(at(50_000_000 + 5000))).map((d) => d.id)).toEqual([onDisabled.id]);

      // Replay: pending again, due now, schedule restarted at the current attempt count, same event id.
      const replayed = await storage.webhookDeliveries.replay(accountId, finished.id, at(60_000_000));
      expect(replayed).toEqual({
        ...finished,
        status: 'pending',
        nextAttemptAt: at(60_000_000),
        scheduleStart: 0,
        updatedAt: at(60_000_000),
      });
      await storage.webhookDeliveries.recordAttempt(
        {
          id: uid('wda'),
          deliveryId: due.id,
          attemptedAt: now,
          statusCode: 500,
          latencyMs: 3,
          responseExcerpt: 'x',
          error: null,
        },
        { status: 'dead', nextAttemptAt: null },
      );
      const dead = await storage.webhookDeliveries.replay(accountId, due.id, at(60_000_000));
      expect([dead?.status, dead?.attemptCount, dead?.scheduleStart, dead?.eventId]).toEqual([
        'pending',
        2,
        2,
        due.eventId,
      ]);
      expect(await storage.webhookDeliveries.replay('acct_other', due.id, now)).toBeUndefined();

      // Deleting an endpoint stops its pending deliveries (they stay listed).
      expect(await storage.webhookDeliveries.abandonPending(accountId, live.id, at(60_000_001))).toBe(3);
      const after = await storage.webhookDeliveries.get(accountId, later.id);
      expect([after?.delivery.status, after?.delivery.nextAttemptAt]).toEqual(['dead', null]);
    });

    it('deliveries: concurrent senders never claim the same delivery', async () => {
      const storage = current();
      const { accountId } = await seed(storage);
      const ep = webhookEndpoint(accountId, { enabled: true });
      await storage.webhookEndpoints.insert(ep);
      for (let i = 0; i < 25; i++)
        await storage.webhookDeliveries.insert(delivery(accountId, ep.id, { nextAttemptAt: at(0) }));
      const claims = await Promise.all(
        Array.from({ length: 6 }, () => storage.webhookDeliveries.claimDue(6, at(90_000_000), lease)),
      );
      const ids = claims.flat().map((d) => d.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(25);
    });

    it('deliveries: claimDue with a per-endpoint cap (leased ones count) leaves room for other endpoints; release', async () => {
      const storage = current();
      const { accountId } = await seed(storage);
      const slow = webhookEndpoint(accountId, { enabled: true });
      const fast = webhookEndpoint(accountId, { enabled: true });
      for (const e of [slow, fast]) await storage.webhookEndpoints.insert(e);
      const t = at(70_000_000);
      // Ten of the slow endpoint's deliveries are due before the fast endpoint's one.
      const backlog = Array.from({ length: 10 }, (_, i) =>
        delivery(accountId, slow.id, { nextAttemptAt: at(70_000_000 - 1000 + i) }),
      );
      const fastOne = delivery(accountId, fast.id, { nextAttemptAt: at(70_000_000 - 1) });
      for (const d of [...backlog, fastOne]) await storage.webhookDeliveries.insert(d);
      const mine = new Set([...backlog, fastOne].map((d) => d.id));
      const claim = async () =>
        (await storage.webhookDeliveries.claimDue(1000, t, lease, 3)).filter((d) => mine.has(d.id)).map((d) => d.id);
      expect((await claim()).sort()).toEqual([...backlog.slice(0, 3).map((d) => d.id), fastOne.id].sort());
      expect(await claim()).toEqual([]); // the slow endpoint has 3 in flight: its cap
      await storage.webhookDeliveries.release([backlog[0]!.id]);
      expect(await claim()).toEqual([backlog[0]!.id]);
      // Concurrent claimers never share a delivery, and together stay near the cap.
      await storage.webhookDeliveries.release(backlog.slice(0, 3).map((d) => d.id));
      const claims = await Promise.all(
        Array.from({ length: 4 }, () => storage.webhookDeliveries.claimDue(1000, t, lease, 3)),
      );
      const ids = claims
        .flat()
        .map((d) => d.id)
        .filter((id) => mine.has(id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(3);
    });

    it('endpoint health: failingSince set by the first failure, cleared by a success; disableFailing is once-only', async () => {
      const storage = current();
      const { accountId } = await seed(storage);
      const ep = webhookEndpoint(accountId, { enabled: true });
      await storage.webhookEndpoints.insert(ep);
      await storage.webhookEndpoints.recordHealth(accountId, ep.id, false, at(100));
      await storage.webhookEndpoints.recordHealth(accountId, ep.id, false, at(200));
      expect((await storage.webhookEndpoints.get(accountId, ep.id))?.failingSince).toEqual(at(100));
      expect(await storage.webhookEndpoints.disableFailing(accountId, ep.id, at(99), at(300))).toBeUndefined();
      const both = await Promise.all([
        storage.webhookEndpoints.disableFailing(accountId, ep.id, at(100), at(300)),
        storage.webhookEndpoints.disableFailing(accountId, ep.id, at(100), at(300)),
      ]);
      expect(both.filter(Boolean)).toHaveLength(1);
      const disabled = {
        ...ep,
        enabled: false,
        failingSince: at(100),
        disabledReason: 'failing' as const,
        disabledAt: at(300),
        updatedAt: at(300),
      };
      expect(both.find(Boolean)).toEqual(disabled);
      expect(await storage.webhookEndpoints.get(accountId, ep.id)).toEqual(disabled);
      await storage.webhookEndpoints.recordHealth(accountId, ep.id, true, at(400));
      expect((await storage.webhookEndpoints.get(accountId, ep.id))?.failingSince).toBeNull();
      expect(await storage.webhookEndpoints.disableFailing('acct_other', ep.id, at(1000), at(1000))).toBeUndefined();
    });

    describe('outage queue', () => {
      it('claims each due queued document once, leases it, and reschedules it', async () => {
        const storage = current();
        const { accountId, gstin } = await seed(storage);
        const t0 = new Date('2026-11-25T10:00:00Z');
        const docs = Array.from({ length: 12 }, () => documentRecord(accountId, gstin, { status: 'pending' }));
        for (const d of docs) {
          await storage.documents.insert(d);
          await storage.documents.enqueue(d, t0);
        }
        const notYet = await storage.documents.claimQueued(50, new Date(t0.getTime() - 1), 60_000);
        expect(notYet).toEqual([]);
        const claims = await Promise.all(Array.from({ length: 5 }, () => storage.documents.claimQueued(4, t0, 60_000)));
        const ids = claims.flat().map((c) => c.doc.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.sort()).toEqual(docs.map((d) => d.id).sort());
        expect(claims.flat().every((c) => c.attempts === 1 && c.doc.status === 'queued')).toBe(true);
        // Leased: nobody else gets them until the lease runs out.
        expect(await storage.documents.claimQueued(50, new Date(t0.getTime() + 1000), 60_000)).toEqual([]);
        // Rescheduled: due again later, with the attempt count kept.
        await storage.documents.reschedule(docs[0]!.id, new Date(t0.getTime() + 5000));
        expect(await storage.documents.claimQueued(50, new Date(t0.getTime() + 4000), 60_000)).toEqual([]);
        const again = await storage.documents.claimQueued(50, new Date(t0.getTime() + 5000), 60_000);
        expect(again.map((c) => [c.doc.id, c.attempts])).toEqual([[docs[0]!.id, 2]]);
        // A lease that lapsed (crashed worker) is claimable again.
        const lapsed = await storage.documents.claimQueued(50, new Date(t0.getTime() + 70_000), 60_000);
        expect(lapsed.length).toBe(12);
      });

      it('renewLease keeps a claimed document hidden past its first lease (heartbeat)', async () => {
        const storage = current();
        const { accountId, gstin } = await seed(storage);
        const t0 = new Date('2026-11-26T10:00:00Z');
        const d = documentRecord(accountId, gstin, { status: 'pending' });
        await storage.documents.insert(d);
        await storage.documents.enqueue(d, t0);
        // Other tests' queued documents share the table: look at this one only.
        const got = async (at: number) =>
          (await storage.documents.claimQueued(50, new Date(t0.getTime() + at), 3000)).filter((c) => c.doc.id === d.id);
        expect(await got(0)).toHaveLength(1);
        await storage.documents.renewLease([d.id], new Date(t0.getTime() + 6000));
        expect(await got(4000)).toEqual([]);
        expect(await got(6000)).toHaveLength(1);
        // A released lease (rescheduled) is not taken back by a late heartbeat.
        await storage.documents.reschedule(d.id, new Date(t0.getTime() + 7000));
        await storage.documents.renewLease([d.id], new Date(t0.getTime() + 60_000));
        expect(await got(7000)).toHaveLength(1);
      });
    });

    describe('reconciler tasks (migration 0007)', () => {
      const task = (accountId: string, gstin: string, documentId: string, at: Date) => ({
        id: uid('rec'),
        kind: 'generate' as const,
        accountId,
        gstin,
        documentId,
        reason: 'stale_pending',
        detail: { CnlRsn: '2' },
        state: 'open' as const,
        attempts: 0,
        nextAttemptAt: at,
        leaseUntil: null,
        outcome: null,
        lastError: null,
        createdAt: at,
        resolvedAt: null,
      });

      it('one open task per document and kind; claims lease it once; retry, renew and resolve', async () => {
        const storage = current();
        const { accountId, gstin } = await seed(storage);
        const t0 = new Date('2026-11-27T10:00:00Z');
        const docs = Array.from({ length: 6 }, () => documentRecord(accountId, gstin, { status: 'pending' }));
        for (const d of docs) {
          await storage.documents.insert(d);
          expect(await storage.reconcile.enqueue(task(accountId, gstin, d.id, t0))).toBe(true);
          expect(await storage.reconcile.enqueue(task(accountId, gstin, d.id, t0))).toBe(false);
        }
        const claims = await Promise.all(Array.from({ length: 4 }, () => storage.reconcile.claimDue(2, t0, 3000)));
        const mine = claims.flat().filter((t) => docs.some((d) => d.id === t.documentId));
        expect(new Set(mine.map((t) => t.id)).size).toBe(mine.length);
        expect(mine.every((t) => t.attempts === 1 && t.detail?.CnlRsn === '2')).toBe(true);
        const first = mine[0]!;
        await storage.reconcile.renewLease([first.id], new Date(t0.getTime() + 10_000));
        await storage.reconcile.retryLater(mine[1]!.id, new Date(t0.getTime() + 5000), 'still unknown');
        const later = await storage.reconcile.claimDue(50, new Date(t0.getTime() + 5000), 3000);
        const laterIds = later.map((t) => t.id);
        expect(laterIds).toContain(mine[1]!.id);
        expect(laterIds).not.toContain(first.id); // renewed: still leased
        expect(later.find((t) => t.id === mine[1]!.id)).toMatchObject({ attempts: 2, lastError: 'still unknown' });
        await storage.reconcile.resolve(first.id, 'generated', t0);
        expect(await storage.reconcile.get(first.id)).toMatchObject({ state: 'resolved', outcome: 'generated' });
        // Resolved: a new task for the same document may be opened again.
        expect(await storage.reconcile.enqueue(task(accountId, gstin, first.documentId, t0))).toBe(true);
        const summary = await storage.reconcile.openSummary();
        expect(summary.count).toBeGreaterThanOrEqual(docs.length);
        expect(summary.oldest).toBeInstanceOf(Date);
      });

      it('stale pending documents are listed oldest first', async () => {
        const storage = current();
        const { accountId, gstin } = await seed(storage);
        const old = documentRecord(accountId, gstin, {
          status: 'pending',
          updatedAt: new Date('2001-01-01T00:00:00Z'),
        });
        const fresh = documentRecord(accountId, gstin, {
          status: 'pending',
          updatedAt: new Date('2099-01-01T00:00:00Z'),
        });
        await storage.documents.insert(old);
        await storage.documents.insert(fresh);
        const stale = await storage.documents.listStalePending(new Date('2026-01-01T00:00:00Z'), 1000);
        expect(stale.map((d) => d.id)).toContain(old.id);
        expect(stale.map((d) => d.id)).not.toContain(fresh.id);
      });

      it('a deferred Idempotency-Key is completed by its resource, once', async () => {
        const storage = current();
        const { accountId } = await seed(storage);
        const now = new Date('2026-11-27T10:00:00Z');
        const rec = idempotency(accountId, uid('key'), {
          createdAt: now,
          expiresAt: new Date(now.getTime() + 3600_000),
        });
        expect((await storage.idempotency.claim(rec, now)).outcome).toBe('claimed');
        await storage.idempotency.defer(accountId, rec.scope, rec.key, 'doc_x1');
        expect(await storage.idempotency.get(accountId, rec.scope, rec.key)).toMatchObject({
          state: 'deferred',
          lockedUntil: null,
          resourceId: 'doc_x1',
        });
        // A deferred key is not claimable by a new claim; the pipeline lets its owner through.
        expect((await storage.idempotency.claim(rec, now)).outcome).toBe('existing');
        const answer = { status: 201, headers: { 'content-type': 'application/json' }, body: '{"a":1}' };
        expect(await storage.idempotency.completeForResource(accountId, 'doc_x1', answer)).toBe(1);
        expect(await storage.idempotency.completeForResource(accountId, 'doc_x1', answer)).toBe(0);
        expect(await storage.idempotency.get(accountId, rec.scope, rec.key)).toMatchObject({
          state: 'completed',
          responseStatus: 201,
          responseBody: '{"a":1}',
        });
      });

      it('parks a pending document (its attempt still in flight) and nothing else', async () => {
        const storage = current();
        const { accountId, gstin } = await seed(storage);
        const t0 = new Date('2026-11-25T10:00:00Z');
        const pending = documentRecord(accountId, gstin, { status: 'pending' });
        const generated = documentRecord(accountId, gstin, { status: 'generated' });
        await storage.documents.insert(pending);
        await storage.documents.insert(generated);
        expect(await storage.documents.park(pending.id, new Date(t0.getTime() + 30_000))).toBe(true);
        expect((await storage.documents.get(accountId, gstin, pending.id))?.status).toBe('queued');
        // Only pending: an outcome the attempt recorded first is never overwritten, and a second park is a no-op.
        expect(await storage.documents.park(generated.id, t0)).toBe(false);
        expect((await storage.documents.get(accountId, gstin, generated.id))?.status).toBe('generated');
        expect(await storage.documents.park(pending.id, t0)).toBe(false);
        // The worker leaves it to its attempt until the lease it was parked with runs out.
        expect(await storage.documents.claimQueued(50, new Date(t0.getTime() + 29_000), 60_000)).toEqual([]);
        const taken = await storage.documents.claimQueued(50, new Date(t0.getTime() + 30_000), 60_000);
        expect(taken.map((c) => c.doc.id)).toEqual([pending.id]);
      });
    });

    describe('bulk jobs (migration 0009)', () => {
      const job = (accountId: string, gstin: string, t0: Date, over: Record<string, unknown> = {}) => ({
        id: uid('bulk'),
        accountId,
        gstin,
        environment: 'sandbox' as const,
        idempotencyKey: null as string | null,
        requestId: 'req_1',
        status: 'queued' as const,
        total: 3,
        attempts: 0,
        nextAttemptAt: t0,
        leaseUntil: null as Date | null,
        lastError: null,
        createdAt: t0,
        updatedAt: t0,
        completedAt: null,
        ...over,
      });

      it('stores a job once per Idempotency-Key, with its records as sent; settles each record once; completes once', async () => {
        const storage = current();
        const { accountId, gstin } = await seed(storage);
        const t0 = new Date('2026-11-27T10:00:00Z');
        const key = uid('key');
        const docs = [{ b: 1, a: 'x' }, { a: 2 }, { c: [1, 2] }];
        const j = job(accountId, gstin, t0, { idempotencyKey: key });
        expect(await storage.transaction((tx) => tx.bulkJobs.create(j, docs))).toBe(true);
        expect(await storage.bulkJobs.create({ ...j, id: uid('bulk') }, docs)).toBe(false);
        expect(await storage.bulkJobs.getByIdempotencyKey(accountId, gstin, key)).toEqual(j);
        expect(await storage.bulkJobs.get(accountId, gstin, j.id)).toEqual(j);
        expect(await storage.bulkJobs.get(accountId, 'OTHERGSTIN', j.id)).toBeUndefined();
        // Jobs without a key never collide.
        const k1 = job(accountId, gstin, t0);
        const k2 = job(accountId, gstin, t0);
        expect(await storage.bulkJobs.create(k1, [{}])).toBe(true);
        expect(await storage.bulkJobs.create(k2, [{}])).toBe(true);

        const pending = await storage.bulkJobs.pendingRecords(j.id);
        expect(pending.map((r) => [r.index, r.status, r.payload])).toEqual(docs.map((d, i) => [i, 'pending', d]));
        await storage.bulkJobs.attachDocument(j.id, 1, 'doc_1');
        expect((await storage.bulkJobs.pendingRecords(j.id))[1]).toMatchObject({ documentId: 'doc_1' });
        const outcome = { status: 'generated' as const, documentId: 'doc_1', document: { id: 'doc_1' }, error: null };
        expect(await storage.bulkJobs.settleRecord(j.id, 1, outcome, t0)).toBe(true);
        expect(await storage.bulkJobs.settleRecord(j.id, 1, { ...outcome, status: 'failed' }, t0)).toBe(false);
        const failed = { status: 'failed' as const, documentId: null, document: null, error: { status: 422 } };
        expect(await storage.bulkJobs.settleRecord(j.id, 0, failed, t0)).toBe(true);
        expect(await storage.bulkJobs.counts(j.id)).toEqual({
          pending: 1,
          generated: 1,
          replayed: 0,
          queued: 0,
          failed: 1,
        });
        const page1 = await storage.bulkJobs.listRecords(j.id, { limit: 2 });
        expect(page1.items.map((r) => [r.index, r.status, r.payload])).toEqual([
          [0, 'failed', null],
          [1, 'generated', null],
        ]);
        expect(page1.items[1]!.document).toEqual({ id: 'doc_1' });
        expect(page1.hasMore).toBe(true);
        const page2 = await storage.bulkJobs.listRecords(j.id, { limit: 2, startingAfter: '1' });
        expect([page2.items.map((r) => r.index), page2.hasMore]).toEqual([[2], false]);

        expect(await storage.bulkJobs.complete(j.id, t0)).toBe(true);
        expect(await storage.bulkJobs.complete(j.id, t0)).toBe(false);
        expect(await storage.bulkJobs.get(accountId, gstin, j.id)).toMatchObject({
          status: 'completed',
          completedAt: t0,
        });
      });

      it('claims due jobs once under a lease; renew keeps them; retryLater releases them; completed ones are never claimed', async () => {
        const storage = current();
        const { accountId, gstin } = await seed(storage);
        const t0 = new Date('2031-01-01T10:00:00Z'); // later than every other test's jobs
        const jobs = Array.from({ length: 4 }, () => job(accountId, gstin, t0));
        for (const j of jobs) await storage.bulkJobs.create(j, [{}]);
        const claims = await Promise.all(Array.from({ length: 4 }, () => storage.bulkJobs.claimDue(2, t0, 3000)));
        const mine = claims.flat().filter((c) => jobs.some((j) => j.id === c.id));
        expect(new Set(mine.map((c) => c.id)).size).toBe(mine.length);
        expect(mine.length).toBe(jobs.length);
        expect(mine.every((c) => c.status === 'running' && c.attempts === 1)).toBe(true);
        const [a, b, c] = mine;
        await storage.bulkJobs.renewLease([a!.id], new Date(t0.getTime() + 10_000));
        await storage.bulkJobs.retryLater(b!.id, new Date(t0.getTime() + 5000), 'a fault');
        await storage.bulkJobs.complete(c!.id, t0);
        const later = (await storage.bulkJobs.claimDue(50, new Date(t0.getTime() + 5000), 3000)).filter((x) =>
          jobs.some((j) => j.id === x.id),
        );
        const ids = later.map((x) => x.id);
        expect(ids).toContain(b!.id);
        expect(ids).not.toContain(a!.id); // renewed
        expect(ids).not.toContain(c!.id); // completed
        expect(later.find((x) => x.id === b!.id)).toMatchObject({ attempts: 2, lastError: 'a fault' });
        // A released lease is not taken back by a late heartbeat.
        await storage.bulkJobs.retryLater(b!.id, new Date(t0.getTime() + 6000), 'again');
        await storage.bulkJobs.renewLease([b!.id], new Date(t0.getTime() + 60_000));
        expect(await storage.bulkJobs.get(accountId, gstin, b!.id)).toMatchObject({
          status: 'queued',
          leaseUntil: null,
        });
      });
    });
  });
}
