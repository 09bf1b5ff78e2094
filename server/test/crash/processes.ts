// Real child processes for the crash tests: the sandbox IRP (packages/irp-sandbox/dist/cli.js) and the
// server (`node --import tsx src/main.ts`). Every process started here is tracked, so a failing test
// can kill them all (killAll) and none outlives the test file.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SANDBOX_CLI = join(SERVER_DIR, '../packages/irp-sandbox/dist/cli.js');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Proc {
  name: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far (for failure messages). */
  output(): string;
  /** Resolves with the first match of `pattern` in stdout (checked against all output so far). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<Exit>;
  alive(): boolean;
  kill(): Promise<Exit>;
}

const running = new Set<Proc>();

export function startProcess(
  name: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Proc {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let all = '';
  const waiters: { pattern: RegExp; resolve(m: RegExpMatchArray): void }[] = [];
  const check = () => {
    for (const w of [...waiters]) {
      const m = stdout.match(w.pattern);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    all += chunk;
    check();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    all += chunk;
  });
  let done = false;
  const exited = new Promise<Exit>((res) => {
    child.on('exit', (code, signal) => {
      done = true;
      running.delete(proc);
      res({ code, signal });
    });
    child.on('error', () => {
      done = true;
      running.delete(proc);
      res({ code: null, signal: null });
    });
  });
  const proc: Proc = {
    name,
    child,
    output: () => all,
    exited,
    alive: () => !done,
    // Generous: a server process compiles with tsx and migrates before it listens, and CI machines are busy.
    waitFor(pattern, timeoutMs = 90_000) {
      const m = stdout.match(pattern);
      if (m) return Promise.resolve(m);
      return new Promise((res, rej) => {
        const waiter = {
          pattern,
          resolve: (x: RegExpMatchArray) => {
            clearTimeout(timer);
            res(x);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          rej(new Error(`${name}: no ${pattern} within ${timeoutMs} ms; output:\n${all}`));
        }, timeoutMs);
        waiters.push(waiter);
        void exited.then((e) => {
          if (waiters.includes(waiter)) {
            clearTimeout(timer);
            waiters.splice(waiters.indexOf(waiter), 1);
            rej(new Error(`${name} exited (${e.code ?? e.signal}) before printing ${pattern}; output:\n${all}`));
          }
        });
      });
    },
    async kill() {
      if (!done) child.kill('SIGKILL');
      return exited;
    },
  };
  running.add(proc);
  return proc;
}

/** SIGKILLs every process this module started that is still running. */
export async function killAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.kill()));
}

// A vitest worker that is torn down abruptly still must not leave servers behind.
process.once('exit', () => {
  for (const p of running) p.child.kill('SIGKILL');
});

/**
 * The sandbox IRP as its own process; `latencyMs` delays every answer (so calls are in flight when faults land),
 * `args` passes more of the simulator's options.
 */
export async function startSandbox(
  options: { latencyMs?: number; args?: string[] } = {},
): Promise<{ proc: Proc; url: string }> {
  if (!existsSync(SANDBOX_CLI))
    throw new Error(`${SANDBOX_CLI} is missing: build it first (npx turbo run build --filter=@einvoice/server^...)`);
  const latency = options.latencyMs ? ['--latency-ms', String(options.latencyMs)] : [];
  const proc = startProcess('irp-sandbox', [SANDBOX_CLI, '--port', '0', ...latency, ...(options.args ?? [])], {
    cwd: SERVER_DIR,
    env: baseEnv(),
  });
  const [, url] = await proc.waitFor(/irp-sandbox listening on (http:\/\/\S+)/);
  return { proc, url: url! };
}

/** The keys every test server on PostgreSQL gets unless its env names its own (replicas must share them). */
export const TEST_KEYS = {
  EINVOICE_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  EINVOICE_HASH_PEPPER: Buffer.alloc(32, 9).toString('base64'),
} as const;

/**
 * Starts the server; with `firstStart`, waits for the API key of the account it creates on an empty database.
 * `timeoutMs`: how long it may take to listen (tsx compiles on start; a busy machine needs more than the default).
 */
export async function startServer(
  env: Record<string, string>,
  firstStart = false,
  options: {
    timeoutMs?: number;
    /** Node's arguments: the TypeScript sources through tsx by default; the bench can run the built dist/main.js. */
    args?: string[];
  } = {},
): Promise<{ proc: Proc; url: string; apiKey?: string }> {
  const keys = env.DATABASE_URL ? TEST_KEYS : {}; // a shared database needs configured keys (config.ts)
  const proc = startProcess('einvoice-server', options.args ?? ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { ...baseEnv(), ...keys, ...env },
  });
  const [, url] = await proc.waitFor(/listening on (http:\/\/\S+)/, options.timeoutMs);
  if (!firstStart) return { proc, url: url! };
  const [, apiKey] = await proc.waitFor(/API key \(shown once, store it now\): (\S+)/, options.timeoutMs);
  return { proc, url: url!, apiKey: apiKey! };
}

/** The parent's environment minus anything that would configure the server behind our back. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    if (
      /^(EINVOICE_|DATABASE_URL$|SQLITE_PATH$|DATA_DIR$|IRP_|PORT$|HOST$|IDEMPOTENCY_|UPSTREAM_|LOG_LEVEL$|NODE_OPTIONS$|VITEST)/.test(
        k,
      )
    )
      continue;
    env[k] = v;
  }
  // The fast switch: these servers talk to an external simulator (IRP_SANDBOX_URL) whose latency each test sets;
  // should one embed the IRP, it gets none either.
  env.SANDBOX_LATENCY = 'off';
  // Crash, soak, history and bench runs generate far more IRNs than the sandbox's free monthly quota.
  env.SANDBOX_MONTHLY_IRN_QUOTA = '0';
  return env;
}
