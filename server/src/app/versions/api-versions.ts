// Dated API versions as data (issue #23, docs/adr/0027). The handlers speak only the newest version; each
// version lists the changes it made to the one before it, and each change carries the transforms that take
// a request from the older shape to the newer one and an answer from the newer shape back to the older one.
// A call answered in version V runs the request through every change after V (oldest first), the handler,
// then the answer back through the same changes (newest first). Deprecations (of a version, an operation or
// a request field) are data here too: the HTTP layer turns them into Deprecation/Sunset/Link headers and
// `warnings`, and scripts/migration-guides.ts turns the changes into docs/migrations/*.md.

/** An answer as the version transforms see it (the HTTP layer's Reply has this shape). */
export interface VersionedReply {
  status: number;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

/** A breaking change a version made. */
export interface ApiChange {
  /** Stable slug: also the migration guide's file name (docs/migrations/<version>-<id>.md). */
  id: string;
  title: string;
  /** operationIds whose requests or answers differ across this change. */
  operations: readonly string[];
  /** What a client saw before, and sees from this version on (one paragraph each, Markdown). */
  before: string;
  after: string;
  /** How to change a client (Markdown). */
  migrate: string;
  /** Brings a request made in the older shape to this version's shape. Absent: requests did not change. */
  upgradeRequest?: (operationId: string, body: unknown) => unknown;
  /** Turns this version's answer into the older shape, in place. Absent: answers did not change. */
  downgradeReply?: (operationId: string, reply: VersionedReply) => void;
}

/** The first signal that something goes away, and when it goes. */
export interface RemovalSchedule {
  /** Date (YYYY-MM-DD, UTC midnight) of the first signal: the Deprecation header's date. */
  announced: string;
  /** Date (YYYY-MM-DD, UTC midnight) from which it is removed: the Sunset header's date. */
  sunset: string;
  /** Path of the migration guide under the public docs (the Link header's target). */
  guide: string;
}

export interface ApiVersion {
  /** The date that names the version (YYYY-MM-DD), sent in `Einvoice-Version`. */
  name: string;
  summary: string;
  /** Changes relative to the previous version (empty for the oldest). */
  changes: readonly ApiChange[];
  deprecation?: RemovalSchedule;
  /** The first SDK release (all five share one version line) that sends this version; absent: SDKs before
   * versions existed, which send no `Einvoice-Version` and get their account's pinned version. */
  sdkRelease?: string;
}

/** A request field that still works but goes away: its use is reported in `warnings` and the request log. */
export interface FieldDeprecation extends RemovalSchedule {
  operation: string;
  /** Where the field is read: a form or JSON body member. */
  field: string;
  replacement: string;
  /** Whether a request uses the field (the parsed body of `operation`). */
  usedBy: (body: unknown) => boolean;
}

/** An operation that still works but goes away. */
export interface OperationDeprecation extends RemovalSchedule {
  operation: string;
  replacement: string;
}

/** The smallest window between the first signal and removal the product promises. */
export const MIN_DEPRECATION_DAYS = 90;

export const API_VERSION_HEADER = 'Einvoice-Version';

/** Public home of docs/migrations (each guide's URL is this plus its file name without `.md`). */
export const MIGRATION_DOCS_URL = 'https://einvoice.dev/docs/migrations/';
const DOCS = MIGRATION_DOCS_URL;

/**
 * 8d9e361 (RFC 6749 §5.2): token endpoint errors became `application/json`. Before, the same body (problem
 * members plus `error`/`error_description`) was sent as `application/problem+json`, and a form parameter sent
 * twice was read as its last occurrence instead of being refused with 400 `invalid_request`.
 */
const tokenErrorsJson: ApiChange = {
  id: 'token-errors-application-json',
  title: 'Token endpoint errors are application/json (RFC 6749 §5.2)',
  operations: ['createToken'],
  before:
    'A refused `POST /v1/oauth/token` answered `Content-Type: application/problem+json`, with the problem members ' +
    'and `error`/`error_description` in the body.',
  after:
    'The same body is sent as `Content-Type: application/json`, as RFC 6749 §5.2 requires, so OAuth client ' +
    'libraries read `error` without a special case. (A form parameter sent twice is refused with 400 ' +
    '`invalid_request` in every version: RFC 6749 §3.2 forbids it, so it was a fix, not a versioned change.)',
  migrate:
    'Read token errors by their `error` member and accept `application/json` as well as `application/problem+json` ' +
    '(every einvoice SDK does). Nothing else changes: the status, `error`, `error_description`, `code` and ' +
    '`request_id` are the same.',
  downgradeReply(operationId, reply) {
    if (operationId === 'createToken' && reply.status >= 400 && reply.contentType === 'application/json')
      reply.contentType = 'application/problem+json';
  },
};

/** Oldest first. The last one is the current version: new accounts and the SDKs generated now use it. */
export const apiVersions: readonly ApiVersion[] = [
  {
    name: '2026-12-01',
    summary: 'The shapes every client was built against before dated versions existed.',
    changes: [],
    deprecation: { announced: '2026-12-05', sunset: '2027-03-05', guide: `${DOCS}upgrade-from-2026-12-01` },
  },
  {
    name: '2026-12-05',
    summary: 'Token endpoint errors as RFC 6749 §5.2 says.',
    changes: [tokenErrorsJson],
    sdkRelease: '0.2.0',
  },
];

export const OLDEST_API_VERSION = apiVersions[0]!.name;
export const CURRENT_API_VERSION = apiVersions[apiVersions.length - 1]!.name;

/** Token requests with the client's credentials in the form: RFC 6749 §2.3.1 says HTTP Basic instead. */
export const deprecatedFields: readonly FieldDeprecation[] = [
  {
    operation: 'createToken',
    field: 'client_secret',
    replacement: 'HTTP Basic authentication (`Authorization: Basic base64(client_id:client_secret)`)',
    announced: '2026-12-05',
    sunset: '2027-03-05',
    guide: `${DOCS}form-client-credentials`,
    usedBy: (body) => typeof body === 'object' && body !== null && 'client_secret' in body,
  },
];

/** Operations scheduled for removal (with their replacement). */
export const deprecatedOperations: readonly OperationDeprecation[] = [
  {
    // `/v1/gstin-details/{gstin}` read like a detail of `/v1/gstins/{gstin}` (a GSTIN registered here) while it
    // asks the IRP about any taxpayer; `/v1/taxpayers/{gstin}` answers the same body under the name it means.
    operation: 'getGstinDetails',
    replacement: '`getTaxpayer` (`GET /v1/taxpayers/{gstin}`, same answer; SDKs: `taxpayers.get`)',
    announced: '2026-12-05',
    sunset: '2027-03-05',
    guide: `${DOCS}get-gstin-details`,
  },
];

export function findApiVersion(name: string): ApiVersion | undefined {
  return apiVersions.find((v) => v.name === name);
}

/** The changes between `name` and the current version, oldest first. */
export function changesSince(name: string): ApiChange[] {
  const at = apiVersions.findIndex((v) => v.name === name);
  if (at < 0) throw new Error(`unknown API version ${name}`);
  return apiVersions.slice(at + 1).flatMap((v) => v.changes);
}

/** A request body as the current version's handlers expect it. */
export function upgradeRequest(version: string, operationId: string, body: unknown): unknown {
  let out = body;
  for (const change of changesSince(version)) if (change.upgradeRequest) out = change.upgradeRequest(operationId, out);
  return out;
}

/** The handler's (current version) answer, in place, as `version` shapes it. */
export function downgradeReply(version: string, operationId: string, reply: VersionedReply): void {
  for (const change of changesSince(version).reverse()) change.downgradeReply?.(operationId, reply);
}

const DAY_MS = 86_400_000;

/** Whole days between the first signal and removal. */
export function windowDays(s: RemovalSchedule): number {
  return Math.round((Date.parse(`${s.sunset}T00:00:00Z`) - Date.parse(`${s.announced}T00:00:00Z`)) / DAY_MS);
}

/** Every schedule in the registry, named, for the 90-day check and the guides. */
export function allSchedules(): { what: string; schedule: RemovalSchedule }[] {
  return [
    ...apiVersions.flatMap((v) => (v.deprecation ? [{ what: `API version ${v.name}`, schedule: v.deprecation }] : [])),
    ...deprecatedFields.map((f) => ({ what: `${f.operation} field ${f.field}`, schedule: f })),
    ...deprecatedOperations.map((o) => ({ what: `operation ${o.operation}`, schedule: o })),
  ];
}

/** RFC 9745 Deprecation (a structured-field date: `@` + Unix seconds) and RFC 8594 Sunset (an HTTP-date). */
export function removalHeaders(s: RemovalSchedule): Record<string, string> {
  const announced = Date.parse(`${s.announced}T00:00:00Z`);
  return {
    deprecation: `@${Math.floor(announced / 1000)}`,
    sunset: new Date(`${s.sunset}T00:00:00Z`).toUTCString(),
    link: `<${s.guide}>; rel="deprecation"; type="text/html"`,
  };
}
