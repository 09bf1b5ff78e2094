// Tenants and restricted API keys (issue #24), account API key. Thin: parse, call a use case, present.
import type { Deps } from '../../app/deps.js';
import { presentApiKey, presentList, presentTenant } from '../../app/presenters.js';
import * as keys from '../../app/usecases/api-keys.js';
import * as tenants from '../../app/usecases/tenants.js';
import type { Handler } from '../call.js';
import { adminOf, body, meta, NO_STORE, pageQuery } from './helpers.js';

export function tenantHandlers(deps: Deps): Record<string, Handler> {
  const tenantId = (call: Parameters<Handler>[0]) => call.pathParams.tenant_id!;
  const keyId = (call: Parameters<Handler>[0]) => call.pathParams.key_id!;
  return {
    createTenant: async (call) => {
      const tenant = await tenants.createTenant(deps, adminOf(call), body(call, 'createTenant'), meta(call));
      return { status: 201, body: presentTenant(tenant), headers: { location: `/v1/tenants/${tenant.id}` } };
    },
    listTenants: async (call) => ({
      status: 200,
      body: presentList(await tenants.listTenants(deps, adminOf(call), pageQuery(call)), presentTenant, (t) => t.id),
    }),
    getTenant: async (call) => ({
      status: 200,
      body: presentTenant(await tenants.getTenant(deps, adminOf(call), tenantId(call))),
    }),
    updateTenant: async (call) => ({
      status: 200,
      body: presentTenant(
        await tenants.updateTenant(deps, adminOf(call), tenantId(call), body(call, 'updateTenant'), meta(call)),
      ),
    }),
    createApiKey: async (call) => {
      const created = await keys.createApiKey(deps, adminOf(call), body(call, 'createApiKey'), meta(call));
      return {
        status: 201,
        body: presentApiKey(created.key, created.secret),
        headers: { location: `/v1/api-keys/${created.key.id}`, ...NO_STORE },
      };
    },
    listApiKeys: async (call) => ({
      status: 200,
      body: presentList(
        await keys.listApiKeys(deps, adminOf(call), pageQuery(call)),
        (k) => presentApiKey(k),
        (k) => k.id,
      ),
    }),
    getApiKey: async (call) => ({
      status: 200,
      body: presentApiKey(await keys.getApiKey(deps, adminOf(call), keyId(call))),
    }),
    rollApiKey: async (call) => {
      const expiresIn = body(call, 'rollApiKey').expires_in_seconds ?? 0;
      const rolled = await keys.rollApiKey(deps, adminOf(call), keyId(call), expiresIn, meta(call));
      return { status: 200, body: presentApiKey(rolled.key, rolled.secret), headers: NO_STORE };
    },
    revokeApiKey: async (call) => ({
      status: 200,
      body: presentApiKey(await keys.revokeApiKey(deps, adminOf(call), keyId(call), meta(call))),
    }),
  };
}
