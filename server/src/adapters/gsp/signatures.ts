// The signature port (app/ports/signatures.ts) over @einvoice/nic's key ring: one ring per environment. The sandbox
// environment verifies against the sandbox IRP's own signing key (/sandbox/keys/signing.pem), so every sandbox IRN
// of the test suites is verified; production against NIC_SIGNING_CERT_FILES.
import type { NicSignatureCheck, NicSigningKeys } from '@einvoice/nic';
import type { DocumentRecord, Environment, SignatureVerification } from '../../app/ports/records.js';
import type { SignatureVerifier } from '../../app/ports/signatures.js';

export class NicSignatureVerifier implements SignatureVerifier {
  constructor(
    private readonly rings: Partial<Record<Environment, NicSigningKeys>>,
    private readonly alert: (doc: DocumentRecord, verification: SignatureVerification) => void,
  ) {}

  verify(environment: Environment, jwts: { signedInvoice: string; signedQrCode: string }): SignatureVerification {
    const ring = this.rings[environment];
    if (!ring)
      return {
        status: 'unverified',
        reason: `no NIC signing certificates are configured for ${environment} (NIC_SIGNING_CERT_FILES)`,
      };
    const failure = (what: string, check: NicSignatureCheck) =>
      check.status === 'failed' ? `${what}: ${check.reason}` : undefined;
    const reason =
      failure('SignedInvoice', ring.check(jwts.signedInvoice)) ??
      failure('SignedQRCode', ring.check(jwts.signedQrCode));
    return reason ? { status: 'failed', reason } : { status: 'verified', reason: null };
  }

  onFailed(doc: DocumentRecord, verification: SignatureVerification): void {
    this.alert(doc, verification);
  }
}
