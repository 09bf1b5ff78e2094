// OAuth clients of a GSTIN and their secrets (account API key). Secrets are shown once, at creation.
import type { Deps } from '../../app/deps.js';
import { presentCredential, presentList, presentSecret } from '../../app/presenters.js';
import * as credentials from '../../app/usecases/credentials.js';
import type { Handler } from '../call.js';
import { adminOf, body, meta, NO_STORE, pageQuery } from './helpers.js';

export function credentialHandlers(deps: Deps): Record<string, Handler> {
  return {
    createCredential: async (call) => {
      const created = await credentials.createCredential(
        deps,
        adminOf(call),
        call.pathParams.gstin!,
        body(call, 'createCredential'),
        meta(call),
      );
      return {
        status: 201,
        body: {
          ...presentCredential(created.credential, created.secrets),
          client_secret: created.clientSecret,
          signing_key: { key_id: created.credential.clientId, secret: created.signingKey, alg: 'hmac-sha256' },
        },
        headers: { location: `/v1/credentials/${created.credential.clientId}`, ...NO_STORE },
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
    getCredential: async (call) => {
      const c = await credentials.getCredential(deps, adminOf(call), call.pathParams.client_id!);
      return { status: 200, body: presentCredential(c.credential, c.secrets) };
    },
    addCredentialSecret: async (call) => {
      const clientId = call.pathParams.client_id!;
      const added = await credentials.addCredentialSecret(
        deps,
        adminOf(call),
        clientId,
        body(call, 'addCredentialSecret').expires_in,
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
        headers: NO_STORE,
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
  };
}
