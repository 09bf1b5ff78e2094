// Validates parameters, headers and body against the operation in the spec. Document bodies that
// break NIC's schema also carry NIC's 2140 so integrators see the code the IRP would have given.
import type { Contract } from '@einvoice/openapi';
import { problems } from '../../app/problems.js';
import type { Call } from '../call.js';

export const BULK_MAX_DOCUMENTS = 5000;
const DOCUMENT_OPERATIONS = new Set(['generateIrn', 'generateNote', 'bulkGenerateIrn']);

export function validate(contract: Contract, call: Call, contentType: string | null): void {
  // The token endpoint answers in RFC 6749's vocabulary; its use case validates the form itself.
  if (call.op.operationId === 'createToken') return;
  // Counted before the schema is checked: an oversized batch is refused without validating every document.
  const documents =
    typeof call.body === 'object' && call.body !== null && 'documents' in call.body ? call.body.documents : undefined;
  if (call.op.operationId === 'bulkGenerateIrn' && Array.isArray(documents) && documents.length > BULK_MAX_DOCUMENTS) {
    throw problems.payloadTooLarge(
      BULK_MAX_DOCUMENTS,
      `A bulk request holds at most ${BULK_MAX_DOCUMENTS} documents; this one has ${documents.length}. Split it.`,
    );
  }
  const errors = contract.validator.validateRequest(call.op, {
    pathParams: call.pathParams,
    query: call.query,
    headers: call.headers,
    contentType,
    body: call.body,
  });
  if (errors.length === 0) return;
  const schemaError = DOCUMENT_OPERATIONS.has(call.op.operationId) && errors.some((e) => e.pointer.startsWith('/'));
  throw problems.invalidRequest(
    errors,
    schemaError
      ? [
          {
            code: '2140',
            message: 'Error while validating invoice',
            hint: "Fix the fields listed in errors[]; NIC's schema (INV-01 v1.1) rejects them.",
          },
        ]
      : undefined,
  );
}
