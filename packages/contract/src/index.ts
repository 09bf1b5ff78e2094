// @einvoice/contract: the MSW contract harness every einvoice SDK is tested against.

import {
  type HandlersHttpServer as ContractHttpServer,
  DEFAULT_GSTIN,
  DEFAULT_SCOPES,
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
export {
  CONTRACT_SCENARIOS,
  createContractHarness,
  RUN_HEADER,
  SCENARIO_HEADER,
  validateRequest,
} from './handlers.js';
export type { ContractHttpServer };
/** The contract handlers over HTTP on 127.0.0.1 (what `pnpm contract:serve` runs). */
export const listenContract = listenHandlers;

/**
 * The credentials a conformance scenario can name (its `credential` field), all for the one GSTIN:
 *  - `default`: signatures optional (a signed request is verified, an unsigned one passes);
 *  - `signatures-required`: created with `require_signatures`, so the reference server behind the harness
 *    refuses its unsigned or badly signed requests, the token request included (docs/adr/0015).
 */
export const CREDENTIALS = ['default', 'signatures-required'] as const;
export type CredentialName = (typeof CREDENTIALS)[number];

export interface ContractEnvironment {
  sandbox: Sandbox;
  harness: ContractHarness;
  /** A ready GSTIN credential (client id, secret and signing key): `credentials.default`. */
  credential: GstinCredential;
  /** Every named credential (CREDENTIALS), each with its signing key. */
  credentials: Record<CredentialName, GstinCredential>;
  info: ContractInfo;
  close(): Promise<void>;
}

/** A credential as the contract server prints it (snake_case, like the API). */
export interface ContractCredentialInfo {
  client_id: string;
  client_secret: string;
  /** RFC 9421 signing key: key id (the client id) and the HMAC secret, base64. */
  signing_key: { key_id: string; secret: string };
}

export interface ContractInfo {
  api_key: string;
  gstin: string;
  /** The default credential (`credentials.default`), kept at the top level for runners that need only it. */
  client_id: string;
  client_secret: string;
  signing_key: ContractCredentialInfo['signing_key'];
  /** Every named credential (CREDENTIALS): what a scenario's `credential` field selects. */
  credentials: Record<CredentialName, ContractCredentialInfo>;
  scenarios: string[];
  url?: string;
}

function credentialInfo(c: GstinCredential): ContractCredentialInfo {
  if (!c.signingKey) throw new Error(`credential ${c.clientId} came without its signing key`);
  return {
    client_id: c.clientId,
    client_secret: c.clientSecret,
    signing_key: { key_id: c.signingKey.keyId, secret: c.signingKey.secret },
  };
}

/** Reference server (sandbox, temp SQLite) + a provisioned GSTIN + the contract handlers. */
export async function createContractEnvironment(
  options: SandboxOptions & { gstin?: string; harness?: Partial<ContractHarnessOptions> } = {},
): Promise<ContractEnvironment> {
  // The fast switch: the SDK suites measure the SDKs, not NIC's latency (docs/sandbox-latency.md).
  const sandbox = await startSandbox({ ...options, env: { SANDBOX_LATENCY: 'off', ...options.env } });
  const gstin = options.gstin ?? DEFAULT_GSTIN;
  const credential = await sandbox.provision(gstin);
  const credentials: Record<CredentialName, GstinCredential> = {
    default: credential,
    'signatures-required': await sandbox.provision(gstin, DEFAULT_SCOPES, {
      name: 'contract-signatures-required',
      requireSignatures: true,
    }),
  };
  const info: ContractInfo = {
    api_key: sandbox.apiKey,
    gstin: credential.gstin,
    ...credentialInfo(credential),
    credentials: {
      default: credentialInfo(credentials.default),
      'signatures-required': credentialInfo(credentials['signatures-required']),
    },
    scenarios: [],
  };
  const harness = createContractHarness({
    forward: sandbox.fetch,
    info: info as unknown as Record<string, unknown>,
    ...options.harness,
  });
  info.scenarios = Object.keys(harness.scenarios);
  return { sandbox, harness, credential, credentials, info, close: () => sandbox.close() };
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
