// OAuth 2.0 client credentials grant (RFC 6749 §4.4, errors per §5.2). No refresh tokens: clients ask
// again before expiry. The token is random; only its hash is stored.
import type { Deps } from '../deps.js';
import type { CredentialRecord, Scope } from '../ports/records.js';
import { oauthProblem } from '../problems.js';
import { generateSecret } from '../security/secrets.js';
import { audit } from './audit.js';
import { clockFor } from './test-clocks.js';

export interface TokenRequestInput {
  authorization: string | null;
  form: Record<string, string>;
  /** Form parameters sent more than once (RFC 6749 §3.2: they MUST NOT be). */
  repeated: string[];
  queryHasCredentials: boolean;
  requestId: string;
  ip: string | null;
  /** Checks the request's RFC 9421 signature against the authenticated client (http/pipeline/signature.ts). */
  signature: (credential: CredentialRecord) => Promise<TokenSignature>;
}

/** `fault`: a signature is present and does not verify ('malformed' when it cannot even be read). */
export interface TokenSignature {
  signed: boolean;
  fault?: { kind: 'malformed' | 'invalid'; detail: string };
  /** Accept-Signature (RFC 9421 §5.1) to send with a refusal. */
  accept: string;
}

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

function parseBasic(header: string): { clientId: string; clientSecret: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  // RFC 6749 §2.3.1: both parts are form-urlencoded before base64.
  try {
    return {
      clientId: decodeURIComponent(decoded.slice(0, colon)),
      clientSecret: decodeURIComponent(decoded.slice(colon + 1)),
    };
  } catch {
    return undefined;
  }
}

export async function issueToken(deps: Deps, input: TokenRequestInput): Promise<TokenResponse> {
  if (input.queryHasCredentials) {
    throw oauthProblem(
      400,
      'invalid_request',
      'Client credentials must not be sent in the query string; use HTTP Basic or the form body.',
    );
  }
  if (input.repeated.length)
    throw oauthProblem(
      400,
      'invalid_request',
      `Each parameter may appear once (RFC 6749 §3.2); sent more than once: ${input.repeated.join(', ')}.`,
    );
  const basic = input.authorization ? parseBasic(input.authorization) : undefined;
  if (input.authorization && !basic)
    throw oauthProblem(401, 'invalid_client', 'The Authorization header is not valid HTTP Basic.');
  const inForm = input.form.client_id !== undefined || input.form.client_secret !== undefined;
  if (basic && inForm)
    throw oauthProblem(
      400,
      'invalid_request',
      'Authenticate the client with HTTP Basic or with form fields, not both.',
    );
  const grantType = input.form.grant_type;
  if (!grantType) throw oauthProblem(400, 'invalid_request', 'grant_type is required.');
  if (grantType !== 'client_credentials')
    throw oauthProblem(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
  const clientId = basic?.clientId ?? input.form.client_id;
  const clientSecret = basic?.clientSecret ?? input.form.client_secret;
  if (!clientId || !clientSecret)
    throw oauthProblem(
      401,
      'invalid_client',
      'Client authentication is required (HTTP Basic or client_id and client_secret).',
    );

  const now = deps.clock.now();
  const credential = await deps.storage.credentials.get(clientId);
  const secrets = credential && !credential.revokedAt ? await deps.storage.credentials.secrets(clientId) : [];
  const secret = secrets.find(
    (s) =>
      !s.revokedAt &&
      (!s.expiresAt || s.expiresAt.getTime() > now.getTime()) &&
      deps.hasher.matches(clientSecret, s.hash),
  );
  if (!credential || !secret) {
    await audit(deps, deps.storage, {
      accountId: credential?.accountId ?? null,
      type: 'auth.failed',
      actorType: credential ? 'client' : 'anonymous',
      actorId: credential ? clientId : null,
      gstin: credential?.gstin ?? null,
      clientId: credential ? clientId : null,
      requestId: input.requestId,
      ip: input.ip,
      data: { reason: 'invalid_client', presented_client_id: clientId.slice(0, 64) },
    });
    throw oauthProblem(401, 'invalid_client', 'Unknown client, or wrong, expired or revoked secret.');
  }

  // A signature is verified whenever one is sent, and required when the client requires signatures. A bad or
  // missing one fails client authentication (RFC 6749 §5.2 invalid_client); one that cannot be read is
  // invalid_request.
  const signature = await input.signature(credential);
  const fault =
    signature.fault ??
    (credential.requireSignatures && !signature.signed
      ? {
          kind: 'invalid' as const,
          detail: 'This client requires signed requests: sign the token request (RFC 9421) with its signing key.',
        }
      : undefined);
  if (fault) {
    await audit(deps, deps.storage, {
      accountId: credential.accountId,
      type: 'auth.failed',
      actorType: 'client',
      actorId: clientId,
      gstin: credential.gstin,
      clientId,
      requestId: input.requestId,
      ip: input.ip,
      data: { reason: 'invalid_signature', detail: fault.detail },
    });
    throw oauthProblem(
      fault.kind === 'malformed' ? 400 : 401,
      fault.kind === 'malformed' ? 'invalid_request' : 'invalid_client',
      fault.detail,
      { 'accept-signature': signature.accept },
    );
  }

  let scopes: Scope[] = credential.scopes;
  if (input.form.scope !== undefined) {
    const requested = input.form.scope.split(' ').filter(Boolean);
    const missing = requested.filter((s) => !credential.scopes.includes(s as Scope));
    if (requested.length === 0 || missing.length) {
      throw oauthProblem(
        400,
        'invalid_scope',
        missing.length ? `The credential does not hold scope ${missing.join(' ')}.` : 'scope is empty.',
      );
    }
    scopes = [...new Set(requested)] as Scope[];
  }

  const env = credential.environment === 'sandbox' ? 'test' : 'live';
  const token = generateSecret(`at_${env}_`);
  const ttl = deps.settings.accessTokenTtlSeconds;
  // A sandbox GSTIN on a test clock: the token is issued at the clock's instant (authentication expires it at
  // createdAt + TTL on the clock); expiresAt stays on the wall clock, the bound for every token and the reaper.
  const issuedAt = (
    await clockFor(deps, {
      accountId: credential.accountId,
      gstin: credential.gstin,
      environment: credential.environment,
    })
  ).now();
  await deps.storage.tokens.insert({
    tokenHash: deps.hasher.hash(token),
    clientId,
    secretId: secret.id,
    accountId: credential.accountId,
    gstin: credential.gstin,
    environment: credential.environment,
    scopes,
    createdAt: issuedAt,
    expiresAt: new Date(now.getTime() + ttl * 1000),
  });
  await deps.storage.credentials.touchSecret(secret.id, now);
  return { access_token: token, token_type: 'Bearer', expires_in: ttl, scope: scopes.join(' ') };
}
