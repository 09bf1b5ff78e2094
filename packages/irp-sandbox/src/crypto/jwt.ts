import { sign } from 'node:crypto';
import type { SigningKey } from './keys.js';

/**
 * A JWT shaped exactly like NIC's SignedInvoice / SignedQRCode:
 * header {"alg":"RS256","kid":<thumbprint>,"typ":"JWT","x5t":<b64url>} (this key order),
 * payload {"data":"<JSON as a string>","iss":"NIC"}, no exp/iat. Signed by hand so the byte layout is ours.
 * Clients read and verify it with @einvoice/nic (decodeNicJwtData, verifyNicJwt).
 */
export function signNicJwt(key: SigningKey, data: unknown, issuer = 'NIC'): string {
  const header = { alg: 'RS256', kid: key.kid, typ: 'JWT', x5t: key.x5t };
  const payload = { data: JSON.stringify(data), iss: issuer };
  const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const signature = sign('sha256', Buffer.from(signingInput), key.privateKey).toString('base64url');
  return `${signingInput}.${signature}`;
}

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}
