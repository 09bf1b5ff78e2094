import { z } from 'zod';
import { IRN_CANCEL_WINDOW_MS } from './cancel-windows.js';
import { type NicError, nicError, type Validation } from './errors.js';
import { issuesToNicErrors } from './schema/issues.js';

/** Cancel-IRN body (NIC-CNL). CnlRsn "1".."4": Duplicate, Data entry mistake, Order cancelled, Others. CnlRem max 100 [unconfirmed]. */
export const cancelIrnRequestSchema = z.object({
  Irn: z
    .string()
    .length(64)
    .regex(/^[0-9a-f]{64}$/),
  CnlRsn: z.enum(['1', '2', '3', '4']),
  CnlRem: z
    .string()
    .min(1)
    .max(100)
    .regex(/^([^\\"])*$/)
    .optional(),
});

export interface CancelIrnState {
  ackDt: Date;
  now: Date;
  status: 'ACT' | 'CNL';
  hasActiveEwb: boolean;
  ownerGstin: string;
  callerGstin: string;
}

/**
 * Cancel IRN: another GSTIN's IRN (2143, alone), already cancelled (9999, alone), active e-way
 * bill (2230), more than 24 h after AckDt (2270; exactly 24 h is still allowed); the last two
 * are collected together.
 */
export function validateCancelIrn(
  input: unknown,
  state: CancelIrnState,
): Validation<{ Irn: string; CnlRsn: '1' | '2' | '3' | '4'; CnlRem?: string }> {
  const parsed = cancelIrnRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToNicErrors(parsed.error.issues, input) };
  // Another taxpayer's IRN: say nothing more about it. A cancelled IRN: no other rule applies.
  if (state.ownerGstin !== state.callerGstin) return { ok: false, errors: [nicError('2143', '/Irn')] };
  if (state.status === 'CNL') return { ok: false, errors: [nicError('9999', '/Irn')] };
  const out: NicError[] = [];
  if (state.hasActiveEwb) out.push(nicError('2230', '/Irn'));
  if (state.now.getTime() - state.ackDt.getTime() > IRN_CANCEL_WINDOW_MS) out.push(nicError('2270', '/Irn'));
  if (out.length) return { ok: false, errors: out };
  const v = parsed.data;
  return {
    ok: true,
    value:
      v.CnlRem === undefined ? { Irn: v.Irn, CnlRsn: v.CnlRsn } : { Irn: v.Irn, CnlRsn: v.CnlRsn, CnlRem: v.CnlRem },
  };
}
