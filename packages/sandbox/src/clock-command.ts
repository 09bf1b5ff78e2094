// `einvoice-sandbox clock <command>`: the test clocks (docs/adr/0025) of a running sandbox, driven over its HTTP
// API with the account API key (which, unlike access tokens, does not expire when a clock moves). Each answer is
// printed as one JSON line on stdout; an API refusal prints its problem+json on stderr and exits 1; usage
// mistakes exit 2 (SandboxUsageError), like the server command.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DEFAULT_API_KEY, SandboxUsageError } from './seed.js';

export const CLOCK_USAGE = `Usage: einvoice-sandbox clock <command> [options]

Test clocks of a running sandbox, over its HTTP API with the account API key. A GSTIN on a clock lives at the
clock's time: IRN and e-way bill windows, the IRP's retrieval window, access token expiry, Idempotency-Key
retention. Each command prints the API's answer as one JSON line; an API error prints its problem+json on
stderr and exits 1.

Commands:
  create [--gstin <GSTIN>]... [--whole-account] [--frozen-time <RFC 3339>] [--name <text>]
  list
  get <clock id>
  advance <clock id> (--by <n>[s|m|h|d] | --to <RFC 3339>)
  delete <clock id>

Options (environment variable in brackets):
  --url <url>          the running sandbox (default http://127.0.0.1:8787) [EINVOICE_SANDBOX_URL]
  --api-key <sk_test_...>  its account API key (default: the default seed's) [EINVOICE_SANDBOX_API_KEY]`;

const UNIT_SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 };

function usage(message: string): never {
  throw new SandboxUsageError(`clock: ${message}\nRun einvoice-sandbox clock --help for the commands.`);
}

function seconds(text: string): number {
  const m = /^(\d+)([smhd]?)$/.exec(text);
  if (!m || Number(m[1]) === 0) usage(`--by: "${text}" must be a positive whole number of s, m, h or d (e.g. 25h)`);
  return Number(m[1]) * UNIT_SECONDS[m[2]!]!;
}

function instant(flag: string, text: string): string {
  const at = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(at.getTime()))
    usage(`${flag}: "${text}" is not an RFC 3339 date-time (e.g. 2026-03-02T10:00:00Z)`);
  return at.toISOString();
}

interface Request {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: Record<string, unknown>;
}

/** The HTTP request a command line stands for; every usage mistake is a SandboxUsageError. */
export function clockRequest(argv: string[]): Request | 'help' {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        'api-key': { type: 'string' },
        gstin: { type: 'string', multiple: true },
        'whole-account': { type: 'boolean' },
        'frozen-time': { type: 'string' },
        name: { type: 'string' },
        by: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
  if (v.help) return 'help';
  const [command, id, ...extra] = parsed.positionals;
  if (extra.length) usage(`unexpected argument "${extra[0]}"`);
  const needsId = (): string => {
    if (!id) usage(`${command} needs a clock id (clock_...)`);
    return encodeURIComponent(id);
  };
  switch (command) {
    case 'create': {
      if (id) usage(`create takes no clock id (got "${id}")`);
      const gstins = (v.gstin as string[] | undefined) ?? [];
      if (!gstins.length && !v['whole-account']) usage('create needs --gstin <GSTIN> (repeatable) or --whole-account');
      return {
        method: 'POST',
        path: '/v1/test_clocks',
        body: {
          ...(gstins.length ? { gstins } : {}),
          ...(v['whole-account'] ? { whole_account: true } : {}),
          ...(typeof v['frozen-time'] === 'string' ? { frozen_time: instant('--frozen-time', v['frozen-time']) } : {}),
          ...(typeof v.name === 'string' ? { name: v.name } : {}),
        },
      };
    }
    case 'list':
      if (id) usage(`list takes no clock id (got "${id}")`);
      return { method: 'GET', path: '/v1/test_clocks' };
    case 'get':
      return { method: 'GET', path: `/v1/test_clocks/${needsId()}` };
    case 'delete':
      return { method: 'DELETE', path: `/v1/test_clocks/${needsId()}` };
    case 'advance': {
      const path = `/v1/test_clocks/${needsId()}/advance`;
      if ((typeof v.by === 'string') === (typeof v.to === 'string'))
        usage('advance needs exactly one of --by and --to');
      return {
        method: 'POST',
        path,
        body:
          typeof v.by === 'string'
            ? { advance_by_seconds: seconds(v.by) }
            : { frozen_time: instant('--to', v.to as string) },
      };
    }
    case undefined:
      return usage('name a command: create, list, get, advance or delete');
    default:
      return usage(`unknown command "${command}" (create, list, get, advance, delete)`);
  }
}

/** Runs `einvoice-sandbox clock ...`; resolves to the process exit code. */
export async function runClockCommand(
  argv: string[],
  environment: Record<string, string | undefined> = process.env,
): Promise<number> {
  const request = clockRequest(argv);
  if (request === 'help') {
    process.stdout.write(`${CLOCK_USAGE}\n`);
    return 0;
  }
  const flags = parseArgs({
    args: argv,
    strict: false,
    allowPositionals: true,
    options: { url: { type: 'string' }, 'api-key': { type: 'string' } },
  }).values;
  const url = String(flags.url ?? environment.EINVOICE_SANDBOX_URL ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');
  const apiKey = String(flags['api-key'] ?? environment.EINVOICE_SANDBOX_API_KEY ?? DEFAULT_API_KEY);
  if (!/^https?:\/\/[^/]+/.test(url)) usage(`--url: "${url}" is not an http(s) URL`);
  let res: Response;
  try {
    res = await fetch(`${url}${request.path}`, {
      method: request.method,
      headers: {
        authorization: `Bearer ${apiKey}`,
        accept: 'application/json',
        ...(request.body ? { 'content-type': 'application/json', 'idempotency-key': randomUUID() } : {}),
      },
      ...(request.body ? { body: JSON.stringify(request.body) } : {}),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    process.stderr.write(`einvoice-sandbox clock: cannot reach ${url} (${cause}); is the sandbox running?\n`);
    return 1;
  }
  const text = await res.text();
  if (!res.ok) {
    process.stderr.write(`einvoice-sandbox clock: ${request.method} ${request.path} answered ${res.status}\n${text}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(JSON.parse(text))}\n`);
  return 0;
}
