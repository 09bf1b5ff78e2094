import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  X509Certificate,
} from 'node:crypto';

export interface RsaKeyMaterial {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
}

export interface SigningKey extends RsaKeyMaterial {
  /** 40 upper-case hex chars: SHA-1 thumbprint, as NIC puts in the JWT header `kid`. */
  kid: string;
  /** base64url of the same 20 bytes (JWT header `x5t`). */
  x5t: string;
  /** Public JWK with kid/x5t/alg/use, for JWKS consumers such as jose. */
  jwk: Record<string, string>;
}

export interface SigningKeyInput {
  privateKeyPem: string;
  /** Optional X.509 certificate (PEM). When given, kid/x5t are its real SHA-1 thumbprint, exactly as NIC's. */
  certificatePem?: string;
}

export function generateRsaKey(): RsaKeyMaterial {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

export function loadRsaKey(privateKeyPem: string): RsaKeyMaterial {
  const privateKey = createPrivateKey(privateKeyPem);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/**
 * NIC's kid is the SHA-1 thumbprint of its signing certificate. We cannot mint X.509 certificates with
 * node:crypto alone, so without a certificate the thumbprint is taken over the SPKI DER of the public key:
 * same length and format, stable for a given key.
 */
export function toSigningKey(material: RsaKeyMaterial, certificatePem?: string): SigningKey {
  const der = certificatePem
    ? new X509Certificate(certificatePem).raw
    : material.publicKey.export({ type: 'spki', format: 'der' });
  const sha1 = createHash('sha1').update(der).digest();
  const kid = sha1.toString('hex').toUpperCase();
  const x5t = sha1.toString('base64url');
  const pub = material.publicKey.export({ format: 'jwk' }) as Record<string, string>;
  const jwk = { kty: 'RSA', n: String(pub.n), e: String(pub.e), kid, x5t, alg: 'RS256', use: 'sig' };
  return { ...material, kid, x5t, jwk };
}
