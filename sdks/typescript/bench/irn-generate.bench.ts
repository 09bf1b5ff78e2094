// `pnpm bench`: SDK irn.generate vs a raw undici request with the same body, against the same local
// reference server (sandbox mode, real HTTP on 127.0.0.1), in the same run, interleaved. Also reports
// the size of the built SDK.
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startSandbox } from '@einvoice/contract';
import { Agent, request } from 'undici';
import { Einvoice, EinvoiceAdmin } from '../src/index.js';
import { invoice } from '../test/support/invoice.js';

const N = Number(process.env.BENCH_N ?? 300);
const WARMUP = 30;
const GSTIN = '29AAACP7879D1Z0';

const sandbox = await startSandbox({ logErrors: false, env: { SANDBOX_LATENCY: 'off' } });
const { url, close } = await sandbox.listen();
const admin = new EinvoiceAdmin({ apiKey: sandbox.apiKey, baseUrl: url });
await admin.gstins.register({ gstin: GSTIN, irp_username: 'api_user', irp_password: 'sandbox' });
const cred = () =>
  admin.credentials.create(GSTIN, {
    name: 'bench',
    scopes: ['irn:write', 'read'],
    plan: 'custom',
    rate_limit_rps: 10000,
  });
const [sdkCred, rawCred] = await Promise.all([cred(), cred()]);

const sdk = new Einvoice({ clientId: sdkCred.client_id, clientSecret: sdkCred.client_secret, baseUrl: url });
const agent = new Agent({ keepAliveTimeout: 10_000 });
const tokenRes = await request(`${url}/v1/oauth/token`, {
  method: 'POST',
  dispatcher: agent,
  headers: {
    authorization: `Basic ${Buffer.from(`${rawCred.client_id}:${rawCred.client_secret}`).toString('base64')}`,
    'content-type': 'application/x-www-form-urlencoded',
  },
  body: 'grant_type=client_credentials',
});
const rawToken = ((await tokenRes.body.json()) as { access_token: string }).access_token;

async function viaSdk(): Promise<number> {
  const body = invoice(GSTIN, `B/${randomBytes(6).toString('hex').toUpperCase()}`);
  const t = performance.now();
  await sdk.irn.generate(body);
  return performance.now() - t;
}

async function viaUndici(): Promise<number> {
  const body = invoice(GSTIN, `B/${randomBytes(6).toString('hex').toUpperCase()}`);
  const t = performance.now();
  const res = await request(`${url}/v1/irn`, {
    method: 'POST',
    dispatcher: agent,
    headers: {
      authorization: `Bearer ${rawToken}`,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify(body),
  });
  const parsed = await res.body.json();
  if (res.statusCode !== 201) throw new Error(`raw request failed: ${res.statusCode} ${JSON.stringify(parsed)}`);
  return performance.now() - t;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, p50: q(0.5), p90: q(0.9), p99: q(0.99) };
};

for (let i = 0; i < WARMUP; i++) {
  await viaSdk();
  await viaUndici();
}
const sdkTimes: number[] = [];
const rawTimes: number[] = [];
for (let i = 0; i < N; i++) {
  // Interleave (and alternate the order) so both see the same server state and machine load.
  if (i % 2) {
    sdkTimes.push(await viaSdk());
    rawTimes.push(await viaUndici());
  } else {
    rawTimes.push(await viaUndici());
    sdkTimes.push(await viaSdk());
  }
}
const a = stats(sdkTimes);
const b = stats(rawTimes);
const fmt = (x: number) => x.toFixed(3).padStart(8);
console.log(
  `\nPOST /v1/irn against ${url} (sandbox IRP in-process), n=${N} each, interleaved, after ${WARMUP} warm-up pairs`,
);
console.log('                      mean      p50      p90      p99   (ms)');
console.log(`SDK irn.generate  ${fmt(a.mean)} ${fmt(a.p50)} ${fmt(a.p90)} ${fmt(a.p99)}`);
console.log(`raw undici        ${fmt(b.mean)} ${fmt(b.p50)} ${fmt(b.p90)} ${fmt(b.p99)}`);
console.log(
  `overhead ratio    mean ${(a.mean / b.mean).toFixed(3)}x, p50 ${(a.p50 / b.p50).toFixed(3)}x; absolute p50 overhead ${(a.p50 - b.p50).toFixed(3)} ms`,
);

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
try {
  console.log('\nbuilt package (dist/):');
  let total = 0;
  for (const f of readdirSync(dist).sort()) {
    const size = statSync(dist + f).size;
    total += size;
    console.log(
      `  ${f.padEnd(16)} ${(size / 1024).toFixed(1).padStart(7)} KiB   gzip ${(gzipSync(readFileSync(dist + f)).length / 1024).toFixed(1).padStart(6)} KiB`,
    );
  }
  console.log(
    `  total            ${(total / 1024).toFixed(1).padStart(7)} KiB (runtime JS per format is index.js / index.cjs; the rest is types)`,
  );
} catch {
  console.log('\n(dist/ missing: run `pnpm build` for the package size)');
}
await agent.close();
await close();
await sandbox.close();
