// Reads the body within the operation's size limit, then parses it: two steps, because the pipeline verifies
// a request signature over the exact bytes between them. Both run after authentication, so a caller without
// valid credentials is answered 401 whatever the body. A body that is too big is refused from Content-Length
// before reading, and again while reading (chunked uploads lie about nothing).
import type { OperationInfo } from '@einvoice/openapi';
import { oauthProblem, problems } from '../../app/problems.js';

export const DOCUMENT_BODY_LIMIT = 2 * 1024 * 1024;
export const BULK_BODY_LIMIT = 50 * 1024 * 1024;

export function bodyLimit(op: OperationInfo): number {
  return op.operationId === 'bulkGenerateIrn' ? BULK_BODY_LIMIT : DOCUMENT_BODY_LIMIT;
}

/**
 * The body's text, at most the operation's limit (413 beyond it); '' when there is none. `body` is Node's
 * IncomingMessage where the server has it (app.ts): reading it directly spares the Fetch API Request, web stream
 * and AbortSignal the adapter would build for `request.body` (issue #19: a few % of CPU per request); else a
 * Request's body stream. Stopping early (413) destroys the stream, as cancelling the Request's reader did.
 */
export async function readBodyText(
  headers: Headers,
  body: AsyncIterable<Uint8Array> | null,
  op: OperationInfo,
): Promise<string> {
  const limit = bodyLimit(op);
  const declared = Number(headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge(limit); // leaving the loop ends the stream
    chunks.push(chunk);
  }
  if (chunks.length === 1) return Buffer.from(chunks[0]!.buffer, chunks[0]!.byteOffset, size).toString('utf8');
  return Buffer.concat(chunks, size).toString('utf8');
}

/** A Fetch API body stream as chunks (not every TypeScript lib declares ReadableStream async-iterable). */
export async function* webStreamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel(); // left early (413): the rest is not read
  }
}

const tooLarge = (limit: number) =>
  problems.payloadTooLarge(limit, `The body exceeds ${Math.round(limit / 1024 / 1024)} MB.`);

export interface ParsedBody {
  body: unknown; // undefined when there is none
  contentType: string | null;
  text: string;
}

/** Parses the text read by readBodyText as the operation's media type (415 for another, 400 for bad JSON). */
export function parseBody(text: string, contentType: string | null, op: OperationInfo): ParsedBody {
  if (text.length === 0) return { body: undefined, contentType, text };
  if (!op.requestBody) return { body: undefined, contentType, text }; // bodies on GET/DELETE are ignored
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!(mediaType in op.requestBody.mediaTypes)) {
    // The token endpoint speaks RFC 6749, whose clients expect its error vocabulary.
    if (op.operationId === 'createToken')
      throw oauthProblem(
        400,
        'invalid_request',
        'Send the token request as application/x-www-form-urlencoded (RFC 6749 §4.4.2).',
      );
    throw problems.unsupportedMediaType(Object.keys(op.requestBody.mediaTypes).join(' or '));
  }
  if (mediaType === 'application/x-www-form-urlencoded') {
    return { body: Object.fromEntries(new URLSearchParams(text)), contentType, text };
  }
  try {
    return { body: JSON.parse(text), contentType, text };
  } catch (e) {
    throw problems.malformedJson(`The body is not valid JSON: ${(e as Error).message}`);
  }
}
