/**
 * A/B of two server builds (or one build under two environments) on CPU per IRN at saturation, with less noise
 * than two runs of bench/run.ts (`pnpm bench:ab`; build both variants first).
 *
 * Why: on the 2-core machine one build's run.ts figures move by ±15 % from run to run, and two processes of the
 * same build keep different speeds for their whole life (V8's compilation choices and where the scheduler puts
 * them), so a 5 % change cannot be seen in one run or a few alternating ones. This runs AB_PAIRS pairs of fresh
 * processes (a new sandbox IRP and a new A and B server each, started in alternating order), warms both up, then
 * alternates AB_ROUNDS rounds of AB_SECONDS at saturation (AB_CONNECTIONS connections, autocannon, every request a
 * fresh document with its own Idempotency-Key) between them. Each round gives B/A for the server's CPU per IRN
 * (utime + stime from /proc/<pid>/stat over that round) and for IRN/s; the verdict is the median of all rounds,
 * with the spread of the per-pair medians beside it, so a difference smaller than that spread reads as none.
 * Run it with the same build on both sides first (an A/A) to see the resolution on the machine at hand.
 *
 * Env: AB_A and AB_B, each `<path to a main.js>` optionally followed by `|NAME=value NAME=value` (environment for
 * that server only; default: dist/main.js for both); AB_PAIRS (4), AB_ROUNDS (4), AB_SECONDS (5), AB_WARMUP (8),
 * AB_CONNECTIONS (10). Servers start as `pnpm start` runs them (package.json: node options and environment), on
 * SQLite in a temp dir. Output: a table on stdout and server/bench/results/ab-latest.json.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { killAll, startSandbox, startServer } from '../test/crash/processes.js';
import { invoice } from '../test/support/invoices.js';
import { cpuMsOf, startCommand } from './server-process.js';
import { gstinToken } from './session.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const PAIRS = env('AB_PAIRS', 4);
const ROUNDS = env('AB_ROUNDS', 4);
const SECONDS = env('AB_SECONDS', 5);
const WARMUP = env('AB_WARMUP', 8);
const CONNECTIONS = env('AB_CONNECTIONS', 10);
const SELLER = '29AAACP7879D1Z0';
const HERE = dirname(fileURLToPath(import.meta.url));
const tag = randomBytes(2).toString('hex').toUpperCase();
let seq = 0;

interface Variant {
  name: 'A' | 'B';
  main: string;
  env: Record<string, string>;
}

/** `<main.js>|NAME=value NAME=value` */
function variant(name: 'A' | 'B', spec: string | undefined): Variant {
  const [main = 'dist/main.js', assignments = ''] = (spec ?? '').split('|');
  const vars: Record<string, string> = {};
  for (const kv of assignments.split(/\s+/).filter(Boolean)) {
    const at = kv.indexOf('=');
    if (at < 1) throw new Error(`AB_${name}: "${kv}" is not NAME=value`);
    vars[kv.slice(0, at)] = kv.slice(at + 1);
  }
  return { name, main: main || 'dist/main.js', env: vars };
}

interface Running {
  variant: Variant;
  url: string;
  pid: number;
  token: string;
  dir: string;
}

async function start(v: Variant, sandboxUrl: string): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), `einvoice-ab-${v.name}-`));
  const command = startCommand(v.main);
  const server = await startServer(
    {
      EINVOICE_MODE: 'sandbox',
      PORT: '0',
      DATA_DIR: dir,
      SQLITE_PATH: join(dir, 'einvoice.db'),
      IRP_SANDBOX_URL: sandboxUrl,
      LOG_LEVEL: 'warn',
      API_KEY_RATE_LIMIT_RPS: '100000',
      ...command.env,
      ...v.env,
    },
    true,
    { args: command.args, timeoutMs: 90_000 },
  );
  const token = await gstinToken(server.url, server.apiKey!, {
    gstin: SELLER,
    irpUsername: `ab${v.name.toLowerCase()}`,
    credentialName: 'ab',
    rateLimitRps: 10000,
  });
  return { variant: v, url: server.url, pid: server.proc.child.pid!, token, dir };
}

interface Round {
  irnPerS: number;
  cpuMsPerIrn: number;
}

/** Saturation for `seconds`: IRN/s (201s) and the server's CPU per IRN over that time. */
async function saturate(r: Running, seconds: number): Promise<Round> {
  let ok = 0;
  const cpuBefore = cpuMsOf(r.pid);
  const startedAt = Date.now();
  await autocannon({
    url: r.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/v1/irn',
        setupRequest: (req) => {
          seq += 1;
          const docNo = `${r.variant.name}${tag}/${seq.toString(36).toUpperCase()}`;
          return {
            ...req,
            headers: {
              authorization: `Bearer ${r.token}`,
              'content-type': 'application/json',
              'idempotency-key': `ab-${docNo}`,
            },
            body: JSON.stringify(invoice(SELLER, { docNo })),
          };
        },
        onResponse: (status) => {
          if (status === 201) ok++;
        },
      },
    ],
  });
  const cpu = cpuMsOf(r.pid) - cpuBefore;
  if (ok === 0) throw new Error(`${r.variant.name}: no IRN in ${seconds} s at ${r.url}`);
  return { irnPerS: ok / ((Date.now() - startedAt) / 1000), cpuMsPerIrn: cpu / ok };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const r3 = (x: number) => Math.round(x * 1000) / 1000;

async function main(): Promise<void> {
  const a = variant('A', process.env.AB_A);
  const b = variant('B', process.env.AB_B);
  const rounds: { pair: number; a: Round; b: Round; cpuRatio: number; rpsRatio: number }[] = [];
  console.log(
    `A/B: ${PAIRS} pairs of fresh processes, ${ROUNDS} alternating rounds of ${SECONDS} s each at ${CONNECTIONS} connections\n  A ${a.main} ${JSON.stringify(a.env)}\n  B ${b.main} ${JSON.stringify(b.env)}`,
  );
  for (let pair = 1; pair <= PAIRS; pair++) {
    const sandbox = await startSandbox();
    const order = pair % 2 ? [a, b] : [b, a];
    const running: Running[] = [];
    try {
      for (const v of order) running.push(await start(v, sandbox.url));
      for (const r of running) await saturate(r, WARMUP);
      const [ra, rb] = running[0]!.variant === a ? [running[0]!, running[1]!] : [running[1]!, running[0]!];
      for (let i = 0; i < ROUNDS; i++) {
        const first = (pair + i) % 2 ? ra : rb;
        const x = await saturate(first, SECONDS);
        const y = await saturate(first === ra ? rb : ra, SECONDS);
        const [ya, yb] = first === ra ? [x, y] : [y, x];
        const row = {
          pair,
          a: ya,
          b: yb,
          cpuRatio: yb.cpuMsPerIrn / ya.cpuMsPerIrn,
          rpsRatio: yb.irnPerS / ya.irnPerS,
        };
        rounds.push(row);
        console.log(
          `pair ${pair} round ${i + 1}: A ${ya.irnPerS.toFixed(0)} IRN/s ${ya.cpuMsPerIrn.toFixed(2)} ms | B ${yb.irnPerS.toFixed(0)} IRN/s ${yb.cpuMsPerIrn.toFixed(2)} ms | B/A CPU ${row.cpuRatio.toFixed(3)}`,
        );
      }
    } finally {
      await killAll();
      for (const r of running) rmSync(r.dir, { recursive: true, force: true });
    }
  }
  const pairMedians = [...new Set(rounds.map((r) => r.pair))].map((p) =>
    median(rounds.filter((r) => r.pair === p).map((r) => r.cpuRatio)),
  );
  const summary = {
    cpuRatio: r3(median(rounds.map((r) => r.cpuRatio))),
    cpuRatioPairMedians: { min: r3(Math.min(...pairMedians)), max: r3(Math.max(...pairMedians)) },
    rpsRatio: r3(median(rounds.map((r) => r.rpsRatio))),
    aCpuMsPerIrn: r3(median(rounds.map((r) => r.a.cpuMsPerIrn))),
    bCpuMsPerIrn: r3(median(rounds.map((r) => r.b.cpuMsPerIrn))),
  };
  console.log(
    `\nB/A CPU per IRN: median ${summary.cpuRatio} over ${rounds.length} rounds (per-pair medians ${summary.cpuRatioPairMedians.min}-${summary.cpuRatioPairMedians.max}); B/A IRN/s ${summary.rpsRatio}; CPU per IRN A ${summary.aCpuMsPerIrn} ms, B ${summary.bCpuMsPerIrn} ms`,
  );
  const out = join(HERE, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'ab-latest.json'),
    `${JSON.stringify({ generatedAt: new Date().toISOString(), config: { PAIRS, ROUNDS, SECONDS, WARMUP, CONNECTIONS }, a, b, summary, rounds }, null, 2)}\n`,
  );
}

main().catch(async (error) => {
  console.error(error);
  await killAll();
  process.exitCode = 1;
});
