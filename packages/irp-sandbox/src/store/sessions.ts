import { randomKey32, randomToken } from '../crypto/random.js';

export interface Session {
  authToken: string;
  sek: Buffer;
  clientId: string;
  userName: string;
  gstin: string;
  issuedAt: Date;
  expiresAt: Date;
}

export type Lookup = { ok: true; session: Session } | { ok: false; reason: 'unknown' | 'expired' };

/**
 * NIC auth sessions. One live session per (client, user, GSTIN): re-authenticating inside the validity
 * window returns the same token and SEK (wrapped under the new AppKey); ForceRefreshAccessToken is honoured
 * only in the last `refreshWindowMs`. A superseded token stays usable until its own expiry.
 */
export class SessionStore {
  private readonly byToken = new Map<string, Session>();
  private readonly current = new Map<string, Session>();

  constructor(
    private readonly ttlMs: number,
    private readonly refreshWindowMs: number,
  ) {}

  login(clientId: string, userName: string, gstin: string, forceRefresh: boolean, now: Date): Session {
    const key = `${clientId}\u0000${userName}\u0000${gstin}`;
    const existing = this.current.get(key);
    if (existing && existing.expiresAt.getTime() > now.getTime()) {
      const inRefreshWindow = existing.expiresAt.getTime() - now.getTime() <= this.refreshWindowMs;
      if (!(forceRefresh && inRefreshWindow)) return existing;
    }
    const session: Session = {
      authToken: randomToken(),
      sek: randomKey32(),
      clientId,
      userName,
      gstin,
      issuedAt: now,
      expiresAt: new Date(now.getTime() + this.ttlMs),
    };
    this.current.set(key, session);
    this.byToken.set(session.authToken, session);
    return session;
  }

  lookup(token: string, now: Date): Lookup {
    const s = this.byToken.get(token);
    if (!s) return { ok: false, reason: 'unknown' };
    if (s.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, session: s };
  }

  clear(): void {
    this.byToken.clear();
    this.current.clear();
  }
}
