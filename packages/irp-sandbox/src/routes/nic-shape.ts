import type { Context } from 'hono';
import { failureEnvelope } from '../protocol/envelope.js';
import type { ResponseShape } from './pipeline.js';

/** NIC answers business errors with HTTP 200 and Status 0; the body is what clients read. */
export const nicShape: ResponseShape = {
  failure: (c: Context, errors, info, httpStatus = 200) => c.json(failureEnvelope(errors, info), httpStatus as 200),
  down: (c: Context) =>
    c.json(
      failureEnvelope([{ code: 'GSPERR300', message: 'Ei : GSPGSTDOWN - the IRP is not reachable, try again later' }]),
      503,
      { 'Retry-After': '5' },
    ),
};
