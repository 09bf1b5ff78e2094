// @einvoice/contract: the MSW contract harness every einvoice SDK is tested against.

import {
  type HandlersHttpServer as ContractHttpServer,
  DEFAULT_GSTIN,
  type GstinCredential,
  listenHandlers,
  type Sandbox,
  type SandboxOptions,
  startSandbox,
} from '@einvoice/sandbox/internal';
import { type ContractHarness, type ContractHarnessOptions, createContractHarness } from './handlers.js';

export {
  DEFAULT_GSTIN,
  DEFAULT_SCOPES,
  type FaultContext,
  type GstinCredential,
  type Sandbox,
  type SandboxOptions,
  SCENARIOS,
  type Scenario,
  SLOW_RESPONSE_MS,
  startSandbox,
} from '@einvoice/sandbox/internal';
export type { ContractHarness, ContractHarnessOptions, ContractViolation, RecordedRequest } from './handlers.js';
export { createContractHarness, RUN_HEADER, SCENARIO_HEADER, validateRequest } from './handlers.js';
export type { ContractHttpServer };
/** The contract handlers over HTTP on 127.0.0.1 (what `pnpm contract:serve` runs). */
export const listenContract = listenHandlers;

export interface ContractEnvironment {
  sandbox: Sandbox;
  harness: ContractHarness;
  /** A ready GSTIN credential (client id and secret). */
  credential: GstinCredential;
  info: ContractInfo;
  close(): Promise<void>;
}

export interface ContractInfo {
  api_key: string;
  gstin: string;
  client_id: string;
  client_secret: string;
  scenarios: string[];
  url?: string;
}

/** Reference server (sandbox, temp SQLite) + a provisioned GSTIN + the contract handlers. */
export async function createContractEnvironment(
  options: SandboxOptions & { gstin?: string; harness?: Partial<ContractHarnessOptions> } = {},
): Promise<ContractEnvironment> {
  const sandbox = await startSandbox(options);
  const credential = await sandbox.provision(options.gstin ?? DEFAULT_GSTIN);
  const info: ContractInfo = {
    api_key: sandbox.apiKey,
    gstin: credential.gstin,
    client_id: credential.clientId,
    client_secret: credential.clientSecret,
    scenarios: [],
  };
  const harness = createContractHarness({
    forward: sandbox.fetch,
    info: info as unknown as Record<string, unknown>,
    ...options.harness,
  });
  info.scenarios = Object.keys(harness.scenarios);
  return { sandbox, harness, credential, info, close: () => sandbox.close() };
}

/** The same environment served over HTTP on 127.0.0.1 (what `pnpm contract:serve` runs). */
export async function serveContract(
  options: SandboxOptions & { port?: number; gstin?: string } = {},
): Promise<ContractEnvironment & { http: ContractHttpServer }> {
  const env = await createContractEnvironment(options);
  const http = await listenHandlers(env.harness.handlers, options.port ?? 0);
  env.info.url = http.url;
  return {
    ...env,
    http,
    async close() {
      await http.close();
      await env.close();
    },
  };
}
