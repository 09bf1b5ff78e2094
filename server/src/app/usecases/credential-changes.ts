// Administrative changes to a credential inside the caller's transaction: the audit row every change writes,
// and revocation (the credential and every live secret). Shared by the credential use cases and deleteGstin,
// which revokes all of a GSTIN's credentials at once.
import type { Deps } from '../deps.js';
import type { AuditEventType, CredentialRecord } from '../ports/records.js';
import type { Repositories } from '../ports/storage.js';
import type { AdminPrincipal } from '../principal.js';
import { audit } from './audit.js';

type Meta = { requestId: string; ip: string | null };

/** One audit row for an administrative change to a credential. */
export function auditCredential(
  deps: Deps,
  tx: Repositories,
  who: AdminPrincipal,
  type: AuditEventType,
  credential: Pick<CredentialRecord, 'clientId' | 'gstin'>,
  meta: Meta,
  data?: Record<string, unknown>,
) {
  return audit(deps, tx, {
    accountId: who.accountId,
    type,
    actorType: 'api_key',
    actorId: who.keyId,
    gstin: credential.gstin,
    clientId: credential.clientId,
    requestId: meta.requestId,
    ip: meta.ip,
    data,
  });
}

export async function revokeCredentialInTx(
  deps: Deps,
  tx: Repositories,
  who: AdminPrincipal,
  credential: Pick<CredentialRecord, 'clientId' | 'gstin'>,
  meta: Meta,
  data?: Record<string, unknown>,
): Promise<void> {
  const now = deps.clock.now();
  await tx.credentials.revoke(credential.clientId, now);
  for (const s of await tx.credentials.secrets(credential.clientId))
    if (!s.revokedAt) await tx.credentials.revokeSecret(credential.clientId, s.id, now);
  await auditCredential(deps, tx, who, 'credential.revoked', credential, meta, data);
}
