// A sandbox account with identifiers fixed in advance (the installable sandbox's seed file), so a CI pipeline
// knows its API key, GSTINs and OAuth clients before the server starts instead of parsing them from a log.
// Sandbox only: production identifiers are always generated.
import type { Deps } from '../deps.js';
import type { Scope } from '../ports/records.js';
import { type AdminPrincipal, accountPrincipal } from '../principal.js';
import { createAccount } from './accounts.js';
import { createCredential } from './credentials.js';
import { registerGstin } from './gstins.js';

export interface SandboxSeed {
  accountName: string;
  /** `sk_test_...`; generated when absent. */
  apiKey?: string;
  gstins: {
    gstin: string;
    irpUsername: string;
    irpPassword: string;
    credentials: { name: string; clientId: string; clientSecret: string; scopes: Scope[]; signingKey?: string }[];
  }[];
}

export interface SeededSandbox {
  accountId: string;
  apiKey: string;
}

export async function seedSandbox(deps: Deps, seed: SandboxSeed): Promise<SeededSandbox> {
  if (deps.settings.mode !== 'sandbox') throw new Error('seedSandbox: fixed identifiers are for sandbox mode only');
  const { account, apiKey } = await createAccount(
    deps,
    seed.accountName,
    'sandbox',
    seed.apiKey ? { apiKey: seed.apiKey } : {},
  );
  const who: AdminPrincipal = accountPrincipal(account, 'seed');
  const meta = { requestId: 'seed', ip: null };
  for (const g of seed.gstins) {
    await registerGstin(deps, who, { gstin: g.gstin, irp_username: g.irpUsername, irp_password: g.irpPassword }, meta);
    for (const c of g.credentials) {
      await createCredential(deps, who, g.gstin, { name: c.name, scopes: c.scopes, plan: 'standard' }, meta, {
        clientId: c.clientId,
        clientSecret: c.clientSecret,
        ...(c.signingKey ? { signingKey: c.signingKey } : {}),
      });
    }
  }
  return { accountId: account.id, apiKey };
}
