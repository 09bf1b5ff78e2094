// Accounts and their administration keys. The first account is made by the CLI
// (`einvoice-server accounts create`) or, in sandbox mode, at first start.
import type { Deps } from '../deps.js';
import type { AccountRecord, Environment } from '../ports/records.js';
import { newId } from '../security/ids.js';
import { displayPrefix, generateSecret } from '../security/secrets.js';
import { CURRENT_API_VERSION } from '../versions/api-versions.js';

export interface CreatedAccount {
  account: AccountRecord;
  apiKey: string; // shown once
}

/** `apiKey` fixes the key instead of generating one: only the sandbox seed (usecases/sandbox-seed.ts) passes it. */
export async function createAccount(
  deps: Deps,
  name: string,
  environment: Environment,
  options: { apiKey?: string } = {},
): Promise<CreatedAccount> {
  const now = deps.clock.now();
  const env = environment === 'sandbox' ? 'test' : 'live';
  // Pinned to the version current at creation: the account's integration moves only when it asks to.
  const account: AccountRecord = {
    id: newId('acct', now),
    name,
    environment,
    createdAt: now,
    apiVersion: CURRENT_API_VERSION,
  };
  const apiKey = options.apiKey ?? generateSecret(`sk_${env}_`);
  await deps.storage.transaction(async (tx) => {
    await tx.accounts.insert(account);
    await tx.apiKeys.insert({
      id: newId(`key_${env}`, now),
      accountId: account.id,
      prefix: displayPrefix(apiKey),
      hash: deps.hasher.hash(apiKey),
      createdAt: now,
      revokedAt: null,
    });
  });
  return { account, apiKey };
}
