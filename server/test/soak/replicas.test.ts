// Scale-out (issue #21): several replicas on one PostgreSQL database.
//   - A replica on a shared database refuses to start without configured keys, or with keys other than those the
//     database was first opened with (the message names the variables).
//   - Replicas that share the keys (and nothing on disk) accept each other's tokens and open each other's sealed
//     IRP passwords; a credential's rate limit holds across replicas, not per process.
//   - The history test across replicas: the soak (soak.ts) with three replicas behind a round-robin balancer that
//     follows readiness (test/crash/balancer.ts), mixed load (generate, cancel, e-way bills, bulk jobs, webhooks to a
//     local receiver), IRP faults, one replica SIGKILLed and restarted, another rolled with SIGTERM; then the shared
//     history check, plus: no request failed by the rolled replica (graceful shutdown), every bulk job completed,
//     every answer has its request-log row.
// PostgreSQL only (clusters of their own, test/crash/pg-cluster.ts); skipped when its binaries are missing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type PgCluster, pgAvailable, startPgCluster } from '../crash/pg-cluster.js';
import { query, until } from '../crash/probes.js';
import { killAll, startProcess, startSandbox, startServer, TEST_KEYS } from '../crash/processes.js';
import { noProblems, summarizeProblems } from '../history/checker.js';
import { invoice } from '../support/invoices.js';
import { formatReport, runSoak } from './soak.js';

const SECONDS = Number(process.env.REPLICAS_TEST_SECONDS ?? 25);
const SELLER = '29AAACP7879D1Z0';
const START_TIMEOUT_MS = 90_000;

afterAll(() => killAll());

const call = async (base: string, method: string, path: string, auth: string, body?: unknown) => {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};

/** A sandbox server on the shared database with the shared keys, a DATA_DIR of its own, the standalone IRP. */
const serverEnv = (dataDir: string, databaseUrl: string, irpUrl: string, more: Record<string, string> = {}) => ({
  EINVOICE_MODE: 'sandbox',
  PORT: '0',
  DATA_DIR: dataDir, // nothing on disk is shared: the keys come from the environment
  DATABASE_URL: databaseUrl,
  IRP_SANDBOX_URL: irpUrl,
  LOG_LEVEL: 'warn',
  ...TEST_KEYS,
  ...more,
});

/** Registers the seller (its IRP password sealed by `gstinAt`), a credential (by `credAt`), a token (by `tokenAt`). */
async function session(apiKey: string, at: { gstin: string; cred: string; token: string }, rateLimitRps = 100) {
  const key = `Bearer ${apiKey}`;
  const gstin = await call(at.gstin, 'POST', '/v1/gstins', key, {
    gstin: SELLER,
    irp_username: 'replicas',
    irp_password: 'sandbox',
  });
  expect(gstin.status).toBe(201);
  const cred = await call(at.cred, 'POST', `/v1/gstins/${SELLER}/credentials`, key, {
    name: 'replicas',
    scopes: ['irn:write', 'read'],
    plan: 'custom',
    rate_limit_rps: rateLimitRps,
  });
  expect(cred.status).toBe(201);
  const tokenRes = await fetch(`${at.token}/v1/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${cred.body.client_id}:${cred.body.client_secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  expect(tokenRes.status).toBe(200);
  return `Bearer ${((await tokenRes.json()) as { access_token: string }).access_token}`;
}

describe.skipIf(!pgAvailable)('replicas on one PostgreSQL database', () => {
  it('a replica on a shared database without configured keys refuses to start, naming the variables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'einvoice-keys-'));
    try {
      // The check comes before any connection: no database is needed to see it.
      const proc = startProcess('einvoice-server', ['--import', 'tsx', 'src/main.ts'], {
        cwd: join(import.meta.dirname, '../..'),
        env: {
          PATH: process.env.PATH ?? '',
          DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
          DATA_DIR: dir,
          PORT: '0',
        },
      });
      const exit = await proc.exited;
      expect(exit.code).toBe(1);
      expect(proc.output()).toContain('EINVOICE_ENCRYPTION_KEY: is required with DATABASE_URL');
      expect(proc.output()).toContain('EINVOICE_HASH_PEPPER: is required with DATABASE_URL');
      expect(proc.output()).not.toContain('listening on');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('tokens, sealed secrets and rate limits are shared: what one replica issues works on the other, one bucket per credential', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'einvoice-replicas-'));
    let cluster: PgCluster | undefined;
    try {
      cluster = await startPgCluster();
      const sandbox = await startSandbox();
      const env = (i: number) => serverEnv(join(dir, `replica-${i}`), cluster!.url, sandbox.url);
      const a = await startServer(env(0), true, { timeoutMs: START_TIMEOUT_MS });
      const b = await startServer(env(1), false, { timeoutMs: START_TIMEOUT_MS });
      // The IRP password is sealed by replica A, the client secret issued by B and checked by A, the token issued
      // by A is accepted by B ...
      const token = await session(a.apiKey!, { gstin: a.url, cred: b.url, token: a.url }, 5);
      // ... and B opens A's sealed password to sign in at the IRP: the IRN is generated through B.
      const generated = await call(b.url, 'POST', '/v1/irn', token, invoice(SELLER));
      expect(generated.status, JSON.stringify(generated.body)).toBe(201);
      expect(generated.body.Irn).toMatch(/^[0-9a-f]{64}$/);
      const read = await call(a.url, 'GET', `/v1/irn/${generated.body.Irn}`, token);
      expect(read.status).toBe(200);

      // One bucket per credential across replicas: 40 reads at once, alternating, with 5 requests/second allowed
      // (burst 5). Per-process buckets would let each replica pass 5 and more; a shared one passes 5 in all, plus
      // what refills while the burst is answered.
      await new Promise((r) => setTimeout(r, 1500)); // the bucket full again
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          call(i % 2 ? b.url : a.url, 'GET', `/v1/irn/${generated.body.Irn}`, token),
        ),
      );
      const elapsedSeconds = (Date.now() - started) / 1000;
      const passed = answers.filter((r) => r.status === 200).length;
      const limited = answers.map((r, i) => [r.status, i % 2] as const).filter(([s]) => s === 429);
      expect(passed + limited.length).toBe(40);
      expect(passed).toBeGreaterThanOrEqual(1);
      expect(passed).toBeLessThanOrEqual(5 + Math.ceil(5 * elapsedSeconds));
      expect(
        new Set(limited.map(([, replica]) => replica)).size,
        'both replicas refuse once the shared bucket is empty',
      ).toBe(2);

      // A third replica started with another pepper (and the right encryption key) is refused before it serves:
      // it could not find the tokens the others issued. The message names the variable that differs.
      const stray = startProcess('einvoice-server', ['--import', 'tsx', 'src/main.ts'], {
        cwd: join(import.meta.dirname, '../..'),
        env: {
          PATH: process.env.PATH ?? '',
          ...serverEnv(join(dir, 'replica-stray'), cluster.url, sandbox.url),
          EINVOICE_HASH_PEPPER: Buffer.alloc(32, 1).toString('base64'),
        },
      });
      const exit = await stray.exited;
      expect(exit.code).toBe(1);
      expect(stray.output()).toContain('EINVOICE_HASH_PEPPER differs from the key this database was first opened with');
      expect(stray.output()).not.toContain('EINVOICE_ENCRYPTION_KEY differs');
      expect(stray.output()).not.toContain('listening on');
      // The replicas already serving are untouched.
      expect((await call(a.url, 'GET', `/v1/irn/${generated.body.Irn}`, token)).status).not.toBe(500);
    } finally {
      await killAll();
      cluster?.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('SIGTERM: readiness 503 first, the request in flight answered, then exit 0 with nothing left pending; bounded by SHUTDOWN_TIMEOUT_MS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'einvoice-drain-'));
    let cluster: PgCluster | undefined;
    try {
      cluster = await startPgCluster();
      // A slow IRP (1 s an answer: sign-in, then the submission): the request is in flight when SIGTERM lands.
      const sandbox = await startSandbox({ latencyMs: 1000 });
      const withShutdown = (readinessDelayMs: number, timeoutMs: number, firstStart: boolean) =>
        startServer(
          serverEnv(dir, cluster!.url, sandbox.url, {
            LOG_LEVEL: 'info',
            SHUTDOWN_READINESS_DELAY_MS: String(readinessDelayMs),
            SHUTDOWN_TIMEOUT_MS: String(timeoutMs),
          }),
          firstStart,
          { timeoutMs: START_TIMEOUT_MS },
        );
      const server = await withShutdown(1500, 30_000, true);
      const token = await session(server.apiKey!, { gstin: server.url, cred: server.url, token: server.url });
      const document = invoice(SELLER);
      const inFlight = call(server.url, 'POST', '/v1/irn', token, document);
      await new Promise((r) => setTimeout(r, 300));
      const signalled = Date.now();
      server.proc.child.kill('SIGTERM');
      // Readiness goes false first, while the server still answers (liveness too) ...
      const ready = await until(
        () => fetch(`${server.url}/readyz`).then(async (r) => ({ status: r.status, body: await r.json() })),
        (r) => r.status === 503,
        1000,
        20,
      );
      expect(ready).toMatchObject({ status: 503, body: { status: 'not_ready', reason: 'shutting_down' } });
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      // ... the request in flight gets its answer ...
      const answered = await inFlight;
      expect(answered.status, JSON.stringify(answered.body)).toBe(201);
      // ... and the process exits 0, after the readiness delay, within the bound.
      const exit = await server.proc.exited;
      const tookMs = Date.now() - signalled;
      expect(exit.code, server.proc.output().slice(-2000)).toBe(0);
      expect(tookMs).toBeGreaterThanOrEqual(1500);
      expect(server.proc.output()).toContain('shutdown: drained, exiting');
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
      // Nothing left half done: the document is generated with the IRP's IRN, no lease or queue entry remains.
      const rows = await query({ url: cluster.url }, 'select status, irn from documents');
      expect(rows).toEqual([{ status: 'generated', irn: answered.body.Irn }]);

      // Bounded: a request the IRP holds far longer than SHUTDOWN_TIMEOUT_MS does not hold the exit (code 1).
      const stuck = await withShutdown(0, 2000, false);
      const hold = await fetch(`${sandbox.url}/admin/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          gstin: SELLER,
          mode: 'timeout-after-commit',
          holdMs: 15_000,
          count: 1,
          ops: ['generate'],
        }),
      });
      expect(hold.status).toBeLessThan(300);
      const held = call(stuck.url, 'POST', '/v1/irn', token, invoice(SELLER)).catch(() => 'no answer');
      await new Promise((r) => setTimeout(r, 1500)); // the call is at the IRP, held
      const termAt = Date.now();
      stuck.proc.child.kill('SIGTERM');
      const stuckExit = await stuck.proc.exited;
      expect(stuckExit.code, stuck.proc.output().slice(-2000)).toBe(1);
      expect(Date.now() - termAt).toBeLessThan(10_000);
      expect(stuck.proc.output()).toContain('shutdown: deadline passed, exiting');
      expect(await held).toBe('no answer');
    } finally {
      await killAll();
      cluster?.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('the history check across three replicas with a SIGKILL and a SIGTERM roll: 0 duplicates, 0 lost, 0 unresolved, no failed request while rolling', async () => {
    const report = await runSoak({
      seconds: SECONDS,
      database: 'postgres',
      replicas: 3,
      clients: 4,
      nemesisEverySeconds: 3,
      settleSeconds: 90,
      log: () => undefined,
    });
    console.log(formatReport(report));
    expect(report.injectedKills, 'replica 1 was SIGKILLed').toBeGreaterThan(0);
    expect(report.rolls, 'replica 2 was rolled with SIGTERM').toBeGreaterThan(0);
    expect(report.failedDuringRolls).toEqual([]);
    expect(report.unexpectedExits).toEqual([]);
    expect(report.problems).toEqual(summarizeProblems(noProblems()).counts); // every kind of problem: 0
    expect(report.bulk.jobs, 'bulk jobs ran').toBeGreaterThan(0);
    expect(report.bulk.completed).toBe(report.bulk.jobs);
    expect(report.bulk.recordsNotDoneOnce).toBe(0);
    expect(report.answered).toBeGreaterThan(0);
    expect(report.answeredWithoutLogRow).toEqual([]);
    expect(report.unresolvedAtStatus).toBe(0);
    expect(report.figures.invalidSignatures).toBe(0);
    expect(report.ok).toBe(true);
  }, 300_000);
});
