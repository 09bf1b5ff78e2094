// RFC 9421 HTTP Message Signatures, HMAC-SHA256 (opt-in with the `signingKey` client option).
// Covered components: "@method", "@target-uri", "content-digest" (RFC 9530, sha-256; only when the request
// has a body) and the `created` parameter. Vectors: spec/vectors/request-signatures.json.
// The server verifies them with the credential's signing key (returned once by createCredential).
import { createHash, createHmac } from 'node:crypto';

export interface SigningKey {
  /** Sent as `keyid`. */
  keyId: string;
  /** The shared secret: raw bytes, or a base64 string. */
  secret: string | Uint8Array;
  /** Signature label (default `sig1`). */
  label?: string;
}

export function contentDigest(body: string | Uint8Array): string {
  return `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
}

/** Serialises one component line of the signature base. */
function componentValue(name: string, req: { method: string; url: string; headers: Headers }): string {
  const url = new URL(req.url);
  switch (name) {
    case '@method':
      return req.method.toUpperCase();
    case '@target-uri':
      return url.href;
    case '@authority':
      return url.host.toLowerCase();
    case '@path':
      return url.pathname;
    case '@query':
      return url.search || '?';
    default: {
      const value = req.headers.get(name);
      if (value === null) throw new Error(`cannot sign: header ${name} is missing`);
      return value.trim();
    }
  }
}

export interface SignatureParams {
  components: string[];
  created: number;
  keyId: string;
  alg?: string;
}

export function signatureParamsValue(p: SignatureParams): string {
  const list = `(${p.components.map((c) => `"${c}"`).join(' ')})`;
  return `${list};created=${p.created};keyid="${p.keyId}"${p.alg ? `;alg="${p.alg}"` : ''}`;
}

/** The RFC 9421 §2.5 signature base. */
export function signatureBase(req: { method: string; url: string; headers: Headers }, p: SignatureParams): string {
  const lines = p.components.map((c) => `"${c}": ${componentValue(c, req)}`);
  lines.push(`"@signature-params": ${signatureParamsValue(p)}`);
  return lines.join('\n');
}

export function hmacSha256(secret: string | Uint8Array, data: string): string {
  const key = typeof secret === 'string' ? Buffer.from(secret, 'base64') : secret;
  return createHmac('sha256', key).update(data, 'utf8').digest('base64');
}

/**
 * Adds Content-Digest (when there is a body), Signature-Input and Signature to `headers`.
 * `created` is Unix seconds (injectable for tests and vectors).
 */
export function signRequest(
  req: { method: string; url: string; headers: Headers; body?: string | Uint8Array | undefined },
  key: SigningKey,
  created: number = Math.floor(Date.now() / 1000),
): void {
  const components = ['@method', '@target-uri'];
  if (req.body !== undefined) {
    req.headers.set('content-digest', contentDigest(req.body));
    components.push('content-digest');
  }
  const params: SignatureParams = { components, created, keyId: key.keyId, alg: 'hmac-sha256' };
  const label = key.label ?? 'sig1';
  const signature = hmacSha256(key.secret, signatureBase(req, params));
  req.headers.set('signature-input', `${label}=${signatureParamsValue(params)}`);
  req.headers.set('signature', `${label}=:${signature}:`);
}
