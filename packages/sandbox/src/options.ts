// Command-line flags and their environment variables (flags win). Every mistake is reported by flag name in
// one message; nothing here throws anything but SandboxUsageError.
import { parseArgs } from 'node:util';
import { defaultSeed, readSeedFile, SandboxUsageError, type Seed } from './seed.js';

export interface CliOptions {
  port: number;
  host: string;
  seed: Seed;
  env: Record<string, string>;
  help: boolean;
  version: boolean;
  quiet: boolean;
}

export const USAGE = `Usage: einvoice-sandbox [options]
       einvoice-sandbox clock <create|list|get|advance|delete> ...   (test clocks; clock --help)

Starts the einvoice API in sandbox mode (embedded IRP simulator, temporary storage) and prints one JSON line:
{"url", "api_key", "gstin", "client_id", "client_secret", "gstins": [...]}.

Options (environment variable in brackets):
  --port <n>                    port to listen on; 0 picks a free one (default 8787) [EINVOICE_SANDBOX_PORT]
  --host <address>              address to bind (default 127.0.0.1; 0.0.0.0 in a container) [EINVOICE_SANDBOX_HOST]
  --seed <file.json>            account key, GSTINs and OAuth clients to start with [EINVOICE_SANDBOX_SEED]
  --api-key <sk_test_...>       the account API key of the default seed [EINVOICE_SANDBOX_API_KEY]
  --gstin <GSTIN>               the GSTIN of the default seed [EINVOICE_SANDBOX_GSTIN]
  --client-id <cli_test_...>    its OAuth client id [EINVOICE_SANDBOX_CLIENT_ID]
  --client-secret <cs_test_...> its OAuth client secret [EINVOICE_SANDBOX_CLIENT_SECRET]
  --webhook-retry-schedule <ms,ms,...>
                                delays before each webhook attempt (default 0,250,1000,2000,5000)
                                [EINVOICE_SANDBOX_WEBHOOK_RETRY_SCHEDULE]
  --latency <production|fast>   the embedded IRP's latency: NIC-like per operation (default), or none for fast
                                test suites [EINVOICE_SANDBOX_LATENCY]
  --quiet                       print only the JSON line
  --version, --help

Control endpoints: GET /__sandbox/health, GET /__sandbox/info, GET|POST /__sandbox/faults,
GET /__sandbox/webhooks, POST /__sandbox/reset. Faults per request: header x-sandbox-fault: <id>.`;

const FLAGS = {
  port: { type: 'string', env: 'EINVOICE_SANDBOX_PORT' },
  host: { type: 'string', env: 'EINVOICE_SANDBOX_HOST' },
  seed: { type: 'string', env: 'EINVOICE_SANDBOX_SEED' },
  'api-key': { type: 'string', env: 'EINVOICE_SANDBOX_API_KEY' },
  gstin: { type: 'string', env: 'EINVOICE_SANDBOX_GSTIN' },
  'client-id': { type: 'string', env: 'EINVOICE_SANDBOX_CLIENT_ID' },
  'client-secret': { type: 'string', env: 'EINVOICE_SANDBOX_CLIENT_SECRET' },
  'webhook-retry-schedule': { type: 'string', env: 'EINVOICE_SANDBOX_WEBHOOK_RETRY_SCHEDULE' },
  latency: { type: 'string', env: 'EINVOICE_SANDBOX_LATENCY' },
} as const;

export function parseCli(argv: string[], environment: Record<string, string | undefined> = process.env): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: Record<string, { type: 'string' | 'boolean' }>; strict: true }>>;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(Object.entries(FLAGS).map(([name, f]) => [name, { type: f.type }])),
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        quiet: { type: 'boolean', short: 'q' },
      },
    });
  } catch (error) {
    // node:util's messages already name the flag ("Unknown option '--prot'", "Option '--port <value>' argument missing").
    throw new SandboxUsageError(`${(error as Error).message}\nRun einvoice-sandbox --help for the options.`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const value = (name: keyof typeof FLAGS): { text: string; from: string } | undefined => {
    const flag = values[name];
    if (typeof flag === 'string') return { text: flag, from: `--${name}` };
    const env = environment[FLAGS[name].env];
    return env ? { text: env, from: FLAGS[name].env } : undefined;
  };
  const problems: string[] = [];

  const portValue = value('port');
  const port = portValue ? Number(portValue.text) : 8787;
  if (portValue && !(/^\d+$/.test(portValue.text) && port <= 65535))
    problems.push(`${portValue.from}: "${portValue.text}" is not a port (0-65535)`);

  const host = value('host')?.text ?? '127.0.0.1';

  const env: Record<string, string> = {};
  const schedule = value('webhook-retry-schedule');
  if (schedule) {
    if (!/^\d+(,\d+){0,19}$/.test(schedule.text))
      problems.push(`${schedule.from}: "${schedule.text}" must be comma-separated milliseconds, e.g. 0,250,1000`);
    else env.WEBHOOK_RETRY_SCHEDULE_MS = schedule.text;
  }

  const latency = value('latency');
  if (latency) {
    if (latency.text === 'fast') env.SANDBOX_LATENCY = 'off';
    else if (latency.text === 'production') env.SANDBOX_LATENCY = 'production';
    else problems.push(`${latency.from}: "${latency.text}" must be production or fast`);
  }

  const seedPath = value('seed');
  const single = (['api-key', 'gstin', 'client-id', 'client-secret'] as const).filter((n) => value(n));
  let seed: Seed | undefined;
  if (seedPath && single.length)
    problems.push(
      `${seedPath.from}: a seed file fixes every identifier; drop ${single.map((n) => value(n)!.from).join(', ')}`,
    );
  try {
    if (seedPath) seed = readSeedFile(seedPath.text);
    else
      seed = defaultSeed({
        ...(value('api-key') ? { apiKey: value('api-key')!.text } : {}),
        ...(value('gstin') ? { gstin: value('gstin')!.text } : {}),
        ...(value('client-id') ? { clientId: value('client-id')!.text } : {}),
        ...(value('client-secret') ? { clientSecret: value('client-secret')!.text } : {}),
      });
  } catch (error) {
    if (!(error instanceof SandboxUsageError)) throw error;
    problems.push(seedPath ? error.message : renameSeedPaths(error.message, value));
  }
  if (problems.length) throw new SandboxUsageError(problems.join('\n'));
  return {
    port,
    host,
    seed: seed!,
    env,
    help: values.help === true,
    version: values.version === true,
    quiet: values.quiet === true,
  };
}

/** The default seed's messages speak of JSON paths; name the flag that set the value instead. */
function renameSeedPaths(message: string, value: (name: keyof typeof FLAGS) => { from: string } | undefined): string {
  const names: [RegExp, keyof typeof FLAGS][] = [
    [/flags: api_key:/g, 'api-key'],
    [/flags: gstins\[0\]\.gstin:/g, 'gstin'],
    [/flags: gstins\[0\]\.credentials\[0\]\.client_id:/g, 'client-id'],
    [/flags: gstins\[0\]\.credentials\[0\]\.client_secret:/g, 'client-secret'],
  ];
  let out = message.replace(/^invalid seed:\n/, '');
  for (const [pattern, flag] of names) out = out.replace(pattern, `${value(flag)?.from ?? `--${flag}`}:`);
  return out.replace(/^ {2}/gm, '');
}
