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
}

export async function audit(
  deps: Pick<Deps, 'clock'>,
  repos: Pick<Repositories, 'audit'>,
  input: AuditInput,
): Promise<void> {
  const now = deps.clock.now();
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
  });
}
