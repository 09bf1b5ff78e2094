// RFC 9421 HTTP Message Signatures, as the einvoice SDKs send them: HMAC-SHA256 with the credential's
// signing key (key id = client id) over "@method", "@target-uri" and, with a body, "content-digest"
// (RFC 9530, sha-256 of the exact bytes), plus created/keyid/alg. Optional: a request without
// Signature headers is not checked; a token-authenticated request with them must verify, or it is
// refused (401).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Deps } from '../../app/deps.js';
import { ProblemError } from '../../app/problems.js';
import type { Call } from '../call.js';

export const SIGNATURE_MAX_SKEW_S = 300;

const refuse = (detail: string) =>
  new ProblemError({
    status: 401,
    slug: 'invalid-signature',
    title: 'The request signature is invalid',
    detail,
    code: 'invalid_signature',
    headers: { 'www-authenticate': 'Bearer realm="einvoice", error="invalid_request"' },
  });

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

export async function verifySignature(deps: Deps, call: Call, url: URL): Promise<void> {
  const inputHeader = call.headers.get('signature-input');
  const signatureHeader = call.headers.get('signature');
  if (!inputHeader && !signatureHeader) return;
  if (!inputHeader || !signatureHeader) throw refuse('Send both Signature-Input and Signature, or neither.');
  const input = parseSignatureInput(inputHeader);
  if (!input) throw refuse('Signature-Input is not a single RFC 9421 member with created and keyid.');
  const sig = new RegExp(`^${input.label}=:([A-Za-z0-9+/=]+):$`).exec(signatureHeader.trim());
  if (!sig) throw refuse(`Signature has no member labelled ${input.label}.`);
  if (input.alg !== undefined && input.alg !== 'hmac-sha256') throw refuse('Only alg="hmac-sha256" is accepted.');
  const who = call.principal;
  // Signatures are bound to a GSTIN credential. Calls without one (the token request itself, the public
  // status) carry nothing to verify against; the account key has no signing key to sign with.
  if (!who) return;
  if (who.kind !== 'token')
    throw refuse('Requests are signed with a credential signing key; account-key requests are not signed.');
  if (input.keyId !== who.clientId) throw refuse(`keyid ${input.keyId} is not the client id of this token.`);
  const skew = Math.abs(deps.clock.now().getTime() / 1000 - input.created);
  if (skew > SIGNATURE_MAX_SKEW_S)
    throw refuse(`created is ${Math.round(skew)} s away from our clock (at most ${SIGNATURE_MAX_SKEW_S} s).`);
  const known = ['@method', '@target-uri', 'content-digest'];
  if (
    !input.components.includes('@method') ||
    !input.components.includes('@target-uri') ||
    input.components.some((c) => !known.includes(c))
  ) {
    throw refuse(`Cover exactly ${known.map((c) => `"${c}"`).join(' ')} (content-digest only with a body).`);
  }
  let digest: string | undefined;
  if (call.rawBody) {
    if (!input.components.includes('content-digest')) throw refuse('A request with a body must cover content-digest.');
    digest = contentDigest(call.rawBody);
    if (call.headers.get('content-digest') !== digest) throw refuse('Content-Digest does not match the body.');
  }
  const credential = await deps.storage.credentials.get(who.clientId);
  if (!credential?.signingKeyEnc)
    throw refuse('This credential has no signing key (it predates request signing); create a new credential.');
  const key = Buffer.from(deps.box.open(credential.signingKeyEnc), 'base64');
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
  if (!ok) throw refuse('The signature does not verify with this credential signing key.');
}
