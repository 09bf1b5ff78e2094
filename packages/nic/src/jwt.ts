import { type KeyObject, verify } from 'node:crypto';

/**
 * NIC's SignedInvoice and SignedQRCode are RS256 JWTs whose payload is {"data": "<JSON as a string>",
 * "iss": "NIC"}, without exp or iat: the signed document lives in the data string.
 */

/** Decode (without verifying) the data claim of a NIC JWT. */
export function decodeNicJwtData<T = unknown>(jwt: string): T {
  const part = jwt.split('.')[1];
  if (!part) throw new Error('not a JWT');
  const payload = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as { data?: unknown };
  if (typeof payload.data !== 'string') throw new Error('JWT payload has no data string');
  return JSON.parse(payload.data) as T;
}

/**
 * Verify a NIC JWT with the IRP's signing key (a KeyObject, or PEM of its public key or certificate) and
 * return its data claim. Throws when the token is not RS256 or the signature does not verify.
 */
export function verifyNicJwt<T = unknown>(jwt: string, publicKey: KeyObject | string): T {
  const [header, payload, signature, ...rest] = jwt.split('.');
  if (!header || !payload || !signature || rest.length > 0) throw new Error('not a JWT');
  const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown };
  // Pinning the algorithm keeps a forged header ("none", HS256) from choosing how we check.
  if (alg !== 'RS256') throw new Error(`NIC signs with RS256, not ${String(alg)}`);
  const valid = verify('sha256', Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature, 'base64url'));
  if (!valid) throw new Error('JWT signature does not verify');
  return decodeNicJwtData<T>(jwt);
}
