// `einvoice-sandbox clock ...` against the built CLI's running sandbox, as a CI step would use it: create, get,
// list, advance (--by, --to), delete; the advance really moves the GSTIN's time (NIC 2270 on a cancel 25 h later);
// API refusals exit 1 with the problem on stderr, usage mistakes exit 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoice, runCli, type Started, startCli, token } from './support/cli.js';

let cli: Started;
let env: Record<string, string>;

beforeAll(async () => {
  cli = await startCli(['--quiet']);
  env = { EINVOICE_SANDBOX_URL: cli.info.url, EINVOICE_SANDBOX_API_KEY: cli.info.api_key };
});
afterAll(async () => cli?.stop());

function clock(...args: string[]) {
  const r = runCli(['clock', ...args], env);
  return { ...r, json: r.status === 0 ? JSON.parse(r.stdout) : undefined };
}

describe('einvoice-sandbox clock', () => {
  it('creates, reads, lists, advances and deletes a clock; the GSTIN lives at its time', async () => {
    const bearer = () => token(cli.info.url, cli.info.client_id, cli.info.client_secret);
    const made = clock('create', '--gstin', cli.info.gstin, '--name', 'ci');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout.trim().split('\n')).toHaveLength(1);
    expect(made.json).toMatchObject({ object: 'test_clock', name: 'ci', gstins: [cli.info.gstin] });
    const id = made.json.id as string;
    const start = Date.parse(made.json.frozen_time);
    try {
      expect(clock('get', id).json).toEqual(made.json);
      expect(clock('list').json.data.map((c: { id: string }) => c.id)).toContain(id);

      const irn = await fetch(`${cli.info.url}/v1/irn`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await bearer()}`, 'content-type': 'application/json' },
        body: JSON.stringify(invoice()),
      });
      expect(irn.status, await irn.clone().text()).toBe(201);
      const { Irn } = (await irn.json()) as { Irn: string };

      const moved = clock('advance', id, '--by', '25h');
      expect(moved.status, moved.stderr).toBe(0);
      expect(Date.parse(moved.json.frozen_time)).toBe(start + 25 * 3600_000);
      const cancel = await fetch(`${cli.info.url}/v1/irn/${Irn}/cancel`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await bearer()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ CnlRsn: '1' }),
      });
      const refused = (await cancel.json()) as { gstn_errors: { code: string }[] };
      expect(cancel.status).toBe(422);
      expect(refused.gstn_errors[0]!.code).toBe('2270');

      const to = new Date(start + 26 * 3600_000).toISOString();
      expect(clock('advance', id, '--to', to).json.frozen_time).toBe(to);
      const back = clock('advance', id, '--to', new Date(start).toISOString());
      expect(back.status).toBe(1);
      expect(back.stderr).toMatch(/answered 422/);
      expect(back.stderr).toContain('test_clock_backwards');
    } finally {
      const gone = clock('delete', id);
      expect(gone.status, gone.stderr).toBe(0);
      expect(gone.json).toEqual({ id, object: 'test_clock', deleted: true });
    }
    const missing = clock('get', id);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/answered 404/);
  });

  it('usage mistakes exit 2 naming the problem; an unreachable sandbox exits 1', () => {
    for (const [args, pattern] of [
      [['fly'], /unknown command "fly"/],
      [['advance', 'clock_x'], /exactly one of --by and --to/],
      [['advance', 'clock_x', '--by', 'soon'], /--by: "soon"/],
      [['create'], /--gstin <GSTIN> \(repeatable\) or --whole-account/],
      [['create', '--gstin', cli.info.gstin, '--frozen-time', 'yesterday'], /--frozen-time: "yesterday"/],
      [['get'], /get needs a clock id/],
    ] as const) {
      const r = runCli(['clock', ...args], env);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const down = runCli(['clock', 'list', '--url', 'http://127.0.0.1:9'], env);
    expect(down.status).toBe(1);
    expect(down.stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9/);
    const help = runCli(['clock', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/advance <clock id>/);
  });
});
