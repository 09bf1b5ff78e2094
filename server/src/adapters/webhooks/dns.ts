// The real resolver behind the SSRF guard's ResolveHost port: every A and AAAA record, in resolver order.
import { lookup } from 'node:dns/promises';
import type { ResolveHost } from '../../app/policy/webhook-urls/url-guard.js';

export const systemResolve: ResolveHost = async (hostname) => {
  const records = await lookup(hostname, { all: true, verbatim: true });
  return records.map((r) => ({ address: r.address, family: r.family === 6 ? 6 : 4 }));
};
