// OAuth 2.0 client-credentials tokens for one GSTIN credential: cached, refreshed before expiry, and fetched
// in a single flight (concurrent calls share one token request).
import type { TokenResponse } from '../types.js';
import type { Transport } from './transport.js';

export interface TokenCredentials {
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes to request (default: all of the credential's). */
  scope?: string;
}

export class TokenManager {
  private cached: { token: string; refreshAt: number; expiresAt: number } | undefined;
  private inflight: Promise<string> | undefined;
  /** How many token requests this manager has made (observability and tests). */
  requests = 0;

  constructor(
    private readonly transport: Transport,
    private readonly credentials: TokenCredentials,
    private readonly now: () => number = Date.now,
  ) {}

  get clientId(): string {
    return this.credentials.clientId;
  }

  token(signal?: AbortSignal): Promise<string> {
    if (this.cached && this.now() < this.cached.refreshAt) return Promise.resolve(this.cached.token);
    this.inflight ??= this.fetchToken(signal).finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  /** Drops the cached token if it is still `token` (after a 401). */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = undefined;
  }

  private async fetchToken(signal?: AbortSignal): Promise<string> {
    this.requests++;
    const form: Record<string, string> = { grant_type: 'client_credentials' };
    if (this.credentials.scope) form.scope = this.credentials.scope;
    const { data } = await this.transport.send(
      {
        method: 'POST',
        path: '/v1/oauth/token',
        form,
        auth: { kind: 'basic', username: this.credentials.clientId, password: this.credentials.clientSecret },
        idempotent: false,
      },
      signal ? { signal } : {},
    );
    const body = data as TokenResponse;
    const issued = this.now();
    const lifetimeMs = body.expires_in * 1000;
    // Refresh 60 s before expiry, or half-way through a token shorter than two minutes.
    const skewMs = Math.min(60_000, lifetimeMs / 2);
    this.cached = { token: body.access_token, expiresAt: issued + lifetimeMs, refreshAt: issued + lifetimeMs - skewMs };
    return body.access_token;
  }
}
