// Sandbox test clocks (issue #20): a clock frozen at an instant that attached GSTINs follow instead of the wall
// clock, in our rules and at the sandbox IRP (which learns the instant per request: UpstreamCall.clockAt,
// docs/adr/0025). Production principals are refused; production GSTINs never consult a clock.

import type { Deps } from '../deps.js';
import type { Clock } from '../ports/clock.js';
import type { Environment, TestClockRecord } from '../ports/records.js';
import type { Page, PageQuery } from '../ports/storage.js';
import { type Principal, seesTenant } from '../principal.js';
import { problems } from '../problems.js';
import type { RequestBody } from '../request-bodies.js';
import { newId } from '../security/ids.js';

/** Resolutions are cached this long per process; our own writes invalidate at once. */
const CACHE_MS = 1000;
type Cached = { clock: TestClockRecord | undefined; at: number };
const caches = new WeakMap<Deps, Map<string, Cached>>();

function cacheOf(deps: Deps): Map<string, Cached> {
  const known = caches.get(deps);
  if (known) return known;
  const fresh = new Map<string, Cached>();
  caches.set(deps, fresh);
  return fresh;
}

function forget(deps: Deps, accountId: string): void {
  const cache = cacheOf(deps);
  for (const key of cache.keys()) if (key.startsWith(`${accountId}|`)) cache.delete(key);
}

/** The test clock a sandbox GSTIN follows, or undefined (then the wall clock, deps.clock, applies). */
export async function testClockOf(
  deps: Deps,
  who: { accountId: string; gstin: string; environment: Environment },
): Promise<TestClockRecord | undefined> {
  if (who.environment !== 'sandbox') return undefined;
  const key = `${who.accountId}|${who.gstin}`;
  const cache = cacheOf(deps);
  const hit = cache.get(key);
  const wall = Date.now();
  if (hit && wall - hit.at < CACHE_MS) return hit.clock;
  const clock = await deps.storage.testClocks.forGstin(who.accountId, who.gstin);
  if (cache.size > 10_000) cache.clear();
  cache.set(key, { clock, at: wall });
  return clock;
}

/** The clock a GSTIN's time-dependent rules read: its test clock's frozen instant, else deps.clock. */
export async function clockFor(
  deps: Deps,
  who: { accountId: string; gstin: string; environment: Environment },
): Promise<Clock> {
  const test = await testClockOf(deps, who);
  if (!test) return deps.clock;
  const at = test.frozenTime.getTime();
  return { now: () => new Date(at) };
}

function sandboxOnly(who: Principal): void {
  if (who.environment !== 'sandbox')
    throw problems.sandboxOnly('Test clocks are only available to sandbox credentials.');
}

/**
 * A token sees the clocks its GSTIN follows; the account key sees them all; a key acting on a tenant sees the
 * clocks whose GSTINs are all that tenant's (a whole-account clock is the account's, not a tenant's).
 */
async function visible(deps: Deps, who: Principal, clock: TestClockRecord): Promise<boolean> {
  if (who.kind === 'token') return clock.wholeAccount || clock.gstins.includes(who.gstin);
  if (who.tenantId === null) return true;
  if (clock.wholeAccount || clock.gstins.length === 0) return false;
  for (const gstin of clock.gstins)
    if ((await deps.storage.gstins.tenantOf(who.accountId, gstin)) !== who.tenantId) return false;
  return true;
}

export async function createTestClock(
  deps: Deps,
  who: Principal,
  body: RequestBody<'createTestClock'>,
): Promise<TestClockRecord> {
  sandboxOnly(who);
  const now = deps.clock.now();
  let gstins = body.gstins ?? [];
  const wholeAccount = body.whole_account === true;
  if (who.kind === 'token' || who.tenantId !== null) {
    if (wholeAccount)
      throw problems.unprocessable(
        'whole-account-needs-account-key',
        'A whole-account clock needs the account API key',
        'Create a whole-account test clock with the account API key acting on the account itself; a GSTIN token attaches the clock to its own GSTIN, a tenant names its GSTINs.',
        [{ pointer: '/whole_account', detail: 'needs the account API key', code: 'wrong_credential' }],
      );
  }
  if (who.kind === 'token') {
    const other = gstins.find((g) => g !== who.gstin);
    if (other) throw problems.gstinMismatch(`/gstins/${gstins.indexOf(other)}`, other, who.gstin);
    gstins = [who.gstin];
  } else if (!wholeAccount && gstins.length === 0) {
    throw problems.invalidRequest([
      { pointer: '/gstins', detail: 'name the GSTINs to attach, or set whole_account: true', code: 'required' },
    ]);
  }
  for (const [i, gstin] of gstins.entries()) {
    const g = await deps.storage.gstins.get(who.accountId, gstin);
    if (g?.environment !== 'sandbox' || !seesTenant(who, g.tenantId))
      throw problems.unprocessable(
        'gstin-not-registered',
        'GSTIN not registered',
        `GSTIN ${gstin} is not a sandbox GSTIN of this account.`,
        [{ pointer: `/gstins/${i}`, detail: 'not a sandbox GSTIN of this account', code: 'not_registered' }],
      );
  }
  const clock: TestClockRecord = {
    id: newId('clock', now),
    accountId: who.accountId,
    name: body.name ?? null,
    frozenTime: body.frozen_time ? new Date(body.frozen_time) : now,
    wholeAccount,
    gstins: [...gstins].sort(),
    createdAt: now,
    updatedAt: now,
  };
  if (!(await deps.storage.testClocks.create(clock)))
    throw problems.conflict(
      'gstin-has-test-clock',
      'Already on a test clock',
      wholeAccount
        ? 'This account already has a whole-account test clock; delete it first.'
        : 'A GSTIN of this clock already follows another test clock; delete that clock first.',
    );
  forget(deps, who.accountId);
  return clock;
}

export async function getTestClock(deps: Deps, who: Principal, id: string): Promise<TestClockRecord> {
  sandboxOnly(who);
  const clock = await deps.storage.testClocks.get(who.accountId, id);
  if (!clock || !(await visible(deps, who, clock))) throw problems.notFound(`No test clock ${id}.`);
  return clock;
}

export async function listTestClocks(deps: Deps, who: Principal, page: PageQuery): Promise<Page<TestClockRecord>> {
  sandboxOnly(who);
  const found = await deps.storage.testClocks.list(who.accountId, {
    ...page,
    ...(who.kind === 'token' ? { gstin: who.gstin } : {}),
  });
  if (who.kind === 'token' || who.tenantId === null) return found;
  // A tenant's clocks: read on until the page is full or the list ends (the cursor is the last clock kept).
  const items: TestClockRecord[] = [];
  for (let batch = found; ; ) {
    for (const clock of batch.items) {
      if (items.length === page.limit) return { items, hasMore: true };
      if (await visible(deps, who, clock)) items.push(clock);
    }
    const last = batch.items[batch.items.length - 1];
    if (!batch.hasMore || !last) return { items, hasMore: false };
    batch = await deps.storage.testClocks.list(who.accountId, { ...page, startingAfter: last.id });
  }
}

export async function advanceTestClock(
  deps: Deps,
  who: Principal,
  id: string,
  body: RequestBody<'advanceTestClock'>,
): Promise<TestClockRecord> {
  const clock = await getTestClock(deps, who, id);
  const hasTime = body.frozen_time !== undefined;
  const hasBy = body.advance_by_seconds !== undefined;
  if (hasTime === hasBy)
    throw problems.invalidRequest([
      { pointer: '', detail: 'send exactly one of frozen_time and advance_by_seconds', code: 'one_of' },
    ]);
  const to = hasTime
    ? new Date(body.frozen_time!)
    : new Date(clock.frozenTime.getTime() + body.advance_by_seconds! * 1000);
  if (to.getTime() <= clock.frozenTime.getTime())
    throw problems.unprocessable(
      'test-clock-backwards',
      'A test clock only moves forward',
      `frozen_time must be later than the clock's ${clock.frozenTime.toISOString()}.`,
      [{ pointer: '/frozen_time', detail: 'must be later than the current frozen_time', code: 'backwards' }],
    );
  const at = deps.clock.now();
  // The clock and the retries of its GSTINs move together: a retry the clock passes is due now.
  await deps.storage.transaction(async (tx) => {
    await tx.testClocks.setFrozenTime(who.accountId, id, to, at);
    await tx.testClocks.pullRetriesForward(who.accountId, id, to.getTime() - clock.frozenTime.getTime(), at);
  });
  forget(deps, who.accountId);
  return { ...clock, frozenTime: to, updatedAt: at };
}

export async function deleteTestClock(deps: Deps, who: Principal, id: string): Promise<void> {
  await getTestClock(deps, who, id);
  await deps.storage.testClocks.delete(who.accountId, id);
  forget(deps, who.accountId);
}
