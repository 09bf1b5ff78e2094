import { createHash, createPublicKey, type KeyObject, verify, X509Certificate } from 'node:crypto';

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

/** One NIC signing key: a certificate (or public key) and the thumbprints NIC's JWT headers name it by. */
export interface NicSigningKey {
  /** Upper-case hex SHA-1 thumbprint: the JWT header `kid`. */
  kid: string;
  /** base64url of the same 20 bytes: the JWT header `x5t`. */
  x5t: string;
  key: KeyObject;
  /** Where it came from (a file name), for messages. */
  source: string;
}

/** The outcome of checking a signed invoice or QR code; `failed` never means the IRN does not exist. */
export type NicSignatureCheck = { status: 'verified'; kid: string } | { status: 'failed'; reason: string };

const PEM_BLOCK = /-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g;

/**
 * NIC's signing keys, several at once (NIC rotates: published samples carry two kids). Built from PEM text
 * holding one or more certificates or public keys. The thumbprint of a certificate is over its DER, as NIC's
 * kid is; a bare public key (the sandbox IRP's) is thumbprinted over its SPKI DER, as the sandbox names it.
 */
export class NicSigningKeys {
  readonly keys: NicSigningKey[];

  constructor(keys: NicSigningKey[]) {
    this.keys = keys;
  }

  /** Parses every PEM block of `pem`; throws with `source` in the message when a block is not an RSA key. */
  static fromPem(pem: string, source: string): NicSigningKeys {
    const blocks = pem.match(PEM_BLOCK) ?? [];
    if (blocks.length === 0) throw new Error(`${source} holds no PEM certificate or public key`);
    return new NicSigningKeys(
      blocks.map((block, i) => signingKeyOf(block, blocks.length > 1 ? `${source}#${i + 1}` : source)),
    );
  }

  static merge(rings: NicSigningKeys[]): NicSigningKeys {
    return new NicSigningKeys(rings.flatMap((r) => r.keys));
  }

  /**
   * Verify with the key the header names (kid, else x5t): an unknown one is a failure. A header that names none
   * is tried with every configured key.
   */
  check(jwt: string): NicSignatureCheck {
    let header: { kid?: unknown; x5t?: unknown };
    try {
      header = JSON.parse(Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString('utf8')) as typeof header;
    } catch {
      return { status: 'failed', reason: 'not a JWT (its header is not JSON)' };
    }
    const kid = typeof header.kid === 'string' ? header.kid.toUpperCase() : undefined;
    const x5t = typeof header.x5t === 'string' ? header.x5t : undefined;
    // A header naming no key: any configured certificate that verifies it will do (all of them are NIC's).
    if (!kid && !x5t) {
      for (const k of this.keys) if (this.verifies(jwt, k)) return { status: 'verified', kid: k.kid };
      return {
        status: 'failed',
        reason: `the JWT header names no kid or x5t and it verifies with none of the ${this.keys.length} configured NIC signing certificate(s)`,
      };
    }
    const key = this.keys.find((k) => (kid && k.kid === kid) || (x5t && k.x5t === x5t));
    if (!key)
      return {
        status: 'failed',
        reason: `kid ${kid ?? '-'} / x5t ${x5t ?? '-'} matches none of the ${this.keys.length} configured NIC signing certificate(s)`,
      };
    try {
      verifyNicJwt(jwt, key.key);
      return { status: 'verified', kid: key.kid };
    } catch (error) {
      return { status: 'failed', reason: `${(error as Error).message} with ${key.source} (kid ${key.kid})` };
    }
  }

  private verifies(jwt: string, key: NicSigningKey): boolean {
    try {
      verifyNicJwt(jwt, key.key);
      return true;
    } catch {
      return false;
    }
  }
}

function signingKeyOf(block: string, source: string): NicSigningKey {
  let der: Buffer;
  let key: KeyObject;
  try {
    if (block.startsWith('-----BEGIN CERTIFICATE-----')) {
      const cert = new X509Certificate(block);
      der = cert.raw;
      key = cert.publicKey;
    } else {
      key = createPublicKey(block);
      der = key.export({ type: 'spki', format: 'der' });
    }
  } catch {
    throw new Error(`${source} is not a PEM certificate or public key`);
  }
  if (key.asymmetricKeyType !== 'rsa')
    throw new Error(`${source} holds a ${key.asymmetricKeyType} key; NIC signs with RSA`);
  const sha1 = createHash('sha1').update(der).digest();
  return { kid: sha1.toString('hex').toUpperCase(), x5t: sha1.toString('base64url'), key, source };
}
