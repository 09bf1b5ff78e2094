/**
 * How long queued documents held by a killed worker wait before a restarted server finishes them: the lease the
 * worker held (`pnpm --filter @einvoice/server bench:lease`; build the workspace packages first).
 *
 * Processes: the sandbox IRP and the server run as child processes (test/crash/processes.ts), SQLite in a temp dir.
 * One round: every GSP is down, BENCH_DOCS documents are answered 202 (queued); the IRP comes back but its reads
 * hang, so the worker claims what is due and sits in its first call; the server is SIGKILLed; a new server starts
 * on the same database and the IRP answers again. Measured: kill -> every document `generated`.
 *
 * Two rounds in the same run, the same steps:
 *   baseline  QUEUE_LEASE_MS = 3 x UPSTREAM_TIMEOUT_MS + 10 s (70 s at the default 20 s timeout): the lease
 *             the worker took before heartbeats, when it had to outlast the slowest attempt;
 *   heartbeat QUEUE_LEASE_MS at its default (15 s), renewed every third while the worker holds documents.
 * Env: BENCH_DOCS (30, as in the reliability finding). Output: a table and the ratio baseline / heartbeat.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Contract } from '@einvoice/openapi';
import Database from 'better-sqlite3';
import { killAll, startSandbox, startServer } from '../test/crash/processes.js';
import { contractClient } from '../test/support/contract-client.js';
import { invoice } from '../test/support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
const DOCS = Number(process.env.BENCH_DOCS ?? 30);
const UPSTREAM_TIMEOUT_MS = 20_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function count(path: string, where: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return Number((db.prepare(`select count(*) as n from documents where ${where}`).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

async function fault(url: string, spec: Record<string, unknown> | null) {
  const res = spec
    ? await fetch(`${url}/admin/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(spec),
      })
    : await fetch(`${url}/admin/faults`, { method: 'DELETE' });
  if (res.status >= 300) throw new Error(`sandbox fault: ${res.status}`);
}

async function round(label: string, leaseMs: number | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'einvoice-bench-lease-'));
  const sqlitePath = join(dir, 'einvoice.db');
  const sandbox = await startSandbox();
  const env: Record<string, string> = {
    EINVOICE_MODE: 'sandbox',
    PORT: '0',
    DATA_DIR: dir,
    SQLITE_PATH: sqlitePath,
    IRP_SANDBOX_URL: sandbox.url,
    LOG_LEVEL: 'error',
    QUEUE_POLL_MS: '100',
    QUEUE_RETRY_BASE_MS: '100',
    UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS),
    ...(leaseMs ? { QUEUE_LEASE_MS: String(leaseMs) } : {}),
  };
  try {
    const first = await startServer(env, true);
    const api = contractClient(first.url, new Contract());
    const reg = await api('POST', '/v1/gstins', {
      token: first.apiKey!,
      body: { gstin: SELLER, irp_username: 'api_user', irp_password: 'sandbox' },
    });
    if (reg.status !== 201) throw new Error(`register: ${reg.status}`);
    const cred = await api('POST', `/v1/gstins/${SELLER}/credentials`, {
      token: first.apiKey!,
      body: { name: 'bench', scopes: ['irn:write', 'read'], plan: 'custom', rate_limit_rps: 1000 },
    });
    const tok = await api('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials' },
      headers: {
        authorization: `Basic ${Buffer.from(`${cred.body.client_id}:${cred.body.client_secret}`).toString('base64')}`,
      },
    });
    const token = tok.body.access_token as string;

    await fault(sandbox.url, { gstin: SELLER, mode: 'down', count: null });
    const answers = await Promise.all(
      Array.from({ length: DOCS }, () =>
        api('POST', '/v1/irn', { token, body: invoice(SELLER), headers: { prefer: 'wait=1' } }),
      ),
    );
    if (answers.some((a) => a.status !== 202)) throw new Error('every document should be queued');
    await fault(sandbox.url, null);
    await fault(sandbox.url, {
      gstin: SELLER,
      mode: 'timeout-after-commit',
      holdMs: 120_000,
      count: null,
      ops: ['get-by-doc'],
    });
    const leasedBy = Date.now() + 30_000;
    while (count(sqlitePath, "status = 'queued' and queue_lease_until is not null") === 0 && Date.now() < leasedBy)
      await sleep(100);
    const held = count(sqlitePath, "status = 'queued' and queue_lease_until is not null");
    await sleep(1000);
    await first.proc.kill();
    await fault(sandbox.url, null);
    const killedAt = Date.now();
    const second = await startServer(env);
    while (count(sqlitePath, "status = 'generated'") < DOCS && Date.now() - killedAt < 300_000) await sleep(200);
    const seconds = (Date.now() - killedAt) / 1000;
    await second.proc.kill();
    return { label, leaseMs: leaseMs ?? 15_000, held, seconds };
  } finally {
    await killAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

const baseline = await round('baseline (no heartbeat, 3 x timeout + 10 s)', 3 * UPSTREAM_TIMEOUT_MS + 10_000);
const heartbeat = await round('heartbeat (QUEUE_LEASE_MS default)', undefined);
console.log(`\n${DOCS} queued documents, worker SIGKILLed while holding some; kill -> all generated`);
for (const r of [baseline, heartbeat])
  console.log(
    `  ${r.label.padEnd(46)} lease ${String(r.leaseMs).padStart(6)} ms  held ${String(r.held).padStart(3)}  ${r.seconds.toFixed(1)} s`,
  );
console.log(`  ratio baseline / heartbeat: ${(baseline.seconds / heartbeat.seconds).toFixed(2)}`);
