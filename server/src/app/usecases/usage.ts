// Usage metering (issue #24): what an account used, per IST calendar day or month, counted from the request
// log (the source of truth: one row per answered call). Only successful answers (2xx) count, and a replay
// (`Idempotent-Replayed: true`: an Idempotency-Key replay, a document or bulk job submitted again) is not
// counted again. The sandbox's monthly IRN quota is read from the same tallies.
import type { Deps } from '../deps.js';
import type { UsageTally } from '../ports/storage.js';
import { type Principal, tenantFilter } from '../principal.js';
import { problems } from '../problems.js';
import { istDate, istDayStart, istMonth, nextIstDate } from './ist.js';

export const USAGE_COUNTERS = [
  'irns_generated',
  'ewbs_generated',
  'cancellations',
  'notes',
  'bulk_records',
  'reconciliation_reads',
  'other_calls',
] as const;
export type UsageCounter = (typeof USAGE_COUNTERS)[number];
export type UsageCounts = Record<UsageCounter, number>;

/** The counter each operation's calls go to; every other operation (an authenticated call) is `other_calls`. */
const COUNTER_OF: Readonly<Record<string, UsageCounter>> = {
  generateIrn: 'irns_generated',
  generateEwb: 'ewbs_generated',
  cancelIrn: 'cancellations',
  cancelEwb: 'cancellations',
  generateNote: 'notes',
  getIrn: 'reconciliation_reads',
  getIrnByDocument: 'reconciliation_reads',
  getEwb: 'reconciliation_reads',
  listDocuments: 'reconciliation_reads',
  exportDocuments: 'reconciliation_reads',
};
/** A bulk call counts its records (the documents its job accepted), not itself. */
const BULK_OPERATION = 'bulkGenerateIrn';

export const counterOf = (operation: string): UsageCounter => COUNTER_OF[operation] ?? 'other_calls';

const zero = (): UsageCounts => Object.fromEntries(USAGE_COUNTERS.map((c) => [c, 0])) as UsageCounts;

function add(into: UsageCounts, t: UsageTally): void {
  if (t.operation === BULK_OPERATION) into.bulk_records += t.records;
  else into[counterOf(t.operation)] += t.calls;
}

export type Granularity = 'day' | 'month';
/** The longest range one request may span: a year of days, five years of months. */
const MAX_DAYS: Record<Granularity, number> = { day: 366, month: 1830 };

export interface UsageQuery {
  from?: string | null;
  to?: string | null;
  granularity?: string | null;
}
export interface UsagePeriod extends UsageCounts {
  period: string;
}
export interface UsageReport {
  granularity: Granularity;
  from: string;
  to: string;
  data: UsagePeriod[];
  totals: UsageCounts;
}

const badRange = (pointer: string, detail: string) => problems.invalidRequest([{ pointer, detail }]);

/**
 * The account's usage over IST calendar days `from`..`to` (inclusive; default: the current IST month), one
 * period per day or month, every period of the range listed (zeros included), oldest first.
 */
export async function usageReport(deps: Deps, who: Principal, q: UsageQuery): Promise<UsageReport> {
  const granularity: Granularity = q.granularity === 'month' ? 'month' : 'day';
  const month = istMonth(deps.clock.now());
  const from = q.from ?? istDate(month.start);
  const to = q.to ?? istDate(new Date(month.next.getTime() - 1));
  const start = istDayStart(from);
  const last = istDayStart(to);
  if (!start) throw badRange('/query/from', `${from} is not a calendar day (YYYY-MM-DD).`);
  if (!last) throw badRange('/query/to', `${to} is not a calendar day (YYYY-MM-DD).`);
  if (last < start) throw badRange('/query/to', `to (${to}) is before from (${from}).`);
  const days = Math.round((last.getTime() - start.getTime()) / 86_400_000) + 1;
  if (days > MAX_DAYS[granularity])
    throw badRange(
      '/query/to',
      `${days} days is longer than one request may span with granularity=${granularity} (${MAX_DAYS[granularity]}); split the range.`,
    );

  const periodOf = (day: string) => (granularity === 'day' ? day : day.slice(0, 7));
  const periods = new Map<string, UsagePeriod>();
  for (let day = from; ; day = nextIstDate(day)) {
    const period = periodOf(day);
    if (!periods.has(period)) periods.set(period, { period, ...zero() });
    if (day === to) break;
  }
  const tallies = await deps.storage.requestLogs.usage(who.accountId, {
    from: start,
    to: new Date(last.getTime() + 86_400_000),
    ...tenantFilter(who),
  });
  const totals = zero();
  for (const t of tallies) {
    const period = periods.get(periodOf(t.day));
    if (!period) continue; // cannot happen: the query is bounded by the range
    add(period, t);
    add(totals, t);
  }
  return { granularity, from, to, data: [...periods.values()], totals };
}

/** IRNs counted against the sandbox quota: invoices, notes and bulk records. */
const quotaUse = (c: UsageCounts) => c.irns_generated + c.notes + c.bulk_records;

/**
 * The sandbox's monthly IRN quota (SANDBOX_MONTHLY_IRN_QUOTA; 0: none), checked before a generation goes to
 * the IRP: refuses when the IRNs already generated this IST month plus `adding` would exceed it. Counted from
 * the request log, which holds a call once it is answered, so requests in flight at the same moment are not
 * counted against each other: concurrent requests can exceed the quota by at most the ones in flight (docs/adr/0030).
 * Production is never limited.
 */
export async function checkSandboxQuota(
  deps: Deps,
  who: Pick<Principal, 'accountId' | 'environment'>,
  adding: number,
): Promise<void> {
  const now = deps.clock.now();
  const month = istMonth(now);
  const state = await sandboxQuota(deps, who, month);
  if (!state || state.used + adding <= state.quota) return;
  throw sandboxQuotaExceeded(state.quota, state.used, adding, istDate(month.start).slice(0, 7), month.next, now);
}

/**
 * The sandbox quota over one IST month (`istMonth`): the IRNs the whole account generated (every tenant: the
 * quota is the account's) and the limit; null when there is none (production, or SANDBOX_MONTHLY_IRN_QUOTA=0).
 */
export async function sandboxQuota(
  deps: Deps,
  who: Pick<Principal, 'accountId' | 'environment'>,
  month: { start: Date; next: Date },
): Promise<{ quota: number; used: number } | null> {
  const quota = deps.settings.sandboxMonthlyIrnQuota ?? 0;
  if (quota === 0 || who.environment !== 'sandbox') return null;
  const used = zero();
  for (const t of await deps.storage.requestLogs.usage(who.accountId, { from: month.start, to: month.next }))
    add(used, t);
  return { quota, used: quotaUse(used) };
}

function sandboxQuotaExceeded(quota: number, used: number, adding: number, month: string, resets: Date, now: Date) {
  const asked = adding === 1 ? '' : ` This request would add ${adding}.`;
  return problems.sandboxQuotaExceeded(
    `This sandbox account has generated ${used} of its ${quota} free IRNs (invoices, notes and bulk records) ` +
      `for ${month} (IST).${asked} The quota resets at ${istDate(resets)}T00:00:00+05:30; production is never limited.`,
    Math.max(1, Math.ceil((resets.getTime() - now.getTime()) / 1000)),
    { quota, used, resets_at: resets.toISOString() },
  );
}
