import { randomUUID } from 'node:crypto';
import { randomToken } from '../crypto/random.js';

export interface GspToken {
  accessToken: string;
  appId: string;
  jti: string;
  expiresAt: Date;
}

/** Bearer tokens of the Adaequare-style GSP (about 30 days in the real one). Opaque strings here. */
export class GspTokenStore {
  private readonly tokens = new Map<string, GspToken>();

  constructor(readonly ttlMs: number) {}

  issue(appId: string, now: Date): GspToken {
    const t: GspToken = {
      accessToken: randomToken(48),
      appId,
      jti: randomUUID(),
      expiresAt: new Date(now.getTime() + this.ttlMs),
    };
    this.tokens.set(t.accessToken, t);
    return t;
  }

  verify(token: string, now: Date): GspToken | undefined {
    const t = this.tokens.get(token);
    return t && t.expiresAt.getTime() > now.getTime() ? t : undefined;
  }

  clear(): void {
    this.tokens.clear();
  }
}
