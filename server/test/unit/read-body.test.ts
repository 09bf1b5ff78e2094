// readBodyText over a Fetch API body (the path taken without Node's request object): pieces assembled, the limit
// enforced while reading and the rest of the stream cancelled.
import type { OperationInfo } from '@einvoice/openapi';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_BODY_LIMIT, readBodyText, webStreamChunks } from '../../src/http/pipeline/read-body.js';

const op = { operationId: 'generateIrn' } as OperationInfo;

function streamOf(pieces: string[], onCancel: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < pieces.length) controller.enqueue(new TextEncoder().encode(pieces[i++]));
      else controller.close();
    },
    cancel: onCancel,
  });
}

describe('readBodyText over a web stream', () => {
  it('joins the pieces, a multi-byte character split across two of them too', async () => {
    const text = '{"Nm":"Café ₹ 100"}';
    const bytes = new TextEncoder().encode(text);
    const split = bytes.indexOf(0xe2) + 1; // inside the three bytes of ₹
    const raw = new ReadableStream<Uint8Array>({
      start(c) {
        for (const b of [bytes.slice(0, 9), bytes.slice(9, split), bytes.slice(split)]) c.enqueue(b);
        c.close();
      },
    });
    expect(await readBodyText(new Headers(), webStreamChunks(raw), op)).toBe(text);
    expect(await readBodyText(new Headers(), webStreamChunks(streamOf(['{"a":', '1}'], () => {})), op)).toBe('{"a":1}');
  });

  it('refuses a body past the limit with 413 and cancels the rest of the stream', async () => {
    let cancelled = false;
    const piece = 'x'.repeat(512 * 1024);
    const pieces = Array.from({ length: Math.ceil(DOCUMENT_BODY_LIMIT / piece.length) + 2 }, () => piece);
    const failure = await readBodyText(
      new Headers(),
      webStreamChunks(streamOf(pieces, () => (cancelled = true))),
      op,
    ).catch((e: unknown) => e);
    expect((failure as { problem?: { status: number; code: string } }).problem).toMatchObject({
      status: 413,
      code: 'payload_too_large',
    });
    expect(cancelled).toBe(true);
  });
});
