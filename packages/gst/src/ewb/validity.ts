import { endOfIstDay } from '../dates.js';

/** Rule 138(10): 200 km per day for regular cargo, 20 km per day for over-dimensional cargo (since 1 Jan 2021). */
export const KM_PER_DAY = { R: 200, O: 20 } as const;

/**
 * Validity end of an e-way bill whose Part-B was entered at `start`: 23:59 IST on the day that is
 * ceil(distance / km-per-day) days after the IST date of `start` (at least one day). Verified
 * against NIC samples: 16/09/2022 19:29 + 2467 km -> 29/09/2022 23:59; 05/10/2022 + 10 km ->
 * 06/10/2022 23:59.
 */
export function ewbValidUntil(start: Date, distanceKm: number, vehicleType: 'R' | 'O' = 'R'): Date {
  const days = Math.max(1, Math.ceil(distanceKm / KM_PER_DAY[vehicleType]));
  return endOfIstDay(start, days);
}
