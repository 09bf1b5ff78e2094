// Account administration: GSTINs, credentials and the audit trail (account API key).
import type { Deps } from '../../app/deps.js';
import type { AuditEventRecord, AuditEventType } from '../../app/ports/records.js';
import { presentCredential, presentGstin, presentList, presentSecret } from '../../app/presenters.js';
import * as credentials from '../../app/usecases/credentials.js';
import * as gstins from '../../app/usecases/gstins.js';
import type { Handler } from '../call.js';
import { adminOf, body, meta, pageQuery } from './helpers.js';

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
  };
}

export function accountHandlers(deps: Deps): Record<string, Handler> {
  return {
    registerGstin: async (call) => {
      const record = await gstins.registerGstin(deps, adminOf(call), body(call), meta(call));
      return { status: 201, body: presentGstin(record), headers: { location: `/v1/gstins/${record.gstin}` } };
    },
    listGstins: async (call) => ({
      status: 200,
      body: presentList(await gstins.listGstins(deps, adminOf(call), pageQuery(call)), presentGstin, (g) => g.gstin),
    }),
    getGstin: async (call) => ({
      status: 200,
      body: presentGstin(await gstins.getGstin(deps, adminOf(call), call.pathParams.gstin!)),
    }),
    updateGstin: async (call) => ({
      status: 200,
      body: presentGstin(await gstins.updateGstin(deps, adminOf(call), call.pathParams.gstin!, body(call), meta(call))),
    }),
    deleteGstin: async (call) => {
      const deleted = await gstins.deleteGstin(deps, adminOf(call), call.pathParams.gstin!, meta(call));
      return {
        status: 200,
        body: { object: 'gstin', gstin: deleted.gstin, deleted: true, revoked_credentials: deleted.revokedCredentials },
      };
    },

    createCredential: async (call) => {
      const created = await credentials.createCredential(
        deps,
        adminOf(call),
        call.pathParams.gstin!,
        body(call),
        meta(call),
      );
      return {
        status: 201,
        body: {
          ...presentCredential(created.credential, created.secrets),
          client_secret: created.clientSecret,
          signing_key: { key_id: created.credential.clientId, secret: created.signingKey, alg: 'hmac-sha256' },
        },
        headers: { location: `/v1/credentials/${created.credential.clientId}` },
      };
    },
    listCredentials: async (call) => {
      const page = await credentials.listCredentials(deps, adminOf(call), call.pathParams.gstin!, pageQuery(call));
      return {
        status: 200,
        body: presentList(
          page,
          (c) => presentCredential(c.credential, c.secrets),
          (c) => c.credential.clientId,
        ),
      };
    },
    addCredentialSecret: async (call) => {
      const clientId = call.pathParams.client_id!;
      const added = await credentials.addCredentialSecret(
        deps,
        adminOf(call),
        clientId,
        body<{ expires_in?: number }>(call).expires_in,
        meta(call),
      );
      return {
        status: 201,
        body: {
          object: 'credential_secret',
          client_id: clientId,
          client_secret: added.clientSecret,
          secret: presentSecret(added.secret),
        },
      };
    },
    revokeCredentialSecret: async (call) => {
      const r = await credentials.revokeCredentialSecret(
        deps,
        adminOf(call),
        call.pathParams.client_id!,
        call.pathParams.secret_id!,
        meta(call),
      );
      return { status: 200, body: presentCredential(r.credential, r.secrets) };
    },
    revokeCredential: async (call) => {
      const r = await credentials.revokeCredential(deps, adminOf(call), call.pathParams.client_id!, meta(call));
      return { status: 200, body: presentCredential(r.credential, r.secrets) };
    },

    listAuditEvents: async (call) => {
      const q = call.query;
      const page = await deps.storage.audit.list(adminOf(call).accountId, {
        ...pageQuery(call),
        ...(q.get('type') ? { type: q.get('type') as AuditEventType } : {}),
        ...(q.get('gstin') ? { gstin: q.get('gstin')! } : {}),
        ...(q.get('from') ? { from: new Date(`${q.get('from')}T00:00:00+05:30`) } : {}),
        ...(q.get('to') ? { to: new Date(`${q.get('to')}T23:59:59.999+05:30`) } : {}),
      });
      return { status: 200, body: presentList(page, presentAudit, (e) => e.id) };
    },
  };
}
