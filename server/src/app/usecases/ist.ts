// India Standard Time, UTC+05:30 all year (no daylight saving): the calendar the dashboard's "today", the usage
// periods and the sandbox quota's month are counted in.
export const IST_OFFSET_MS = 5.5 * 3_600_000;
const DAY_MS = 86_400_000;

/** Midnight IST of the day `now` falls in, as an instant. */
export function istMidnight(now: Date): Date {
  const ist = now.getTime() + IST_OFFSET_MS;
  return new Date(ist - (((ist % DAY_MS) + DAY_MS) % DAY_MS) - IST_OFFSET_MS);
}

/** The IST calendar day of an instant, YYYY-MM-DD. */
export function istDate(at: Date): string {
  return new Date(at.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight IST starting the calendar day YYYY-MM-DD, as an instant; undefined for a day no calendar has. */
export function istDayStart(day: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return new Date(utc - IST_OFFSET_MS);
}

/** The IST day after YYYY-MM-DD. */
export function nextIstDate(day: string): string {
  return istDate(new Date(istDayStart(day)!.getTime() + DAY_MS));
}

/** Midnight IST starting the month `at` falls in, and the one starting the next month. */
export function istMonth(at: Date): { start: Date; next: Date } {
  const day = istDate(at);
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return {
    start: new Date(Date.UTC(y, m - 1, 1) - IST_OFFSET_MS),
    next: new Date(Date.UTC(y, m, 1) - IST_OFFSET_MS),
  };
}
