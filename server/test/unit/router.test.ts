// The router's rules, with scripted routes: fail over only what cannot have reached the IRP, never an
// ambiguous write; retries bounded by the budget; follow the priority order.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, GspRouter } from '../../src/adapters/gsp/router.js';
import type { GspRoute, UpstreamOutcome } from '../../src/app/ports/gsp.js';

function scripted(name: string, answers: UpstreamOutcome<unknown>[]): GspRoute & { calls: number } {
  const next = async () => {
    route.calls++;
    return answers[Math.min(route.calls - 1, answers.length - 1)]!;
  };
  const route = {
    name,
    irp: 'NIC1',
    calls: 0,
    generateIrn: next,
    getIrnByDocument: next,
    getIrn: next,
    cancelIrn: next,
    generateEwb: next,
    getEwbByIrn: next,
    getEwb: next,
    updateEwbVehicle: next,
    extendEwb: next,
    cancelEwb: next,
    getGstinDetails: next,
    verifyCredentials: next,
  } as unknown as GspRoute & { calls: number };
  return route;
}

const who = (ms: number) => ({ gstin: 'g', username: 'u', password: 'p', deadline: Date.now() + ms });
const ok: UpstreamOutcome<unknown> = { kind: 'ok', data: { Irn: 'x' }, info: [] };
const down: UpstreamOutcome<unknown> = { kind: 'unavailable', detail: 'refused' };
const lost: UpstreamOutcome<unknown> = { kind: 'ambiguous', detail: 'timeout after sending' };
const fast = { ...DEFAULT_POLICY, backoffBaseMs: 1, backoffCapMs: 2 };
/** A router over `a` (priority 1) and `b` (priority 2). */
const pair = (a: GspRoute, b: GspRoute, policy = fast) =>
  new GspRouter(
    [
      { route: a, priority: 1, displayName: a.name },
      { route: b, priority: 2, displayName: b.name },
    ],
    policy,
  );

describe('GspRouter', () => {
  it('fails over an unavailable route to the next, and says which answered', async () => {
    const a = scripted('a', [down]);
    const b = scripted('b', [ok]);
    const out = await new GspRouter(
      [
        { route: b, priority: 2, displayName: 'b' },
        { route: a, priority: 1, displayName: 'a' },
      ],
      fast,
    )
      .view()
      .generateIrn(who(1000), {});
    expect(out).toMatchObject({ kind: 'ok', via: { gsp: 'b' } });
    expect([a.calls, b.calls]).toEqual([1, 1]);
  });

  it('never sends an ambiguous write to another GSP', async () => {
    const a = scripted('a', [lost]);
    const b = scripted('b', [ok]);
    const out = await pair(a, b).view().generateIrn(who(1000), {});
    expect(out).toMatchObject({ kind: 'ambiguous', via: { gsp: 'a' } });
    expect(b.calls).toBe(0);
  });

  it('bounds retries of a failing route by the retry budget, not just the deadline', async () => {
    const a = scripted('a', [down]);
    const router = new GspRouter([{ route: a, priority: 1, displayName: 'a' }], { ...fast, breakerThreshold: 10_000 });
    const out = await router.view().generateIrn(who(1500), {});
    expect(out.kind).toBe('unavailable');
    expect(a.calls).toBeLessThanOrEqual(12); // 1 call + the budget's floor of 10 retries (+ ratio)
  });

  it("does not let one taxpayer's refused login open the route's circuit, nor retry it", async () => {
    const refused: UpstreamOutcome<unknown> = {
      kind: 'unavailable',
      detail: 'a refused the API user u (1019 Incorrect Password)',
      code: '1019',
      credentials: true,
    };
    const a = scripted('a', [refused]);
    const b = scripted('b', [refused]);
    const router = pair(a, b, { ...fast, breakerThreshold: 2 });
    // More refusals than the breaker's threshold: each call asks every route once and ends (no second round).
    for (let i = 0; i < 4; i++) {
      const out = await router.view().generateIrn(who(5000), {});
      expect(out).toMatchObject({ kind: 'unavailable', credentials: true, code: '1019' });
    }
    expect([a.calls, b.calls]).toEqual([4, 4]);
    expect(router.health().map((h) => [h.id, h.circuit, h.status])).toEqual([
      ['a', 'closed', 'operational'],
      ['b', 'closed', 'operational'],
    ]);
  });

  it('still fails over past a refused login to a route that accepts the GSTIN', async () => {
    const refused: UpstreamOutcome<unknown> = { kind: 'unavailable', detail: 'refused login', credentials: true };
    const a = scripted('a', [refused]);
    const b = scripted('b', [ok]);
    const out = await pair(a, b).view().generateIrn(who(1000), {});
    expect(out).toMatchObject({ kind: 'ok', via: { gsp: 'b' } });
  });
});
