import { z } from 'zod';

/**
 * Building blocks of INV-01 v1.1 (nic-einvoice.md §1; ERPN einv_validation.json and the NIC
 * draft-07 schema for details §1 leaves out). Patterns are anchored (JSON Schema patterns
 * are not implicitly anchored, and NIC's intent is a whole-value match).
 */

/** Free text: NIC forbids double quotes and backslashes (`^([^\"])*$`). */
export const FREE_TEXT = /^([^\\"])*$/;
export const text = (min: number, max: number) => z.string().min(min).max(max).regex(FREE_TEXT);
export const str = (min: number, max: number) => z.string().min(min).max(max);

/** dd/MM/yyyy, years 2010-2029 as in NIC's schema. Calendar validity is a business rule (2144). */
// Built from a string so the JSON Schema pattern has no `\/` escapes (same regex, cleaner spec diff).
export const DATE = /^[0-3][0-9]\/[0-1][0-9]\/20[1-2][0-9]$/;
export const date = () => z.string().length(10).regex(DATE);

export const GSTIN = /^[0-9]{2}[0-9A-Z]{13}$/;
export const GSTIN_OR_URP = /^(([0-9]{2}[0-9A-Z]{13})|URP)$/;
/** 1-2 digit state code, not all zeros ("9" and "09" are both accepted). */
export const STATE_CODE = /^(?!0+$)([0-9]{1,2})$/;
export const stateCode = () => z.string().min(1).max(2).regex(STATE_CODE);
export const pin = () => z.int().min(100000).max(999999);
export const PHONE = /^[0-9]{6,12}$/;
export const EMAIL = /^[a-zA-Z0-9+_.-]+@[a-zA-Z0-9.-]+$/;
export const yesNo = () => z.enum(['Y', 'N']);

/** Non-negative amount with NIC's maximum. */
export const amount = (max: number) => z.number().min(0).max(max);
export const AMT12 = 999999999999.99;
// biome-ignore lint/correctness/noPrecisionLoss: NIC's bound as published; zod compares with its nearest double, and amounts carry 2 decimals.
export const AMT14 = 99999999999999.99;
export const RATE = 999.999;
export const QTY = 9999999999.999;
export const PRICE = 999999999999.999;

/** Enums NIC matches case-insensitively ((?i) in its schema): upper-cased before the check. */
export const upperEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.enum(values));
