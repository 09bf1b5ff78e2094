// Starts the built CLI (dist/cli.js: the file the npm package ships) the way a pipeline does, and reads its
// first stdout line. Generous waits: CI machines are busy.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface Started {
  child: ChildProcess;
  info: {
    url: string;
    api_key: string;
    gstin: string;
    client_id: string;
    client_secret: string;
    gstins: { gstin: string; client_id: string; client_secret: string }[];
    startup_ms: number;
  };
  stop(): Promise<void>;
}

export async function startCli(args: string[] = [], env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, [CLI, '--port', '0', ...args], {
    env: { EINVOICE_SANDBOX_LATENCY: 'fast', ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => {
    stderr += String(c);
  });
  const info = await new Promise<Started['info']>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no JSON line within 60 s; stderr:\n${stderr}`)), 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`einvoice-sandbox exited with ${code}; stderr:\n${stderr}`));
    });
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        resolve(JSON.parse(line));
      }
    });
  });
  child.stdout!.resume();
  return {
    child,
    info,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Runs the CLI to completion (usage errors, --help). */
export function runCli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function token(base: string, clientId: string, clientSecret: string): Promise<string> {
  const res = await fetch(`${base}/v1/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

const INVOICE = fileURLToPath(new URL('../../../../examples/curl/invoice.json', import.meta.url));

/** The README's INV-01 invoice (seller 29AAACP7879D1Z0), dated today in India, with a fresh document number. */
export function invoice(docNo = `SB-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`) {
  const doc = JSON.parse(readFileSync(INVOICE, 'utf8'));
  doc.DocDtls.No = docNo;
  doc.DocDtls.Dt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata' }).format(new Date());
  return doc;
}
