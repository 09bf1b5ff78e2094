// Every conformance scenario through MSW setupServer in-process: the SDK's global fetch is intercepted and
// forwarded to the reference server (sandbox mode, temp SQLite) through the contract handlers.
import { type ContractEnvironment, createContractEnvironment } from '@einvoice/contract';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarios, runScenario, type Target, targetCredentials } from './support/conformance-runner.js';

const BASE = 'http://contract.test';
let env: ContractEnvironment;
let msw: ReturnType<typeof setupServer>;
let target: Target;

beforeAll(async () => {
  env = await createContractEnvironment();
  msw = setupServer(...env.harness.handlers);
  // The server's own upstream calls (to its embedded IRP on 127.0.0.1) pass through untouched.
  msw.listen({
    onUnhandledRequest: (request, print) => (new URL(request.url).origin === BASE ? print.error() : undefined),
  });
  target = { baseUrl: BASE, gstin: env.info.gstin, ...targetCredentials(env.info) };
});

afterAll(async () => {
  msw?.close();
  await env?.close();
});

describe('conformance scenarios, in-process (MSW setupServer)', () => {
  for (const scenario of loadScenarios()) {
    it(`${scenario.id}: ${scenario.description}`, async () => {
      expect(await runScenario(scenario, target)).toEqual([]);
      env.harness.assertNoViolations();
    });
  }
});

// The same scenarios with the client pinned to the oldest supported dated API version (issue #23): the
// runtime contract holds in every version the server still answers. Scenarios that pin a version themselves
// (api-version-*) are already the cross-version check, so they run once, above. The SDK default is the newest.
const OLDEST_API_VERSION = '2026-12-01';
describe(`conformance scenarios at the oldest API version (${OLDEST_API_VERSION}), in-process`, () => {
  for (const scenario of loadScenarios().filter((s) => !s.id.startsWith('api-version'))) {
    it(scenario.id, async () => {
      const pinned = { ...scenario, client: { ...scenario.client, api_version: OLDEST_API_VERSION } };
      expect(await runScenario(pinned, target)).toEqual([]);
      env.harness.assertNoViolations();
    });
  }
});
