// x-sandbox-clock: one request runs at a test clock's instant (docs/adr/0025), without moving anyone else's time.
import type { NicClient } from '@einvoice/nic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseInvoice } from './support/fixtures.js';
import { authed, type Harness, startHarness } from './support/harness.js';

const DAY = 86_400_000;
const code = (r: { ok: boolean; errors?: { code: string }[] }) => (r.ok ? 'ok' : r.errors![0]!.code);

/** A fetch that sends the instant `at()` returns (none while it returns undefined). */
function clockedFetch(at: () => Date | undefined): typeof fetch {
  return (input, init) => {
    const instant = at();
    if (!instant) return fetch(input, init);
    const headers = new Headers(init?.headers);
    headers.set('x-sandbox-clock', instant.toISOString());
    return fetch(input, { ...init, headers });
  };
}

describe('x-sandbox-clock', () => {
  let h: Harness;
  let clock: Date | undefined;
  let onClock: NicClient;
  let plain: NicClient;
  const frozen = new Date('2026-02-10T04:30:00Z');
  beforeAll(async () => {
    h = await startHarness();
    clock = frozen;
    onClock = await authed(h, { fetch: clockedFetch(() => clock) });
    plain = await authed(h);
  });
  afterAll(() => h.close());

  it('stamps AckDt with the instant and counts the cancel window from it; other callers keep the wall clock', async () => {
    clock = frozen;
    const gen = await onClock.generateIrn(baseInvoice({ docDate: frozen }));
    if (!gen.ok) throw new Error(`generate failed: ${JSON.stringify(gen.errors)}`);
    expect(gen.data.AckDt).toBe('2026-02-10 10:00:00'); // IST
    const wall = await plain.generateIrn(baseInvoice());
    expect(wall.ok && wall.data.AckDt).not.toBe('2026-02-10 10:00:00');
    // 24 h + 1 min later on the clock (and the 6 h AuthToken of the frozen instant has expired there: re-auth).
    clock = new Date(frozen.getTime() + DAY + 60_000);
    expect((await onClock.auth()).ok).toBe(true);
    expect(code(await onClock.cancelIrn({ Irn: gen.data.Irn, CnlRsn: '2', CnlRem: 'late' }))).toBe('2270');
    // Two days on, the IRP no longer gives the IRN out (2283): retrieval follows the clock too.
    clock = new Date(frozen.getTime() + 2 * DAY + 60_000);
    expect((await onClock.auth()).ok).toBe(true);
    expect(code(await onClock.getIrn(gen.data.Irn))).toBe('2283');
  });

  it('refuses a value that is not an RFC 3339 instant with a zone', async () => {
    const res = await fetch(`${h.url}/eivital/v1.04/auth`, {
      method: 'POST',
      headers: { 'x-sandbox-clock': '2026-02-10 10:00:00', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('x-sandbox-clock');
  });
});
