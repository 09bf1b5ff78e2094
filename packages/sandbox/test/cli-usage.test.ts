// Bad flags and malformed seed files stop the CLI with exit code 2 and one message naming the flag or the
// seed path, never a stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-usage-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

function expectUsageError(r: ReturnType<typeof runCli>, ...patterns: RegExp[]) {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  for (const p of patterns) expect(r.stderr).toMatch(p);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.stderr.startsWith('einvoice-sandbox: ')).toBe(true);
}

describe('usage errors', () => {
  it('an unknown flag is named', () => {
    expectUsageError(runCli(['--prot', '8787']), /Unknown option '--prot'/, /--help/);
  });
  it('a flag without its value is named', () => {
    expectUsageError(runCli(['--port']), /--port/);
  });
  it('a port that is not a port', () => {
    expectUsageError(runCli(['--port', 'eighty']), /--port: "eighty" is not a port/);
    expectUsageError(runCli(['--port', '70000']), /--port: "70000" is not a port/);
  });
  it('the environment variable is named when it is the source', () => {
    expectUsageError(runCli([], { EINVOICE_SANDBOX_PORT: '-1' }), /EINVOICE_SANDBOX_PORT: "-1" is not a port/);
  });
  it('identifiers with the wrong shape name their flag', () => {
    const r = runCli(['--api-key', 'sk_live_nope', '--gstin', '29AAACP7879D1Z9', '--client-id', 'x']);
    expectUsageError(
      r,
      /--api-key: must start with sk_test_/,
      /--gstin: is not a valid GSTIN/,
      /--client-id: must be cli_test_/,
    );
  });
  it('a bad webhook retry schedule', () => {
    expectUsageError(
      runCli(['--webhook-retry-schedule', '0,fast']),
      /--webhook-retry-schedule: "0,fast" must be comma-separated milliseconds/,
    );
  });
  it('a seed file that does not exist', () => {
    expectUsageError(
      runCli(['--seed', join(dir, 'missing.json')]),
      /--seed .*missing\.json: cannot be read \(ENOENT\)/,
    );
  });
  it('a seed file that is not JSON', () => {
    expectUsageError(
      runCli(['--seed', file('broken.json', '{"gstins": [')]),
      /--seed .*broken\.json: is not valid JSON/,
    );
  });
  it('a seed file with wrong values names each JSON path', () => {
    const seed = file(
      'wrong.json',
      JSON.stringify({
        api_key: 'sk_test_short',
        gstins: [
          { gstin: '29AAACP7879D1Z0', credentials: [{ client_id: 'cli_test_a1b2c3d4', client_secret: 'nope' }] },
          {
            gstin: '29AAACP7879D1Z1',
            credentials: [
              { client_id: 'cli_test_a1b2c3d5', client_secret: 'cs_test_0123456789abcdef', scopes: ['admin'] },
            ],
          },
        ],
        extra: true,
      }),
    );
    expectUsageError(
      runCli(['--seed', seed]),
      /wrong\.json: api_key: must start with sk_test_/,
      /wrong\.json: gstins\[0\]\.credentials\[0\]\.client_secret: must start with cs_test_/,
      /wrong\.json: gstins\[1\]\.gstin: is not a valid GSTIN/,
      /wrong\.json: gstins\[1\]\.credentials\[0\]\.scopes\[0\]: Invalid option/,
      /wrong\.json: \(root\): Unrecognized key: "extra"/,
    );
  });
  it('a seed file that repeats a GSTIN or a client id', () => {
    const credential = { client_id: 'cli_test_a1b2c3d4', client_secret: 'cs_test_0123456789abcdef' };
    const seed = file(
      'twice.json',
      JSON.stringify({ gstins: [0, 1].map(() => ({ gstin: '29AAACP7879D1Z0', credentials: [credential] })) }),
    );
    expectUsageError(
      runCli(['--seed', seed]),
      /twice\.json: gstins\[1\]\.gstin: appears twice/,
      /twice\.json: gstins\[1\]\.credentials\[0\]\.client_id: appears twice/,
    );
  });
  it('a seed file and single-identifier flags together', () => {
    const seed = file('ok.json', JSON.stringify({ gstins: [{ gstin: '29AAACP7879D1Z0' }] }));
    expectUsageError(
      runCli(['--seed', seed, '--gstin', '29AAACP7879D1Z0']),
      /--seed: a seed file fixes every identifier; drop --gstin/,
    );
  });
  it('a port already in use names --port', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      expectUsageError(runCli(['--port', String(port)]), /--port\/--host: cannot listen \(EADDRINUSE/);
    } finally {
      blocker.close();
    }
  });
  it('--help and --version answer and exit 0', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--seed <file.json>/);
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
