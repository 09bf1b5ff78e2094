// Test HTTP client for a running server: every answer is checked against the contract, so a test
// cannot pass on a response the spec does not allow. Shared by the e2e harnesses and the crash tests.
import type { Contract } from '@einvoice/openapi';
import { expect } from 'vitest';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Skip contract validation (only for deliberately off-contract requests, e.g. unknown routes). */
  raw?: boolean;
}

export type Requester = <T = any>(method: string, path: string, options?: RequestOptions) => Promise<ApiResponse<T>>;

export function contractClient(baseUrl: string, contract: Contract): Requester {
  return async function request<T>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let payload: string | undefined;
    if (options.form) {
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
      payload = new URLSearchParams(options.form).toString();
    } else if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    const res = await fetch(baseUrl + path, { method, headers, body: payload });
    const text = await res.text();
    const contentType = res.headers.get('content-type');
    const isNdjson = contentType?.includes('ndjson') ?? false;
    const body: any = contentType?.includes('json') && !isNdjson && text ? JSON.parse(text) : text;
    if (!options.raw) {
      const match = contract.router.match(method, new URL(baseUrl + path).pathname);
      expect(match, `${method} ${path} is not in the contract`).toBeDefined();
      const problems = contract.validator.validateResponse(
        match!.operation,
        res.status,
        contentType,
        isNdjson ? text : text === '' ? undefined : body,
      );
      expect(
        problems,
        `${method} ${path} -> ${res.status} does not conform:\n${problems.join('\n')}\n${text.slice(0, 500)}`,
      ).toEqual([]);
      expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    }
    return { status: res.status, headers: res.headers, body, text };
  };
}
