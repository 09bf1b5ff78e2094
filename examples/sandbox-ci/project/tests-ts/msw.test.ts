// The same sandbox in this test process through MSW: no port, no CLI. For unit tests of code that calls the
// SDK; faults are armed from the test instead of sent as a header.
import { readFileSync } from 'node:fs';
import { createSandbox, type EinvoiceSandbox } from '@einvoice/sandbox';
import { Einvoice, UnprocessableEntityError } from '@einvoice/sdk';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { invoice } from './support.js';

let sandbox: EinvoiceSandbox;
let server: ReturnType<typeof setupServer>;
let client: Einvoice;

beforeAll(async () => {
  // The seed ci.sh gives the CLI, so both ways in hold the same credentials.
  sandbox = await createSandbox({ seed: JSON.parse(readFileSync(new URL('../seed.json', import.meta.url), 'utf8')) });
  server = setupServer(...sandbox.handlers);
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(async () => {
  await sandbox.reset();
  // A new client: a reset forgets the tokens the sandbox issued, and a stale token would meet an armed fault.
  client = new Einvoice({
    baseUrl: sandbox.baseUrl,
    clientId: sandbox.client_id,
    clientSecret: sandbox.client_secret,
    gstin: sandbox.gstin,
  });
});
afterAll(async () => {
  server?.close();
  await sandbox?.close();
});

describe('@einvoice/sdk against the MSW handlers of @einvoice/sandbox', () => {
  it('generates an IRN', async () => {
    const { data, response } = await client.irn.generate(invoice()).withResponse();
    expect(response.status).toBe(201);
    expect(data.Irn).toMatch(/^[0-9a-f]{64}$/);
  });

  it('meets an armed NIC validation fault once, then succeeds', async () => {
    sandbox.arm('nic-2189');
    const error = await client.irn.generate(invoice()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).gstnErrors.map((g) => g.code)).toEqual(['2189']);
    expect((await client.irn.generate(invoice())).status).toBe('generated');
  });
});
