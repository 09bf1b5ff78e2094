/** Number helpers for money arithmetic (values are rupees with at most 2-3 decimals). */
export const n = (v: number | undefined): number => v ?? 0;
export const r2 = (v: number): number => Math.round(v * 100) / 100;
/** |a - b| beyond the tolerance (with a float epsilon so 1.00 passes a +/-1 check). */
export const off = (a: number, b: number, tol: number): boolean => Math.abs(a - b) > tol + 1e-9;
export const fmt = (v: number): string => r2(v).toFixed(2);
