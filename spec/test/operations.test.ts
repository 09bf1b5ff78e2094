import { describe, expect, it } from 'vitest';
import { operations, resolve, spec } from './load-spec.js';

// The public surface promised by the "Monorepo foundation" issue: operationId -> method and path.
const REQUIRED: Record<string, [string, string]> = {
  createToken: ['post', '/v1/oauth/token'],
  registerGstin: ['post', '/v1/gstins'],
  listGstins: ['get', '/v1/gstins'],
  getGstin: ['get', '/v1/gstins/{gstin}'],
  updateGstin: ['patch', '/v1/gstins/{gstin}'],
  deleteGstin: ['delete', '/v1/gstins/{gstin}'],
  createCredential: ['post', '/v1/gstins/{gstin}/credentials'],
  listCredentials: ['get', '/v1/gstins/{gstin}/credentials'],
  addCredentialSecret: ['post', '/v1/credentials/{client_id}/secrets'],
  revokeCredentialSecret: ['delete', '/v1/credentials/{client_id}/secrets/{secret_id}'],
  revokeCredential: ['delete', '/v1/credentials/{client_id}'],
  listAuditEvents: ['get', '/v1/audit-events'],
  generateIrn: ['post', '/v1/irn'],
  getIrn: ['get', '/v1/irn/{irn}'],
  getIrnByDocument: ['get', '/v1/irn/by-document'],
  cancelIrn: ['post', '/v1/irn/{irn}/cancel'],
  bulkGenerateIrn: ['post', '/v1/irn/bulk'],
  generateNote: ['post', '/v1/notes'],
  generateEwb: ['post', '/v1/ewb'],
  getEwb: ['get', '/v1/ewb/{ewb_no}'],
  updateEwbVehicle: ['post', '/v1/ewb/{ewb_no}/vehicle'],
  extendEwb: ['post', '/v1/ewb/{ewb_no}/extend'],
  cancelEwb: ['post', '/v1/ewb/{ewb_no}/cancel'],
  listDocuments: ['get', '/v1/documents'],
  exportDocuments: ['get', '/v1/documents/export'],
  getGstinDetails: ['get', '/v1/gstin-details/{gstin}'],
  getTaxpayer: ['get', '/v1/taxpayers/{gstin}'],
  createWebhookEndpoint: ['post', '/v1/webhook-endpoints'],
  listWebhookEndpoints: ['get', '/v1/webhook-endpoints'],
  getWebhookEndpoint: ['get', '/v1/webhook-endpoints/{endpoint_id}'],
  updateWebhookEndpoint: ['patch', '/v1/webhook-endpoints/{endpoint_id}'],
  deleteWebhookEndpoint: ['delete', '/v1/webhook-endpoints/{endpoint_id}'],
  rotateWebhookSecret: ['post', '/v1/webhook-endpoints/{endpoint_id}/rotate-secret'],
  listWebhookDeliveries: ['get', '/v1/webhook-deliveries'],
  replayWebhookDelivery: ['post', '/v1/webhook-deliveries/{delivery_id}/replay'],
  listRequestLogs: ['get', '/v1/logs'],
  getRequestLog: ['get', '/v1/logs/{log_id}'],
  exportRequestLogs: ['get', '/v1/logs/export'],
  getUsage: ['get', '/v1/usage'],
  exportUsage: ['get', '/v1/usage/export'],
  getStatus: ['get', '/v1/status'],
  setSandboxFaults: ['post', '/v1/sandbox/faults'],
};

const WEBHOOK_EVENTS = [
  'irn.generated',
  'irn.failed',
  'irn.cancelled',
  'ewb.generated',
  'ewb.vehicle_updated',
  'ewb.extended',
  'ewb.cancelled',
  'note.generated',
  'bulk.completed',
  'webhook_endpoint.disabled',
];

const all = operations();
const paths = all.filter((o) => o.kind === 'path');
const byId = new Map(all.map((o) => [o.op.operationId as string, o]));

const paramNames = (op: Record<string, any>, pointer: string) =>
  (op.parameters ?? []).map((p: any, i: number) => resolve(p, `${pointer}/parameters/${i}`).node.name as string);

describe('the contract is complete', () => {
  it('is OpenAPI 3.1', () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
  });

  it.each(Object.entries(REQUIRED))('%s is %s', (id, [method, path]) => {
    const op = byId.get(id);
    expect(op, `operationId ${id} missing`).toBeDefined();
    expect([op!.method, op!.path]).toEqual([method, path]);
  });

  it('every webhook event has a payload schema and example', () => {
    expect(Object.keys(spec.webhooks).sort()).toEqual([...WEBHOOK_EVENTS].sort());
  });

  it('operationIds are unique', () => {
    const ids = all.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(paths.map((o) => [o.op.operationId, o] as const))('%s', (_id, o) => {
  it('has a summary and an actionable description', () => {
    expect(o.op.summary?.length).toBeGreaterThan(5);
    expect(o.op.description?.length).toBeGreaterThan(40);
  });

  it('answers every 4xx/5xx with application/problem+json only (token errors: RFC 6749 application/json; problem+json in API version 2026-12-01)', () => {
    const errors = Object.entries<any>(o.op.responses).filter(([code]) => /^[45]/.test(code));
    expect(errors.length).toBeGreaterThan(0);
    for (const [code, response] of errors) {
      const { node } = resolve(response, `${o.pointer}/responses/${code}`);
      // RFC 6749 §5.2: the token endpoint's own refusals (400, 401) are application/json with error members.
      const tokenError = o.op.operationId === 'createToken' && (code === '400' || code === '401');
      expect(Object.keys(node.content ?? {}), `${code}`).toEqual(
        tokenError ? ['application/json', 'application/problem+json'] : ['application/problem+json'],
      );
    }
  });

  it('declares 429 and X-Request-Id on every response', () => {
    expect(o.op.responses['429']).toBeDefined();
    for (const [code, response] of Object.entries<any>(o.op.responses)) {
      const { node } = resolve(response, `${o.pointer}/responses/${code}`);
      expect(Object.keys(node.headers ?? {}), `${code}`).toContain('X-Request-Id');
    }
  });

  it('accepts Idempotency-Key when it is a state-changing POST', () => {
    if (o.method !== 'post' || o.op.operationId === 'createToken') return;
    expect(paramNames(o.op, o.pointer)).toContain('Idempotency-Key');
  });

  it('is authenticated unless it is public by design', () => {
    const publicOps = ['getStatus', 'createToken'];
    if (publicOps.includes(o.op.operationId)) return;
    expect(o.op.security?.length, 'security').toBeGreaterThan(0);
    // 401 for missing/invalid credentials; 403 for the wrong kind of credential or a missing scope.
    expect(o.op.responses['401']).toBeDefined();
    expect(o.op.responses['403']).toBeDefined();
  });
});

describe('document writes', () => {
  it.each(['generateIrn', 'bulkGenerateIrn', 'generateNote', 'generateEwb'])('%s accepts Prefer: wait=N', (id) => {
    const o = byId.get(id)!;
    expect(paramNames(o.op, o.pointer)).toContain('Prefer');
  });

  it('request bodies for documents mirror NIC INV-01 section names', () => {
    const invoice = spec.components.schemas.Invoice;
    expect(Object.keys(invoice.properties)).toEqual([
      'Version',
      'TranDtls',
      'DocDtls',
      'SellerDtls',
      'BuyerDtls',
      'DispDtls',
      'ShipDtls',
      'ItemList',
      'ValDtls',
      'PayDtls',
      'RefDtls',
      'AddlDocDtls',
      'ExpDtls',
      'EwbDtls',
    ]);
    expect(invoice.required).toEqual([
      'Version',
      'TranDtls',
      'DocDtls',
      'SellerDtls',
      'BuyerDtls',
      'ItemList',
      'ValDtls',
    ]);
  });
});
