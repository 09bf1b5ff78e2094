export { signNicJwt } from './crypto/jwt.js';
export type { SigningKeyInput } from './crypto/keys.js';
export { rsaDecrypt } from './crypto/rsa.js';
export type { ActiveFault, FaultMode, FaultSpec, Operation } from './faults/faults.js';
export type { LatencyProfile } from './faults/latency.js';
export { type OperationLatency, PRODUCTION_LATENCY } from './faults/production-latency.js';
export type { SandboxOptions } from './options.js';
export type { SandboxAdmin } from './routes/admin.js';
export { EWB_SYSTEM_PREFIX } from './routes/ewb-system.js';
export type { RunningSandbox, Sandbox } from './sandbox.js';
export { createSandbox } from './sandbox.js';
export type { ClientRegistration, GspAppRegistration } from './seed/credentials.js';
export { DEFAULT_CLIENT, DEFAULT_GSP_APP } from './seed/credentials.js';
export { SEED_TAXPAYERS } from './seed/taxpayers.js';
export type {
  Channel,
  Delivery,
  EwbRecord,
  ExtensionEntry,
  IrnRecord,
  LedgerEvent,
  LedgerEventType,
  VehicleEntry,
} from './store/ledger.js';
export { Ledger } from './store/ledger.js';
