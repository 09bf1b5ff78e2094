// Retries follow a GSTIN's test clock (issue #20, docs/adr/0025): a webhook delivery that failed and waits an
// hour for its next attempt is sent as soon as the clock is advanced past that hour, while a GSTIN on no clock
// keeps its wall-clock schedule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness } from '../support/harness.js';
import { invoice, uniqueDocNo } from '../support/invoices.js';
import { Receiver, startWebhookHarness, type WebhookHarness, waitFor } from '../support/webhook-harness.js';

const SELLER = '29AAACP7879D1Z0';
const OTHER = '29AABCL4444L1Z7';
const HOUR = 3600_000;
let h: WebhookHarness;
let receiver: Receiver;

beforeAll(async () => {
  // Attempt 1 at once, attempt 2 an hour later: only a clock can make the second one happen in a test.
  h = await startWebhookHarness({
    env: { WEBHOOK_ALLOW_LOOPBACK: 'true', WEBHOOK_RETRY_SCHEDULE_MS: `0,${HOUR},${HOUR}`, WEBHOOK_POLL_MS: '50' },
  });
  receiver = await new Receiver().start();
  // The first delivery of each event fails; any later one succeeds.
  const seen = new Map<string, number>();
  receiver.respond = (_n, r) => {
    const id = String(r.headers['webhook-id']);
    seen.set(id, (seen.get(id) ?? 0) + 1);
    return seen.get(id) === 1 ? { status: 500, body: 'not yet' } : { status: 200, body: 'ok' };
  };
  const endpoint = await h.request('POST', '/v1/webhook-endpoints', {
    token: h.apiKey,
    body: { url: receiver.url, events: ['irn.generated'] },
  });
  expect(endpoint.status, endpoint.text).toBe(201);
});
afterAll(async () => {
  await h?.close();
  await receiver?.close();
});

async function generate(token: string, gstin: string): Promise<string> {
  const res = await h.request('POST', '/v1/irn', { token, body: invoice(gstin) });
  expect(res.status, res.text).toBe(201);
  return res.body.Irn as string;
}

describe('webhook retries follow the clock', () => {
  it('a retry an hour away is sent once the clock passes it; a GSTIN on no clock still waits', async () => {
    const seller = await gstinSession(h as unknown as Harness, SELLER);
    const other = await gstinSession(h as unknown as Harness, OTHER);
    const clock = await h.request('POST', '/v1/test_clocks', {
      token: h.apiKey,
      body: { name: 'retries', gstins: [SELLER] },
      headers: { 'idempotency-key': `clock-${uniqueDocNo()}` },
    });
    expect(clock.status, clock.text).toBe(201);
    try {
      await generate(seller.token, SELLER);
      await generate(other.token, OTHER);
      // Both first attempts fail (500) and are rescheduled an hour out.
      await waitFor(() => receiver.received.length >= 2, 20_000, 'both first attempts');
      const before = receiver.received.length;
      await new Promise((r) => setTimeout(r, 500));
      expect(receiver.received.length, 'nothing retries within the hour on its own').toBe(before);

      const advanced = await h.request('POST', `/v1/test_clocks/${clock.body.id}/advance`, {
        token: h.apiKey,
        body: { advance_by_seconds: 2 * 3600 },
        headers: { 'idempotency-key': `adv-${uniqueDocNo()}` },
      });
      expect(advanced.status, advanced.text).toBe(200);
      // The seller's delivery is retried at once and succeeds; the other GSTIN's is still an hour away.
      const retried = await waitFor(() => receiver.received[before], 20_000, "the clocked GSTIN's retry");
      expect(retried.body).toContain(SELLER);
      const firstSeller = receiver.received.slice(0, before).find((r) => r.body.includes(SELLER));
      expect(retried.headers['webhook-id']).toBe(firstSeller?.headers['webhook-id']);
      const list = (await h.request('GET', '/v1/webhook-deliveries?limit=100', { token: h.apiKey })).body.data as {
        status: string;
        attempt_count: number;
        next_attempt_at: string | null;
      }[];
      const succeeded = await waitFor(() => list.find((d) => d.status === 'succeeded'), 5_000, 'the succeeded row');
      expect(succeeded.attempt_count).toBe(2);
      const waiting = list.find((d) => d.status === 'pending');
      expect(waiting?.attempt_count).toBe(1);
      expect(new Date(waiting!.next_attempt_at!).getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);
      await new Promise((r) => setTimeout(r, 500));
      expect(receiver.received.length, 'the GSTIN on no clock is not retried').toBe(before + 1);
    } finally {
      await h.request('DELETE', `/v1/test_clocks/${clock.body.id}`, { token: h.apiKey });
    }
  }, 90_000);
});
