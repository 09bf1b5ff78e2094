#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { PRODUCTION_LATENCY } from './faults/production-latency.js';
import type { SandboxOptions } from './options.js';
import { createSandbox } from './sandbox.js';

/** irp-sandbox --port 8086 [--host 127.0.0.1] [--latency-ms N | --latency-p50 N --latency-p99 N] ... */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8086' },
    host: { type: 'string', default: '127.0.0.1' },
    'token-ttl-min': { type: 'string' },
    'retention-hours': { type: 'string' },
    'latency-ms': { type: 'string' },
    'latency-p50': { type: 'string' },
    'latency-p99': { type: 'string' },
    'latency-profile': { type: 'string' },
    'demand-version': { type: 'string' },
    'strict-version': { type: 'boolean' },
    'max-body-bytes': { type: 'string' },
    'fault-hold-ms': { type: 'string' },
    'admin-token': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`irp-sandbox: a simulated NIC IRP
  --port N               listen port (default 8086; 0 = any)
  --host H               listen address (default 127.0.0.1)
  --token-ttl-min N      AuthToken lifetime in minutes (default 360)
  --retention-hours N    get-by-IRN retention (default 48)
  --latency-ms N         fixed latency per call
  --latency-p50 N --latency-p99 N   log-normal latency
  --latency-profile production      NIC-like latency per operation (docs/sandbox-latency.md)
  --demand-version V     translate requests to schema version V before validation
  --strict-version       with --demand-version: refuse (2140) documents in another version instead
  --max-body-bytes N     body limit (default 2097152)
  --fault-hold-ms N      hold time of timeout-after-commit faults (default 65000)
  --admin-token T        require x-admin-token on /admin/*`);
  process.exit(0);
}

const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const opts: SandboxOptions = {};
if (values['token-ttl-min']) opts.tokenTtlMs = Number(values['token-ttl-min']) * 60_000;
if (values['retention-hours']) opts.retentionMs = Number(values['retention-hours']) * 3_600_000;
if (values['latency-profile'] === 'production') opts.latency = PRODUCTION_LATENCY;
else if (values['latency-profile'] !== undefined) {
  console.error(`--latency-profile: only "production" is known, got ${values['latency-profile']}`);
  process.exit(2);
} else if (values['latency-ms']) opts.latency = { fixedMs: Number(values['latency-ms']) };
else if (values['latency-p50'] && values['latency-p99'])
  opts.latency = { p50Ms: Number(values['latency-p50']), p99Ms: Number(values['latency-p99']) };
if (values['demand-version']) opts.demandVersion = values['demand-version'];
if (values['strict-version']) opts.strictVersion = true;
if (values['max-body-bytes']) opts.maxBodyBytes = Number(values['max-body-bytes']);
if (values['fault-hold-ms']) opts.faultHoldMs = num(values['fault-hold-ms']) ?? 65_000;
if (values['admin-token']) opts.adminToken = values['admin-token'];

const sandbox = createSandbox(opts);
const running = await sandbox.listen(Number(values.port), values.host);
console.log(`irp-sandbox listening on ${running.url}
  auth public key  ${running.url}/sandbox/keys/auth.pem
  signing JWKS     ${running.url}/.well-known/jwks.json
  default client   client_id=${sandbox.defaults.clientId} client_secret=${sandbox.defaults.clientSecret} password=${sandbox.defaults.password}
  default GSP app  gspappid=${sandbox.defaults.gspAppId} gspappsecret=${sandbox.defaults.gspAppSecret}`);

const stop = () => void running.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
