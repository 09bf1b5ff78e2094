// What this monorepo's own contract harness (@einvoice/contract, private) builds on: the in-process runtime,
// the scripted scenarios and the HTTP adapter. Not a public API: it is not exported by the published package.

export { createFaultDispatcher, type FaultDispatcher, type RecordedRequest } from './dispatch.js';
export { type HandlersHttpServer, listenHandlers } from './http.js';
export {
  DEFAULT_GSTIN,
  DEFAULT_SCOPES,
  type GstinCredential,
  type ProvisionOptions,
  type Sandbox,
  type SandboxOptions,
  startSandbox,
} from './runtime.js';
export { type FaultContext, SCENARIOS, type Scenario, SLOW_RESPONSE_MS } from './scenarios.js';
