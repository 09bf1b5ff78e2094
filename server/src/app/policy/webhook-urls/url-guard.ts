// The SSRF guard for tenant-supplied webhook URLs (reliability.md §2.4, OWASP API7:2023). Used twice: at
// registration (an early, friendly refusal) and at send time, where it is the real enforcement: the sender
// connects only to the address checked here (pinned), so a DNS answer that changes in between (rebinding)
// cannot smuggle in a private address. Redirects are never followed (see adapters/webhooks/sender.ts).
import { classifyIp, type ParsedIp, parseIp } from './ip.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}
/** All A and AAAA records of a host name. Injectable so tests never touch real DNS or private networks. */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export interface WebhookUrlPolicy {
  /** Test servers only (WEBHOOK_ALLOW_LOOPBACK=true): loopback targets, and plain http to them, are allowed. */
  allowLoopback: boolean;
  resolve: ResolveHost;
}

export type UrlRefusal = 'invalid_url' | 'https_required' | 'credentials_in_url' | 'blocked_address' | 'unresolvable';

export class UnsafeWebhookUrlError extends Error {
  constructor(
    readonly reason: UrlRefusal,
    message: string,
  ) {
    super(message);
  }
}

/** Where to connect: the checked address, plus the name for the Host header and TLS (SNI, certificate). */
export interface WebhookTarget {
  url: URL;
  hostname: string;
  address: string;
  family: 4 | 6;
  port: number;
  tls: boolean;
}

function parse(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeWebhookUrlError('invalid_url', 'The URL cannot be parsed.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UnsafeWebhookUrlError('invalid_url', `Scheme ${url.protocol} is not allowed; use https.`);
  // Credentials in the URL would be sent nowhere by us but are a classic parser-confusion vector (a@b@host).
  if (url.username || url.password)
    throw new UnsafeWebhookUrlError('credentials_in_url', 'The URL must not contain credentials.');
  return url;
}

function judge(policy: WebhookUrlPolicy, host: string, addresses: ParsedIp[], texts: string[]): void {
  addresses.forEach((ip, i) => {
    const cls = classifyIp(ip);
    if (cls.kind === 'public') return;
    if (cls.kind === 'loopback' && policy.allowLoopback) return;
    const label = cls.kind === 'loopback' ? 'loopback' : cls.label;
    throw new UnsafeWebhookUrlError(
      'blocked_address',
      `${host} ${texts[i] === host ? 'is' : `resolves to ${texts[i]}, which is`} a ${label} address; webhooks only go to public addresses.`,
    );
  });
}

/**
 * Checks a URL and returns where to connect. Every resolved address must be allowed (not just the first):
 * a name with one public and one private record is refused. `acceptUnresolvable` is for registration, where
 * a name that does not resolve yet is accepted (the send-time check will judge it); `resolveTimeoutMs` bounds
 * the lookup there, since a resolver that drops a query keeps getaddrinfo waiting for its full retry cycle
 * (5 s x 2 attempts by default), and a slow answer is no more a verdict than a missing one.
 */
export async function checkWebhookUrl(
  policy: WebhookUrlPolicy,
  raw: string,
  options: { acceptUnresolvable?: boolean; resolveTimeoutMs?: number } = {},
): Promise<WebhookTarget | undefined> {
  const url = parse(raw);
  if (url.protocol === 'http:' && !policy.allowLoopback)
    throw new UnsafeWebhookUrlError('https_required', 'Webhook URLs must use https.');
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const literal = parseIp(host);
  let records: ResolvedAddress[];
  if (literal) {
    records = [{ address: host, family: literal.family }];
  } else {
    try {
      records = await withTimeout(policy.resolve(host), options.resolveTimeoutMs);
    } catch {
      records = [];
    }
    if (records.length === 0) {
      if (options.acceptUnresolvable && url.protocol === 'https:') return undefined;
      throw new UnsafeWebhookUrlError('unresolvable', `${host} does not resolve.`);
    }
  }
  const parsed = records.map((r) => parseIp(r.address));
  if (parsed.some((p) => !p))
    throw new UnsafeWebhookUrlError('unresolvable', `${host} resolved to something that is not an IP address.`);
  judge(
    policy,
    host,
    parsed as ParsedIp[],
    records.map((r) => r.address),
  );
  const allLoopback = (parsed as ParsedIp[]).every((p) => classifyIp(p).kind === 'loopback');
  if (url.protocol === 'http:' && !(policy.allowLoopback && allLoopback)) {
    throw new UnsafeWebhookUrlError('https_required', 'Webhook URLs must use https.');
  }
  const first = records[0]!;
  return {
    url,
    hostname: host,
    address: first.address,
    family: parsed[0]!.family,
    port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80,
    tls: url.protocol === 'https:',
  };
}

/** The lookup, or a rejection once `ms` have passed (the lookup itself cannot be cancelled; its answer is dropped). */
function withTimeout<T>(work: Promise<T>, ms: number | undefined): Promise<T> {
  if (ms === undefined) return work;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
