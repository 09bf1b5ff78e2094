import { describe, expect, it } from 'vitest';
import { Contract } from '../src/index.js';

const contract = new Contract();
const headers = (h: Record<string, string> = {}) => new Headers(h);

describe('router', () => {
  it('prefers literal segments over parameters', () => {
    expect(contract.router.match('GET', '/v1/irn/by-document')?.operation.operationId).toBe('getIrnByDocument');
    const m = contract.router.match('GET', `/v1/irn/${'a'.repeat(64)}`);
    expect(m?.operation.operationId).toBe('getIrn');
    expect(m?.pathParams).toEqual({ irn: 'a'.repeat(64) });
    expect(contract.router.match('POST', '/v1/irn/bulk')?.operation.operationId).toBe('bulkGenerateIrn');
  });

  it('knows the methods of a path', () => {
    expect(contract.router.match('PUT', '/v1/gstins')).toBeUndefined();
    expect(contract.router.allowedMethods('/v1/gstins').sort()).toEqual(['GET', 'POST']);
  });

  it('reads security requirements and scopes', () => {
    expect(contract.operation('generateIrn').security).toEqual([{ scheme: 'gstinOAuth', scopes: ['irn:write'] }]);
    expect(contract.operation('getStatus').security).toEqual([]);
  });
});

describe('request validation', () => {
  const op = contract.operation('getIrnByDocument');

  it('coerces and checks parameters', () => {
    const ok = contract.validator.validateRequest(op, {
      pathParams: {},
      query: new URLSearchParams({ doc_type: 'INV', doc_no: 'INV/1', doc_date: '25/11/2026' }),
      headers: headers(),
    });
    expect(ok).toEqual([]);
    const bad = contract.validator.validateRequest(op, {
      pathParams: {},
      query: new URLSearchParams({ doc_type: 'XYZ', doc_date: '2026-11-25' }),
      headers: headers(),
    });
    expect(bad.map((e) => [e.pointer, e.code])).toEqual([
      ['query:doc_type', 'enum'],
      ['query:doc_no', 'required'],
      ['query:doc_date', 'pattern'],
    ]);
  });

  it('coerces integers in the query', () => {
    const list = contract.operation('listGstins');
    const run = (limit: string) =>
      contract.validator.validateRequest(list, {
        pathParams: {},
        query: new URLSearchParams({ limit }),
        headers: headers(),
      });
    expect(run('20')).toEqual([]);
    expect(run('0').map((e) => e.code)).toEqual(['minimum']);
    expect(run('ten').map((e) => e.code)).toEqual(['type']);
  });

  it('points into the body with JSON pointers', () => {
    const gen = contract.operation('generateIrn');
    const errors = contract.validator.validateRequest(gen, {
      pathParams: {},
      query: new URLSearchParams(),
      headers: headers({ 'idempotency-key': 'k1' }),
      contentType: 'application/json',
      body: { Version: '1.1', DocDtls: { Typ: 'INV', No: '0BAD', Dt: '25/11/2026' }, ItemList: [{ SlNo: 'x' }] },
    });
    const pointers = errors.map((e) => e.pointer);
    expect(pointers).toContain('/TranDtls');
    expect(pointers).toContain('/DocDtls/No');
    expect(pointers).toContain('/ItemList/0/SlNo');
    expect(pointers).toContain('/ItemList/0/HsnCd');
  });

  it('refuses a bad Idempotency-Key header', () => {
    const gen = contract.operation('cancelIrn');
    const errors = contract.validator.validateRequest(gen, {
      pathParams: { irn: 'f'.repeat(64) },
      query: new URLSearchParams(),
      headers: headers({ 'idempotency-key': 'x'.repeat(256) }),
      contentType: 'application/json',
      body: { CnlRsn: '1' },
    });
    expect(errors).toEqual([
      { pointer: 'header:Idempotency-Key', detail: 'must NOT have more than 255 characters', code: 'maxLength' },
    ]);
  });
});

describe('response validation', () => {
  it('accepts a conforming problem and refuses undeclared shapes', () => {
    const op = contract.operation('getIrn');
    const problem = {
      type: 'https://einvoice.dev/problems/not-found',
      title: 'Resource not found',
      status: 404,
      request_id: 'req_1',
    };
    expect(contract.validator.validateResponse(op, 404, 'application/problem+json', problem)).toEqual([]);
    expect(contract.validator.validateResponse(op, 404, 'application/json', problem)[0]).toMatch(/content-type/);
    expect(contract.validator.validateResponse(op, 418, 'application/json', {})[0]).toMatch(/not declared/);
    expect(
      contract.validator.validateResponse(op, 404, 'application/problem+json', { title: 'x' }).length,
    ).toBeGreaterThan(0);
  });
});

describe('path precedence', () => {
  it('a concrete path belongs to its most literal template, whatever the method', () => {
    const contract = new Contract();
    expect(contract.router.match('GET', '/v1/irn/bulk')).toBeUndefined();
    expect(contract.router.allowedMethods('/v1/irn/bulk')).toEqual(['POST']);
    expect(contract.router.match('GET', '/v1/irn/by-document')?.operation.operationId).toBe('getIrnByDocument');
    expect(contract.router.match('GET', `/v1/irn/${'a'.repeat(64)}`)?.operation.operationId).toBe('getIrn');
  });

  it('templates equally literal all fit, and the method picks among them', () => {
    // /v1/irn/bulk/{id} (GET) and /v1/irn/{irn}/cancel (POST) both have three literal segments.
    const contract = new Contract();
    expect(contract.router.match('GET', '/v1/irn/bulk/cancel')).toMatchObject({
      operation: { operationId: 'getBulkJob' },
      pathParams: { id: 'cancel' },
    });
    expect(contract.router.match('POST', '/v1/irn/bulk/cancel')).toMatchObject({
      operation: { operationId: 'cancelIrn' },
      pathParams: { irn: 'bulk' },
    });
    expect(contract.router.allowedMethods('/v1/irn/bulk/cancel').sort()).toEqual(['GET', 'POST']);
    expect(contract.router.match('DELETE', '/v1/irn/bulk/cancel')).toBeUndefined();
  });
});
