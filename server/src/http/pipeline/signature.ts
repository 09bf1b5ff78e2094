// RFC 9421 HTTP Message Signatures, as the einvoice SDKs send them: HMAC-SHA256 with the credential's
// signing key (key id = client id) over "@method", "@target-uri" and, with a body, "content-digest"
// (RFC 9530, sha-256 of the exact bytes), plus created/keyid/alg. A credential made with
// require_signatures refuses unsigned requests; otherwise a request without Signature headers is not
// checked. A token-authenticated request with them must verify. Refusals (docs/adr/0015):
// - malformed Signature headers: 400, WWW-Authenticate: Bearer error="invalid_request" (RFC 6750 §3.1);
// - missing when required, or not verifying: 401, WWW-Authenticate: Bearer error="invalid_token";
// both with Accept-Signature (RFC 9421 §5.1) naming what to sign. The token endpoint checks its own
// signature after client authentication (routes/oauth.ts, usecases/oauth.ts), with RFC 6749 errors.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Deps } from '../../app/deps.js';
import { ProblemError } from '../../app/problems.js';
import type { Call } from '../call.js';

export const SIGNATURE_MAX_SKEW_S = 300;

/** RFC 9421 §5.1: the signature we want, for this request (content-digest only when it has a body). */
export function acceptSignature(call: Pick<Call, 'rawBody'>, keyId?: string): string {
  const components = call.rawBody ? '"@method" "@target-uri" "content-digest"' : '"@method" "@target-uri"';
  return `sig1=(${components});created${keyId ? `;keyid="${keyId}"` : ''};alg="hmac-sha256"`;
}

/** A quoted-string for an auth-param: no DQUOTE or backslash (RFC 6750 §3 limits error_description). */
const quoted = (text: string) => text.replace(/["\\]/g, "'");

/** A request whose signature does not verify, or that is unsigned while its credential requires it. */
export class SignatureFault {
  constructor(
    /** 'malformed': the Signature headers cannot be read; 'invalid': they can, and do not verify (or are absent). */
    readonly kind: 'malformed' | 'invalid',
    readonly detail: string,
  ) {}
}

function refuse(fault: SignatureFault, call: Call, keyId?: string): ProblemError {
  const error = fault.kind === 'malformed' ? 'invalid_request' : 'invalid_token';
  return new ProblemError({
    status: fault.kind === 'malformed' ? 400 : 401,
    slug: 'invalid-signature',
    title: 'The request signature is invalid',
    detail: fault.detail,
    code: 'invalid_signature',
    headers: {
      'www-authenticate': `Bearer realm="einvoice", error="${error}", error_description="${quoted(fault.detail)}"`,
      'accept-signature': acceptSignature(call, keyId),
    },
  });
}

interface SignatureInput {
  label: string;
  components: string[];
  params: string; // the serialized inner list with its parameters, exactly as sent
  created: number;
  keyId: string;
  alg: string | undefined;
}

/** `sig1=("@method" "@target-uri");created=1;keyid="k";alg="hmac-sha256"` (one member, as our SDKs send). */
export function parseSignatureInput(header: string): SignatureInput | undefined {
  const m = /^([a-z][a-z0-9_.*-]*)=(\((?:"[^"]*"\s*)*\)(?:;[a-z]+=(?:"[^"]*"|[0-9]+))*)$/.exec(header.trim());
  if (!m) return undefined;
  const params = m[2]!;
  const components = [...params.slice(1, params.indexOf(')')).matchAll(/"([^"]*)"/g)].map((x) => x[1]!);
  const param = (name: string) => new RegExp(`;${name}=(?:"([^"]*)"|([0-9]+))`).exec(params);
  const created = param('created');
  const keyId = param('keyid');
  if (!created?.[2] || !keyId?.[1]) return undefined;
  return { label: m[1]!, components, params, created: Number(created[2]), keyId: keyId[1], alg: param('alg')?.[1] };
}

export function contentDigest(body: string): string {
  return `sha-256=:${createHash('sha256').update(body, 'utf8').digest('base64')}:`;
}

export function signatureBase(
  method: string,
  targetUri: string,
  digest: string | undefined,
  input: Pick<SignatureInput, 'components' | 'params'>,
): string {
  const lines = input.components.map((c) => {
    if (c === '@method') return `"@method": ${method.toUpperCase()}`;
    if (c === '@target-uri') return `"@target-uri": ${targetUri}`;
    return `"${c}": ${digest ?? ''}`;
  });
  return [...lines, `"@signature-params": ${input.params}`].join('\n');
}

/** Why the request's signature does not verify for this client, or undefined when it does; 'unsigned' without one. */
export async function checkSignature(
  deps: Deps,
  call: Pick<Call, 'headers' | 'method' | 'rawBody'>,
  url: URL,
  clientId: string,
  signingKeyEnc: () => Promise<string | null | undefined>,
): Promise<SignatureFault | 'unsigned' | undefined> {
  const malformed = (detail: string) => new SignatureFault('malformed', detail);
  const invalid = (detail: string) => new SignatureFault('invalid', detail);
  const inputHeader = call.headers.get('signature-input');
  const signatureHeader = call.headers.get('signature');
  if (!inputHeader && !signatureHeader) return 'unsigned';
  if (!inputHeader || !signatureHeader) return malformed('Send both Signature-Input and Signature, or neither.');
  const input = parseSignatureInput(inputHeader);
  if (!input) return malformed('Signature-Input is not a single RFC 9421 member with created and keyid.');
  const sig = new RegExp(`^${input.label}=:([A-Za-z0-9+/=]+):$`).exec(signatureHeader.trim());
  if (!sig) return malformed(`Signature has no member labelled ${input.label}.`);
  if (input.alg !== undefined && input.alg !== 'hmac-sha256') return malformed('Only alg="hmac-sha256" is accepted.');
  const known = ['@method', '@target-uri', 'content-digest'];
  if (
    !input.components.includes('@method') ||
    !input.components.includes('@target-uri') ||
    input.components.some((c) => !known.includes(c))
  ) {
    return malformed(`Cover exactly ${known.map((c) => `"${c}"`).join(' ')} (content-digest only with a body).`);
  }
  if (call.rawBody && !input.components.includes('content-digest'))
    return malformed('A request with a body must cover content-digest.');
  if (input.keyId !== clientId) return invalid(`keyid ${input.keyId} is not the client id ${clientId}.`);
  const skew = Math.abs(deps.clock.now().getTime() / 1000 - input.created);
  if (skew > SIGNATURE_MAX_SKEW_S)
    return invalid(`created is ${Math.round(skew)} s away from our clock (at most ${SIGNATURE_MAX_SKEW_S} s).`);
  let digest: string | undefined;
  if (call.rawBody) {
    digest = contentDigest(call.rawBody);
    if (call.headers.get('content-digest') !== digest) return invalid('Content-Digest does not match the body.');
  }
  const sealed = await signingKeyEnc();
  if (!sealed)
    return invalid('This credential has no signing key (it predates request signing); create a new credential.');
  const key = Buffer.from(deps.box.open(sealed), 'base64');
  const presented = Buffer.from(sig[1]!, 'base64');
  // Behind a TLS-terminating proxy we see http://; the client signed https://. Accept either.
  const targets = [
    url.toString(),
    url.protocol === 'http:' ? url.toString().replace(/^http:/, 'https:') : url.toString(),
  ];
  const ok = targets.some((target) => {
    const expected = createHmac('sha256', key)
      .update(signatureBase(call.method, target, digest, input))
      .digest();
    return expected.length === presented.length && timingSafeEqual(expected, presented);
  });
  return ok ? undefined : invalid('The signature does not verify with this credential signing key.');
}

export const SIGNATURE_REQUIRED =
  'This credential requires signed requests: sign with its signing key (RFC 9421, see Accept-Signature).';

/**
 * The pipeline step, after authentication. Calls without a principal (the token request, the public status)
 * are not checked here: the token endpoint checks its signature once it knows the client (routes/oauth.ts).
 */
export async function verifySignature(deps: Deps, call: Call, url: URL): Promise<void> {
  const who = call.principal;
  if (!who) return;
  if (who.kind !== 'token') {
    if (call.headers.has('signature-input') || call.headers.has('signature'))
      throw refuse(
        new SignatureFault(
          'malformed',
          'Requests are signed with a credential signing key; account-key requests are not signed.',
        ),
        call,
      );
    return;
  }
  const result = await checkSignature(
    deps,
    call,
    url,
    who.clientId,
    async () => (await deps.storage.credentials.get(who.clientId))?.signingKeyEnc,
  );
  if (result === 'unsigned') {
    if (who.requireSignatures) throw refuse(new SignatureFault('invalid', SIGNATURE_REQUIRED), call, who.clientId);
    return;
  }
  if (result) throw refuse(result, call, who.clientId);
}
