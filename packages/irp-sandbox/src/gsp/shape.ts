import type { InfoDtl } from '@einvoice/nic';
import type { Context } from 'hono';
import type { NicError } from '../protocol/errors.js';
import type { ResponseShape } from '../routes/pipeline.js';

/** Adaequare joins NIC errors as "2174 : text, 3095 : text". */
export function gspMessage(errors: NicError[]): string {
  return errors.map((e) => `${e.code} : ${e.message}`).join(', ');
}

export const gspShape: ResponseShape = {
  failure: (c: Context, errors, info: InfoDtl[] | null, httpStatus = 200) => {
    const body: Record<string, unknown> = { success: false, message: gspMessage(errors) };
    // A duplicate carries the DUPIRN object in `result` (as an array), with `error_code`.
    if (info?.length) {
      body.error_code = errors[0]?.code;
      body.result = info;
    }
    return c.json(body, httpStatus as 200);
  },
  down: (c: Context) => c.json({ success: false, message: 'GSPERR300 : Ei : GSPGSTDOWN' }, 503, { 'Retry-After': '5' }),
};
