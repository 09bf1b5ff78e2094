import type { Deps } from '../../app/deps.js';
import { issueToken } from '../../app/usecases/oauth.js';
import type { Handler } from '../call.js';
import { acceptSignature, checkSignature } from '../pipeline/signature.js';
import { formFields } from './helpers.js';

/** Names that occur more than once in an urlencoded body (URLSearchParams keeps them; the parsed form does not). */
function repeatedFields(raw: string | undefined): string[] {
  const names = [...new URLSearchParams(raw ?? '').keys()];
  return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
}

export function oauthHandlers(deps: Deps): Record<string, Handler> {
  return {
    createToken: async (call) => {
      const token = await issueToken(deps, {
        authorization: call.headers.get('authorization'),
        form: formFields(call),
        repeated: repeatedFields(call.rawBody),
        queryHasCredentials: call.query.has('client_secret') || call.query.has('client_id'),
        requestId: call.requestId,
        ip: call.ip,
        signature: async (credential) => {
          const result = await checkSignature(
            deps,
            call,
            call.url ?? new URL(call.path, 'http://localhost'),
            credential.clientId,
            async () => credential.signingKeyEnc,
          );
          return {
            signed: result !== 'unsigned',
            ...(result && result !== 'unsigned' ? { fault: { kind: result.kind, detail: result.detail } } : {}),
            accept: acceptSignature(call, credential.clientId),
          };
        },
      });
      return { status: 200, body: token, headers: { 'cache-control': 'no-store', pragma: 'no-cache' } };
    },
  };
}
