// How long an IRN or an e-way bill can still be cancelled. One home for the 24-hour windows: the
// cancel rules below (2270, 728) and the `cancellable_until` the server shows are both derived from here.
import { HOUR_MS } from './dates.js';

/** An IRN can be cancelled up to 24 h after its AckDt (NIC 2270 after that; exactly 24 h is still allowed). */
export const IRN_CANCEL_WINDOW_MS = 24 * HOUR_MS;

/** An e-way bill can be cancelled up to 24 h after its generation or first Part-B (NIC 728 after that). */
export const EWB_CANCEL_WINDOW_MS = 24 * HOUR_MS;

/** The last instant an IRN acknowledged at `ackDt` can be cancelled. */
export function irnCancellableUntil(ackDt: Date): Date {
  return new Date(ackDt.getTime() + IRN_CANCEL_WINDOW_MS);
}

/** The last instant an e-way bill generated at `ewbDt` can be cancelled. */
export function ewbCancellableUntil(ewbDt: Date): Date {
  return new Date(ewbDt.getTime() + EWB_CANCEL_WINDOW_MS);
}
