// The conformance runner: reads spec/conformance/scenarios/*.json, makes the SDK call against a contract
// server (in-process MSW or HTTP), then asks the server's recorder what it saw. Deliberately small and plain
// so it ports to every SDK language: fixtures -> client -> call -> GET /__contract/requests -> compare.
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Einvoice, EinvoiceAdmin, EinvoiceError, type RequestOptions, type SigningKey } from '../../src/index.js';

export const CONFORMANCE_DIR = fileURLToPath(new URL('../../../../spec/conformance/', import.meta.url));

export interface ScenarioFile {
  id: string;
  description: string;
  scenario: string;
  /** A named credential of the contract server (`credentials` of its info line); default: its default one. */
  credential?: string;
  client: {
    max_retries?: number;
    timeout_ms?: number;
    status_poll_interval_ms?: number;
    /** Sign with the credential's own key, or with a key that is not its (same keyid, WRONG_SIGNING_SECRET). */
    signing_key?: 'credential' | 'wrong';
    /** The SDK's logging level; the runner captures the records through the SDK's logger hook. */
    log_level?: 'info' | 'debug';
    app_info?: { name: string; version?: string; url?: string };
    /** Pin this dated API version (default: the one the SDK was generated for). */
    api_version?: string;
  };
  call: { operation: string; args: Record<string, any>; options?: CallOptions };
  /** Calls made before `call`, in order; `save_as` keeps the result's JSON for `{"$ref": "name.field"}` in later args. */
  steps?: Step[];
  /** Calls made after `call` whatever happened (clean-up, e.g. deleting a test clock). */
  finally?: Step[];
  concurrency?: number;
  expect: {
    outcome: 'result' | 'error';
    status?: number;
    error_class?: string;
    error_code?: string;
    attempts: number;
    same_idempotency_key?: boolean;
    delays_ms?: Array<{ min: number; max: number }>;
    token_requests?: number;
    status_requests?: number;
    replayed?: boolean;
    gstn_errors?: boolean;
    request_id?: boolean;
    /** The first GSTN error through the SDK's typed accessors: code and pointer equal, message and hint non-empty. */
    gstn_error?: { code?: string; pointer?: string; message?: boolean; hint?: boolean };
    /** Every concurrent call's own raw response has a request id, all differ, each one the server sent this run. */
    distinct_request_ids?: boolean;
    log?: { one_record_per_request?: boolean; redacted?: boolean };
    /** Every request of the run (token included) carried a User-Agent ending with this. */
    user_agent_suffix?: string;
    /** Every request of the run sent Einvoice-Version with this value, and every answer echoed it. */
    api_version?: string;
    /** `{pointer: value}`: each JSON pointer into the call's parsed result equals the value (a `$ref` resolved). */
    result?: Record<string, unknown>;
  };
}

/** Per-call options of the call, a step or a clean-up call; `tenant` (may be a `$ref`) is sent as Einvoice-Tenant. */
export interface CallOptions {
  timeout_ms?: number;
  max_retries?: number;
  tenant?: string | { $ref: string };
}

export interface Step {
  operation: string;
  args: Record<string, any>;
  options?: CallOptions;
  /** `{"$ref": "name"}`: make this call with the GSTIN credential a step saved as `name` (a createCredential answer). */
  credential?: { $ref: string };
  save_as?: string;
}

/** Expectation keys this runner checks: an unknown one fails the scenario instead of passing unchecked. */
const KNOWN_EXPECT = new Set([
  'outcome',
  'status',
  'error_class',
  'error_code',
  'attempts',
  'same_idempotency_key',
  'delays_ms',
  'token_requests',
  'status_requests',
  'replayed',
  'gstn_errors',
  'request_id',
  'gstn_error',
  'distinct_request_ids',
  'log',
  'user_agent_suffix',
  'api_version',
  'result',
]);

export interface TargetCredential {
  clientId: string;
  clientSecret: string;
  signingKey?: { keyId: string; secret: string };
}

/** A secret that is no credential's signing key (32 zero bytes, base64): what `signing_key: "wrong"` signs with. */
export const WRONG_SIGNING_SECRET = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export interface Target extends TargetCredential {
  baseUrl: string;
  gstin: string;
  /** The account API key (`api_key` of the info line): what the account-key operations (createTenant, ...) use. */
  apiKey?: string;
  /** The named credentials a scenario can pick with `credential` (the contract server has `signatures-required`). */
  credentials?: Record<string, TargetCredential>;
  /** Where the fault and run are named and the attempts are read back: the contract server's by default; the
   *  installable sandbox (@einvoice/sandbox) names them x-sandbox-fault, x-sandbox-run, /__sandbox/requests. */
  faultHeader?: string;
  runHeader?: string;
  requestsPath?: string;
}

/** The target credentials from the contract server's info line (`credentials`, snake_case like the API). */
export function targetCredentials(
  info: Record<string, any>,
): Pick<Target, 'clientId' | 'clientSecret' | 'signingKey' | 'credentials'> {
  const one = (c: Record<string, any>): TargetCredential => ({
    clientId: c.client_id,
    clientSecret: c.client_secret,
    ...(c.signing_key ? { signingKey: { keyId: c.signing_key.key_id, secret: c.signing_key.secret } } : {}),
  });
  return {
    ...one(info),
    ...(info.api_key ? { apiKey: info.api_key } : {}),
    ...(info.credentials
      ? { credentials: Object.fromEntries(Object.entries(info.credentials).map(([k, v]) => [k, one(v as any)])) }
      : {}),
  };
}

/** Why this target cannot run the scenario (a credential it does not have), or undefined when it can. */
export function unsupported(s: ScenarioFile, target: Target): string | undefined {
  if (s.credential && !target.credentials?.[s.credential]) return `the target has no credential ${s.credential}`;
  const cred = s.credential ? target.credentials![s.credential]! : target;
  if (
    !target.apiKey &&
    [s.call, ...(s.steps ?? []), ...(s.finally ?? [])].some((c) => ACCOUNT_KEY_OPERATIONS.has(c.operation))
  )
    return 'the target gives no account API key';
  if (s.client.signing_key && !cred.signingKey) return 'the target gives no signing key for the credential';
  return undefined;
}

export function loadScenarios(): ScenarioFile[] {
  const dir = `${CONFORMANCE_DIR}scenarios/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as ScenarioFile);
}

function istToday(): string {
  const d = new Date(Date.now() + 5.5 * 3600_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/**
 * `{"$fixture": name, "set": {pointer: value}}` -> the fixture with {{gstin}}, {{doc_no}}, {{doc_date}} filled;
 * `{"$ref": "name.field"}` -> that field of the JSON a step saved as `name`.
 */
function resolve(value: any, target: Target, saved: Record<string, any> = {}): any {
  if (Array.isArray(value)) return value.map((v) => resolve(v, target, saved));
  if (value && typeof value === 'object' && '$ref' in value) {
    const [name, field] = String(value.$ref).split('.') as [string, string | undefined];
    if (!(name in saved)) throw new Error(`no step saved ${name}`);
    return field === undefined ? saved[name] : saved[name][field];
  }
  if (value && typeof value === 'object' && '$fixture' in value) {
    const docNo = `CT/${randomBytes(5).toString('hex').toUpperCase()}`;
    const text = readFileSync(`${CONFORMANCE_DIR}fixtures/${value.$fixture}.json`, 'utf8')
      .replaceAll('{{gstin}}', target.gstin)
      .replaceAll('{{doc_no}}', docNo)
      .replaceAll('{{doc_date}}', istToday());
    const doc = JSON.parse(text);
    for (const [pointer, v] of Object.entries(value.set ?? {})) {
      const keys = pointer.split('/').slice(1);
      const parent = keys.slice(0, -1).reduce((o: any, k) => o[k], doc);
      parent[keys.at(-1)!] = v;
    }
    return doc;
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, target, saved)]));
  return value;
}

/** The clients a call can use: the GSTIN client (OAuth) and, for the account-key operations, the admin client. */
interface Clients {
  client: Einvoice;
  admin: () => EinvoiceAdmin;
}
type Call = (
  clients: Clients,
  args: Record<string, any>,
  options: RequestOptions,
) => Promise<{ data: unknown; response: Response }>;
const GSTIN_CALLS: Record<string, (c: Einvoice, a: Record<string, any>, o: RequestOptions) => ReturnType<Call>> = {
  generateIrn: (c, a, o) => c.irn.generate(a.invoice, o).withResponse(),
  getIrn: (c, a, o) => c.irn.get(a.irn, o).withResponse(),
  listDocuments: (c, a, o) => c.documents.list(a.params, o).withResponse(),
  getStatus: (c, _a, o) => c.status.get(o).withResponse(),
  getEwb: (c, a, o) => c.ewb.get(a.ewb_no as number, o).withResponse(),
  cancelIrn: (c, a, o) => c.irn.cancel(a.irn, a.body, o).withResponse(),
  createTestClock: (c, a, o) => c.testClocks.create(a.body, o).withResponse(),
  advanceTestClock: (c, a, o) => c.testClocks.advance(a.test_clock_id, a.body, o).withResponse(),
  deleteTestClock: (c, a, o) => c.testClocks.delete(a.test_clock_id, o).withResponse(),
};
/** Operations made with the account key (the target's `apiKey`) through EinvoiceAdmin. */
const ADMIN_CALLS: Record<string, (c: EinvoiceAdmin, a: Record<string, any>, o: RequestOptions) => ReturnType<Call>> = {
  createTenant: (c, a, o) => c.tenants.create(a.body, o).withResponse(),
  registerGstin: (c, a, o) => c.gstins.register(a.body, o).withResponse(),
  createCredential: (c, a, o) => c.credentials.create(a.gstin, a.body, o).withResponse(),
  deleteGstin: (c, a, o) => c.gstins.delete(a.gstin, o).withResponse(),
  getUsage: (c, a, o) => c.usage.get(a.params ?? {}, o).withResponse(),
};
const ACCOUNT_KEY_OPERATIONS = new Set(Object.keys(ADMIN_CALLS));
const CALLS: Record<string, Call> = {
  ...Object.fromEntries(Object.entries(GSTIN_CALLS).map(([op, f]) => [op, (c, a, o) => f(c.client, a, o)] as const)),
  ...Object.fromEntries(Object.entries(ADMIN_CALLS).map(([op, f]) => [op, (c, a, o) => f(c.admin(), a, o)] as const)),
};

/** A scenario's call options (`$ref`s resolved) as the SDK's request options. */
function requestOptions(options: CallOptions | undefined, saved: Record<string, any>): RequestOptions {
  const o: RequestOptions = {};
  if (options?.timeout_ms !== undefined) o.timeout = options.timeout_ms;
  if (options?.max_retries !== undefined) o.maxRetries = options.max_retries;
  if (options?.tenant !== undefined) o.tenant = resolve(options.tenant, { gstin: '' } as Target, saved);
  return o;
}

/** Reads a JSON pointer (RFC 6901) out of a parsed result; undefined when it leads nowhere. */
function atPointer(doc: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<any>((o, k) => (o !== null && typeof o === 'object' ? o[k] : undefined), doc);
}

type Outcome =
  | { ok: true; status: number; replayed: boolean; requestId: string | null; data: unknown }
  | { ok: false; error: unknown };

/** The operations of a scenario's steps (and clean-up) other than its call's: their requests are not attempts. */
export function stepOperations(s: ScenarioFile): string[] {
  return [...(s.steps ?? []), ...(s.finally ?? [])].map((c) => c.operation).filter((op) => op !== s.call.operation);
}

/** Runs one scenario; returns what differed from the expectation (empty: pass). */
export async function runScenario(s: ScenarioFile, target: Target): Promise<string[]> {
  const run = randomUUID();
  const why = unsupported(s, target);
  if (why) return [why];
  const unknown = Object.keys(s.expect).filter((k) => !KNOWN_EXPECT.has(k));
  if (unknown.length) return [`the runner does not check ${unknown.join(', ')}`];
  const logRecords: string[] = [];
  const capture = (_message: string, fields?: Record<string, unknown>) =>
    logRecords.push(JSON.stringify([_message, fields]));
  const cred = s.credential ? target.credentials![s.credential]! : target;
  let signingKey: SigningKey | undefined;
  if (s.client.signing_key === 'credential') signingKey = cred.signingKey!;
  else if (s.client.signing_key === 'wrong')
    signingKey = { keyId: cred.signingKey!.keyId, secret: WRONG_SIGNING_SECRET };
  const transportOptions = {
    baseUrl: target.baseUrl,
    defaultHeaders: {
      [target.faultHeader ?? 'x-contract-scenario']: s.scenario,
      [target.runHeader ?? 'x-contract-run']: run,
    },
    ...(s.client.max_retries !== undefined ? { maxRetries: s.client.max_retries } : {}),
    ...(s.client.timeout_ms !== undefined ? { timeout: s.client.timeout_ms } : {}),
    statusAwareBackoff: s.client.status_poll_interval_ms ? { pollIntervalMs: s.client.status_poll_interval_ms } : true,
    ...(s.client.log_level ? { logLevel: s.client.log_level, logger: { info: capture, debug: capture } } : {}),
    ...(s.client.app_info ? { appInfo: s.client.app_info } : {}),
    ...(s.client.api_version ? { apiVersion: s.client.api_version } : {}),
  };
  const client = new Einvoice({
    ...transportOptions,
    clientId: cred.clientId,
    clientSecret: cred.clientSecret,
    gstin: target.gstin,
    ...(signingKey ? { signingKey } : {}),
  });
  let admin: EinvoiceAdmin | undefined;
  const clients: Clients = {
    client,
    admin: () => (admin ??= new EinvoiceAdmin({ ...transportOptions, apiKey: target.apiKey! })),
  };
  const unknownOps = [s.call, ...(s.steps ?? []), ...(s.finally ?? [])].filter((c) => !CALLS[c.operation]);
  if (unknownOps.length) return unknownOps.map((c) => `the runner does not know operation ${c.operation}`);
  const call = CALLS[s.call.operation]!;
  const saved: Record<string, any> = {};
  const runSteps = async (steps: Step[]) => {
    for (const step of steps) {
      // A step with `credential: {$ref}` acts for the GSTIN of a credential a step created (forGstin).
      const created = step.credential ? resolve(step.credential, target, saved) : undefined;
      const stepClients = created
        ? {
            ...clients,
            client: client.forGstin(created.gstin, {
              clientId: created.client_id,
              clientSecret: created.client_secret,
            }),
          }
        : clients;
      const { data } = await CALLS[step.operation]!(
        stepClients,
        resolve(step.args, target, saved),
        requestOptions(step.options, saved),
      );
      if (step.save_as) saved[step.save_as] = data;
    }
  };
  try {
    await runSteps(s.steps ?? []);
  } catch (error) {
    await runSteps(s.finally ?? []).catch(() => undefined);
    return [`a step failed: ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`];
  }
  const args = resolve(s.call.args, target, saved);
  const options = requestOptions(s.call.options, saved);

  const attempt = async (): Promise<Outcome> => {
    try {
      const { data, response } = await call(clients, args, options);
      return {
        ok: true,
        data,
        status: response.status,
        replayed: response.headers.get('idempotent-replayed') === 'true',
        requestId: response.headers.get('x-request-id'),
      };
    } catch (error) {
      return { ok: false, error };
    }
  };
  const outcomes = await Promise.all(Array.from({ length: s.concurrency ?? 1 }, attempt));
  const outcome = outcomes[0]!;
  await runSteps(s.finally ?? []);

  type Recorded = {
    operationId: string | null;
    idempotencyKey: string | null;
    at: number;
    violation: string | null;
    userAgent?: string | null;
    apiVersion?: string | null;
    answeredApiVersion?: string | null;
    requestId?: string | null;
  };
  const journal = (await (
    await fetch(`${target.baseUrl}${target.requestsPath ?? '/__contract/requests'}?run=${run}`)
  ).json()) as Recorded[] | { data: Recorded[] };
  const recorded = Array.isArray(journal) ? journal : journal.data;
  // Attempts: the requests of the scenario's call, not the token, status or steps' requests.
  const notAttempts = new Set(['createToken', 'getStatus', ...stepOperations(s)]);
  const attempts = recorded.filter((r) => !notAttempts.has(r.operationId ?? ''));
  const e = s.expect;
  const failures: string[] = [];
  const check = (what: string, actual: unknown, expected: unknown) => {
    if (expected !== undefined && actual !== expected)
      failures.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  };

  for (const r of recorded) if (r.violation) failures.push(`contract violation: ${r.violation}`);
  if (e.outcome === 'result') {
    for (const o of outcomes)
      if (!o.ok)
        failures.push(
          `expected a result, got ${(o.error as Error)?.constructor?.name}: ${(o.error as Error)?.message}`,
        );
    if (outcome.ok) {
      check('status', outcome.status, e.status);
      check('replayed', outcome.replayed, e.replayed);
      for (const [pointer, value] of Object.entries(e.result ?? {}))
        check(`result ${pointer}`, atPointer(outcome.data, pointer), resolve(value, target, saved));
    }
  } else if (outcome.ok) {
    failures.push(`expected ${e.error_class}, got a result with status ${outcome.status}`);
  } else {
    const err = outcome.error as EinvoiceError;
    check('error class', err?.constructor?.name, e.error_class);
    if (!(err instanceof EinvoiceError)) failures.push('the error is not an EinvoiceError');
    check('error status', err.status, e.status);
    check('error code', err.code, e.error_code);
    if (e.gstn_errors && !(err.gstnErrors.length > 0)) failures.push('expected gstn_errors on the error');
    if (e.request_id && !err.requestId) failures.push('expected a request id on the error');
    if (e.gstn_error) {
      const first = err.gstnErrors?.[0];
      if (!first) failures.push('expected a typed GSTN error');
      else {
        check('gstn error code', first.code, e.gstn_error.code);
        check('gstn error pointer', first.pointer, e.gstn_error.pointer);
        if (e.gstn_error.message && !first.message) failures.push('expected a message on the GSTN error');
        if (e.gstn_error.hint && !first.hint) failures.push('expected a hint on the GSTN error');
      }
    }
  }
  if (e.distinct_request_ids) {
    const ids = outcomes.map((o) => (o.ok ? o.requestId : null));
    const sent = new Set(recorded.map((r) => r.requestId));
    if (ids.some((id) => !id)) failures.push(`expected a request id on every raw response, got ${JSON.stringify(ids)}`);
    else if (new Set(ids).size !== ids.length)
      failures.push(`expected distinct request ids, got ${JSON.stringify(ids)}`);
    else if (ids.some((id) => !sent.has(id)))
      failures.push(`a raw response's request id was not sent in this run: ${JSON.stringify(ids)}`);
  }
  if (e.user_agent_suffix !== undefined) {
    for (const r of recorded)
      if (!r.userAgent?.endsWith(e.user_agent_suffix))
        failures.push(
          `${r.operationId}: User-Agent ${JSON.stringify(r.userAgent)} does not end with ${JSON.stringify(e.user_agent_suffix)}`,
        );
  }
  if (e.api_version !== undefined) {
    for (const r of recorded)
      if (r.apiVersion !== e.api_version || r.answeredApiVersion !== e.api_version)
        failures.push(
          `${r.operationId}: sent Einvoice-Version ${JSON.stringify(r.apiVersion)}, answered in ${JSON.stringify(r.answeredApiVersion)}, expected ${e.api_version}`,
        );
  }
  if (e.log) failures.push(...checkLog(e.log, logRecords, recorded.length, cred, args));
  check('attempts', attempts.length, e.attempts);
  check('token requests', recorded.filter((r) => r.operationId === 'createToken').length, e.token_requests);
  check('status requests', recorded.filter((r) => r.operationId === 'getStatus').length, e.status_requests);
  if (e.same_idempotency_key) {
    const keys = new Set(attempts.map((a) => a.idempotencyKey));
    if (keys.size !== 1 || keys.has(null))
      failures.push(`expected one Idempotency-Key on every attempt, saw ${JSON.stringify([...keys])}`);
  }
  for (const [i, bound] of (e.delays_ms ?? []).entries()) {
    const a = attempts[i];
    const b = attempts[i + 1];
    if (!a || !b) {
      failures.push(`delay ${i}: attempts ${i} and ${i + 1} were not both seen`);
      continue;
    }
    const gap = b.at - a.at;
    if (gap < bound.min || gap > bound.max)
      failures.push(`delay before attempt ${i + 1}: ${gap} ms, expected ${bound.min}-${bound.max} ms`);
  }
  return failures;
}

/** The log expectations over the records the SDK's logger hook received, each serialised as text. */
function checkLog(
  expect: NonNullable<ScenarioFile['expect']['log']>,
  records: string[],
  requests: number,
  cred: TargetCredential,
  args: Record<string, any>,
): string[] {
  const failures: string[] = [];
  if (expect.one_record_per_request && records.length !== requests)
    failures.push(`expected ${requests} log records (one per request), got ${records.length}`);
  if (expect.redacted) {
    const text = records.join('\n');
    const basic = Buffer.from(`${cred.clientId}:${cred.clientSecret}`).toString('base64');
    const docNo: string | undefined = args.invoice?.DocDtls?.No;
    if (text.includes(cred.clientSecret)) failures.push('a log record holds the client secret');
    if (text.includes(basic)) failures.push('a log record holds the Basic credentials');
    if (/Bearer [A-Za-z0-9._~+/-]{8,}/.test(text)) failures.push('a log record holds a bearer token');
    if (docNo && text.includes(docNo)) failures.push('a log record holds the invoice (its document number)');
  }
  return failures;
}
