// The audit trail: one immutable row per security-relevant event.
import type { Deps } from '../deps.js';
import type { AuditEventRecord, AuditEventType } from '../ports/records.js';
import type { Repositories } from '../ports/storage.js';
import { newId } from '../security/ids.js';

export interface AuditInput {
  accountId: string | null;
  type: AuditEventType;
  actorType: AuditEventRecord['actorType'];
  actorId: string | null;
  gstin?: string | null;
  clientId?: string | null;
  requestId?: string | null;
  ip?: string | null;
  data?: Record<string, unknown>;
  /** The tenant in effect for the caller; when absent, the GSTIN's (issue #24). */
  tenantId?: string | null;
}

export async function audit(
  deps: Pick<Deps, 'clock'>,
  repos: Pick<Repositories, 'audit'> & Partial<Pick<Repositories, 'gstins'>>,
  input: AuditInput,
): Promise<void> {
  const now = deps.clock.now();
  let tenantId = input.tenantId ?? null;
  if (tenantId === null && input.gstin && input.accountId && repos.gstins)
    tenantId = await repos.gstins.tenantOf(input.accountId, input.gstin);
  await repos.audit.append({
    id: newId('aud', now),
    accountId: input.accountId,
    type: input.type,
    occurredAt: now,
    actorType: input.actorType,
    actorId: input.actorId,
    gstin: input.gstin ?? null,
    clientId: input.clientId ?? null,
    requestId: input.requestId ?? null,
    ip: input.ip ?? null,
    data: input.data ?? {},
    tenantId,
  });
}
