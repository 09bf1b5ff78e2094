// Optional certificate pinning: SPKI SHA-256 pins (base64, as in HPKP `pin-sha256`), checked on every TLS
// handshake by an undici Agent's `connect.checkServerIdentity`, after the normal hostname check.
import { createHash, X509Certificate } from 'node:crypto';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';

export interface PinningOptions {
  /** Accepted SPKI SHA-256 pins, base64 (`sha256/` prefix allowed). The leaf or any chain certificate may match. */
  pins: string[];
  /** Extra trusted CA certificates (PEM), e.g. a private CA or a self-signed test certificate. */
  ca?: string | string[];
}

/** base64 SHA-256 of the certificate's DER SubjectPublicKeyInfo (the `pin-sha256` of RFC 7469). */
export function spkiPin(cert: { raw?: Buffer } | string | Buffer): string | undefined {
  const source = typeof cert === 'string' || Buffer.isBuffer(cert) ? cert : cert.raw;
  if (!source) return undefined;
  const spki = new X509Certificate(source).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

export class CertificatePinError extends Error {
  constructor(host: string, seen: string[]) {
    super(`certificate pin mismatch for ${host}: saw ${seen.join(', ') || 'no public key'}; none is pinned`);
    this.name = 'CertificatePinError';
  }
}

export function pinnedServerIdentity(pins: string[]) {
  const accepted = new Set(pins.map((p) => p.replace(/^sha256\//, '')));
  return (host: string, cert: PeerCertificate): Error | undefined => {
    const hostError = checkServerIdentity(host, cert);
    if (hostError) return hostError;
    const seen: string[] = [];
    let current: PeerCertificate | undefined = cert;
    const visited = new Set<PeerCertificate>();
    while (current && !visited.has(current)) {
      visited.add(current);
      const pin = spkiPin(current);
      if (pin) {
        if (accepted.has(pin)) return undefined;
        seen.push(pin);
      }
      current = (current as PeerCertificate & { issuerCertificate?: PeerCertificate }).issuerCertificate;
    }
    return new CertificatePinError(host, seen);
  };
}

/** A fetch bound to an undici Agent that enforces the pins (undici is loaded only when pinning is used). */
export async function pinnedFetch(options: PinningOptions): Promise<typeof fetch> {
  const undici = await import('undici');
  const agent = new undici.Agent({
    connect: {
      checkServerIdentity: pinnedServerIdentity(options.pins),
      ...(options.ca ? { ca: options.ca } : {}),
    },
  });
  return ((input: RequestInfo | URL, init?: RequestInit) =>
    undici.fetch(input as never, { ...(init as object), dispatcher: agent } as never)) as unknown as typeof fetch;
}
