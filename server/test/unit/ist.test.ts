// India Standard Time calendar helpers (usage periods, the sandbox quota's month, the dashboard's "today").
import { describe, expect, it } from 'vitest';
import { istDate, istDayStart, istMidnight, istMonth, nextIstDate } from '../../src/app/usecases/ist.js';

describe('IST calendar', () => {
  it('turns at 18:30 UTC', () => {
    expect(istDate(new Date('2026-12-06T18:29:59.999Z'))).toBe('2026-12-06');
    expect(istDate(new Date('2026-12-06T18:30:00.000Z'))).toBe('2026-12-07');
    expect(istMidnight(new Date('2026-12-06T18:30:00.000Z')).toISOString()).toBe('2026-12-06T18:30:00.000Z');
    expect(istMidnight(new Date('2026-12-06T18:29:59.999Z')).toISOString()).toBe('2026-12-05T18:30:00.000Z');
  });

  it('reads only days a calendar has', () => {
    expect(istDayStart('2026-12-07')?.toISOString()).toBe('2026-12-06T18:30:00.000Z');
    expect(istDayStart('2028-02-29')?.toISOString()).toBe('2028-02-28T18:30:00.000Z');
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-12-32', '20261201', '2026-1-01'])
      expect(istDayStart(bad), bad).toBeUndefined();
    expect(nextIstDate('2026-12-31')).toBe('2027-01-01');
    expect(nextIstDate('2028-02-28')).toBe('2028-02-29');
  });

  it('bounds the month an instant falls in, across the year end', () => {
    const dec = istMonth(new Date('2026-12-31T18:29:59.999Z')); // 23:59:59.999 IST on 31 December
    expect([dec.start.toISOString(), dec.next.toISOString()]).toEqual([
      '2026-11-30T18:30:00.000Z',
      '2026-12-31T18:30:00.000Z',
    ]);
    const jan = istMonth(new Date('2026-12-31T18:30:00.000Z')); // midnight IST, 1 January
    expect(jan.start.toISOString()).toBe('2026-12-31T18:30:00.000Z');
    expect(jan.next.toISOString()).toBe('2027-01-31T18:30:00.000Z');
  });
});
