// Revoking a credential, inside the caller's transaction: the credential and every live secret, audited.
// Shared by revokeCredential and deleteGstin (which revokes all of a GSTIN's credentials at once).
import type { Deps } from '../deps.js';
import type { Principal } from '../principal.js';
import type { CredentialRecord } from '../ports/records.js';
import type { Repositories } from '../ports/storage.js';
import { audit } from './audit.js';

type AdminPrincipal = Extract<Principal, { kind: 'api_key' }>;

export async function revokeCredentialInTx(
  deps: Deps,
  tx: Repositories,
  who: AdminPrincipal,
  credential: Pick<CredentialRecord, 'clientId' | 'gstin'>,
  meta: { requestId: string; ip: string | null },
  data?: Record<string, unknown>,
): Promise<void> {
  const now = deps.clock.now();
  await tx.credentials.revoke(credential.clientId, now);
  for (const s of await tx.credentials.secrets(credential.clientId)) if (!s.revokedAt) await tx.credentials.revokeSecret(credential.clientId, s.id, now);
  await audit(deps, tx, {
    accountId: who.accountId,
    type: 'credential.revoked',
    actorType: 'api_key',
    actorId: who.keyId,
    gstin: credential.gstin,
    clientId: credential.clientId,
    requestId: meta.requestId,
    ip: meta.ip,
    ...(data ? { data } : {}),
  });
}
