/**
 * Generate-IRN throughput over loopback with a small concurrency, beside baselines measured in the same
 * run: the same server answering a trivial endpoint (HTTP + routing floor), and the per-request crypto
 * alone (AES-256-ECB encrypt+decrypt of the payload, and the two RS256 signatures every IRN needs).
 *
 *   pnpm bench                       (BENCH_SECONDS=5 BENCH_CONCURRENCY=4 by default)
 */

import { randomBytes } from 'node:crypto';
import { formatNicDate } from '@einvoice/gst';
import { aesDecrypt, aesEncrypt } from '@einvoice/nic';
import { signNicJwt } from '../src/crypto/jwt.js';
import { generateRsaKey, toSigningKey } from '../src/crypto/keys.js';
import { createSandbox } from '../src/index.js';
import { benchClient } from './client.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const SELLER = '29AAACP7879D1Z0';

let seq = 0;
function invoice(): Record<string, unknown> {
  seq += 1;
  return {
    Version: '1.1',
    TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N' },
    DocDtls: {
      Typ: 'INV',
      No: `B${process.pid.toString(36)}${seq.toString(36)}`.toUpperCase().slice(0, 16),
      Dt: formatNicDate(new Date()),
    },
    SellerDtls: {
      Gstin: SELLER,
      LglNm: 'Sandbox Seller Pvt Ltd',
      Addr1: '1 MG Road',
      Loc: 'Bengaluru',
      Pin: 560001,
      Stcd: '29',
    },
    BuyerDtls: {
      Gstin: '29AAGCB7383J1Z4',
      LglNm: 'Sandbox Buyer Pvt Ltd',
      Pos: '29',
      Addr1: '2 Brigade Road',
      Loc: 'Bengaluru',
      Pin: 560025,
      Stcd: '29',
    },
    ItemList: [
      {
        SlNo: '1',
        IsServc: 'N',
        HsnCd: '61149090',
        Qty: 10,
        Unit: 'NOS',
        UnitPrice: 100,
        TotAmt: 1000,
        AssAmt: 1000,
        GstRt: 18,
        CgstAmt: 90,
        SgstAmt: 90,
        TotItemVal: 1180,
      },
    ],
    ValDtls: { AssVal: 1000, CgstVal: 90, SgstVal: 90, TotInvVal: 1180 },
  };
}

interface Run {
  label: string;
  ops: number;
  seconds: number;
  p50?: number;
  p99?: number;
  failures: number;
}

async function loop(label: string, seconds: number, concurrency: number, op: () => Promise<boolean>): Promise<Run> {
  const lat: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        if (!(await op())) failures++;
        lat.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  lat.sort((a, b) => a - b);
  return {
    label,
    ops: lat.length,
    seconds: elapsed,
    p50: lat[Math.floor(lat.length * 0.5)],
    p99: lat[Math.floor(lat.length * 0.99)],
    failures,
  };
}

function syncLoop(label: string, seconds: number, op: () => void): Run {
  let ops = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 50; i++) op();
    ops += 50;
  }
  return { label, ops, seconds: (performance.now() - start) / 1000, failures: 0 };
}

const rate = (r: Run) => r.ops / r.seconds;

async function main(): Promise<void> {
  const sandbox = createSandbox();
  const running = await sandbox.listen(0);
  const client = await benchClient(sandbox, running.url, SELLER);

  // warm-up (JIT, keep-alive sockets, zod schemas)
  for (let i = 0; i < 100; i++) {
    const r = await client.generateIrn(invoice());
    if (!r.ok) throw new Error(`warm-up generate failed: ${JSON.stringify(r.errors)}`);
    await fetch(`${running.url}/healthz`).then((x) => x.text());
  }

  const generate = await loop(
    'sandbox generate IRN (NIC protocol, AES + 2x RS256 + rules)',
    SECONDS,
    CONCURRENCY,
    async () => (await client.generateIrn(invoice())).ok,
  );
  const trivial = await loop(
    'same server, trivial GET /healthz',
    SECONDS,
    CONCURRENCY,
    async () => (await fetch(`${running.url}/healthz`).then((r) => r.text())).length > 0,
  );
  await running.close();

  const sek = randomBytes(32);
  const payload = JSON.stringify(invoice());
  const aes = syncLoop('AES-256-ECB encrypt+decrypt of the payload alone', Math.min(SECONDS, 2), () => {
    aesDecrypt(sek, aesEncrypt(sek, payload));
  });
  const key = toSigningKey(generateRsaKey());
  const sign = syncLoop('2x RS256 signature (SignedInvoice + SignedQRCode) alone', Math.min(SECONDS, 2), () => {
    signNicJwt(key, { p: payload });
    signNicJwt(key, { q: 1 });
  });

  const rows = [generate, trivial, aes, sign];
  console.log(
    `\nirp-sandbox benchmark: ${SECONDS}s per HTTP run, concurrency ${CONCURRENCY}, node ${process.version}, loopback\n`,
  );
  for (const r of rows) {
    const lat = r.p50 !== undefined ? `  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99!.toFixed(2)} ms` : '';
    console.log(
      `${r.label.padEnd(62)} ${rate(r).toFixed(0).padStart(8)} ops/s${lat}${r.failures ? `  failures ${r.failures}` : ''}`,
    );
  }
  console.log(`\nratio generate / trivial endpoint      = ${(rate(generate) / rate(trivial)).toFixed(3)}`);
  console.log(`ratio generate / AES round trip alone  = ${(rate(generate) / rate(aes)).toFixed(4)}`);
  console.log(`ratio generate / 2x RS256 alone        = ${(rate(generate) / rate(sign)).toFixed(3)}`);
  if (generate.failures) process.exitCode = 1;
}

await main();
