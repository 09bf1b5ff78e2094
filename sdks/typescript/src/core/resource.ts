import { APIPromise } from './api-promise.js';
import { PagePromise } from './pagination.js';
import type { Auth, RequestOptions, RequestSpec, Transport } from './transport.js';

/** What every resource needs from its client. */
export interface ClientContext {
  transport: Transport;
  auth: Auth;
}

export abstract class Resource {
  constructor(protected readonly ctx: ClientContext) {}

  protected call<T>(spec: Omit<RequestSpec, 'auth'> & { auth?: Auth }, options?: RequestOptions): APIPromise<T> {
    return new APIPromise<T>(this.ctx.transport.send({ auth: this.ctx.auth, ...spec }, options));
  }

  protected _get<T>(path: string, query?: object, options?: RequestOptions): APIPromise<T> {
    return this.call<T>({ method: 'GET', path, query: query as Record<string, unknown> }, options);
  }

  protected _post<T>(path: string, body?: unknown, options?: RequestOptions): APIPromise<T> {
    return this.call<T>({ method: 'POST', path, body }, options);
  }

  protected _list<T>(path: string, query: object = {}, options?: RequestOptions): PagePromise<T> {
    const fetchPage = (cursor?: string): PagePromise<T> =>
      new PagePromise<T>(
        this.ctx.transport.send(
          {
            method: 'GET',
            path,
            query: { ...(query as Record<string, unknown>), ...(cursor ? { starting_after: cursor } : {}) },
            auth: this.ctx.auth,
          },
          options,
        ),
        fetchPage,
      );
    return fetchPage();
  }

  /** NDJSON export, parsed line by line as it streams. */
  protected async *ndjson<T>(path: string, query: object = {}, options?: RequestOptions): AsyncGenerator<T> {
    const { response } = await this.ctx.transport.send(
      { method: 'GET', path, query: query as Record<string, unknown>, auth: this.ctx.auth, stream: true },
      options,
    );
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffered = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(chunk, { stream: true });
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        const line = buffered.slice(0, nl).trim();
        buffered = buffered.slice(nl + 1);
        if (line) yield JSON.parse(line) as T;
      }
    }
    const rest = (buffered + decoder.decode()).trim();
    if (rest) yield JSON.parse(rest) as T;
  }
}

export const seg = (value: string | number): string => encodeURIComponent(String(value));
