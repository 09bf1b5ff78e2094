import { DEFAULT_CLIENT } from '@einvoice/irp-sandbox';

/** A GSP_ROUTES `nic` entry to a simulator playing NIC's production IRP (its default client, direct access). */
export function nicRouteTo(name: string, priority: number, url: string, irpPublicKeyFile: string) {
  return {
    kind: 'nic',
    name,
    irp: 'NIC1',
    priority,
    url,
    clientId: DEFAULT_CLIENT.clientId,
    clientSecret: DEFAULT_CLIENT.clientSecret,
    irpPublicKeyFile,
  };
}
