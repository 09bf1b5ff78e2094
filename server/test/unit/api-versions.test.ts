// The registry of dated API versions (src/app/versions/api-versions.ts): ordered dates, the 90-day window
// between the first signal and removal for everything scheduled, and transforms that compose.
import { describe, expect, it } from 'vitest';
import {
  allSchedules,
  apiVersions,
  CURRENT_API_VERSION,
  changesSince,
  downgradeReply,
  MIN_DEPRECATION_DAYS,
  OLDEST_API_VERSION,
  removalHeaders,
  windowDays,
} from '../../src/app/versions/api-versions.js';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

describe('API version registry', () => {
  it('names versions by real dates, strictly increasing, the oldest without changes', () => {
    for (const v of apiVersions) expect(isDate(v.name), v.name).toBe(true);
    const names = apiVersions.map((v) => v.name);
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    expect(apiVersions[0]!.changes).toEqual([]);
    expect(OLDEST_API_VERSION).toBe(names[0]);
    expect(CURRENT_API_VERSION).toBe(names[names.length - 1]);
    // Every version after the first exists because it changed something.
    for (const v of apiVersions.slice(1)) expect(v.changes.length, v.name).toBeGreaterThan(0);
  });

  it(`removes nothing earlier than ${MIN_DEPRECATION_DAYS} days after the first signal`, () => {
    const schedules = allSchedules();
    expect(schedules.length).toBeGreaterThan(0);
    for (const { what, schedule } of schedules) {
      expect(isDate(schedule.announced) && isDate(schedule.sunset), what).toBe(true);
      expect(windowDays(schedule), what).toBeGreaterThanOrEqual(MIN_DEPRECATION_DAYS);
      expect(schedule.guide, what).toMatch(/^https:\/\/einvoice\.dev\/docs\/migrations\//);
    }
    expect(apiVersions[apiVersions.length - 1]!.deprecation).toBeUndefined();
  });

  it('measures the window in whole days and formats RFC 9745 / RFC 8594 headers', () => {
    const s = { announced: '2026-12-05', sunset: '2027-03-04', guide: 'https://einvoice.dev/docs/migrations/x' };
    expect(windowDays(s)).toBe(89);
    expect(removalHeaders(s)).toEqual({
      deprecation: '@1796428800',
      sunset: 'Thu, 04 Mar 2027 00:00:00 GMT',
      link: '<https://einvoice.dev/docs/migrations/x>; rel="deprecation"; type="text/html"',
    });
  });

  it('gives every change a migration text and the operations it touches, ids unique', () => {
    const changes = apiVersions.flatMap((v) => v.changes);
    expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
    for (const c of changes) {
      expect(c.operations.length, c.id).toBeGreaterThan(0);
      for (const text of [c.title, c.before, c.after, c.migrate]) expect(text.length, c.id).toBeGreaterThan(20);
      expect(c.upgradeRequest ?? c.downgradeReply, c.id).toBeDefined();
    }
  });

  it('takes a current answer down to each older version, and leaves the current one alone', () => {
    const reply = () => ({ status: 401, contentType: 'application/json', body: { error: 'invalid_client' } });
    const current = reply();
    downgradeReply(CURRENT_API_VERSION, 'createToken', current);
    expect(current).toEqual(reply());
    const oldest = reply();
    downgradeReply(OLDEST_API_VERSION, 'createToken', oldest);
    expect(oldest.contentType).toBe('application/problem+json');
    const otherOp = reply();
    downgradeReply(OLDEST_API_VERSION, 'getStatus', otherOp);
    expect(otherOp).toEqual(reply());
    expect(changesSince(CURRENT_API_VERSION)).toEqual([]);
    expect(() => changesSince('1999-01-01')).toThrow(/unknown API version/);
  });
});
