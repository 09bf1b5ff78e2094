// Record builders for the storage contract. Ids are made time-sortable the way the app's are (a per-run prefix
// plus a zero-padded counter), so "newest first" means "created later in the test".
import type {
  AccountRecord,
  AuditEventRecord,
  CredentialRecord,
  CredentialSecretRecord,
  DocumentRecord,
  EwbRecord,
  GstinRecord,
  IdempotencyRecord,
  RequestLogRecord,
  RouteCredentialRecord,
  WebhookEndpointRecord,
} from '../../src/app/ports/records.js';
import type { Storage } from '../../src/app/ports/storage.js';

const run = Date.now().toString(36).padStart(9, '0') + Math.random().toString(36).slice(2, 6);
let counter = 0;
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}_${run}${String(counter).padStart(8, '0')}`;
}

/** A fixed instant with milliseconds, to prove they survive the round-trip. */
export const T0 = new Date('2026-11-25T10:00:00.123Z').getTime();
export const at = (offsetMs: number): Date => new Date(T0 + offsetMs);

export function account(over: Partial<AccountRecord> = {}): AccountRecord {
  return {
    id: uid('acct'),
    name: 'Acme Traders',
    environment: 'sandbox',
    createdAt: at(0),
    apiVersion: '2026-12-05',
    ...over,
  };
}

export function gstinRecord(accountId: string, over: Partial<GstinRecord> = {}): GstinRecord {
  return {
    accountId,
    gstin: uid('29AAGCB').slice(-15).toUpperCase(),
    environment: 'sandbox',
    description: null,
    irpUsername: 'irp-user',
    irpPasswordEnc: 'v1.gcm.abc',
    largeTaxpayer: true,
    createdAt: at(0),
    updatedAt: at(1),
    tenantId: null,
    ...over,
  };
}

/** An account with one registered GSTIN: the parent rows most records need. */
export async function seed(storage: Storage): Promise<{ accountId: string; gstin: string }> {
  const a = account();
  await storage.accounts.insert(a);
  const g = gstinRecord(a.id);
  await storage.gstins.insert(g);
  return { accountId: a.id, gstin: g.gstin };
}

export function routeCredential(
  accountId: string,
  gstin: string,
  over: Partial<RouteCredentialRecord> = {},
): RouteCredentialRecord {
  return {
    accountId,
    gstin,
    route: 'taxpro',
    irpUsername: 'api_tp',
    irpPasswordEnc: 'v1.gcm.route',
    ewbUsername: null,
    ewbPasswordEnc: null,
    refusedReason: null,
    refusedAt: null,
    createdAt: at(0),
    updatedAt: at(0),
    ...over,
  };
}

export function credential(accountId: string, gstin: string, over: Partial<CredentialRecord> = {}): CredentialRecord {
  return {
    signingKeyEnc: null,
    requireSignatures: false,
    clientId: uid('cli_test'),
    accountId,
    gstin,
    environment: 'sandbox',
    name: null,
    scopes: ['irn:write', 'read'],
    plan: 'standard',
    rateLimitRps: 2.5,
    createdAt: at(0),
    revokedAt: null,
    ...over,
  };
}

export function secret(clientId: string, over: Partial<CredentialSecretRecord> = {}): CredentialSecretRecord {
  return {
    id: uid('sec'),
    clientId,
    prefix: 'sk_abc',
    hash: 'scrypt$1$abc',
    createdAt: at(0),
    expiresAt: null,
    revokedAt: null,
    lastUsedAt: null,
    ...over,
  };
}

export function auditEvent(accountId: string, over: Partial<AuditEventRecord> = {}): AuditEventRecord {
  return {
    id: uid('aud'),
    accountId,
    type: 'credential.created',
    occurredAt: at(0),
    actorType: 'api_key',
    actorId: 'key_test_1',
    gstin: null,
    clientId: null,
    requestId: 'req_1',
    ip: '203.0.113.7',
    data: { nested: { ok: true, n: 1.5 }, list: [1, 'two', null] },
    tenantId: null,
    ...over,
  };
}

export function idempotency(accountId: string, key: string, over: Partial<IdempotencyRecord> = {}): IdempotencyRecord {
  return {
    accountId,
    scope: '29AAGCB1286Q1Z4',
    key,
    operation: 'generateIrn',
    fingerprint: 'fp-1',
    state: 'in_flight',
    lockedUntil: at(30_000),
    responseStatus: null,
    responseHeaders: null,
    responseBody: null,
    resourceId: null,
    createdAt: at(0),
    expiresAt: at(86_400_000),
    ...over,
  };
}

/** A generated document with its signed JWTs (what answers and events reference), stored. */
export async function generatedDocument(
  storage: Storage,
  accountId: string,
  gstin: string,
  over: Partial<DocumentRecord> = {},
): Promise<DocumentRecord> {
  const doc = documentRecord(accountId, gstin, {
    status: 'generated',
    irn: uid('irn').padEnd(64, '0'),
    signedInvoice: `eyJhbGciOiJSUzI1NiJ9.eyJpbnYiOjF9.${uid('inv')}`,
    signedQrCode: `eyJhbGciOiJSUzI1NiJ9.eyJxciI6MX0.${uid('qr')}`,
    ...over,
  });
  await storage.documents.insert(doc);
  return doc;
}

/** An `irn.generated` event whose data is `data` (a document as presented), appended to the outbox: its id. */
export async function generatedEvent(storage: Storage, accountId: string, gstin: string, data: unknown) {
  const id = uid('msg');
  const payload = { type: 'irn.generated', timestamp: '2026-01-01T00:00:00.000Z', tenant: null, data };
  await storage.outbox.append({
    id,
    accountId,
    gstin,
    type: 'irn.generated',
    payload,
    createdAt: at(0),
    dispatchedAt: null,
  });
  return id;
}

export function documentRecord(accountId: string, gstin: string, over: Partial<DocumentRecord> = {}): DocumentRecord {
  const docNo = over.docNo ?? uid('inv').slice(-16);
  return {
    id: uid('doc'),
    accountId,
    gstin,
    environment: 'sandbox',
    docType: 'INV',
    docNo,
    docNoKey: docNo.toUpperCase(),
    docDate: '15/11/2026',
    financialYear: '2026-27',
    status: 'pending',
    irn: null,
    ackNo: null,
    ackDt: null,
    signedInvoice: null,
    signedQrCode: null,
    signatureVerification: null,
    ewbNo: null,
    ewbDt: null,
    ewbValidTill: null,
    remarks: null,
    info: [],
    gstnErrors: [],
    cancellableUntil: null,
    cancelledAt: null,
    cancelReason: null,
    cancelDate: null,
    gsp: null,
    irp: null,
    buyerGstin: '27AAPFU0939F1ZV',
    totalValue: 1180.5,
    payload: {
      Version: '1.1',
      ItemList: [{ SlNo: '1', IsServc: 'N', UnitPrice: 1000 }],
      ValDtls: { TotInvVal: 1180.5 },
    },
    createdAt: at(0),
    updatedAt: at(0),
    ...over,
  };
}

export function ewb(accountId: string, gstin: string, irn: string, over: Partial<EwbRecord> = {}): EwbRecord {
  return {
    id: uid('ewb'),
    accountId,
    gstin,
    irn,
    ewbNo: 351_000_000_000 + (counter % 1_000_000),
    ewbDt: '2026-11-25 10:00:00',
    ewbValidTill: null,
    status: 'part_a',
    distanceKm: 120,
    vehicles: [],
    extensionCount: 0,
    remarks: null,
    cancellableUntil: at(86_400_000),
    cancelledAt: null,
    gsp: 'gsp-a',
    irp: 'irp1',
    createdAt: at(0),
    updatedAt: at(0),
    ...over,
  };
}

export function webhookEndpoint(accountId: string, over: Partial<WebhookEndpointRecord> = {}): WebhookEndpointRecord {
  return {
    id: uid('we'),
    accountId,
    url: 'https://example.test/hooks',
    description: null,
    events: ['irn.generated', 'irn.cancelled'],
    gstins: [],
    enabled: false,
    secretEnc: 'v1.gcm.secret',
    previousSecretEnc: null,
    previousSecretExpiresAt: null,
    failingSince: null,
    disabledReason: null,
    disabledAt: null,
    createdAt: at(0),
    updatedAt: at(0),
    deletedAt: null,
    tenantId: null,
    ...over,
  };
}

export function requestLog(accountId: string | null, over: Partial<RequestLogRecord> = {}): RequestLogRecord {
  return {
    id: uid('log'),
    accountId,
    requestId: uid('req'),
    gstin: null,
    clientId: null,
    operation: 'generateIrn',
    method: 'POST',
    path: '/v1/irn',
    status: 200,
    idempotencyKey: null,
    replayed: false,
    irn: null,
    latencyMs: { total: 12.5, upstream: 9 },
    upstreamAttempts: [],
    requestBody: { DocDtls: { No: 'INV/1' } },
    responseBody: null,
    createdAt: at(0),
    apiVersion: '2026-12-05',
    warnings: [],
    schemaTranslation: null,
    tenantId: null,
    ...over,
  };
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
