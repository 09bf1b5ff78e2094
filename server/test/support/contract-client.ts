// Test HTTP client for a running server: every answer is checked against the contract, so a test
// cannot pass on a response the spec does not allow. Shared by the e2e harnesses and the crash tests.
import { randomBytes } from 'node:crypto';
import type { Contract } from '@einvoice/openapi';
import pg from 'pg';
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

/** A throwaway database inside the cluster named by TEST_DATABASE_URL (scripts/with-postgres.sh). */
export async function freshPostgresDatabase(prefix = 'einvoice_e2e'): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('PostgreSQL tests need TEST_DATABASE_URL (run through scripts/with-postgres.sh)');
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
