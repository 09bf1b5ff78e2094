import type { SandboxClock } from './clock.js';
import type { RsaKeyMaterial, SigningKey } from './crypto/keys.js';
import type { FaultInjector } from './faults/faults.js';
import type { LatencyProfile } from './faults/latency.js';
import type { OperationLatency } from './faults/production-latency.js';
import type { GspTokenStore } from './gsp/tokens.js';
import type { ClientRegistration, GspAppRegistration } from './seed/credentials.js';
import type { TaxpayerDirectory } from './seed/taxpayers.js';
import type { IrpService } from './service/index.js';
import type { Ledger } from './store/ledger.js';
import type { SessionStore } from './store/sessions.js';

/** Everything a route needs; built once by createSandbox. */
export interface SandboxContext {
  service: IrpService;
  ledger: Ledger;
  clock: SandboxClock;
  sessions: SessionStore;
  /** Sessions of the separate E-Way Bill System (routes/ewb-system.ts). */
  ewbSessions: SessionStore;
  faults: FaultInjector;
  taxpayers: TaxpayerDirectory;
  clients: ClientRegistration[];
  gspApps: GspAppRegistration[];
  gspTokens: GspTokenStore;
  loginKey: RsaKeyMaterial;
  /** The E-Way Bill System's own login key, made on first use. */
  ewbLoginKey: () => RsaKeyMaterial;
  signingKey: SigningKey;
  /** Keys signed with before admin.rotateSigningKey: still served in the JWKS. */
  retiredSigningKeys: SigningKey[];
  /** Mutable: the admin endpoint can change it at run time. */
  latency: { profile: LatencyProfile | OperationLatency | undefined };
  tokenTtlMs: number;
  adminToken: string | undefined;
}
