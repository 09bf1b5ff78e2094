// The benches' NIC client: the sandbox's default credentials, authenticated.
import { NicClient } from '@einvoice/nic';
import type { Sandbox } from '../src/index.js';

export async function benchClient(sandbox: Sandbox, url: string, gstin: string): Promise<NicClient> {
  const client = new NicClient({
    baseUrl: url,
    clientId: sandbox.defaults.clientId,
    clientSecret: sandbox.defaults.clientSecret,
    userName: 'bench',
    password: sandbox.defaults.password,
    gstin,
    irpPublicKeyPem: sandbox.authPublicKeyPem,
  });
  const auth = await client.auth();
  if (!auth.ok) throw new Error(`auth failed: ${JSON.stringify(auth.errors)}`);
  return client;
}
