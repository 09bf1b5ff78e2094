/**
 * Dates as NIC writes them. Everything is Indian Standard Time (UTC+05:30, no DST), and
 * nothing here reads the clock: callers pass `now`.
 */
const IST_OFFSET_MS = 330 * 60_000;
const DAY_MS = 86_400_000;
const NIC_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** Day number (days since 1970-01-01) of the IST calendar date of an instant. */
export function istDayNumber(d: Date): number {
  return Math.floor((d.getTime() + IST_OFFSET_MS) / DAY_MS);
}

/** Day number of a dd/MM/yyyy date, or undefined when it is not a real calendar date. */
export function nicDayNumber(s: string): number | undefined {
  const m = NIC_DATE.exec(s);
  if (!m) return undefined;
  const day = Number(m[1]),
    month = Number(m[2]),
    year = Number(m[3]);
  const t = Date.UTC(year, month - 1, day);
  const back = new Date(t);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return t / DAY_MS;
}

export function isNicDate(s: string): boolean {
  return nicDayNumber(s) !== undefined;
}

/** dd/MM/yyyy -> the instant 00:00:00 IST of that day. Throws on an impossible date. */
export function parseNicDate(d: string): Date {
  const n = nicDayNumber(d);
  if (n === undefined) throw new RangeError(`not a dd/MM/yyyy date: ${d}`);
  return new Date(n * DAY_MS - IST_OFFSET_MS);
}

function istParts(d: Date) {
  const s = new Date(d.getTime() + IST_OFFSET_MS);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return {
    y: p(s.getUTCFullYear(), 4),
    mo: p(s.getUTCMonth() + 1),
    d: p(s.getUTCDate()),
    h: p(s.getUTCHours()),
    mi: p(s.getUTCMinutes()),
    se: p(s.getUTCSeconds()),
  };
}

/** Instant -> dd/MM/yyyy of its IST calendar date. */
export function formatNicDate(d: Date): string {
  const p = istParts(d);
  return `${p.d}/${p.mo}/${p.y}`;
}

/** Instant -> "yyyy-MM-dd HH:mm:ss" in IST (AckDt, EwbDt, CancelDate). */
export function formatAckDt(d: Date): string {
  const p = istParts(d);
  return `${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}:${p.se}`;
}

/** "yyyy-MM-dd HH:mm:ss" (IST) -> instant. */
export function parseAckDt(s: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(s);
  if (!m) throw new RangeError(`not a yyyy-MM-dd HH:mm:ss date: ${s}`);
  const [, y, mo, d, h, mi, se] = m.map(Number) as [number, number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, se) - IST_OFFSET_MS);
}

/** Indian financial year (April-March) of a dd/MM/yyyy date: "2025-26". */
export function financialYear(docDate: string): string {
  const m = NIC_DATE.exec(docDate);
  if (!m || nicDayNumber(docDate) === undefined) throw new RangeError(`not a dd/MM/yyyy date: ${docDate}`);
  const month = Number(m[2]),
    year = Number(m[3]);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The instant of 23:59:00 IST on the IST calendar day `days` after the day of `start`. */
export function endOfIstDay(start: Date, days: number): Date {
  const day = istDayNumber(start) + days;
  return new Date(day * DAY_MS - IST_OFFSET_MS + (23 * 60 + 59) * 60_000);
}

export const HOUR_MS = 3_600_000;
export { DAY_MS };
