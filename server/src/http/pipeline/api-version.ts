// Dated API versions (app/versions/api-versions.ts, docs/adr/0027). The version a call is answered in: the
// `Einvoice-Version` header when sent, else the pinned version of the caller's account (the principal's; for the
// token endpoint, the account of the client it names), else (no account known: an unknown client, the public
// status) the current version.
// The request is brought up to the current version before validation; the answer is taken back down to the
// call's version, echoed in `Einvoice-Version`, and marked with Deprecation/Sunset/Link when the version, the
// operation or a field it used is scheduled for removal.
import type { Deps } from '../../app/deps.js';
import type { ApiWarning } from '../../app/ports/records.js';
import { problems } from '../../app/problems.js';
import {
  apiVersions,
  CURRENT_API_VERSION,
  deprecatedFields,
  deprecatedOperations,
  downgradeReply,
  findApiVersion,
  type RemovalSchedule,
  removalHeaders,
  upgradeRequest,
} from '../../app/versions/api-versions.js';
import type { Call, Reply } from '../call.js';

const sentVersion = (call: Call) => call.headers.get('einvoice-version')?.trim() || undefined;

/** Chooses the call's version; an unknown `Einvoice-Version` is a 400 naming the supported ones. */
export async function chooseApiVersion(deps: Deps, call: Call): Promise<void> {
  const sent = sentVersion(call);
  if (sent !== undefined) {
    if (!findApiVersion(sent)) {
      call.apiVersion = CURRENT_API_VERSION;
      throw problems.unknownApiVersion(
        sent,
        apiVersions.map((v) => v.name),
      );
    }
    call.apiVersion = sent;
    return;
  }
  const accountId = call.principal?.accountId ?? (await tokenClientAccount(deps, call));
  call.apiVersion = (accountId && (await pinnedVersion(deps, accountId))) || CURRENT_API_VERSION;
}

/**
 * Accounts' pinned versions, per storage. A pin is set when the account is created and no operation changes it,
 * so once read it holds for the life of the process, on every replica: one read per account, not per request
 * (issue #19). Bounded: past the limit the oldest entries go. Unknown accounts are not kept (one may be created
 * later). Should an operation to change the pin be added, it must empty this (and other replicas need a signal).
 */
const pins = new WeakMap<Deps['storage'], Map<string, string>>();
const PINS_KEPT = 10_000;

async function pinnedVersion(deps: Deps, accountId: string): Promise<string | undefined> {
  let known = pins.get(deps.storage);
  if (!known) {
    known = new Map();
    pins.set(deps.storage, known);
  }
  const hit = known.get(accountId);
  if (hit !== undefined) return hit;
  const account = await deps.storage.accounts.get(accountId);
  if (!account) return undefined;
  if (known.size >= PINS_KEPT) known.delete(known.keys().next().value!);
  known.set(accountId, account.apiVersion);
  return account.apiVersion;
}

/** The token endpoint names its client in HTTP Basic or in the form's client_id (parsed by now). */
async function tokenClientAccount(deps: Deps, call: Call): Promise<string | undefined> {
  if (call.op.operationId !== 'createToken') return undefined;
  const basic = /^Basic\s+(\S+)$/i.exec(call.headers.get('authorization')?.trim() ?? '')?.[1];
  const fromBasic = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':')[0] : undefined;
  const formId = isObject(call.body) ? call.body.client_id : undefined;
  const clientId = fromBasic || (typeof formId === 'string' ? formId : undefined);
  if (!clientId || clientId.length > 200) return undefined;
  const credential = await deps.storage.credentials.get(decodeURIComponentSafe(clientId));
  if (credential) call.tokenClient = { accountId: credential.accountId, clientId: credential.clientId };
  return credential?.accountId;
}

/** Basic credentials are form-urlencoded before base64 (RFC 6749 §2.3.1); a malformed escape is left as is. */
function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** After the body is parsed: the body in the current version's shape, and the deprecated fields it used. */
export function upgradeCall(call: Call): void {
  const version = call.apiVersion ?? CURRENT_API_VERSION;
  call.body = upgradeRequest(version, call.op.operationId, call.body);
  const used = deprecatedFields.filter((f) => f.operation === call.op.operationId && f.usedBy(call.body));
  if (used.length)
    call.warnings = used.map(
      (f): ApiWarning => ({
        code: 'deprecated_field',
        field: f.field,
        message: `${f.field} is deprecated and stops working on ${f.sunset}; use ${f.replacement}.`,
        sunset: f.sunset,
        replacement: f.replacement,
        guide: f.guide,
      }),
    );
}

/** The answer in the call's version, with the version echoed and any removal signalled. */
export function presentInVersion(call: Call, reply: Reply): void {
  // A call refused before a version was chosen (401) still answers in the version it asked for, if it exists.
  const asked = sentVersion(call);
  const version = call.apiVersion ?? (asked && findApiVersion(asked) ? asked : undefined);
  if (!version) return;
  downgradeReply(version, call.op.operationId, reply);
  const schedules: RemovalSchedule[] = [];
  const v = findApiVersion(version);
  if (v?.deprecation) schedules.push(v.deprecation);
  const op = deprecatedOperations.find((o) => o.operation === call.op.operationId);
  if (op) schedules.push(op);
  if (call.warnings?.length) {
    schedules.push(...deprecatedFields.filter((f) => call.warnings?.some((w) => w.field === f.field)));
    // The warnings ride in the body (a JSON object answer); a replayed raw body is sent byte for byte.
    if (isObject(reply.body)) reply.body = { ...reply.body, warnings: call.warnings };
  }
  const headers: Record<string, string> = { ...reply.headers, 'einvoice-version': version };
  const signalled = signal(schedules);
  if (signalled.deprecation && signalled.sunset && signalled.link) {
    headers.deprecation = signalled.deprecation;
    headers.sunset = signalled.sunset;
    headers.link = headers.link ? `${headers.link}, ${signalled.link}` : signalled.link;
  }
  reply.headers = headers;
}

/** The earliest removal wins the Sunset; the Deprecation date is the earliest first signal; one Link per guide. */
function signal(schedules: RemovalSchedule[]): { deprecation?: string; sunset?: string; link?: string } {
  if (!schedules.length) return {};
  // ISO dates: code-unit order is date order (and localeCompare would load ICU's collation data for it).
  const earliest = (key: 'announced' | 'sunset') =>
    schedules.reduce((first, s) => (s[key] < first[key] ? s : first), schedules[0]!);
  const links = [...new Set(schedules.map((s) => removalHeaders(s).link))];
  return {
    deprecation: removalHeaders(earliest('announced')).deprecation,
    sunset: removalHeaders(earliest('sunset')).sunset,
    link: links.join(', '),
  };
}

/** A JSON object (not an array, not null). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
