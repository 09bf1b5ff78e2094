// Applies the operation's security requirements from the spec. Account keys (sk_), restricted keys (rk_) and
// GSTIN tokens are told apart by their prefix; a request may satisfy any one alternative. A restricted key is
// held to its permissions (./permissions.ts). Every refusal after a successful authentication (wrong kind,
// missing scope or permission) is audited.
import type { OperationInfo } from '@einvoice/openapi';
import type { Deps } from '../../app/deps.js';
import type { Principal } from '../../app/principal.js';
import { problems } from '../../app/problems.js';
import { audit } from '../../app/usecases/audit.js';
import { type AuthFailure, authenticateAccessToken, authenticateApiKey } from '../../app/usecases/authenticate.js';
import type { Call } from '../call.js';
import { missingPermission } from './permissions.js';

const CHALLENGE = 'Bearer realm="einvoice"';

const failureDetail: Record<AuthFailure, string> = {
  missing: 'Send Authorization: Bearer <token> (an access token from POST /v1/oauth/token, or the account API key).',
  malformed: 'The bearer value is not an einvoice access token or API key.',
  unknown: 'The bearer value is not recognised.',
  expired: 'The access token has expired; request a new one from POST /v1/oauth/token.',
  revoked: 'The credential behind this token has been revoked.',
};

export async function authenticate(deps: Deps, call: Call): Promise<Principal | undefined> {
  const schemes = call.op.security.map((s) => s.scheme).filter((s) => s !== 'clientBasic');
  if (schemes.length === 0) return undefined;
  const header = call.headers.get('authorization');
  const bearer = header && /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (!bearer) throw problems.unauthorized(failureDetail[header ? 'malformed' : 'missing'], CHALLENGE);

  const result = /^[sr]k_/.test(bearer)
    ? await authenticateApiKey(deps, bearer)
    : await authenticateAccessToken(deps, bearer);
  if (typeof result === 'string') {
    const error = result === 'missing' ? '' : `, error="invalid_token", error_description="${failureDetail[result]}"`;
    throw problems.unauthorized(failureDetail[result], CHALLENGE + error);
  }
  call.principal = result;
  await authorize(call.op, result, deps, call);
  return result;
}

async function authorize(op: OperationInfo, who: Principal, deps: Deps, call: Call): Promise<void> {
  const wanted = who.kind === 'api_key' ? 'accountKey' : 'gstinOAuth';
  const requirement = op.security.find((s) => s.scheme === wanted);
  if (!requirement) {
    await recordForbidden(deps, call, who, 'wrong_credential');
    throw problems.wrongCredentialKind(
      who.kind === 'api_key'
        ? `${op.operationId} acts for one GSTIN: use an access token from POST /v1/oauth/token, not the account API key.`
        : `${op.operationId} is account administration: use the account API key, not a GSTIN access token.`,
    );
  }
  if (who.kind === 'api_key' && who.permissions !== null) {
    const missing = missingPermission(op.operationId, call.method, {
      permissions: who.permissions,
      boundTenantId: who.boundTenantId,
    });
    if (missing) {
      await recordForbidden(deps, call, who, 'permission_denied', { required: missing });
      throw problems.permissionDenied(
        missing,
        missing === 'account'
          ? `${op.operationId} needs the unrestricted account key${who.boundTenantId ? ' (a key bound to a tenant cannot manage tenants)' : ''}; this restricted key cannot call it.`
          : `${op.operationId} needs permission ${missing}; this key has ${who.permissions.join(', ')}.`,
      );
    }
  }
  if (who.kind === 'token') {
    const missing = requirement.scopes.find((s) => !who.scopes.includes(s as never));
    if (missing) {
      await recordForbidden(deps, call, who, 'insufficient_scope', { required: missing });
      throw problems.insufficientScope(missing);
    }
  }
}

export function recordForbidden(
  deps: Deps,
  call: Call,
  who: Principal,
  reason: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  return audit(deps, deps.storage, {
    accountId: who.accountId,
    type: 'auth.forbidden',
    actorType: who.kind === 'api_key' ? 'api_key' : 'client',
    actorId: who.kind === 'api_key' ? who.keyId : who.clientId,
    gstin: who.kind === 'token' ? who.gstin : null,
    clientId: who.kind === 'token' ? who.clientId : null,
    tenantId: who.tenantId,
    requestId: call.requestId,
    ip: call.ip,
    data: { reason, operation: call.op.operationId, ...data },
  }).catch(() => undefined);
}
