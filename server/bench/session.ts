// What every bench needs before it measures anything: JSON calls that must answer a given status, and an
// access token for a GSTIN (as test/support/harness.ts gstinSession does, without vitest).

export async function json(url: string, init: RequestInit & { expect: number }): Promise<any> {
  const res = await fetch(url, init);
  const text = await res.text();
  if (res.status !== init.expect)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : undefined;
}

/** Registers the GSTIN (or finds it registered), creates a credential on the custom plan, returns its token. */
export async function gstinToken(
  serverUrl: string,
  apiKey: string,
  options: { gstin: string; irpUsername: string; credentialName: string; rateLimitRps: number },
): Promise<string> {
  const auth = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
  const reg = await fetch(`${serverUrl}/v1/gstins`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ gstin: options.gstin, irp_username: options.irpUsername, irp_password: 'sandbox' }),
  });
  if (reg.status !== 201 && reg.status !== 409) throw new Error(`register GSTIN: ${reg.status} ${await reg.text()}`);
  const cred = await json(`${serverUrl}/v1/gstins/${options.gstin}/credentials`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      name: options.credentialName,
      scopes: ['irn:write', 'read'],
      plan: 'custom',
      rate_limit_rps: options.rateLimitRps,
    }),
    expect: 201,
  });
  const tok = await json(`${serverUrl}/v1/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${cred.client_id}:${cred.client_secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
    expect: 200,
  });
  return tok.access_token as string;
}
