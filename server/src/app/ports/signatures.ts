// Verification of the IRP's signed invoice and signed QR code (issue #22 item 6). A failure flags the document
// and alerts; it never rejects it: the IRN exists at the IRP whatever we think of its signature.
import type { DocumentRecord, Environment, SignatureVerification } from './records.js';

export interface SignatureVerifier {
  verify(environment: Environment, jwts: { signedInvoice: string; signedQrCode: string }): SignatureVerification;
  /** Called once, after the document was recorded with a failed verification: the operator's alert. */
  onFailed(doc: DocumentRecord, verification: SignatureVerification): void;
}
