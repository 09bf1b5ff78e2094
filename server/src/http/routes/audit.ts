// The audit trail of an account (GET /v1/audit-events, account API key).
import type { Deps } from '../../app/deps.js';
import type { AuditEventRecord, AuditEventType } from '../../app/ports/records.js';
import { presentList } from '../../app/presenters.js';
import { tenantFilter } from '../../app/principal.js';
import type { Handler } from '../call.js';
import { adminOf, pageQuery } from './helpers.js';

function presentAudit(e: AuditEventRecord) {
  return {
    id: e.id,
    object: 'audit_event',
    type: e.type,
    occurred_at: e.occurredAt.toISOString(),
    actor: { type: e.actorType, id: e.actorId },
    gstin: e.gstin,
    client_id: e.clientId,
    request_id: e.requestId,
    ip: e.ip,
    data: e.data,
    tenant: e.tenantId,
  };
}

export function auditHandlers(deps: Deps): Record<string, Handler> {
  return {
    listAuditEvents: async (call) => {
      const q = call.query;
      // from and to are IST calendar dates (yyyy-MM-dd), both days included.
      const who = adminOf(call);
      const page = await deps.storage.audit.list(who.accountId, {
        ...pageQuery(call),
        ...tenantFilter(who),
        ...(q.get('type') ? { type: q.get('type') as AuditEventType } : {}),
        ...(q.get('gstin') ? { gstin: q.get('gstin')! } : {}),
        ...(q.get('from') ? { from: new Date(`${q.get('from')}T00:00:00+05:30`) } : {}),
        ...(q.get('to') ? { to: new Date(`${q.get('to')}T23:59:59.999+05:30`) } : {}),
      });
      return { status: 200, body: presentList(page, presentAudit, (e) => e.id) };
    },
  };
}
